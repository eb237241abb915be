import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  NotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  SetStrongMatchThresholdDocument,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';

const preferences = {
  strongMatchThreshold: 80,
  notificationPreferences: [
    {
      __typename: 'NotificationPreference' as const,
      type: 'need.deadlineSoon',
      delivery: 'DAILY_DIGEST' as const,
      isDefault: true,
    },
    {
      __typename: 'NotificationPreference' as const,
      type: 'match.strong',
      delivery: 'IN_APP' as const,
      isDefault: true,
    },
  ],
};

describe('NotificationPreferencesPage', () => {
  it('chooses the delivery per type and saves the threshold', async () => {
    const user = userEvent.setup();
    const setPreference = jest.fn(() => ({
      data: {
        setNotificationPreference: {
          __typename: 'NotificationPreference' as const,
          type: 'need.deadlineSoon',
          delivery: 'OFF' as const,
          isDefault: false,
        },
      },
    }));
    const setThreshold = jest.fn(() => ({ data: { setStrongMatchThreshold: 65 } }));
    renderPage(<NotificationPreferencesPage />, {
      path: '/notifications/preferences',
      mocks: [
        alwaysAnswer(NotificationPreferencesDocument, {}, preferences),
        {
          request: {
            query: SetNotificationPreferenceDocument,
            variables: { type: 'need.deadlineSoon', delivery: 'OFF' },
          },
          result: setPreference,
        },
        {
          request: { query: SetStrongMatchThresholdDocument, variables: { percent: 65 } },
          result: setThreshold,
        },
      ],
    });
    const deadline = await screen.findByRole('combobox', {
      name: "How you hear of: A need's deadline in 3 days",
    });
    expect(deadline).toHaveValue('DAILY_DIGEST');
    await user.selectOptions(deadline, 'OFF');
    await waitFor(() => expect(setPreference).toHaveBeenCalled());

    const threshold = screen.getByRole('textbox', { name: 'Strong match threshold (%)' });
    await user.clear(threshold);
    await user.type(threshold, '65');
    await user.click(screen.getByRole('button', { name: 'Save threshold' }));
    await waitFor(() => expect(setThreshold).toHaveBeenCalled());
    expect(await screen.findByText('Saved.')).toHaveAttribute('role', 'status');
  });

  it('labels the types in Korean', async () => {
    renderPage(<NotificationPreferencesPage />, {
      path: '/notifications/preferences',
      language: 'ko',
      mocks: [alwaysAnswer(NotificationPreferencesDocument, {}, preferences)],
    });
    expect(
      await screen.findByRole('combobox', { name: '받는 방법: 내 수요에 새로 맞는 강한 매칭' }),
    ).toHaveValue('IN_APP');
  });
});

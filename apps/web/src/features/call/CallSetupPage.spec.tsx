import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { NewCallPage } from './CallSetupPage';
import { DAEGU_ID } from './call-fixtures';

const manager = {
  ...aViewer(),
  managedClusters: [
    { __typename: 'Cluster' as const, id: DAEGU_ID, nameEn: 'Daegu Seongseo', nameKo: '대구 성서' },
  ],
};

describe('the call set-up wizard', () => {
  it('previews the eligibility rules in words as the manager builds them', async () => {
    const user = userEvent.setup();
    renderPage(<NewCallPage />, { path: '/calls/new', mocks: [viewerMock(manager)] });
    await user.click(await screen.findByRole('button', { name: /Eligibility/ }));
    const preview = within(screen.getByRole('region', { name: 'The rules in words' }));
    expect(preview.getByText('No rules yet: every consortium is eligible.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Minimum organizations (lead included)'), '3');
    expect(
      await preview.findByText('At least 3 organizations, the lead included.'),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('A partner from another country is required'));
    expect(
      await preview.findByText("At least one partner from another country than the lead's."),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Maximum organizations'), '5');
    expect(
      await preview.findByText('From 3 to 5 organizations, the lead included.'),
    ).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  AnswerApplicationInvitationDocument,
  ApplicationInvitationsDocument,
  type ApplicationPartnerStatus,
} from '../../generated/graphql';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { ConsortiumInvitationsPage } from './ConsortiumInvitationsPage';
import { APPLICATION_ID, UNIVERSITY_ID, lead, university } from './application-fixtures';
import { CALL_ID } from '../call/call-fixtures';

const invitations = (status: ApplicationPartnerStatus): MockLink.MockedResponse => ({
  request: { query: ApplicationInvitationsDocument, variables: { organizationId: UNIVERSITY_ID } },
  result: {
    data: {
      applicationInvitations: [
        {
          __typename: 'ApplicationInvitation',
          applicationId: APPLICATION_ID,
          title: 'Hydrogen truck cooling modules',
          status,
          applicationStatus: 'DRAFT',
          requestedBudget: 8_000_000,
          ownContribution: 2_000_000,
          invitedAt: '2027-01-05T09:00:00.000Z',
          organization: university,
          leadOrganization: lead,
          call: {
            __typename: 'Call',
            id: CALL_ID,
            titleEn: 'Korea–Germany joint call 2027',
            titleKo: '2027 한-독 국제공동 공모',
            programmeName: 'Global collaborative R&DB',
            currency: 'EUR',
          },
        },
      ],
    },
  },
});

const asUniversity = (role: 'ORG_ADMIN' | 'ORG_MEMBER') => ({
  ...aViewer(),
  memberships: [
    {
      __typename: 'Membership' as const,
      id: 'm-1',
      role,
      organization: {
        __typename: 'Organization' as const,
        id: UNIVERSITY_ID,
        name: university.name,
        kind: university.kind,
      },
    },
  ],
});

describe('ConsortiumInvitationsPage', () => {
  it('lets the invited organization’s admin accept with the keyboard, then opens the application', async () => {
    const accept: MockLink.MockedResponse = {
      request: {
        query: AnswerApplicationInvitationDocument,
        variables: { applicationId: APPLICATION_ID, organizationId: UNIVERSITY_ID, accept: true },
      },
      result: {
        data: {
          answerApplicationInvitation: {
            __typename: 'ApplicationInvitation',
            applicationId: APPLICATION_ID,
            status: 'ACCEPTED',
          },
        },
      },
    };
    renderPage(<ConsortiumInvitationsPage />, {
      path: '/consortium-invitations',
      url: '/consortium-invitations',
      mocks: [
        viewerMock(asUniversity('ORG_ADMIN')),
        invitations('INVITED'),
        accept,
        invitations('ACCEPTED'),
      ],
    });
    const card = within(
      await screen.findByRole('article', { name: 'Hydrogen truck cooling modules' }),
    );
    expect(
      card.getByText('Seongseo Precision invites Kyungpook National University'),
    ).toBeInTheDocument();
    expect(card.getByText(/^Requested budget: €80,000/)).toBeInTheDocument();
    card.getByRole('button', { name: 'Accept: Hydrogen truck cooling modules' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Open the application' })).toHaveAttribute(
      'href',
      `/applications/${APPLICATION_ID}`,
    );
  });

  it('shows a member who is not ORG_ADMIN the invitation without the answers, in Korean', async () => {
    renderPage(<ConsortiumInvitationsPage />, {
      path: '/consortium-invitations',
      url: '/consortium-invitations',
      mocks: [viewerMock(asUniversity('ORG_MEMBER')), invitations('INVITED')],
      language: 'ko',
    });
    const card = within(
      await screen.findByRole('article', { name: 'Hydrogen truck cooling modules' }),
    );
    expect(card.getByText('초대됨')).toBeInTheDocument();
    expect(card.queryByRole('button')).not.toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { ReportedConversationsDocument } from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { ReportedConversationsPage } from './ReportedConversationsPage';

describe('ReportedConversationsPage', () => {
  it('lists what was reported, by whom and why, with a link to read it', async () => {
    renderPage(<ReportedConversationsPage />, {
      mocks: [
        alwaysAnswer(
          ReportedConversationsDocument,
          { first: 20 },
          {
            reportedConversations: {
              __typename: 'ReportedConversationConnection',
              edges: [
                {
                  __typename: 'ReportedConversationEdge',
                  node: {
                    __typename: 'ReportedConversation',
                    id: 'c0000000-0000-4000-8000-000000000009',
                    title: 'Battery housing',
                    lastReportedAt: '2026-12-01T09:00:00.000Z',
                    organizations: [
                      {
                        __typename: 'ConversationOrganization',
                        id: 'f0000000-0000-4000-8000-000000000001',
                        name: 'Hanbit Motion',
                      },
                      {
                        __typename: 'ConversationOrganization',
                        id: 'f0000000-0000-4000-8000-000000000002',
                        name: 'KNU Materials Lab',
                      },
                    ],
                    reports: [
                      {
                        __typename: 'ConversationReport',
                        reporterName: 'Dr. Kim',
                        reason: 'Unsolicited offers',
                        createdAt: '2026-12-01T09:00:00.000Z',
                      },
                    ],
                  },
                },
              ],
              pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            },
          },
        ),
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Hanbit Motion · KNU Materials Lab' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Dr\. Kim, .*: Unsolicited offers/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Read the conversation (recorded)' })).toHaveAttribute(
      'href',
      '/conversations/c0000000-0000-4000-8000-000000000009',
    );
  });
});

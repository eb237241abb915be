import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  ApplicationDocument,
  InviteApplicationPartnerDocument,
  OrganizationCollaborationsDocument,
  UpdateApplicationDraftDocument,
  UpdateApplicationPartnerBudgetDocument,
  type ApplicationDetailFragment,
} from '../../generated/graphql';
import { alwaysAnswer } from '../../test/always-answer';
import { renderPage } from '../../test/render';
import { aViewer, viewerMock } from '../../test/viewer-mock';
import { ApplicationPage } from './ApplicationPage';
import {
  APPLICATION_ID,
  FAILURES,
  INSTITUTE_ID,
  LEAD_ID,
  UNIVERSITY_ID,
  aDraft,
  institute,
  lead,
  university,
} from './application-fixtures';

const answer = (application: ApplicationDetailFragment): MockLink.MockedResponse => ({
  request: { query: ApplicationDocument, variables: { id: APPLICATION_ID } },
  result: { data: { application } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const renderApplication = (
  application = aDraft(),
  language: 'en' | 'ko' = 'en',
  extra: MockLink.MockedResponse[] = [],
) =>
  renderPage(<ApplicationPage />, {
    path: '/applications/:id',
    url: `/applications/${APPLICATION_ID}`,
    mocks: [viewerMock(aViewer()), answer(application), ...extra],
    language,
  });

const ruleItem = (name: RegExp) =>
  screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''))!;

describe('ApplicationPage', () => {
  it('lists every rule of the call, red with the reason until the accepted consortium meets it', async () => {
    renderApplication(aDraft({ eligibility: [FAILURES.minPartners] }));
    await screen.findByRole('heading', { level: 1, name: 'Hydrogen truck cooling modules' });
    const checklist = within(screen.getByRole('region', { name: 'Eligibility' }));
    // Partners 3–6, kinds, abroad, grant, rate, and the joint call's fundable and funder-share rules.
    expect(checklist.getAllByRole('listitem')).toHaveLength(8);
    expect(ruleItem(/Minimum number of organizations/)).toHaveAttribute('data-met', 'false');
    expect(ruleItem(/Minimum number of organizations/)).toHaveTextContent(
      'The consortium has 2 organizations; it needs at least 3.',
    );
    expect(ruleItem(/A partner from another country/)).toHaveAttribute('data-met', 'true');
    expect(checklist.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says the consortium meets every rule once nothing fails', async () => {
    renderApplication(aDraft({ eligibility: [], partnerSuggestions: [] }));
    expect(
      await screen.findByText('The consortium meets every rule of the call: it can be submitted.'),
    ).toBeInTheDocument();
  });

  it('suggests organizations for a failed rule and invites one with the keyboard', async () => {
    const invited = aDraft({
      partners: [
        ...aDraft().partners,
        {
          __typename: 'ApplicationPartner',
          status: 'INVITED',
          requestedBudget: 0,
          ownContribution: 0,
          organization: institute,
        },
      ],
      partnerSuggestions: [],
    });
    const invite: MockLink.MockedResponse = {
      request: {
        query: InviteApplicationPartnerDocument,
        variables: {
          applicationId: APPLICATION_ID,
          input: { organizationId: INSTITUTE_ID, requestedBudget: 0, ownContribution: 0 },
        },
      },
      result: { data: { inviteApplicationPartner: invited } },
    };
    renderApplication(aDraft(), 'en', [invite]);
    const suggestions = within(await screen.findByRole('region', { name: 'Suggested partners' }));
    expect(suggestions.getByText('For “A partner from another country”')).toBeInTheDocument();
    expect(suggestions.getByText(/Match 82%/)).toBeInTheDocument();
    const button = suggestions.getByRole('button', { name: 'Invite Fraunhofer Stuttgart' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const partners = within(screen.getByRole('region', { name: 'Consortium' }));
    expect(await partners.findByText('Fraunhofer Stuttgart')).toBeInTheDocument();
  });

  it('shows a submitted application read-only, with the decision at close, in Korean', async () => {
    renderApplication(
      aDraft({
        status: 'INELIGIBLE',
        viewerActions: [],
        eligibility: [],
        failedRules: [FAILURES.internationalPartner],
        partnerSuggestions: [],
      }),
      'ko',
    );
    expect(await screen.findByText('신청자격 미충족')).toBeInTheDocument();
    expect(screen.getByText('제출된 신청서는 수정할 수 없습니다.')).toBeInTheDocument();
    expect(ruleItem(/해외 참여기관/)).toHaveAttribute('data-met', 'false');
    expect(screen.queryByRole('button', { name: '신청서 제출' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '추천 참여기관' })).not.toBeInTheDocument();
  });

  it('takes budgets as money in the call’s currency and saves a partner’s in minor units', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({ data: { updateApplicationPartnerBudget: aDraft() } }));
    renderApplication(aDraft(), 'en', [
      {
        request: {
          query: UpdateApplicationPartnerBudgetDocument,
          variables: {
            applicationId: APPLICATION_ID,
            input: {
              organizationId: UNIVERSITY_ID,
              requestedBudget: 1_234_567,
              ownContribution: 2_000_000,
            },
          },
        },
        result: save,
      },
    ]);
    const budget = await screen.findByRole('textbox', {
      name: 'Requested budget: Kyungpook National University',
    });
    // The saved 8,000,000 cents read as euros, grouped, with the currency beside them.
    expect(budget).toHaveValue('80,000.00');
    expect(screen.getByLabelText('Lead\'s requested budget (EUR)')).toHaveValue('100,000.00');
    // Negative amounts cannot be typed; more than the ceiling is refused by the domain's rule.
    await user.clear(budget);
    await user.type(budget, '-2000000000000');
    expect(budget).toHaveValue('2,000,000,000,000');
    expect(
      await screen.findByText(/^At most .*1,000,000,000,000/),
    ).toBeInTheDocument();
    await user.clear(budget);
    await user.type(budget, '12345.678');
    // EUR has two decimals: the third is not taken.
    expect(budget).toHaveValue('12,345.67');
    await user.click(
      screen.getByRole('button', { name: 'Save budget: Kyungpook National University' }),
    );
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });

  it('links the lead’s own collaborations, picked by title and partner, and saves them', async () => {
    const user = userEvent.setup();
    const COLLABORATION_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
    const collaborations = alwaysAnswer(
      OrganizationCollaborationsDocument,
      { id: LEAD_ID, first: 50 },
      {
        organization: {
          __typename: 'Organization',
          id: LEAD_ID,
          collaborations: {
            __typename: 'CollaborationConnection',
            totalCount: 1,
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
            edges: [
              {
                __typename: 'CollaborationEdge',
                node: {
                  __typename: 'Collaboration',
                  id: COLLABORATION_ID,
                  status: 'ACTIVE',
                  outcome: null,
                  type: 'RESEARCH_COOPERATION',
                  startedOn: '2026-03-02',
                  completedAt: null,
                  detailsVisible: true,
                  title: 'Cooling loop study',
                  technologyAreas: [],
                  viewerCanComplete: true,
                  organizations: [lead, university],
                  need: null,
                  capability: null,
                },
              },
            ],
          },
        },
      },
    );
    const save = jest.fn((variables: { input: { linkedCollaborationIds: string[] } }) => {
      expect(variables.input.linkedCollaborationIds).toEqual([COLLABORATION_ID]);
      return {
        data: { updateApplicationDraft: aDraft({ linkedCollaborationIds: [COLLABORATION_ID] }) },
      };
    });
    renderApplication(aDraft(), 'en', [
      collaborations,
      {
        request: { query: UpdateApplicationDraftDocument, variables: () => true },
        result: save,
      },
    ]);
    const picker = await screen.findByRole('textbox', { name: 'Linked collaborations' });
    await user.click(picker);
    await user.click(
      await screen.findByRole('option', {
        name: /^Cooling loop study — with Kyungpook National University, since/,
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
  });
});

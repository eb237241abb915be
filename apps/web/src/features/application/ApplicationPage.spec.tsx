import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import {
  ApplicationDocument,
  ApplicationSuggestionsDocument,
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
  aCompleteDraft,
  aDraft,
  institute,
  lead,
  partner,
  suggestions,
  university,
} from './application-fixtures';

const answer = (application: ApplicationDetailFragment): MockLink.MockedResponse => ({
  request: { query: ApplicationDocument, variables: { id: APPLICATION_ID } },
  result: { data: { application } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const suggestionsAnswer = alwaysAnswer(
  ApplicationSuggestionsDocument,
  { id: APPLICATION_ID },
  suggestions(),
);

const renderApplication = (
  application = aDraft(),
  language: 'en' | 'ko' = 'en',
  extra: MockLink.MockedResponse[] = [],
  suggestionMocks: MockLink.MockedResponse[] = [suggestionsAnswer],
) =>
  renderPage(<ApplicationPage />, {
    path: '/applications/:id',
    url: `/applications/${APPLICATION_ID}`,
    mocks: [viewerMock(aViewer()), answer(application), ...suggestionMocks, ...extra],
    language,
  });

const NEED_ID = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';

const ruleItem = (name: RegExp) =>
  screen.getAllByRole('listitem').find((item) => name.test(item.textContent ?? ''))!;
const met = (name: RegExp) => ruleItem(name).getAttribute('data-met');

describe('ApplicationPage', () => {
  it('checks every rule of the call in the browser, red with the reason until the accepted consortium meets it', async () => {
    // The university accepted, the institute not invited: the server sent facts, not answers.
    renderApplication(
      aDraft({ partners: [partner(university, 'ACCEPTED', 8_000_000, 4_000_000)] }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Hydrogen truck cooling modules' });
    const checklist = within(screen.getByRole('region', { name: 'Eligibility' }));
    // Partners 3–6, kinds, abroad, grant, rate, and the joint call's fundable and funder-share rules.
    expect(checklist.getAllByRole('listitem')).toHaveLength(8);
    expect(met(/Minimum number of organizations/)).toBe('false');
    expect(ruleItem(/Minimum number of organizations/)).toHaveTextContent(
      'The consortium has 2 organizations; it needs at least 3.',
    );
    expect(met(/Required kinds of organization/)).toBe('true');
    expect(met(/A partner from another country/)).toBe('false');
    expect(ruleItem(/A partner from another country/)).toHaveTextContent(
      'Add a partner from outside South Korea.',
    );
    expect(met(/Funding rate/)).toBe('true');
    expect(checklist.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit the application' })).toBeDisabled();
  });

  it('counts only accepted partners: an invited one turns nothing green', async () => {
    renderApplication(aDraft());
    await screen.findByRole('heading', { level: 1, name: 'Hydrogen truck cooling modules' });
    expect(ruleItem(/Minimum number of organizations/)).toHaveTextContent(
      'The consortium has 1 organizations; it needs at least 3.',
    );
    expect(met(/Required kinds of organization/)).toBe('false');
  });

  it('says the consortium meets every rule once nothing fails, and lets it be submitted', async () => {
    renderApplication(aCompleteDraft());
    expect(
      await screen.findByText('The consortium meets every rule of the call: it can be submitted.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit the application' })).toBeEnabled();
  });

  it('turns rules red and green again as budgets are typed, before anything is saved', async () => {
    const user = userEvent.setup();
    renderApplication(aCompleteDraft());
    const leadBudget = await screen.findByLabelText("Lead's requested budget (EUR)");
    expect(met(/Grant per project/)).toBe('true');
    // 500,000 EUR for the lead: the project asks 630,000 (more than 600,000), the lead more
    // than 70% of its costs, and the Korean funder more than its 350,000.
    await user.clear(leadBudget);
    await user.type(leadBudget, '500000');
    await waitFor(() => expect(met(/Grant per project/)).toBe('false'));
    expect(met(/Funding rate/)).toBe('false');
    expect(met(/Each funder's share/)).toBe('false');
    expect(ruleItem(/Grant per project/)).toHaveTextContent(
      'The project requests €630,000; at most €600,000 is allowed.',
    );
    expect(ruleItem(/Funding rate/)).toHaveTextContent('Seongseo Precision');
    expect(screen.getByRole('button', { name: 'Submit the application' })).toBeDisabled();
    // A partner's own contribution raised: its rate is fine; the lead's still is not.
    const own = screen.getByRole('textbox', { name: 'Own contribution: Fraunhofer Stuttgart' });
    await user.clear(own);
    await user.type(own, '90000');
    expect(met(/Funding rate/)).toBe('false');
    await user.clear(leadBudget);
    await user.type(leadBudget, '100000');
    await waitFor(() => expect(met(/Grant per project/)).toBe('true'));
    expect(met(/Funding rate/)).toBe('true');
    expect(met(/Each funder's share/)).toBe('true');
    // Green, but the new own contribution is not saved yet: submission waits for it.
    expect(screen.getByRole('button', { name: 'Submit the application' })).toBeDisabled();
    expect(
      screen.getByText(
        'Save your budget changes before submitting: the submission reads the saved figures.',
      ),
    ).toBeInTheDocument();
  });

  it('suggests organizations for a failed rule and invites one with the keyboard', async () => {
    const invited = aDraft({
      partners: [...aDraft().partners, partner(institute, 'INVITED', 0, 0)],
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
    const suggested = within(await screen.findByRole('region', { name: 'Suggested partners' }));
    expect(await suggested.findByText('For “A partner from another country”')).toBeInTheDocument();
    expect(suggested.getByText(/Match 82%/)).toBeInTheDocument();
    const button = suggested.getByRole('button', { name: 'Invite Fraunhofer Stuttgart' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const partners = within(screen.getByRole('region', { name: 'Consortium' }));
    expect(await partners.findByText('Fraunhofer Stuttgart')).toBeInTheDocument();
  });

  it('reads the suggestions again when the rules failing live change', async () => {
    const user = userEvent.setup();
    const first = jest.fn(() => ({ data: suggestions(0.82) }));
    const second = jest.fn(() => ({ data: suggestions(0.4, 'minPartners') }));
    renderApplication(
      aDraft(),
      'en',
      [],
      [
        {
          request: { query: ApplicationSuggestionsDocument, variables: { id: APPLICATION_ID } },
          result: first,
        },
        {
          request: { query: ApplicationSuggestionsDocument, variables: { id: APPLICATION_ID } },
          result: second,
          maxUsageCount: Number.POSITIVE_INFINITY,
        },
      ],
    );
    const suggested = within(await screen.findByRole('region', { name: 'Suggested partners' }));
    expect(await suggested.findByText(/Match 82%/)).toBeInTheDocument();
    // Typing without changing which rules fail reads nothing again…
    const leadOwn = screen.getByLabelText("Lead's own contribution (EUR)");
    await user.type(leadOwn, '1');
    expect(second).not.toHaveBeenCalled();
    // …a budget that makes the funding rate fail does.
    const leadBudget = screen.getByLabelText("Lead's requested budget (EUR)");
    await user.clear(leadBudget);
    await user.type(leadBudget, '900000');
    await waitFor(() => expect(second).toHaveBeenCalled());
    expect(await suggested.findByText(/Match 40%/)).toBeInTheDocument();
  });

  it('shows a submitted application read-only, with the decision at close, in Korean', async () => {
    renderApplication(
      aDraft({
        status: 'INELIGIBLE',
        viewerActions: [],
        failedRules: [FAILURES.internationalPartner],
        linkedNeedIds: [NEED_ID],
        linkedNeeds: [
          { __typename: 'TechnologyNeed', id: NEED_ID, title: '수소 트럭 냉각 모듈 경량화' },
        ],
      }),
      'ko',
    );
    expect(await screen.findByText('신청자격 미충족')).toBeInTheDocument();
    expect(screen.getByText('제출된 신청서는 수정할 수 없습니다.')).toBeInTheDocument();
    // What the consortium proposes stays readable: the abstract and the work plan.
    expect(screen.getByRole('region', { name: '요약' })).toHaveTextContent(
      'Cooling modules for hydrogen trucks.',
    );
    expect(screen.getByRole('region', { name: '수행 계획' })).toHaveTextContent(
      'WP1 design, WP2 prototypes.',
    );
    // The needs it answers, by title, each a link to the need (the API leaves out any the
    // reader may not see).
    expect(screen.getByRole('link', { name: '수소 트럭 냉각 모듈 경량화' })).toHaveAttribute(
      'href',
      `/needs/${NEED_ID}`,
    );
    expect(ruleItem(/해외 참여기관/)).toHaveAttribute('data-met', 'false');
    // Decided at close: the server's decision shows, not a live check.
    expect(ruleItem(/최소 참여기관 수/)).toHaveAttribute('data-met', 'true');
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
              ownContribution: 4_000_000,
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
    expect(screen.getByLabelText("Lead's requested budget (EUR)")).toHaveValue('100,000.00');
    // Negative amounts cannot be typed; more than the ceiling is refused by the domain's rule.
    await user.clear(budget);
    // Pasted rather than typed key by key: the same input events, a fraction of the time.
    await user.click(budget);
    await user.paste('-2000000000000');
    expect(budget).toHaveValue('2,000,000,000,000');
    expect(await screen.findByText(/^At most .*1,000,000,000,000/)).toBeInTheDocument();
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

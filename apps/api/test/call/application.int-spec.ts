import { createOrganization, expectRefused, signUp, type SignedIn } from '../support/factories';
import { auditOf, castOfRoles, joinOrganization, type Cast, type Member } from '../support/roles';
import { admitToCluster, createNeed, needIn } from '../support/listings';
import { ApplicationDeadlineNoticeJob } from '../../src/application/application-deadline-notice.job';
import { createTestApp, type TestApp } from '../support/test-app';
import { inbox, runFanOuts } from '../notification/notification-support';
import {
  ANSWER,
  APPLICATION,
  CALL_APPLICATIONS,
  CREATE_APPLICATION,
  INVITATIONS,
  INVITE_PARTNER,
  SUBMIT,
  UPDATE_APPLICATION,
  UPDATE_PARTNER_BUDGET,
  WITHDRAW,
  draftApplication,
  draftInput,
  partnerInput,
  serverClockAt,
  touch,
  type ApplicationView,
} from './application-support';
import {
  MAX_BUDGET_AMOUNT,
  checkConsortium,
  consortiumOfApplication,
  type OrganizationFacts,
} from '@spillover/domain';
import { CollaborationService } from '../../src/collaboration/collaboration.service';
import { EXTEND_CALL, openCall, type CallView } from './call-support';

// Applications (신청): the lead drafts and invites, partners answer, only accepted ones count;
// submission re-checks eligibility and the deadline by the server's clock; funders read the
// whole call, applicants their own, an invited partner only its invitation.

jest.setTimeout(120_000);

let t: TestApp;
let cast: Cast;
let call: CallView;
let institute: { id: string };
let instituteMember: Member;
let university: { id: string };
let universityAdmin: SignedIn;

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  await admitToCluster(cast.orgAdmin.client, cast.manager.client, cast.cluster.id, cast.org.id);
  // The German institute is run by the other organization's admin (not a member of the lead).
  institute = await createOrganization(cast.otherOrgAdmin.client, {
    name: 'Stuttgart Institute',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'DE',
    region: 'DE-BW',
  });
  instituteMember = await joinOrganization(t, cast.otherOrgAdmin.client, institute.id);
  universityAdmin = await signUp(t, { displayName: 'University Admin' });
  university = await createOrganization(universityAdmin.client, {
    name: 'Kyungpook University',
    kind: 'UNIVERSITY',
    size: null,
  });
  call = await openCall(cast.manager.client, cast.cluster.id, {
    eligibility: {
      minPartners: 3,
      requiredKinds: [
        { kinds: ['FIRM'], min: 1 },
        { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
      ],
      leadKinds: ['FIRM'],
      internationalPartnerRequired: true,
      membership: 'LEAD',
    },
  });
});
afterAll(async () => {
  jest.useRealTimers();
  await t.close();
});

const opensAt = () => new Date(call.opensAt ?? '').getTime();
const closesAt = () => new Date(call.closesAt ?? '').getTime();
const inWindow = () => serverClockAt(opensAt() + 60_000);
const view = async (client: { ok: SignedIn['client']['ok'] }, id: string) =>
  (await client.ok<{ application: ApplicationView }>(APPLICATION, { id })).application;
const rules = (a: ApplicationView) => a.eligibility.map((f) => f.rule);

/** A draft by the lead's member with the institute and the university invited; `accept` says who accepted. */
async function consortium(accept: ('institute' | 'university')[] = []): Promise<ApplicationView> {
  const draft = await draftApplication(cast.orgMember.client, call.id, cast.org.id);
  await cast.orgMember.client.ok(INVITE_PARTNER, {
    id: draft.id,
    input: partnerInput(institute.id),
  });
  await cast.orgMember.client.ok(INVITE_PARTNER, {
    id: draft.id,
    input: partnerInput(university.id),
  });
  if (accept.includes('institute'))
    await cast.otherOrgAdmin.client.ok(ANSWER, { id: draft.id, org: institute.id, accept: true });
  if (accept.includes('university'))
    await universityAdmin.client.ok(ANSWER, { id: draft.id, org: university.id, accept: true });
  return view(cast.orgMember.client, draft.id);
}

describe('drafting, inviting and submitting', () => {
  it('counts only accepted partners: the rules turn green as partners accept, then it submits', async () => {
    inWindow();
    const draft = await consortium();
    expect(draft.status).toBe('DRAFT');
    expect(rules(draft)).toEqual(['minPartners', 'requiredKinds', 'internationalPartner']);
    expect(draft.partners.map((p) => p.status)).toEqual(['INVITED', 'INVITED']);

    await cast.otherOrgAdmin.client.ok(ANSWER, { id: draft.id, org: institute.id, accept: true });
    expect(rules(await view(cast.orgMember.client, draft.id))).toEqual(['minPartners']);
    await universityAdmin.client.ok(ANSWER, { id: draft.id, org: university.id, accept: true });
    const ready = await view(cast.orgMember.client, draft.id);
    expect(ready.eligibility).toEqual([]);
    expect(ready.viewerActions).toEqual(['edit', 'submit']);

    const { submitApplication } = await cast.orgMember.client.ok<{
      submitApplication: ApplicationView;
    }>(SUBMIT, { id: draft.id });
    expect(submitApplication.status).toBe('SUBMITTED');
    expect((await auditOf(t, draft.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'application.created',
        'application.partnerInvited',
        'application.partnerAnswered',
        'application.submitted',
      ]),
    );
  });

  it('refuses an ineligible consortium at submission, naming the first failed rule, and changes nothing', async () => {
    inWindow();
    const draft = await consortium(['institute']);
    await touch(cast.orgMember.client);
    await expectRefused(
      t,
      () => cast.orgMember.client.gql(SUBMIT, { id: draft.id }),
      'BAD_USER_INPUT',
      'consortium',
    );
  });

  it('makes a submitted application read-only and lets the lead withdraw it until the close', async () => {
    inWindow();
    const submitted = await consortium(['institute', 'university']);
    await cast.orgMember.client.ok(SUBMIT, { id: submitted.id });
    await touch(cast.orgMember.client);
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(UPDATE_APPLICATION, {
          id: submitted.id,
          input: draftInput({ title: 'Changed after submission' }),
        }),
      'CONFLICT',
      'status',
    );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(INVITE_PARTNER, {
          id: submitted.id,
          input: partnerInput(cast.otherOrg.id),
        }),
      'CONFLICT',
      'status',
    );
    const { withdrawApplication } = await cast.orgMember.client.ok<{
      withdrawApplication: ApplicationView;
    }>(WITHDRAW, { id: submitted.id });
    expect(withdrawApplication.status).toBe('WITHDRAWN');
  });
});

describe('who sees and does what', () => {
  it('shows an invited partner only its invitation, and the application once it accepted', async () => {
    inWindow();
    const draft = await consortium();
    expect(
      (await cast.otherOrgAdmin.client.gql(APPLICATION, { id: draft.id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    const { applicationInvitations } = await cast.otherOrgAdmin.client.ok<{
      applicationInvitations: { applicationId: string; status: string; title: string }[];
    }>(INVITATIONS, { org: institute.id });
    expect(applicationInvitations).toContainEqual(
      expect.objectContaining({ applicationId: draft.id, status: 'INVITED', title: draft.title }),
    );
    await touch(cast.otherOrgAdmin.client, instituteMember.client, cast.orgAdmin.client);
    // Not yet accepted: neither edits nor submits (it may not even see the application).
    await expectRefused(
      t,
      () => cast.otherOrgAdmin.client.gql(SUBMIT, { id: draft.id }),
      'NOT_FOUND',
    );
    // A member who is not ORG_ADMIN of the invited organization does not answer for it.
    await expectRefused(
      t,
      () => instituteMember.client.gql(ANSWER, { id: draft.id, org: institute.id, accept: true }),
      'FORBIDDEN',
      'organizationId',
    );
    // Someone outside the invited organization cannot answer for it.
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(ANSWER, { id: draft.id, org: institute.id, accept: true }),
      'NOT_FOUND',
    );
    await cast.otherOrgAdmin.client.ok(ANSWER, { id: draft.id, org: institute.id, accept: true });
    const seen = await view(cast.otherOrgAdmin.client, draft.id);
    expect(seen.viewerActions).toEqual([]);
    await touch(cast.otherOrgAdmin.client);
    await expectRefused(
      t,
      () => cast.otherOrgAdmin.client.gql(SUBMIT, { id: draft.id }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () =>
        cast.otherOrgAdmin.client.gql(ANSWER, { id: draft.id, org: institute.id, accept: false }),
      'CONFLICT',
      'status',
    );
  });

  it('names the linked needs each reader may see: the lead its private one too, an accepted partner the public one only', async () => {
    inWindow();
    const open = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    const secret = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      visibility: 'PRIVATE',
      invitedOrganizationIds: [university.id],
    });
    const draft = await consortium(['institute']);
    await cast.orgMember.client.ok(UPDATE_APPLICATION, {
      id: draft.id,
      input: draftInput({ linkedNeedIds: [secret.id, open.id] }),
    });
    const linked = async (client: SignedIn['client']) =>
      (
        await client.ok<{ application: { linkedNeeds: { id: string; title: string }[] } }>(
          `query ($id: ID!) { application(id: $id) { linkedNeeds { id title } } }`,
          { id: draft.id },
        )
      ).application.linkedNeeds;
    expect(await linked(cast.orgMember.client)).toEqual([
      { id: secret.id, title: secret.title },
      { id: open.id, title: open.title },
    ]);
    // The partner is not told a private need exists: it is left out, not an error.
    expect(await linked(cast.otherOrgAdmin.client)).toEqual([{ id: open.id, title: open.title }]);
  });

  it('shows every submitted application of the call to its funders’ managers, and none to another cluster’s', async () => {
    inWindow();
    const submitted = await consortium(['institute', 'university']);
    await cast.orgMember.client.ok(SUBMIT, { id: submitted.id });
    const draft = await draftApplication(cast.orgMember.client, call.id, cast.org.id, {
      title: 'A draft funders do not see',
    });
    const ofManager = await cast.manager.client.ok<{ callApplications: { id: string }[] }>(
      CALL_APPLICATIONS,
      { callId: call.id },
    );
    expect(ofManager.callApplications.map((a) => a.id)).toContain(submitted.id);
    expect(ofManager.callApplications.map((a) => a.id)).not.toContain(draft.id);
    expect((await view(cast.manager.client, submitted.id)).status).toBe('SUBMITTED');

    const ofOther = await cast.otherManager.client.ok<{ callApplications: { id: string }[] }>(
      CALL_APPLICATIONS,
      { callId: call.id },
    );
    expect(ofOther.callApplications).toEqual([]);
    expect(
      (await cast.otherManager.client.gql(APPLICATION, { id: submitted.id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    // Applicants see only their own.
    const ofOtherOrg = await cast.otherOrgAdmin.client.ok<{ callApplications: { id: string }[] }>(
      CALL_APPLICATIONS,
      { callId: call.id },
    );
    expect(ofOtherOrg.callApplications.map((a) => a.id)).not.toContain(draft.id);
  });

  it('refuses a draft for an organization the caller does not belong to (a member of a non-funding cluster)', async () => {
    inWindow();
    await touch(cast.otherOrgAdmin.client);
    await expectRefused(
      t,
      () =>
        cast.otherOrgAdmin.client.gql(CREATE_APPLICATION, {
          callId: call.id,
          lead: cast.org.id,
          input: draftInput(),
        }),
      'FORBIDDEN',
      'leadOrganizationId',
    );
  });
});

describe('bad inputs: code, field and nothing changed', () => {
  it('refuses a short title, the lead as its own partner, a second invitation and a need of another organization', async () => {
    inWindow();
    const draft = await draftApplication(cast.orgMember.client, call.id, cast.org.id);
    await cast.orgMember.client.ok(INVITE_PARTNER, {
      id: draft.id,
      input: partnerInput(institute.id),
    });
    const foreignNeed = await createNeed(cast.otherOrgAdmin.client, cast.otherOrg.id);
    await touch(cast.orgMember.client);
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(UPDATE_APPLICATION, {
          id: draft.id,
          input: draftInput({ title: 'x' }),
        }),
      'BAD_USER_INPUT',
      'title',
    );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(INVITE_PARTNER, {
          id: draft.id,
          input: partnerInput(cast.org.id),
        }),
      'BAD_USER_INPUT',
      'organizationId',
    );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(INVITE_PARTNER, {
          id: draft.id,
          input: partnerInput(institute.id),
        }),
      'CONFLICT',
      'organizationId',
    );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(UPDATE_APPLICATION, {
          id: draft.id,
          input: draftInput({ linkedNeedIds: [foreignNeed.id] }),
        }),
      'BAD_USER_INPUT',
      'linkedNeedIds.0',
    );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(INVITE_PARTNER, {
          id: draft.id,
          input: { ...partnerInput(university.id), requestedBudget: -1 },
        }),
      'BAD_USER_INPUT',
      'requestedBudget',
    );
  });
});

describe('the deadline, by the server’s clock', () => {
  it('takes a submission one second before the deadline and refuses one at it, with the deadline in the error', async () => {
    inWindow();
    const early = await consortium(['institute', 'university']);
    const late = await consortium(['institute', 'university']);
    serverClockAt(closesAt() - 1000);
    expect(
      (
        await cast.orgMember.client.ok<{ submitApplication: ApplicationView }>(SUBMIT, {
          id: early.id,
        })
      ).submitApplication.status,
    ).toBe('SUBMITTED');
    serverClockAt(closesAt());
    await touch(cast.orgMember.client);
    await expectRefused(
      t,
      () => cast.orgMember.client.gql(SUBMIT, { id: late.id }),
      'CONFLICT',
      'closesAt',
    );
    const refusal = await cast.orgMember.client.gql(SUBMIT, { id: late.id });
    expect(refusal.errors?.[0]?.message).toMatch(/deadline is \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    // Withdrawing stops at the deadline too.
    await expectRefused(
      t,
      () => cast.orgMember.client.gql(WITHDRAW, { id: early.id }),
      'CONFLICT',
      'closesAt',
    );
  });
});

describe('notifications', () => {
  it('tells the invited organization, the lead of the answer, and the applicants of a new deadline', async () => {
    inWindow();
    const draft = await consortium(['institute']);
    await runFanOuts(t);
    const ofPartner = (await inbox(universityAdmin)).nodes.filter(
      (n) => n.type === 'application.partnerInvited',
    );
    expect(ofPartner.map((n) => n.path)).toContain('/consortium-invitations');
    const ofLead = (await inbox(cast.orgMember)).nodes.filter(
      (n) => n.type === 'application.partnerAnswered',
    );
    expect(ofLead.map((n) => n.path)).toContain(`/applications/${draft.id}`);

    const later = new Date(closesAt() + 7 * 86_400_000).toISOString();
    await cast.manager.client.ok(EXTEND_CALL, { id: call.id, closesAt: later });
    call = { ...call, closesAt: later };
    await runFanOuts(t);
    const extended = (await inbox(cast.otherOrgAdmin)).nodes.filter(
      (n) => n.type === 'application.deadlineExtended',
    );
    expect(extended).toHaveLength(1);
    // A manager of another cluster, who applies to nothing, hears nothing.
    expect(
      (await inbox(cast.otherManager)).nodes.filter((n) => n.type.startsWith('application.')),
    ).toEqual([]);
  });

  it('reminds the applicants a week and a day before the deadline, once each', async () => {
    const job = t.app.get(ApplicationDeadlineNoticeJob);
    const reminders = async () =>
      (await inbox(cast.orgMember)).nodes.filter((n) => n.type === 'application.deadlineSoon');
    const before = (await reminders()).length;
    serverClockAt(closesAt() - 8 * 86_400_000);
    await job.run(new Date());
    await runFanOuts(t);
    expect((await reminders()).length).toBe(before); // 8 days ahead: not yet
    serverClockAt(closesAt() - 6 * 86_400_000);
    await job.run(new Date());
    await runFanOuts(t);
    await job.run(new Date());
    await runFanOuts(t);
    const week = await reminders();
    expect(week.length).toBe(before + 1);
    expect(week[0]?.params).toContainEqual({ name: 'days', value: '7' });
    serverClockAt(closesAt() - 3_600_000);
    await job.run(new Date());
    await runFanOuts(t);
    expect((await reminders()).length).toBe(before + 2);
  });
});

describe('budgets: money in minor units of the call’s currency', () => {
  const budgets = async (id: string) => {
    const application = await view(cast.orgMember.client, id);
    return {
      lead: [application.leadRequestedBudget, application.leadOwnContribution],
      partners: application.partners.map((p) => [
        p.organization.id,
        p.requestedBudget,
        p.ownContribution,
      ]),
    };
  };

  it('lets the lead’s members change a partner’s budget in a draft, audited, the answer kept', async () => {
    inWindow();
    const draft = await consortium(['institute']);
    const { updateApplicationPartnerBudget } = await cast.orgMember.client.ok<{
      updateApplicationPartnerBudget: ApplicationView;
    }>(UPDATE_PARTNER_BUDGET, {
      id: draft.id,
      input: { organizationId: institute.id, requestedBudget: 12_345_678, ownContribution: 0 },
    });
    expect(
      updateApplicationPartnerBudget.partners.find((p) => p.organization.id === institute.id),
    ).toMatchObject({ status: 'ACCEPTED', requestedBudget: 12_345_678, ownContribution: 0 });
    // The ceiling itself is a valid amount.
    await cast.orgMember.client.ok(UPDATE_APPLICATION, {
      id: draft.id,
      input: draftInput({ leadRequestedBudget: MAX_BUDGET_AMOUNT, leadOwnContribution: 1 }),
    });
    expect((await budgets(draft.id)).lead).toEqual([MAX_BUDGET_AMOUNT, 1]);
    const audit = (await t.dataSource.query(
      `SELECT before, after FROM audit_event WHERE object_id = $1 AND action = 'application.partnerBudgetChanged'`,
      [draft.id],
    )) as { before: Record<string, unknown>; after: Record<string, unknown> }[];
    expect(audit).toEqual([
      {
        before: {
          organizationId: institute.id,
          requestedBudget: 10_000_000,
          ownContribution: 5_000_000,
        },
        after: { organizationId: institute.id, requestedBudget: 12_345_678, ownContribution: 0 },
      },
    ]);
  });

  it('refuses negatives, fractions and overflow with the field, and changes nothing', async () => {
    inWindow();
    const draft = await consortium();
    await touch(cast.orgMember.client);
    const before = await budgets(draft.id);
    const partnerBudget = (input: Record<string, unknown>) =>
      cast.orgMember.client.gql(UPDATE_PARTNER_BUDGET, {
        id: draft.id,
        input: { ...partnerInput(institute.id), ...input },
      });
    for (const [input, field] of [
      [{ requestedBudget: -1 }, 'requestedBudget'],
      [{ ownContribution: -500 }, 'ownContribution'],
      [{ requestedBudget: 1.5 }, 'requestedBudget'],
      [{ requestedBudget: MAX_BUDGET_AMOUNT + 1 }, 'requestedBudget'],
      // Past 2^53 the amount is not an exact integer any more: GraphQL's SafeInt refuses it.
      [{ ownContribution: 2 ** 53 }, 'ownContribution'],
    ] as const)
      await expectRefused(t, () => partnerBudget(input), 'BAD_USER_INPUT', field);
    for (const [input, field] of [
      [{ leadRequestedBudget: -1 }, 'leadRequestedBudget'],
      [{ leadOwnContribution: MAX_BUDGET_AMOUNT * 10 }, 'leadOwnContribution'],
      [{ leadRequestedBudget: 2 ** 60 }, 'leadRequestedBudget'],
    ] as const)
      await expectRefused(
        t,
        () =>
          cast.orgMember.client.gql(UPDATE_APPLICATION, { id: draft.id, input: draftInput(input) }),
        'BAD_USER_INPUT',
        field,
      );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(INVITE_PARTNER, {
          id: draft.id,
          input: { ...partnerInput(cast.otherOrg.id), ownContribution: MAX_BUDGET_AMOUNT + 1 },
        }),
      'BAD_USER_INPUT',
      'ownContribution',
    );
    expect(await budgets(draft.id)).toEqual(before);
  });

  it('lets only the lead’s members change budgets, of partners the draft has', async () => {
    inWindow();
    const draft = await consortium(['institute']);
    await touch(cast.orgMember.client, cast.otherOrgAdmin.client, universityAdmin.client);
    const change = { ...partnerInput(institute.id), requestedBudget: 1 };
    // An accepted partner reads the application but does not edit it.
    await expectRefused(
      t,
      () => cast.otherOrgAdmin.client.gql(UPDATE_PARTNER_BUDGET, { id: draft.id, input: change }),
      'FORBIDDEN',
    );
    // A partner not yet accepted, another cluster's manager and the call's own manager (drafts
    // are the applicants' business) do not even see it.
    for (const client of [universityAdmin.client, cast.otherManager.client, cast.manager.client])
      await expectRefused(
        t,
        () => client.gql(UPDATE_PARTNER_BUDGET, { id: draft.id, input: change }),
        'NOT_FOUND',
      );
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(UPDATE_PARTNER_BUDGET, {
          id: draft.id,
          input: { ...change, organizationId: cast.otherOrg.id },
        }),
      'NOT_FOUND',
    );
  });
});

describe('linked collaborations: the lead organization’s own only', () => {
  let own: string;
  let foreign: string;

  beforeAll(async () => {
    const service = t.app.get(CollaborationService);
    const actor = {
      kind: 'user' as const,
      userId: cast.orgAdmin.userId,
      isAdmin: false,
      requestId: 'application-test',
      via: { kind: 'session' as const, sessionId: 'test' },
    };
    // One collaboration of the lead (with the university), one between two other organizations.
    own = (
      await service.createFromAcceptedInterest(actor, {
        organizationIds: [cast.org.id, university.id],
        type: 'RESEARCH_COOPERATION',
        title: 'Cooling loop study',
        technologyAreas: ['EF05'],
      })
    ).id;
    foreign = (
      await service.createFromAcceptedInterest(actor, {
        organizationIds: [cast.otherOrg.id, institute.id],
        type: 'TECHNICAL_COOPERATION',
        title: 'Stack coating pilot',
        technologyAreas: ['EF05'],
      })
    ).id;
  });

  it('links the lead’s collaborations, once each', async () => {
    inWindow();
    const draft = await draftApplication(cast.orgMember.client, call.id, cast.org.id, {
      linkedCollaborationIds: [own, own],
    });
    expect(
      (draft as ApplicationView & { linkedCollaborationIds: string[] }).linkedCollaborationIds,
    ).toEqual([own]);
    const { updateApplicationDraft } = await cast.orgMember.client.ok<{
      updateApplicationDraft: { linkedCollaborationIds: string[] };
    }>(UPDATE_APPLICATION, { id: draft.id, input: draftInput({ linkedCollaborationIds: [] }) });
    expect(updateApplicationDraft.linkedCollaborationIds).toEqual([]);
  });

  it('answers NOT_FOUND for another organization’s collaboration or none, on its position, changing nothing', async () => {
    inWindow();
    const draft = await draftApplication(cast.orgMember.client, call.id, cast.org.id, {
      linkedCollaborationIds: [own],
    });
    await touch(cast.orgMember.client);
    const link = (ids: unknown[]) => () =>
      cast.orgMember.client.gql(UPDATE_APPLICATION, {
        id: draft.id,
        input: draftInput({ linkedCollaborationIds: ids }),
      });
    await expectRefused(t, link([own, foreign]), 'NOT_FOUND', 'linkedCollaborationIds.1');
    await expectRefused(
      t,
      link(['00000000-0000-4000-8000-000000000000']),
      'NOT_FOUND',
      'linkedCollaborationIds.0',
    );
    await expectRefused(t, link(['not-a-uuid']), 'BAD_USER_INPUT', 'linkedCollaborationIds.0');
    await expectRefused(
      t,
      link(Array.from({ length: 21 }, () => own)),
      'BAD_USER_INPUT',
      'linkedCollaborationIds',
    );
    // A new draft is refused the same way, and none is created.
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(CREATE_APPLICATION, {
          callId: call.id,
          lead: cast.org.id,
          input: draftInput({ linkedCollaborationIds: [foreign] }),
        }),
      'NOT_FOUND',
      'linkedCollaborationIds.0',
    );
    const again = await view(cast.orgMember.client, draft.id);
    expect(
      (again as ApplicationView & { linkedCollaborationIds: string[] }).linkedCollaborationIds,
    ).toEqual([own]);
  });

  it('lets only the lead’s members link them: an accepted partner may not, even its own', async () => {
    inWindow();
    const draft = await consortium(['institute']);
    await touch(cast.otherOrgAdmin.client);
    await expectRefused(
      t,
      () =>
        cast.otherOrgAdmin.client.gql(UPDATE_APPLICATION, {
          id: draft.id,
          input: draftInput({ linkedCollaborationIds: [foreign] }),
        }),
      'FORBIDDEN',
    );
  });
});

describe('the facts the web checks live (the same function as the server)', () => {
  const FACTS = `query Facts($id: ID!) { application(id: $id) {
    leadRequestedBudget leadOwnContribution eligibility { rule key params { name value } }
    partners { status requestedBudget ownContribution organization { id } }
    consortiumFacts { organizationId kind size country region activeClusterIds }
    call { currency maxGrantPerProject maxFundingRate fundingMode partnerClusterIds
      eligibility { minPartners maxPartners requiredKinds { kinds min } leadKinds leadSizes minRegions
        minCountries internationalPartnerRequired membership maxBudgetPerPartner }
      funders { position funds budget currency maxPerProject cluster { id country region } } } } }`;
  interface FactsView {
    leadRequestedBudget: number;
    leadOwnContribution: number;
    eligibility: { rule: string; key: string; params: { name: string; value: string }[] }[];
    partners: {
      status: 'INVITED' | 'ACCEPTED' | 'DECLINED';
      requestedBudget: number;
      ownContribution: number;
      organization: { id: string };
    }[];
    consortiumFacts: OrganizationFacts[];
    call: {
      currency: string;
      maxGrantPerProject: number | null;
      maxFundingRate: number | null;
      fundingMode: 'REAL_COMMON_POT' | 'VIRTUAL_COMMON_POT' | 'MIXED';
      partnerClusterIds: string[];
      eligibility: Record<string, unknown>;
      funders: {
        position: number;
        funds: 'MEMBERS' | 'REGION' | 'COUNTRY';
        budget: number;
        currency: string;
        maxPerProject: number | null;
        cluster: { id: string; country: string; region: string | null };
      }[];
    };
  }
  const browserCheck = (a: FactsView) =>
    checkConsortium(
      {
        eligibility: a.call.eligibility as never,
        currency: a.call.currency,
        maxGrantPerProject: a.call.maxGrantPerProject,
        maxFundingRate: a.call.maxFundingRate,
        fundingMode: a.call.fundingMode,
        funders: a.call.funders.map((f) => ({
          clusterId: f.cluster.id,
          funds: f.funds,
          country: f.cluster.country,
          region: f.cluster.region,
          budget: f.budget,
          currency: f.currency,
          maxPerProject: f.maxPerProject,
        })),
        partnerClusterIds: a.call.partnerClusterIds,
      },
      consortiumOfApplication({
        leadOrganizationId: a.consortiumFacts[0]!.organizationId,
        leadRequestedBudget: a.leadRequestedBudget,
        leadOwnContribution: a.leadOwnContribution,
        partners: a.partners.map((p) => ({ ...p, organizationId: p.organization.id })),
      }),
      new Map(a.consortiumFacts.map((f) => [f.organizationId, f])),
    ).map((f) => ({
      rule: f.rule,
      key: f.key,
      params: Object.entries(f.params).map(([name, value]) => ({ name, value: String(value) })),
    }));

  it('ships kinds, places and only the call’s cluster memberships; the browser’s check equals the server’s', async () => {
    // The lead is also an ACTIVE member of a cluster that has nothing to do with the call.
    await admitToCluster(
      cast.orgAdmin.client,
      cast.otherManager.client,
      cast.otherCluster.id,
      cast.org.id,
    );
    inWindow();
    const draft = await consortium(['institute']);
    const facts = (
      await cast.orgMember.client.ok<{ application: FactsView }>(FACTS, { id: draft.id })
    ).application;
    // Lead first, then the partners as invited (an invited one too: accepting changes nothing else).
    expect(facts.consortiumFacts).toEqual([
      expect.objectContaining({
        organizationId: cast.org.id,
        kind: 'FIRM',
        country: 'KR',
        activeClusterIds: [cast.cluster.id],
      }),
      expect.objectContaining({
        organizationId: institute.id,
        kind: 'RESEARCH_INSTITUTE',
        country: 'DE',
        region: 'DE-BW',
        activeClusterIds: [],
      }),
      expect.objectContaining({
        organizationId: university.id,
        kind: 'UNIVERSITY',
        activeClusterIds: [],
      }),
    ]);
    expect(facts.call.partnerClusterIds).toEqual([]);
    expect(facts.eligibility.map((f) => f.rule)).toEqual(['minPartners']);
    // The API sends parameters as name/value pairs in the domain's order: equal as they are.
    expect(browserCheck(facts)).toEqual(facts.eligibility);
    // Once the university accepts, both answer "eligible".
    await universityAdmin.client.ok(ANSWER, { id: draft.id, org: university.id, accept: true });
    const after = (
      await cast.orgMember.client.ok<{ application: FactsView }>(FACTS, { id: draft.id })
    ).application;
    expect(after.eligibility).toEqual([]);
    expect(browserCheck(after)).toEqual([]);
  });

  it('shows the facts only to those who read the application', async () => {
    inWindow();
    const draft = await consortium();
    // An invited partner that has not accepted, another cluster's manager: NOT_FOUND.
    for (const client of [universityAdmin.client, cast.otherManager.client]) {
      const result = await client.gql(FACTS, { id: draft.id });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(result.data).toBeFalsy();
    }
  });
});

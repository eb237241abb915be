import { CallDeadlineJob } from '../../src/application/call-deadline.job';
import { ApplicationService } from '../../src/application/application.service';
import { createOrganization, expectRefused, signUp, type SignedIn } from '../support/factories';
import { auditOf, castOfRoles, refusal, type Cast } from '../support/roles';
import { admitToCluster, capabilityIn, capabilityInput, needIn } from '../support/listings';
import { refreshMatches } from '../match/match-support';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  ANSWER,
  APPLICATION,
  INVITE_PARTNER,
  OVERRIDE,
  SUBMIT,
  SUGGESTIONS,
  UPDATE_APPLICATION,
  draftApplication,
  draftInput,
  partnerInput,
  serverClockAt,
  touch,
  type ApplicationView,
} from './application-support';
import {
  ADD_FUNDER,
  CHECK_ELIGIBILITY,
  draftCall,
  funderInput,
  openCall,
  type CallView,
} from './call-support';

// Eligibility decided at close by the scheduled job's work, the managers' override with a
// written reason, partner clusters (ACTIVE partnerships) as funders and members, and the
// partner suggestions for a failed rule, ranked by the matching engine.

jest.setTimeout(180_000);

const PROPOSE = `mutation Propose($input: ProposeClusterPartnershipInput!) { proposeClusterPartnership(input: $input) { id } }`;
const ACCEPT = `mutation Accept($input: ClusterPartnershipDecisionInput!) { acceptClusterPartnership(input: $input) { id status } }`;
const REMOVE_MEMBER = `mutation Remove($input: ClusterDecisionInput!) { removeClusterMember(input: $input) { id status } }`;

let t: TestApp;
let cast: Cast;
let institute: { id: string };
let university: { id: string };
let universityAdmin: SignedIn;
const SYSTEM = { kind: 'anonymous', requestId: 'test' } as const;

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  await admitToCluster(cast.orgAdmin.client, cast.manager.client, cast.cluster.id, cast.org.id);
  institute = await createOrganization(cast.otherOrgAdmin.client, {
    name: 'Stuttgart Institute',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'DE',
    region: 'DE-BW',
  });
  universityAdmin = await signUp(t, { displayName: 'University Admin' });
  university = await createOrganization(universityAdmin.client, {
    name: 'Kyungpook University',
    kind: 'UNIVERSITY',
    size: null,
  });
});
afterAll(async () => {
  jest.useRealTimers();
  await t.close();
});

const RULES = {
  minPartners: 3,
  requiredKinds: [
    { kinds: ['FIRM'], min: 1 },
    { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
  ],
  internationalPartnerRequired: true,
  membership: 'LEAD',
};

async function submitted(
  lead: { client: SignedIn['client'] },
  leadId: string,
  callId: string,
): Promise<ApplicationView> {
  const draft = await draftApplication(lead.client, callId, leadId);
  await lead.client.ok(INVITE_PARTNER, { id: draft.id, input: partnerInput(institute.id) });
  await lead.client.ok(INVITE_PARTNER, { id: draft.id, input: partnerInput(university.id) });
  await cast.otherOrgAdmin.client.ok(ANSWER, { id: draft.id, org: institute.id, accept: true });
  await universityAdmin.client.ok(ANSWER, { id: draft.id, org: university.id, accept: true });
  return (await lead.client.ok<{ submitApplication: ApplicationView }>(SUBMIT, { id: draft.id }))
    .submitApplication;
}

describe('eligibility at close, and the override', () => {
  it('marks each submitted application ELIGIBLE or INELIGIBLE with its failed rules, once; a funder’s manager overrides with a reason', async () => {
    const call: CallView = await openCall(cast.manager.client, cast.cluster.id, {
      eligibility: RULES,
    });
    serverClockAt(new Date(call.opensAt ?? '').getTime() + 60_000);
    const otherMembership = await admitToCluster(
      cast.otherOrgAdmin.client,
      cast.manager.client,
      cast.cluster.id,
      cast.otherOrg.id,
    );
    const good = await submitted(cast.orgMember, cast.org.id, call.id);
    const lapsed = await submitted(cast.otherOrgAdmin, cast.otherOrg.id, call.id);
    // The second lead leaves the funding cluster after submitting: at close it no longer qualifies.
    await cast.manager.client.ok(REMOVE_MEMBER, {
      input: { membershipId: otherMembership, reason: 'Moved its plant out of the complex.' },
    });

    const closesAt = new Date(call.closesAt ?? '');
    serverClockAt(closesAt);
    const applications = t.app.get(ApplicationService);
    expect(await applications.decideDue(SYSTEM, closesAt)).not.toContain(good.id); // still OPEN
    // One run of the deadline job closes the call, then decides its applications: the
    // manager may start the evaluation as soon as the call reads CLOSED.
    const job = t.app.get(CallDeadlineJob);
    const run = await job.runAt(closesAt);
    expect(run.closed).toContain(call.id);
    expect(run.decided).toEqual(expect.arrayContaining([good.id, lapsed.id]));
    expect((await job.runAt(closesAt)).decided).toEqual([]);

    const goodView = (
      await cast.orgMember.client.ok<{ application: ApplicationView }>(APPLICATION, { id: good.id })
    ).application;
    expect(goodView.status).toBe('ELIGIBLE');
    expect(goodView.failedRules).toEqual([]);
    const lapsedView = (
      await cast.manager.client.ok<{ application: ApplicationView }>(APPLICATION, { id: lapsed.id })
    ).application;
    expect(lapsedView.status).toBe('INELIGIBLE');
    expect(lapsedView.failedRules).toEqual([{ rule: 'membership' }]);
    expect(lapsedView.viewerActions).toEqual(['override']);

    await touch(cast.manager.client, cast.otherOrgAdmin.client, cast.otherManager.client);
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(OVERRIDE, { id: lapsed.id, decision: 'ELIGIBLE', reason: '  ' }),
      'BAD_USER_INPUT',
      'reason',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(OVERRIDE, {
          id: lapsed.id,
          decision: 'INELIGIBLE',
          reason: 'Same.',
        }),
      'CONFLICT',
      'decision',
    );
    // The applicant reads it but does not override; a manager of a non-funding cluster does not even see it.
    await expectRefused(
      t,
      () =>
        cast.otherOrgAdmin.client.gql(OVERRIDE, {
          id: lapsed.id,
          decision: 'ELIGIBLE',
          reason: 'Please.',
        }),
      'FORBIDDEN',
      'decision',
    );
    await expectRefused(
      t,
      () =>
        cast.otherManager.client.gql(OVERRIDE, {
          id: lapsed.id,
          decision: 'ELIGIBLE',
          reason: 'Mine.',
        }),
      'NOT_FOUND',
    );
    const reason = 'It was a member until the week before the close; the agreement still binds it.';
    const { overrideApplicationEligibility } = await cast.manager.client.ok<{
      overrideApplicationEligibility: ApplicationView;
    }>(OVERRIDE, { id: lapsed.id, decision: 'ELIGIBLE', reason });
    expect(overrideApplicationEligibility.status).toBe('ELIGIBLE');
    expect(overrideApplicationEligibility.overrideReason).toBe(reason);
    const audit = await auditOf(t, lapsed.id);
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        'application.eligibilityDecided',
        'application.eligibilityOverridden',
      ]),
    );
    expect(audit.find((e) => e.action === 'application.eligibilityOverridden')?.after).toEqual({
      status: 'ELIGIBLE',
      reason,
    });
    jest.useRealTimers();
  });
});

describe('partner clusters (ACTIVE partnerships)', () => {
  it('lets a partner cluster fund the call and count for the membership rule only once the partnership is ACTIVE', async () => {
    const draft = await draftCall(cast.manager.client, cast.cluster.id, { eligibility: RULES });
    const other = await cast.manager.client.gql(ADD_FUNDER, {
      callId: draft.id,
      input: funderInput(cast.otherCluster.id),
    });
    expect(refusal(other)).toEqual({ code: 'FORBIDDEN', field: 'clusterId' });
    // A lead that is a member of the other cluster only.
    const gumi = await createOrganization(cast.otherOrgAdmin.client, {
      name: 'Gumi Cells',
      region: 'KR-47',
    });
    await admitToCluster(
      cast.otherOrgAdmin.client,
      cast.otherManager.client,
      cast.otherCluster.id,
      gumi.id,
    );
    const consortium = {
      lead: { organizationId: gumi.id, requestedBudget: 0, ownContribution: 0 },
      partners: [institute, university].map((o) => ({
        organizationId: o.id,
        requestedBudget: 0,
        ownContribution: 0,
      })),
    };
    const check = async () =>
      (
        await cast.manager.client.ok<{ checkEligibility: { rule: string }[] }>(CHECK_ELIGIBILITY, {
          callId: draft.id,
          consortium,
        })
      ).checkEligibility.map((f) => f.rule);
    expect(await check()).toEqual(['membership']);

    const { proposeClusterPartnership } = await cast.manager.client.ok<{
      proposeClusterPartnership: { id: string };
    }>(PROPOSE, {
      input: {
        clusterId: cast.cluster.id,
        partnerClusterId: cast.otherCluster.id,
        kind: 'DOMESTIC',
        note: 'Batteries.',
      },
    });
    expect(await check()).toEqual(['membership']); // proposed is not active
    await cast.otherManager.client.ok(ACCEPT, {
      input: { partnershipId: proposeClusterPartnership.id },
    });
    expect(await check()).toEqual([]);
    await cast.manager.client.ok(ADD_FUNDER, {
      callId: draft.id,
      input: funderInput(cast.otherCluster.id),
    });
    // The partnership page lists it as a joint call: for the manager who sees the draft, not for a firm.
    const JOINT = `query Joint($id: ID!) { clusterPartnership(id: $id) { jointCalls { id } } }`;
    const joint = async (client: SignedIn['client']) =>
      (
        await client.ok<{ clusterPartnership: { jointCalls: { id: string }[] } }>(JOINT, {
          id: proposeClusterPartnership.id,
        })
      ).clusterPartnership.jointCalls.map((c) => c.id);
    expect(await joint(cast.manager.client)).toEqual([draft.id]);
    expect(await joint(cast.orgAdmin.client)).toEqual([]);
  });
});

describe('partner suggestions', () => {
  it('suggests, for a failed rule, catalogue organizations that would satisfy it, ranked for the linked needs', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id, { eligibility: RULES });
    serverClockAt(new Date(call.opensAt ?? '').getTime() + 60_000);
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
    await capabilityIn(cast.otherOrgAdmin.client, institute.id, 'PUBLISHED', capabilityInput());
    await capabilityIn(universityAdmin.client, university.id, 'PUBLISHED', capabilityInput());
    // A private capability of a third organization: the lead may not see it, so it is never suggested.
    const hidden = await createOrganization(cast.otherOrgAdmin.client, {
      name: 'Hidden Lab',
      kind: 'RESEARCH_INSTITUTE',
      size: null,
      country: 'FR',
      region: null,
    });
    await capabilityIn(
      cast.otherOrgAdmin.client,
      hidden.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        visibility: 'PRIVATE',
        invitedOrganizationIds: [university.id],
      }),
    );
    await refreshMatches(t);
    const draft = await draftApplication(cast.orgMember.client, call.id, cast.org.id);
    await cast.orgMember.client.ok(UPDATE_APPLICATION, {
      id: draft.id,
      input: draftInput({ linkedNeedIds: [need.id] }),
    });
    const suggestions = async () =>
      (
        await cast.orgMember.client.ok<{
          application: {
            partnerSuggestions: {
              rule: string;
              organizations: { organization: { id: string } }[];
            }[];
          };
        }>(SUGGESTIONS, { id: draft.id })
      ).application.partnerSuggestions;
    const byRule = Object.fromEntries(
      (await suggestions()).map((s) => [s.rule, s.organizations.map((o) => o.organization.id)]),
    );
    expect(byRule.internationalPartner).toEqual([institute.id]);
    expect(new Set(byRule.requiredKinds)).toEqual(new Set([institute.id, university.id]));
    expect(Object.values(byRule).flat()).not.toContain(hidden.id);
    // Once invited, an organization is no longer suggested.
    await cast.orgMember.client.ok(INVITE_PARTNER, {
      id: draft.id,
      input: partnerInput(institute.id),
    });
    const after = Object.fromEntries(
      (await suggestions()).map((s) => [s.rule, s.organizations.map((o) => o.organization.id)]),
    );
    expect(after.internationalPartner).toEqual([]);
    // A partner reading the application gets no suggestions (they are the lead's).
    await cast.otherOrgAdmin.client.ok(ANSWER, { id: draft.id, org: institute.id, accept: true });
    const ofPartner = await cast.otherOrgAdmin.client.ok<{
      application: { partnerSuggestions: unknown[] };
    }>(SUGGESTIONS, { id: draft.id });
    expect(ofPartner.application.partnerSuggestions).toEqual([]);
    jest.useRealTimers();
  });
});

import { createCluster, createOrganization, expectRefused } from '../support/factories';
import { APPOINT_MANAGER, castOfRoles, refusal, type Cast } from '../support/roles';
import { admitToCluster } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  ADD_FUNDER,
  CHECK_ELIGIBILITY,
  OPEN_CALL,
  draftCall,
  funderInput,
  type CallView,
} from './call-support';

let t: TestApp;
let cast: Cast;
let call: CallView;
let university: { id: string };
let institute: { id: string };
let french: { id: string };
let otherClusterFirm: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  const agency = await createOrganization(cast.admin.client, {
    name: 'BW Mobility Agency',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'DE',
    region: 'DE-BW',
  });
  const german = await createCluster(cast.admin.client, agency.id, {
    nameEn: 'Baden-Württemberg e-mobility',
    nameKo: '바덴뷔르템베르크 e-모빌리티',
    country: 'DE',
    region: 'DE-BW',
  });
  await cast.admin.client.ok(APPOINT_MANAGER, {
    input: { clusterId: german.id, email: cast.manager.email },
  });
  // The lead: a small Daegu firm, ACTIVE in the Daegu cluster.
  await admitToCluster(cast.orgAdmin.client, cast.manager.client, cast.cluster.id, cast.org.id);
  university = await createOrganization(cast.orgAdmin.client, {
    name: 'Kyungpook University',
    kind: 'UNIVERSITY',
    size: null,
    region: 'KR-27',
  });
  institute = await createOrganization(cast.orgAdmin.client, {
    name: 'Stuttgart Institute',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'DE',
    region: 'DE-BW',
  });
  french = await createOrganization(cast.orgAdmin.client, {
    name: 'Lyon Composites',
    country: 'FR',
    region: null,
  });
  otherClusterFirm = await createOrganization(cast.otherOrgAdmin.client, {
    name: 'Gumi Cells',
    region: 'KR-47',
  });
  await admitToCluster(
    cast.otherOrgAdmin.client,
    cast.otherManager.client,
    cast.otherCluster.id,
    otherClusterFirm.id,
  );

  const draft = await draftCall(cast.manager.client, cast.cluster.id, {
    fundingMode: 'VIRTUAL_COMMON_POT',
    eligibility: {
      minPartners: 3,
      requiredKinds: [
        { kinds: ['FIRM'], min: 1 },
        { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
      ],
      leadKinds: ['FIRM'],
      leadSizes: ['MICRO', 'SMALL', 'MEDIUM'],
      internationalPartnerRequired: true,
      membership: 'LEAD',
      maxBudgetPerPartner: 20_000_000,
    },
  });
  await cast.manager.client.ok(ADD_FUNDER, {
    callId: draft.id,
    input: funderInput(german.id, { funds: 'REGION', maxPerProject: 15_000_000 }),
  });
  call = (await cast.manager.client.ok<{ openCall: CallView }>(OPEN_CALL, { id: draft.id }))
    .openCall;
});
afterAll(async () => {
  await t.close();
});

const member = (
  organizationId: string,
  requestedBudget = 10_000_000,
  ownContribution = 5_000_000,
) => ({ organizationId, requestedBudget, ownContribution });

interface Failure {
  rule: string;
  key: string;
  params: { name: string; value: string }[];
  organizations: { organizationId: string; value: string | null }[];
}
const check = async (consortium: unknown, client = cast.orgAdmin.client): Promise<Failure[]> =>
  (
    await client.ok<{ checkEligibility: Failure[] }>(CHECK_ELIGIBILITY, {
      callId: call.id,
      consortium,
    })
  ).checkEligibility;

describe('checkEligibility', () => {
  it('passes the Daegu firm with a Daegu university and a Stuttgart institute', async () => {
    expect(
      await check({
        lead: member(cast.org.id),
        partners: [member(university.id), member(institute.id)],
      }),
    ).toEqual([]);
  });

  it('returns every failed rule with its key, parameters and the organizations that failed it', async () => {
    const failures = await check({
      lead: member(cast.org.id, 25_000_000, 1_000_000),
      partners: [member(french.id)],
    });
    expect(failures.map((f) => f.rule)).toEqual([
      'minPartners',
      'requiredKinds',
      'maxBudgetPerPartner',
      'fundingRate',
      'fundable',
    ]);
    expect(failures.find((f) => f.rule === 'fundable')).toEqual({
      rule: 'fundable',
      key: 'call.eligibility.fundable',
      params: [],
      organizations: [{ organizationId: french.id, value: 'FR' }],
    });
    expect(failures.find((f) => f.rule === 'maxBudgetPerPartner')?.params).toEqual([
      { name: 'max', value: '20000000' },
      { name: 'currency', value: 'EUR' },
    ]);
  });

  it('refuses a lead who is a member of a non-funding cluster only', async () => {
    const failures = await check({
      lead: member(otherClusterFirm.id),
      partners: [member(university.id), member(institute.id)],
    });
    expect(failures.map((f) => [f.rule, f.organizations.map((o) => o.organizationId)])).toEqual([
      ['membership', [otherClusterFirm.id]],
    ]);
  });

  it('refuses a share the German funder cannot pay in the virtual common pot', async () => {
    const failures = await check({
      lead: member(cast.org.id),
      partners: [member(university.id), member(institute.id, 16_000_000, 8_000_000)],
    });
    expect(failures.map((f) => f.rule)).toEqual(['funderShare']);
  });

  it('answers anyone signed in who may see the call, the same whatever the partners’ order', async () => {
    const a = await check(
      { lead: member(cast.org.id), partners: [member(french.id), member(institute.id)] },
      cast.otherManager.client,
    );
    const b = await check(
      { lead: member(cast.org.id), partners: [member(institute.id), member(french.id)] },
      cast.otherManager.client,
    );
    expect(a).toEqual(b);
  });

  it('refuses an unknown organization by its field, a draft call it may not see, and a signed-out caller', async () => {
    const unknown = await cast.orgAdmin.client.gql(CHECK_ELIGIBILITY, {
      callId: call.id,
      consortium: {
        lead: member(cast.org.id),
        partners: [member('00000000-0000-4000-8000-000000000000')],
      },
    });
    expect(refusal(unknown)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'partners.0.organizationId',
    });
    const negative = await cast.orgAdmin.client.gql(CHECK_ELIGIBILITY, {
      callId: call.id,
      consortium: { lead: member(cast.org.id, -1), partners: [] },
    });
    expect(refusal(negative)).toEqual({ code: 'BAD_USER_INPUT', field: 'lead.requestedBudget' });
    const draft = await draftCall(cast.manager.client, cast.cluster.id);
    await expectRefused(
      t,
      () =>
        cast.orgAdmin.client.gql(CHECK_ELIGIBILITY, {
          callId: draft.id,
          consortium: { lead: member(cast.org.id), partners: [] },
        }),
      'NOT_FOUND',
    );
    expect(
      refusal(
        await cast.anonymous.gql(CHECK_ELIGIBILITY, {
          callId: call.id,
          consortium: { lead: member(cast.org.id), partners: [] },
        }),
      ).code,
    ).toBe('UNAUTHENTICATED');
  });
});

import { createCluster, createOrganization, expectRefused } from '../support/factories';
import { APPOINT_MANAGER, auditOf, castOfRoles, refusal, type Cast } from '../support/roles';
import { admitToCluster } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';
import { runFanOuts } from '../notification/notification-support';
import {
  ADD_FUNDER,
  CALL,
  CALLS,
  CLOSE_CALL,
  CREATE_CALL,
  EXTEND_CALL,
  OPEN_CALL,
  REMOVE_FUNDER,
  UPDATE_CALL,
  callInput,
  draftCall,
  funderInput,
  openCall,
  seoulIn,
  type CallView,
} from './call-support';

let t: TestApp;
let cast: Cast;
let german: { id: string };
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
  german = await createCluster(cast.admin.client, agency.id, {
    nameEn: 'Baden-Württemberg e-mobility cluster',
    nameKo: '바덴뷔르템베르크 e-모빌리티 클러스터',
    country: 'DE',
    region: 'DE-BW',
  });
  // The Daegu manager also manages the German cluster: the policy lets them add it as a funder.
  await cast.admin.client.ok(APPOINT_MANAGER, {
    input: { clusterId: german.id, email: cast.manager.email },
  });
});
afterAll(async () => {
  await t.close();
});

describe('setting up a call', () => {
  it('drafts, edits, adds funders and opens a joint call; every step audited', async () => {
    const { createCallDraft: draft } = await cast.manager.client.ok<{ createCallDraft: CallView }>(
      CREATE_CALL,
      { clusterId: cast.cluster.id, input: callInput({ fundingMode: 'VIRTUAL_COMMON_POT' }) },
    );
    expect(draft).toMatchObject({
      status: 'DRAFT',
      phase: 'DRAFT',
      viewerCanManage: true,
      viewerActions: ['open'],
      timeZone: 'Asia/Seoul',
    });
    expect(draft.openProblems.map((p) => p.field)).toEqual(['fundingMode', 'funders']);
    const { updateCallDraft } = await cast.manager.client.ok<{ updateCallDraft: CallView }>(
      UPDATE_CALL,
      {
        id: draft.id,
        input: {
          eligibility: { minPartners: 3, internationalPartnerRequired: true },
          threshold: 70,
        },
      },
    );
    expect(updateCallDraft).toMatchObject({
      threshold: 70,
      eligibility: {
        minPartners: 3,
        internationalPartnerRequired: true,
        leadKinds: [],
        membership: 'NONE',
      },
    });
    await cast.manager.client.ok(ADD_FUNDER, {
      callId: draft.id,
      input: funderInput(cast.cluster.id, { currency: 'KRW', budget: 500_000_000_000 }),
    });
    const { addCallFunder } = await cast.manager.client.ok<{ addCallFunder: CallView }>(
      ADD_FUNDER,
      {
        callId: draft.id,
        input: funderInput(german.id, { funds: 'REGION', maxPerProject: 30_000_000 }),
      },
    );
    expect(addCallFunder.funders.map((f) => [f.cluster.id, f.funds, f.position])).toEqual([
      [cast.cluster.id, 'COUNTRY', 1],
      [german.id, 'REGION', 2],
    ]);
    expect(addCallFunder.openProblems).toEqual([]);
    // The patch replaced the eligibility rules as a whole: the draft's kind rules are gone.
    expect(addCallFunder.rulesInWords.map((r) => r.key)).toEqual([
      'call.rule.minPartners',
      'call.rule.internationalPartner',
      'call.rule.maxGrantPerProject',
      'call.rule.maxFundingRate',
      'call.rule.mode.VIRTUAL_COMMON_POT',
      'call.rule.funds.COUNTRY',
      'call.rule.funds.REGION',
    ]);
    const { openCall: opened } = await cast.manager.client.ok<{ openCall: CallView }>(OPEN_CALL, {
      id: draft.id,
    });
    expect(opened).toMatchObject({
      status: 'OPEN',
      phase: 'UPCOMING',
      viewerActions: ['extendDeadline', 'close'],
    });
    expect((await auditOf(t, draft.id)).map((a) => a.action)).toEqual([
      'call.created',
      'call.updated',
      'call.funderAdded',
      'call.funderAdded',
      'call.opened',
    ]);
    const [notice] = (await t.dataSource.query(
      `SELECT payload FROM job_outbox WHERE payload::text LIKE $1`,
      [`%/calls/${draft.id}%`],
    )) as { payload: { event: { type: string; recipients: unknown } } }[];
    expect(notice?.payload.event).toMatchObject({
      type: 'call.opened',
      recipients: { clusterIds: [cast.cluster.id, german.id] },
    });
  });

  it('shows an OPEN call to everyone signed in, with no manager rights', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    for (const viewer of [cast.orgMember, cast.otherManager, cast.admin]) {
      const { call: seen } = await viewer.client.ok<{ call: CallView }>(CALL, { id: call.id });
      expect(seen).toMatchObject({
        id: call.id,
        viewerCanManage: false,
        viewerActions: [],
        openProblems: [],
      });
    }
    expect(refusal(await cast.anonymous.gql(CALL, { id: call.id })).code).toBe('UNAUTHENTICATED');
  });

  it('lists calls by phase, cluster and country', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    const draft = await draftCall(cast.manager.client, cast.cluster.id);
    const ids = async (client: typeof cast.manager.client, filter: Record<string, unknown>) =>
      (
        await client.ok<{ calls: { edges: { node: { id: string } }[] } }>(CALLS, {
          filter,
          first: 100,
        })
      ).calls.edges.map((e) => e.node.id);
    expect(await ids(cast.orgMember.client, { phase: 'UPCOMING' })).toContain(call.id);
    expect(await ids(cast.orgMember.client, { phase: 'OPEN' })).not.toContain(call.id);
    expect(await ids(cast.orgMember.client, { clusterId: cast.cluster.id })).toContain(call.id);
    expect(await ids(cast.orgMember.client, { country: 'KR' })).toContain(call.id);
    expect(await ids(cast.orgMember.client, { country: 'FR' })).not.toContain(call.id);
    // Drafts: the cluster's managers only, neither listed nor counted for anyone else.
    expect(await ids(cast.manager.client, { phase: 'DRAFT' })).toContain(draft.id);
    expect(await ids(cast.otherManager.client, {})).not.toContain(draft.id);
    const everyone = await cast.orgMember.client.ok<{ calls: { totalCount: number } }>(CALLS, {
      filter: { clusterId: cast.cluster.id },
    });
    const managers = await cast.manager.client.ok<{ calls: { totalCount: number } }>(CALLS, {
      filter: { clusterId: cast.cluster.id },
    });
    expect(managers.calls.totalCount - everyone.calls.totalCount).toBeGreaterThanOrEqual(1);
  });
});

describe('who may set up a call', () => {
  it('hides a draft from everyone but the cluster’s managers (NOT_FOUND, like a call that does not exist)', async () => {
    const draft = await draftCall(cast.manager.client, cast.cluster.id);
    for (const outsider of [cast.otherManager, cast.orgAdmin, cast.admin]) {
      expect(refusal(await outsider.client.gql(CALL, { id: draft.id })).code).toBe('NOT_FOUND');
      await expectRefused(
        t,
        () => outsider.client.gql(UPDATE_CALL, { id: draft.id, input: { threshold: 10 } }),
        'NOT_FOUND',
      );
      await expectRefused(t, () => outsider.client.gql(OPEN_CALL, { id: draft.id }), 'NOT_FOUND');
    }
  });

  it('refuses set-up to anyone but a manager of the cluster', async () => {
    for (const person of [cast.otherManager, cast.orgAdmin, cast.admin])
      await expectRefused(
        t,
        () => person.client.gql(CREATE_CALL, { clusterId: cast.cluster.id, input: callInput() }),
        'FORBIDDEN',
      );
    await expectRefused(
      t,
      () => cast.anonymous.gql(CREATE_CALL, { clusterId: cast.cluster.id, input: callInput() }),
      'UNAUTHENTICATED',
    );
    const call = await openCall(cast.manager.client, cast.cluster.id);
    for (const person of [cast.otherManager, cast.orgMember]) {
      await expectRefused(
        t,
        () => person.client.gql(EXTEND_CALL, { id: call.id, closesAt: seoulIn(24 * 60) }),
        'FORBIDDEN',
      );
      await expectRefused(t, () => person.client.gql(CLOSE_CALL, { id: call.id }), 'FORBIDDEN');
    }
  });

  it('takes as funder only the call’s own cluster or another cluster the manager manages', async () => {
    const draft = await draftCall(cast.manager.client, cast.cluster.id);
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(ADD_FUNDER, {
          callId: draft.id,
          input: funderInput(cast.otherCluster.id),
        }),
      'FORBIDDEN',
      'clusterId',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(ADD_FUNDER, {
          callId: draft.id,
          input: funderInput(cast.cluster.id),
        }),
      'CONFLICT',
      'clusterId',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(REMOVE_FUNDER, { callId: draft.id, clusterId: german.id }),
      'BAD_USER_INPUT',
      'clusterId',
    );
    const { removeCallFunder } = await cast.manager.client.ok<{ removeCallFunder: CallView }>(
      REMOVE_FUNDER,
      { callId: draft.id, clusterId: cast.cluster.id },
    );
    expect(removeCallFunder.funders).toEqual([]);
  });
});

describe('frozen rules', () => {
  it('refuses every change to an OPEN call, naming the field, and changes nothing', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(UPDATE_CALL, {
          id: call.id,
          input: { eligibility: { minPartners: 5 } },
        }),
      'CONFLICT',
      'eligibility',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(UPDATE_CALL, {
          id: call.id,
          input: { closesAt: seoulIn(24 * 60) },
        }),
      'CONFLICT',
      'closesAt',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(ADD_FUNDER, { callId: call.id, input: funderInput(german.id) }),
      'CONFLICT',
      'funders',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(REMOVE_FUNDER, { callId: call.id, clusterId: cast.cluster.id }),
      'CONFLICT',
      'funders',
    );
    const result = await cast.manager.client.gql(UPDATE_CALL, {
      id: call.id,
      input: { threshold: 1 },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'threshold',
      key: 'call.rulesFrozen',
    });
  });

  it('extends the deadline only, audited with before and after', async () => {
    const call = await openCall(cast.manager.client, cast.cluster.id);
    const later = seoulIn(24 * 45);
    const { extendCallDeadline } = await cast.manager.client.ok<{ extendCallDeadline: CallView }>(
      EXTEND_CALL,
      { id: call.id, closesAt: later },
    );
    expect(extendCallDeadline.closesAt).toBe(new Date(later).toISOString());
    const [event] = (await auditOf(t, call.id)).filter((a) => a.action === 'call.deadlineExtended');
    expect(event).toMatchObject({
      before: { closesAt: call.closesAt },
      after: { closesAt: new Date(later).toISOString() },
      cluster_id: cast.cluster.id,
    });
    await expectRefused(
      t,
      () => cast.manager.client.gql(EXTEND_CALL, { id: call.id, closesAt: seoulIn(24 * 40) }),
      'BAD_USER_INPUT',
      'closesAt',
    );
  });
});

describe('bad input', () => {
  it.each([
    ['opensAt', { opensAt: '2027-01-10' }],
    ['closesAt', { closesAt: '2027-02-26T18:00:00' }],
    ['timeZone', { timeZone: 'KST' }],
    ['closesAt', { closesAt: seoulIn(0.5) }],
    [
      'criteria',
      {
        criteria: [
          { name: 'Impact', weight: 70, maxScore: 5 },
          { name: 'Excellence', weight: 40, maxScore: 5 },
        ],
      },
    ],
    ['eligibility.maxPartners', { eligibility: { minPartners: 4, maxPartners: 2 } }],
    ['maxFundingRate', { maxFundingRate: 120 }],
    ['currency', { currency: 'XXX' }],
    ['programmeName', { programmeName: ' ' }],
  ])('refuses a draft with a bad %s, changing nothing', async (field, overrides) => {
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(CREATE_CALL, {
          clusterId: cast.cluster.id,
          input: callInput(overrides),
        }),
      'BAD_USER_INPUT',
      field,
    );
  });

  it('refuses to open an incomplete draft, naming the first field', async () => {
    const { createCallDraft } = await cast.manager.client.ok<{ createCallDraft: CallView }>(
      CREATE_CALL,
      {
        clusterId: cast.cluster.id,
        input: { programmeName: 'Programme', titleEn: 'Only a title' },
      },
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(OPEN_CALL, { id: createCallDraft.id }),
      'BAD_USER_INPUT',
      'titleKo',
    );
    const weights = await draftCall(cast.manager.client, cast.cluster.id, {
      criteria: [{ name: 'Impact', weight: 90, maxScore: 5 }],
    });
    await expectRefused(
      t,
      () => cast.manager.client.gql(OPEN_CALL, { id: weights.id }),
      'BAD_USER_INPUT',
      'criteria',
    );
  });

  it('refuses a REGION funder whose cluster has no region, and a malformed id', async () => {
    const agency = await createOrganization(cast.admin.client, {
      name: 'National Agency',
      kind: 'PUBLIC_AGENCY',
      size: null,
    });
    const national = await createCluster(cast.admin.client, agency.id, { region: null });
    await cast.admin.client.ok(APPOINT_MANAGER, {
      input: { clusterId: national.id, email: cast.manager.email },
    });
    const draft = await draftCall(cast.manager.client, cast.cluster.id);
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(ADD_FUNDER, {
          callId: draft.id,
          input: funderInput(national.id, { funds: 'REGION' }),
        }),
      'BAD_USER_INPUT',
      'funds',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(ADD_FUNDER, {
          callId: draft.id,
          input: funderInput(national.id, { budget: 0 }),
        }),
      'BAD_USER_INPUT',
      'budget',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(CALL, { id: 'not-an-id' }),
      'BAD_USER_INPUT',
      'id',
    );
  });
});

describe('call.opened', () => {
  it('reaches the members of the funding clusters', async () => {
    await admitToCluster(cast.orgAdmin.client, cast.manager.client, cast.cluster.id, cast.org.id);
    const call = await openCall(cast.manager.client, cast.cluster.id);
    await runFanOuts(t);
    const received = (await t.dataSource.query(
      `SELECT recipient_id FROM notification WHERE type = 'call.opened' AND path = $1`,
      [`/calls/${call.id}`],
    )) as { recipient_id: string }[];
    expect(received.map((r) => r.recipient_id).sort()).toEqual(
      [cast.orgAdmin.userId, cast.orgMember.userId].sort(),
    );
  });
});

import { createOrganization, expectRefused, signUp } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const CREATE = `mutation C($org: ID!, $input: NeedDraftInput!) { createTechnologyNeed(organizationId: $org, input: $input) { id status title } }`;
const PUBLISH = `mutation P($id: ID!) { publishTechnologyNeed(id: $id) { id status publishedAt } }`;
const NDA = `mutation N($id: ID!, $input: NdaTermsInput!) { setNdaTerms(needId: $id, input: $input) { ndaTerms { version } } }`;
const ACCEPT = `mutation A($input: AcceptNdaInput!) { acceptNda(input: $input) { version organization { id } } }`;
const READ = `query R($id: ID!) { technologyNeed(id: $id) { title confidentialDetails viewerConfidentialAccess status } }`;

it('drafts, publishes, protects confidential details behind the NDA, and expires', async () => {
  const owner = await signUp(t);
  const org = await createOrganization(owner.client);
  const deadline = new Date(Date.now() + 7 * 86400_000).toISOString();
  const draft = await owner.client.ok<{ createTechnologyNeed: { id: string; status: string } }>(
    CREATE,
    {
      org: org.id,
      input: {
        title: '수소 연료전지 스택 경량화',
        publicSummary: 'Lighter fuel-cell stacks for trucks',
        confidentialDetails: 'Target: 2.1 kW/kg',
        technologyAreas: ['EF05'],
        currentTrl: 4,
        targetTrl: 7,
        responseDeadline: deadline,
        collaborationTypes: ['RESEARCH_COOPERATION'],
        visibility: 'PUBLIC',
        budgetMin: 50_000_000,
        budgetMax: 3_000_000_000,
        currency: 'KRW',
      },
    },
  );
  expect(draft.createTechnologyNeed.status).toBe('DRAFT');
  const id = draft.createTechnologyNeed.id;
  const stranger = await signUp(t);
  expect((await stranger.client.gql(READ, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  await owner.client.ok(PUBLISH, { id });
  await owner.client.ok(NDA, {
    id,
    input: {
      text: 'The recipient keeps the confidential details secret for three years.',
      version: 'v1',
    },
  });
  const strangerOrg = await createOrganization(stranger.client);
  const before = await stranger.client.ok<{
    technologyNeed: { confidentialDetails: string | null; viewerConfidentialAccess: string };
  }>(READ, { id });
  expect(before.technologyNeed).toMatchObject({
    confidentialDetails: null,
    viewerConfidentialAccess: 'NDA_REQUIRED',
  });
  await stranger.client.ok(ACCEPT, {
    input: { needId: id, organizationId: strangerOrg.id, version: 'v1' },
  });
  const after = await stranger.client.ok<{
    technologyNeed: { confidentialDetails: string | null };
  }>(READ, { id });
  expect(after.technologyNeed.confidentialDetails).toBe('Target: 2.1 kW/kg');
  const anonymous = await t
    .client()
    .ok<{ technologyNeed: { confidentialDetails: string | null } }>(READ, { id });
  expect(anonymous.technologyNeed.confidentialDetails).toBeNull();

  await t.dataSource.query(
    `UPDATE technology_need SET response_deadline = now() - interval '1 minute' WHERE id = $1`,
    [id],
  );
  const { NeedService } = await import('../../src/need/need.service');
  expect(await t.app.get(NeedService).expireDue(new Date())).toEqual([id]);
  const expired = await owner.client.ok<{ technologyNeed: { status: string } }>(READ, { id });
  expect(expired.technologyNeed.status).toBe('CLOSED');
});

const CREATE_CAPABILITY = `mutation C($org: ID!, $input: CapabilityDraftInput!) { createCapability(organizationId: $org, input: $input) { id status kind } }`;
const PUBLISH_CAPABILITY = `mutation P($id: ID!) { publishCapability(id: $id) { status } }`;
const ARCHIVE_CAPABILITY = `mutation A($id: ID!) { archiveCapability(id: $id) { status archivedAt } }`;
const READ_CAPABILITY = `query R($id: ID!) { capability(id: $id) { title status location } }`;

it('drafts, publishes and archives a capability; a draft is hidden from others', async () => {
  const owner = await signUp(t);
  const org = await createOrganization(owner.client, { kind: 'RESEARCH_INSTITUTE', size: null });
  const draft = await owner.client.ok<{ createCapability: { id: string } }>(CREATE_CAPABILITY, {
    org: org.id,
    input: {
      kind: 'EQUIPMENT',
      title: '대면적 연료전지 성능평가 장비',
      description: 'Fuel-cell stack test bench up to 30 kW',
      technologyAreas: ['EF05'],
      contactName: '박연구',
      contactEmail: 'lab@kiat.example',
      visibility: 'PUBLIC',
      location: 'Daegu, Dalseo-gu',
      model: 'FCT-30k',
    },
  });
  const id = draft.createCapability.id;
  expect((await t.client().gql(READ_CAPABILITY, { id })).errors?.[0]?.extensions?.code).toBe(
    'NOT_FOUND',
  );
  await owner.client.ok(PUBLISH_CAPABILITY, { id });
  expect(
    (await t.client().ok<{ capability: { location: string } }>(READ_CAPABILITY, { id })).capability
      .location,
  ).toBe('Daegu, Dalseo-gu');
  const archived = await owner.client.ok<{ archiveCapability: { status: string } }>(
    ARCHIVE_CAPABILITY,
    { id },
  );
  expect(archived.archiveCapability.status).toBe('ARCHIVED');
});

describe('drafts, own acceptances and contact addresses', () => {
  const DELETE_NEED = `mutation D($id: ID!) { deleteTechnologyNeedDraft(id: $id) }`;
  const OWN_ACCEPTANCES = `query O($id: ID!) { technologyNeed(id: $id) { viewerNdaAcceptances { version organization { id } } } }`;
  const CONTACT = `query C($id: ID!) { capability(id: $id) { contactName contactEmail } }`;

  it('deletes a need draft (audited), refuses to delete a published need, and hides another member’s draft', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const { createTechnologyNeed } = await owner.client.ok<{
      createTechnologyNeed: { id: string };
    }>(CREATE, { org: org.id, input: { title: 'Draft to discard' } });
    const stranger = await signUp(t);
    await expectRefused(
      t,
      () => stranger.client.gql(DELETE_NEED, { id: createTechnologyNeed.id }),
      'NOT_FOUND',
    );
    expect(
      (
        await owner.client.ok<{ deleteTechnologyNeedDraft: string }>(DELETE_NEED, {
          id: createTechnologyNeed.id,
        })
      ).deleteTechnologyNeedDraft,
    ).toBe(createTechnologyNeed.id);
    expect(
      (await owner.client.gql(READ, { id: createTechnologyNeed.id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
    const [event] = await t.dataSource.query(
      `SELECT action FROM audit_event WHERE object_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [createTechnologyNeed.id],
    );
    expect(event.action).toBe('need.deleted');

    const deadline = new Date(Date.now() + 86400_000).toISOString();
    const published = await owner.client.ok<{ createTechnologyNeed: { id: string } }>(CREATE, {
      org: org.id,
      input: {
        title: 'Published need',
        publicSummary: 'x',
        technologyAreas: ['EF05'],
        currentTrl: 2,
        targetTrl: 3,
        responseDeadline: deadline,
        collaborationTypes: ['SERVICE'],
        visibility: 'PUBLIC',
      },
    });
    await owner.client.ok(PUBLISH, { id: published.createTechnologyNeed.id });
    await expectRefused(
      t,
      () => owner.client.gql(DELETE_NEED, { id: published.createTechnologyNeed.id }),
      'CONFLICT',
      'status',
    );

    // Which of the viewer's organizations accepted: only their own, never others'.
    await owner.client.ok(NDA, {
      id: published.createTechnologyNeed.id,
      input: { text: 'Keep the confidential details secret for two years.', version: 'v1' },
    });
    const reader = await signUp(t);
    const first = await createOrganization(reader.client);
    await createOrganization(reader.client);
    await reader.client.ok(ACCEPT, {
      input: { needId: published.createTechnologyNeed.id, organizationId: first.id, version: 'v1' },
    });
    const own = await reader.client.ok<{
      technologyNeed: { viewerNdaAcceptances: { version: string; organization: { id: string } }[] };
    }>(OWN_ACCEPTANCES, { id: published.createTechnologyNeed.id });
    expect(own.technologyNeed.viewerNdaAcceptances).toEqual([
      { version: 'v1', organization: { id: first.id } },
    ]);
    const other = await signUp(t);
    expect(
      (
        await other.client.ok<{ technologyNeed: { viewerNdaAcceptances: unknown[] } }>(
          OWN_ACCEPTANCES,
          { id: published.createTechnologyNeed.id },
        )
      ).technologyNeed.viewerNdaAcceptances,
    ).toEqual([]);
  });

  it('shows a capability’s contact e-mail to signed-in users only', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, { kind: 'UNIVERSITY', size: null });
    const { createCapability } = await owner.client.ok<{ createCapability: { id: string } }>(
      CREATE_CAPABILITY,
      {
        org: org.id,
        input: {
          kind: 'EXPERTISE',
          title: 'Fatigue testing of welded joints',
          description: 'Accredited lab',
          technologyAreas: ['EA01'],
          contactName: 'Dr. Lee',
          contactEmail: 'lee@knu.example',
          visibility: 'PUBLIC',
        },
      },
    );
    await owner.client.ok(PUBLISH_CAPABILITY, { id: createCapability.id });
    expect(
      (await t.client().ok<{ capability: unknown }>(CONTACT, { id: createCapability.id }))
        .capability,
    ).toEqual({ contactName: 'Dr. Lee', contactEmail: null });
    const visitor = await signUp(t);
    expect(
      (await visitor.client.ok<{ capability: unknown }>(CONTACT, { id: createCapability.id }))
        .capability,
    ).toEqual({ contactName: 'Dr. Lee', contactEmail: 'lee@knu.example' });
  });
});

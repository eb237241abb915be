import { expectRefused } from '../support/factories';
import { castOfRoles, type Cast } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const AUDIT = `query Audit($first: Int, $after: String, $filter: AuditEventFilter, $language: String) {
  auditEvents(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node { id action objectType objectId organizationId clusterId createdAt objectName(language: $language) actor { id } } }
  }
}`;
const UPDATE_ORGANIZATION = `mutation($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`;

interface Event {
  id: string;
  action: string;
  objectType: string;
  objectId: string;
  organizationId: string | null;
  clusterId: string | null;
  createdAt: string;
  objectName: string | null;
  actor: { id: string } | null;
}
interface AuditPage {
  auditEvents: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Event }[];
  };
}

let t: TestApp;
let cast: Cast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  // A change in each organization, by its own admin.
  await cast.orgAdmin.client.ok(UPDATE_ORGANIZATION, {
    id: cast.org.id,
    input: { description: 'Gearboxes and drives' },
  });
  await cast.otherOrgAdmin.client.ok(UPDATE_ORGANIZATION, {
    id: cast.otherOrg.id,
    input: { description: 'Battery packs' },
  });
});
afterAll(async () => {
  await t.close();
});

async function events(
  client: TestClient,
  filter: Record<string, unknown> | null = null,
  language = 'en',
): Promise<Event[]> {
  const all: Event[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const data: AuditPage = await client.ok<AuditPage>(AUDIT, {
      first: 50,
      after,
      filter,
      language,
    });
    all.push(...data.auditEvents.edges.map((edge) => edge.node));
    if (!data.auditEvents.pageInfo.hasNextPage) break;
    after = data.auditEvents.pageInfo.endCursor;
  }
  return all;
}

/** Every event the caller may read (no filter), to compare filtered answers with. */
const readable = (client: TestClient) => events(client);

describe('audit filters', () => {
  it('filters by actor, within what the caller may read', async () => {
    const mine = await events(cast.orgAdmin.client, { actorId: cast.orgAdmin.userId });
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((event) => event.actor?.id === cast.orgAdmin.userId)).toBe(true);
    const expected = (await readable(cast.orgAdmin.client)).filter(
      (event) => event.actor?.id === cast.orgAdmin.userId,
    );
    expect(mine.map((event) => event.id)).toEqual(expected.map((event) => event.id));
    // The other organization's admin acted only in their organization: nothing of it shows.
    expect(
      (await events(cast.admin.client, { actorId: cast.otherOrgAdmin.userId })).length,
    ).toBeGreaterThan(0);
    expect(await events(cast.orgAdmin.client, { actorId: cast.otherOrgAdmin.userId })).toEqual([]);
  });

  it('filters by action', async () => {
    const updated = await events(cast.admin.client, { actions: ['organization.updated'] });
    expect(updated.map((event) => event.objectId).sort()).toEqual(
      [cast.org.id, cast.otherOrg.id].sort(),
    );
    const two = await events(cast.admin.client, {
      actions: ['organization.updated', 'organization.created'],
    });
    expect(new Set(two.map((event) => event.action))).toEqual(
      new Set(['organization.updated', 'organization.created']),
    );
    expect(
      (await events(cast.orgAdmin.client, { actions: ['organization.updated'] })).map(
        (event) => event.objectId,
      ),
    ).toEqual([cast.org.id]);
  });

  it('filters by object, and names it (clusters in the reader’s language)', async () => {
    const about = await events(cast.orgAdmin.client, {
      objectType: 'Organization',
      objectId: cast.org.id,
    });
    expect(about.map((event) => event.action).sort()).toEqual([
      'organization.created',
      'organization.updated',
    ]);
    expect(about.every((event) => event.objectName === cast.org.name)).toBe(true);
    expect(await events(cast.orgAdmin.client, { objectId: cast.otherOrg.id })).toEqual([]);
    const kinds = await events(cast.admin.client, { objectType: 'Cluster' });
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((event) => event.objectType === 'Cluster')).toBe(true);
    const otherCluster = await events(cast.admin.client, { objectId: cast.otherCluster.id }, 'ko');
    expect(otherCluster[0]?.objectName).toBe('경북 배터리 클러스터');
  });

  it('filters by period: from `since` (inclusive) to `until` (exclusive)', async () => {
    const all = await readable(cast.admin.client);
    const middle = all[Math.floor(all.length / 2)]!;
    const since = await events(cast.admin.client, { since: middle.createdAt });
    const until = await events(cast.admin.client, { until: middle.createdAt });
    expect(since.every((event) => event.createdAt >= middle.createdAt)).toBe(true);
    expect(since.map((event) => event.id)).toContain(middle.id);
    expect(until.every((event) => event.createdAt < middle.createdAt)).toBe(true);
    expect(since.length + until.length).toBe(all.length);
  });

  it('never widens: a scope the caller may not list is refused, other filters stay inside their events', async () => {
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(AUDIT, { filter: { organizationId: cast.otherOrg.id } }),
      'FORBIDDEN',
    );
    const manager = await events(cast.manager.client, { actions: ['organization.updated'] });
    expect(manager).toEqual([]);
    const member = await cast.orgMember.client.gql(AUDIT, {
      filter: { actorId: cast.orgMember.userId },
    });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses malformed filters with the field', async () => {
    await expectRefused(
      t,
      () => cast.admin.client.gql(AUDIT, { filter: { actions: ['need.hacked'] } }),
      'BAD_USER_INPUT',
      'actions.0',
    );
    await expectRefused(
      t,
      () => cast.admin.client.gql(AUDIT, { filter: { objectType: 'Secret' } }),
      'BAD_USER_INPUT',
      'objectType',
    );
    await expectRefused(
      t,
      () => cast.admin.client.gql(AUDIT, { filter: { actorId: 'someone' } }),
      'BAD_USER_INPUT',
      'actorId',
    );
    await expectRefused(
      t,
      () =>
        cast.admin.client.gql(AUDIT, {
          filter: { since: '2026-12-02T00:00:00Z', until: '2026-12-01T00:00:00Z' },
        }),
      'BAD_USER_INPUT',
      'until',
    );
  });
});

/** RFC 4180 records of a CSV body (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted && char === '"' && text[index + 1] === '"') {
      field += '"';
      index++;
    } else if (quoted && char === '"') quoted = false;
    else if (quoted) field += char;
    else if (char === '"') quoted = true;
    else if (char === ',') endField();
    else if (char === '\r' && text[index + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      index++;
    } else field += char;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('audit CSV export', () => {
  const exportOf = (client: TestClient, query: string) =>
    client.get(`/exports/audit-events.csv?${query}`);

  it('exports what the query shows, as RFC 4180 CSV in UTF-8 with a BOM, labelled in the reader’s language', async () => {
    const tricky = 'Hanbit "Motion", Daegu\nPlant 2';
    await cast.orgAdmin.client.ok(UPDATE_ORGANIZATION, {
      id: cast.org.id,
      input: { name: tricky },
    });
    const response = await exportOf(
      cast.orgAdmin.client,
      `actions=organization.updated,organization.created&language=ko`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="audit-events-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const body = response.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      '시각 (UTC)',
      '수행자',
      '수행자 ID',
      '작업',
      '작업 코드',
      '대상 유형',
      '대상',
      '대상 ID',
      '기관 ID',
      '클러스터 ID',
      '변경 전',
      '변경 후',
    ]);
    const shown = await events(cast.orgAdmin.client, {
      actions: ['organization.updated', 'organization.created'],
    });
    expect(rows.map((row) => row[7])).toEqual(shown.map((event) => event.objectId));
    expect(rows.every((row) => row[8] === cast.org.id)).toBe(true);
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        'Org Admin',
        '기관 정보 수정',
        'organization.updated',
        '기관',
        tricky,
      ]),
    );
  });

  it('streams a large log page by page, newest first', async () => {
    await t.dataSource.query(
      `INSERT INTO audit_event (actor_id, action, object_type, object_id, organization_id, created_at)
       SELECT $1, 'organization.updated', 'Organization', $2, $2, now() - make_interval(secs => n) FROM generate_series(1, 1200) AS n`,
      [cast.otherOrgAdmin.userId, cast.otherOrg.id],
    );
    const response = await exportOf(cast.otherOrgAdmin.client, 'objectId=' + cast.otherOrg.id);
    const [, ...rows] = parseCsv((response.body as Buffer).toString('utf8').slice(1));
    const expected = await events(cast.otherOrgAdmin.client, { objectId: cast.otherOrg.id });
    expect(rows.length).toBe(expected.length);
    expect(rows.length).toBeGreaterThan(1200);
    const times = rows.map((row) => row[0]!);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('applies the same access rule as the query', async () => {
    expect((await exportOf(cast.anonymous, '')).status).toBe(401);
    expect((await exportOf(cast.orgMember.client, '')).status).toBe(403);
    expect(
      (await exportOf(cast.orgAdmin.client, `organizationId=${cast.otherOrg.id}`)).status,
    ).toBe(403);
    const refused = await exportOf(cast.orgAdmin.client, 'actions=need.hacked');
    expect(refused.status).toBe(400);
    expect(JSON.parse((refused.body as Buffer).toString('utf8'))).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', field: 'actions.0' } }],
    });
    // Another organization's events never reach the file, whatever the filter names.
    const [, ...rows] = parseCsv(
      (
        (await exportOf(cast.orgAdmin.client, `actorId=${cast.otherOrgAdmin.userId}`))
          .body as Buffer
      )
        .toString('utf8')
        .slice(1),
    );
    expect(rows).toEqual([]);
  });
});

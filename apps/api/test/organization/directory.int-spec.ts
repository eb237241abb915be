import { createOrganization, expectRefused, signUp } from '../support/factories';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

const DIRECTORY = `query Directory($first: Int, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind size country region sectors technologyAreas } }
  }
}`;

interface Page {
  organizations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string } }[];
  };
}

// The directory this file searches; every name is unique so a test can name what it expects.
const NAMED = {
  pole: {
    name: 'Pôle Véhicule du Futur',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
    country: 'FR',
    region: 'FR-GES',
    sectors: ['29'],
    technologyAreas: ['EA09'],
    description: 'Pôle de compétitivité automobile et mobilités.',
  },
  knu: {
    name: '경북대학교 산학협력단',
    kind: 'UNIVERSITY',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['85', '72'],
    technologyAreas: ['EB01'],
    description: '대학의 연구 성과를 기업에 이전합니다.',
  },
  seongseo: {
    name: 'Seongseo Precision',
    kind: 'FIRM',
    size: 'SMALL',
    country: 'KR',
    region: 'KR-27',
    sectors: ['29', '25'],
    technologyAreas: ['EA17'],
    description: 'Lightweight aluminium parts for cars.',
  },
  fraunhofer: {
    name: 'Fraunhofer Institute for Machine Tools',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'DE',
    region: 'DE-SN',
    sectors: ['72'],
    technologyAreas: ['EA08'],
    description: 'Applied research on forming and machining.',
  },
  bavaria: {
    name: 'Bavaria Robotics',
    kind: 'FIRM',
    size: 'MEDIUM',
    country: 'DE',
    region: 'DE-BY',
    sectors: ['28'],
    technologyAreas: ['EA04'],
    description: 'Collaborative robot arms.',
  },
  technopark: {
    name: 'Daegu Technopark',
    kind: 'PUBLIC_AGENCY',
    size: null,
    country: 'KR',
    region: 'KR-27',
    sectors: ['84'],
    technologyAreas: [],
    description: '지역 산업 육성 기관.',
  },
  hanbit: {
    name: 'Hanbit Battery',
    kind: 'FIRM',
    size: 'LARGE',
    country: 'KR',
    region: 'KR-47',
    sectors: ['27'],
    technologyAreas: ['EB06', 'EF05'],
    description: 'Cells and hydrogen fuel cells for vehicles.',
  },
  mould: {
    name: 'Micro Mould Lab',
    kind: 'FIRM',
    size: 'MICRO',
    country: 'KR',
    region: 'KR-26',
    sectors: ['25'],
    technologyAreas: ['EA15'],
    description: 'Precision moulds.',
  },
  mechanics: {
    name: 'Institut Mécanique Générale',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    country: 'FR',
    region: null,
    sectors: ['72'],
    technologyAreas: ['EA'],
    description: 'Mechanical engineering at large.',
  },
} as const;
const FILLERS = 24;

let t: TestApp;
let reader: TestClient;
const ids: Record<string, string> = {};
let allIds: string[] = [];

const page = (variables: Record<string, unknown>, client: TestClient = reader) =>
  client.ok<Page>(DIRECTORY, variables);
const namesOf = (data: Page) => data.organizations.edges.map((edge) => edge.node.name);
const idsOf = (data: Page) => data.organizations.edges.map((edge) => edge.node.id);

/** Every id the filter finds, walking all pages of `first` items; checks totalCount on each page. */
async function walk(filter: Record<string, unknown> | null, first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const data: Page = await page({ first, after, filter });
    const { edges, pageInfo, totalCount } = data.organizations;
    total ??= totalCount;
    expect(totalCount).toBe(total);
    expect(edges.length).toBeLessThanOrEqual(first);
    seen.push(...edges.map((edge) => edge.node.id));
    if (!pageInfo.hasNextPage) break;
    expect(edges).toHaveLength(first);
    expect(pageInfo.endCursor).toBe(edges.at(-1)!.cursor);
    after = pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toHaveLength(total!);
  return seen;
}

beforeAll(async () => {
  t = await createTestApp();
  const owner = await signUp(t);
  for (const [key, values] of Object.entries(NAMED))
    ids[key] = (await createOrganization(owner.client, values)).id;
  for (let i = 1; i <= FILLERS; i += 1) {
    const n = String(i).padStart(2, '0');
    // Mixed case so the alphabetical order is visibly case-insensitive.
    await createOrganization(owner.client, {
      name: `${i % 2 ? 'alpha' : 'Alpha'} Tooling ${n}`,
      country: 'KR',
      region: 'KR-11',
      sectors: ['28'],
      technologyAreas: [],
      description: 'Tooling workshop.',
    });
  }
  allIds = (await t.dataSource.query(`SELECT id FROM organization`)).map(
    (row: { id: string }) => row.id,
  );
  reader = t.client();
});
afterAll(async () => {
  await t.close();
});

describe('organization directory: happy path', () => {
  it('pages through everyone alphabetically (case-insensitive) with no duplicates or gaps, for anonymous callers too', async () => {
    const first = await page({ first: 7 });
    expect(first.organizations.totalCount).toBe(allIds.length);
    expect(first.organizations.pageInfo.hasNextPage).toBe(true);
    const seen = await walk(null, 7);
    expect([...seen].sort()).toEqual([...allIds].sort());
    // Alphabetical as the database collates, ties broken by id.
    const ordered: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM organization ORDER BY lower(name), id`,
    );
    expect(seen).toEqual(ordered.map((row) => row.id));
    const names: string[] = (await page({ first: 3 })).organizations.edges.map(
      (edge) => edge.node.name,
    );
    expect(names.slice(0, 2)).toEqual(['alpha Tooling 01', 'Alpha Tooling 02']);
  });

  it('uses a default page size and a final page with hasNextPage false', async () => {
    const data = await page({});
    expect(data.organizations.edges).toHaveLength(20);
    const last = await page({ first: 100 });
    expect(last.organizations.edges).toHaveLength(allIds.length);
    expect(last.organizations.pageInfo.hasNextPage).toBe(false);
  });

  it('keeps pages stable while organizations are added between them', async () => {
    const one = await page({ first: 5 });
    const owner = await signUp(t);
    // Sorts before everything already seen: must not appear on later pages nor shift them.
    const early = await createOrganization(owner.client, { name: 'AAA Early Bird' });
    const two = await page({ first: 5, after: one.organizations.pageInfo.endCursor });
    expect(idsOf(two)).not.toContain(early.id);
    expect(idsOf(two).filter((id) => idsOf(one).includes(id))).toEqual([]);
    await t.dataSource.query(`DELETE FROM audit_event WHERE organization_id = $1`, [early.id]);
    await t.dataSource.query(`DELETE FROM organization WHERE id = $1`, [early.id]);
  });

  it.each([
    ['산학협력', 'knu'],
    ['협력', 'knu'],
    ['경북대', 'knu'],
    ['pole vehicule', 'pole'],
    ['PÔLE VÉHICULE', 'pole'],
    ['Vehicule', 'pole'],
    ['Seongsoe', 'seongseo'],
    ['seongseo precision', 'seongseo'],
    ['Fraunhoffer', 'fraunhofer'],
    ['hydrogen', 'hanbit'],
    ['mecanique', 'mechanics'],
    ['기업에 이전', 'knu'],
  ])('finds %s → %s by name or description, best match first', async (query, key) => {
    const data = await page({ first: 10, filter: { query } });
    expect(idsOf(data)[0]).toBe(ids[key]);
    expect(data.organizations.totalCount).toBe(data.organizations.edges.length);
  });

  it('answers a query nothing matches with an empty page and a zero count', async () => {
    const data = await page({ filter: { query: 'zeppelin' } });
    expect(data.organizations).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [],
    });
  });

  it.each(['%', '_', '100%', 'a_b', '\\'])(
    'treats %s in a search as text, not as a wildcard',
    async (query) => {
      const data = await page({ first: 100, filter: { query } });
      expect(data.organizations.totalCount).toBe(0);
    },
  );

  it('finds an organization by text containing wildcard characters', async () => {
    const owner = await signUp(t);
    const odd = await createOrganization(owner.client, {
      name: 'Recycling 100% Co',
      description: 'Plant_7 and 50% more.',
    });
    for (const query of ['100%', 'plant_7', '50% more']) {
      const data = await page({ first: 100, filter: { query } });
      expect(idsOf(data)).toEqual([odd.id]);
    }
    await t.dataSource.query(`DELETE FROM audit_event WHERE organization_id = $1`, [odd.id]);
    await t.dataSource.query(`DELETE FROM organization WHERE id = $1`, [odd.id]);
  });

  it('pages through search results by relevance without duplicates or gaps', async () => {
    // Every filler ties on relevance: the id breaks the tie, across pages.
    const seen = await walk({ query: 'tooling' }, 5);
    expect(seen.length).toBeGreaterThanOrEqual(FILLERS);
    const fillerIds: string[] = (
      await t.dataSource.query(`SELECT id FROM organization WHERE name ILIKE '%tooling%'`)
    ).map((row: { id: string }) => row.id);
    expect(seen).toEqual(expect.arrayContaining(fillerIds));
  });

  it.each([
    ['kinds', { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] }, ['knu', 'fraunhofer', 'mechanics']],
    ['kinds', { kinds: ['PUBLIC_AGENCY'] }, ['technopark']],
    ['sizes', { sizes: ['MICRO', 'LARGE'] }, ['mould', 'hanbit']],
    ['countries', { countries: ['DE'] }, ['fraunhofer', 'bavaria']],
    ['countries', { countries: ['FR', 'DE'] }, ['pole', 'fraunhofer', 'bavaria', 'mechanics']],
    ['regions', { regions: ['KR-27'] }, ['knu', 'seongseo', 'technopark']],
    ['regions', { regions: ['KR-47', 'KR-26'] }, ['hanbit', 'mould']],
    ['sectors', { sectors: ['29'] }, ['pole', 'seongseo']],
    ['sectors', { sectors: ['25', '84'] }, ['seongseo', 'technopark', 'mould']],
    [
      'sectors (a NACE section includes its divisions)',
      { sectors: ['C'], countries: ['DE', 'FR'] },
      ['pole', 'bavaria'],
    ],
    ['technologyAreas (a field)', { technologyAreas: ['EA09'] }, ['pole']],
    [
      'technologyAreas (an area includes its fields)',
      { technologyAreas: ['EA'] },
      ['pole', 'seongseo', 'fraunhofer', 'bavaria', 'mould', 'mechanics'],
    ],
    ['technologyAreas (two areas)', { technologyAreas: ['EB', 'EF05'] }, ['knu', 'hanbit']],
    [
      'several filters together',
      { countries: ['KR'], technologyAreas: ['EA'] },
      ['seongseo', 'mould'],
    ],
    ['a filter and a query', { regions: ['KR-27'], query: 'precision' }, ['seongseo']],
  ])('filters by %s', async (_label, filter, expected) => {
    const data = await page({ first: 100, filter });
    expect([...idsOf(data)].sort()).toEqual(expected.map((key) => ids[key]).sort());
    expect(data.organizations.totalCount).toBe(expected.length);
  });

  it('counts filtered results across pages', async () => {
    const data = await page({ first: 2, filter: { countries: ['KR'] } });
    expect(data.organizations.edges).toHaveLength(2);
    expect(data.organizations.pageInfo.hasNextPage).toBe(true);
    const expected = (
      await t.dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE country = 'KR'`)
    )[0].n;
    expect(data.organizations.totalCount).toBe(expected);
    expect(await walk({ countries: ['KR'] }, 4)).toHaveLength(expected);
    expect(namesOf(data)).toHaveLength(2);
  });
});

describe('organization directory: refusals', () => {
  const forged = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

  it.each([
    ['first', { first: 0 }],
    ['first', { first: -1 }],
    ['first', { first: 500 }],
    ['after', { after: 'garbage' }],
    ['after', { after: forged(['only one part']) }],
    ['after', { after: forged(['zzz', 'not-a-uuid']) }],
    ['after', { after: forged(['zzz', 'not-a-uuid']), filter: { query: 'tooling' } }],
    ['after', { after: forged([{ nested: true }, '00000000-0000-4000-8000-000000000000']) }],
    ['query', { filter: { query: 'x'.repeat(201) } }],
    ['kinds.0', { filter: { kinds: ['SPACESHIP'] } }],
    ['sizes.0', { filter: { sizes: ['HUGE'] } }],
    ['countries.0', { filter: { countries: ['XX'] } }],
    ['regions.1', { filter: { regions: ['KR-27', 'KR-99'] } }],
    ['sectors.0', { filter: { sectors: ['99x'] } }],
    ['technologyAreas.0', { filter: { technologyAreas: ['ZZ99'] } }],
  ])('refuses a bad %s', async (field, variables) => {
    await expectRefused(t, () => reader.gql(DIRECTORY, variables), 'BAD_USER_INPUT', field);
  });

  it('refuses a search cursor used for the alphabetical list and vice versa', async () => {
    const searched = await page({ first: 2, filter: { query: 'tooling' } });
    const listed = await page({ first: 2 });
    await expectRefused(
      t,
      () => reader.gql(DIRECTORY, { first: 2, after: searched.organizations.pageInfo.endCursor }),
      'BAD_USER_INPUT',
      'after',
    );
    await expectRefused(
      t,
      () =>
        reader.gql(DIRECTORY, {
          first: 2,
          after: listed.organizations.pageInfo.endCursor,
          filter: { query: 'tooling' },
        }),
      'BAD_USER_INPUT',
      'after',
    );
  });
});

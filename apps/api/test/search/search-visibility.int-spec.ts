import {
  UPDATE_NEED,
  capabilityIn,
  capabilityInput,
  listingCast,
  needIn,
  type ListingCast,
} from '../support/listings';
import { castOfRoles } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import { facet, idsOf, search, walk, type SearchResult } from './search-support';

const VISIBILITIES = ['PUBLIC', 'CLUSTER', 'PRIVATE'] as const;
type Visibility = (typeof VISIBILITIES)[number];
type Stage = 'DRAFT' | 'LIVE' | 'ENDED';
type Key = `${Visibility}-${Stage}-${'NEED' | 'CAPABILITY'}`;
const STAGES: Stage[] = ['DRAFT', 'LIVE', 'ENDED'];
const NEED_STATUS: Record<Stage, 'DRAFT' | 'OPEN' | 'CLOSED'> = {
  DRAFT: 'DRAFT',
  LIVE: 'OPEN',
  ENDED: 'CLOSED',
};
const CAPABILITY_STATUS: Record<Stage, 'DRAFT' | 'PUBLISHED' | 'ARCHIVED'> = {
  DRAFT: 'DRAFT',
  LIVE: 'PUBLISHED',
  ENDED: 'ARCHIVED',
};
const ALL_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'PUBLISHED', 'ARCHIVED'];
const ALL: Key[] = VISIBILITIES.flatMap((v) =>
  STAGES.flatMap((s) => [`${v}-${s}-NEED`, `${v}-${s}-CAPABILITY`] as Key[]),
);
const published = (...visibilities: Visibility[]): Key[] =>
  ALL.filter(
    (key) => !key.includes('-DRAFT-') && visibilities.some((v) => key.startsWith(`${v}-`)),
  );

let t: TestApp;
let cast: ListingCast;
/** One need and one capability of `cast.org` per visibility and stage; PRIVATE ones invite `cast.invitedOrg`. */
const items = {} as Record<Key, string>;
const keyOf = new Map<string, Key>();

// Every item's words: a shared one (zeppelin), its own key, and a confidential word no one may find.
const textOf = (key: Key) => ({
  title: `Zeppelin envelope ${key}`,
  summary: `Zeppelin hull inspection, item ${key}.`,
});

beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
  for (const visibility of VISIBILITIES)
    for (const stage of STAGES) {
      const audience =
        visibility === 'PRIVATE' ? { invitedOrganizationIds: [cast.invitedOrg.id] } : {};
      const needKey: Key = `${visibility}-${stage}-NEED`;
      const { title, summary } = textOf(needKey);
      items[needKey] = (
        await needIn(cast.orgAdmin.client, cast.org.id, NEED_STATUS[stage], {
          title,
          publicSummary: summary,
          confidentialDetails: 'kiwifruit contract terms',
          technologyAreas: ['LC06'],
          visibility,
          ...audience,
        })
      ).id;
      const capabilityKey: Key = `${visibility}-${stage}-CAPABILITY`;
      const text = textOf(capabilityKey);
      items[capabilityKey] = (
        await capabilityIn(
          cast.orgAdmin.client,
          cast.org.id,
          CAPABILITY_STATUS[stage],
          capabilityInput('EQUIPMENT', {
            title: text.title,
            description: text.summary,
            contactName: 'Kiwifruit Person',
            technologyAreas: ['LC06'],
            visibility,
            ...audience,
          }),
        )
      ).id;
    }
  for (const [key, itemId] of Object.entries(items)) keyOf.set(itemId, key as Key);
});
afterAll(async () => {
  await t.close();
});

type FacetKey = keyof SearchResult['facets'];

/** The facets the items `keys` make (each facet's values with a count above 0). */
function facetsOfKeys(keys: Key[]): Record<FacetKey, Record<string, number>> {
  const count = (predicate: (key: Key) => boolean) => keys.filter(predicate).length;
  const nonZero = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  return {
    kinds: nonZero({
      NEED: count((k) => k.endsWith('NEED')),
      CAPABILITY: count((k) => k.endsWith('CAPABILITY')),
    }),
    capabilityKinds: nonZero({ EQUIPMENT: count((k) => k.endsWith('CAPABILITY')) }),
    statuses: nonZero({
      DRAFT: count((k) => k.includes('-DRAFT-')),
      OPEN: count((k) => k.includes('-LIVE-NEED')),
      CLOSED: count((k) => k.includes('-ENDED-NEED')),
      PUBLISHED: count((k) => k.includes('-LIVE-CAPABILITY')),
      ARCHIVED: count((k) => k.includes('-ENDED-CAPABILITY')),
    }),
    technologyAreas: nonZero({ LC: keys.length }),
    countries: nonZero({ KR: keys.length }),
  };
}

const facetsOfResult = (result: SearchResult): Record<FacetKey, Record<string, number>> => ({
  kinds: facet(result.facets.kinds),
  capabilityKinds: facet(result.facets.capabilityKinds),
  statuses: facet(result.facets.statuses),
  technologyAreas: facet(result.facets.technologyAreas),
  countries: facet(result.facets.countries),
});

/** What a role must see of the listings: the keys, and the facets those keys make. */
function expectExactly(result: SearchResult, visible: Key[]): void {
  const seen = idsOf(result).map((itemId) => keyOf.get(itemId) ?? itemId);
  expect(seen.sort()).toEqual([...visible].sort());
  expect(result.totalCount).toBe(visible.length);
  expect(facetsOfResult(result)).toEqual(facetsOfKeys(visible));
  // A snippet is cut from its own item only, never from a confidential field.
  for (const { node } of result.edges) {
    const own = keyOf.get(node.id)!;
    expect(node.snippet.text).toContain(own);
    expect(node.snippet.text).not.toMatch(/kiwifruit/i);
    for (const other of ALL)
      if (other !== own) expect(node.snippet.text).not.toContain(`${other}.`);
  }
}

const matrix: [string, (c: ListingCast) => TestClient, Key[]][] = [
  ['an anonymous visitor', (c) => c.anonymous, published('PUBLIC')],
  ['someone signed in who belongs to no organization', (c) => c.loner.client, published('PUBLIC')],
  ['an ORG_MEMBER of the owner', (c) => c.orgMember.client, ALL],
  ['an ORG_ADMIN of the owner', (c) => c.orgAdmin.client, ALL],
  [
    'a member of a cluster-mate organization',
    (c) => c.mateMember.client,
    published('PUBLIC', 'CLUSTER'),
  ],
  ['a manager of the owner’s cluster', (c) => c.manager.client, published('PUBLIC', 'CLUSTER')],
  ['a manager of another cluster', (c) => c.otherManager.client, published('PUBLIC')],
  ['an ORG_ADMIN of an unrelated organization', (c) => c.otherOrgAdmin.client, published('PUBLIC')],
  [
    'an ORG_ADMIN of an organization whose application to the cluster is PENDING',
    (c) => c.pendingAdmin.client,
    published('PUBLIC'),
  ],
  [
    'an ORG_MEMBER of the invited organization (PRIVATE)',
    (c) => c.invitedMember.client,
    published('PUBLIC', 'PRIVATE'),
  ],
  ['a platform admin', (c) => c.admin.client, published('PUBLIC', 'CLUSTER', 'PRIVATE')],
];

describe.each(matrix)('search as %s', (_who, viewer, visible) => {
  it('finds by words only what the role may see: hits, totalCount, facets and snippets', async () => {
    expectExactly(
      await search(viewer(cast), { query: 'zeppelin', statuses: ALL_STATUSES, first: 50 }),
      visible,
    );
  });

  it('finds by technology area (의료기기 → LC06) only what the role may see', async () => {
    const result = await search(viewer(cast), {
      query: '의료기기',
      statuses: ALL_STATUSES,
      first: 50,
    });
    expect(result.queryTechnologyAreas).toEqual(['LC06']);
    expectExactly(result, visible);
  });

  it('finds by similar spelling only what the role may see', async () => {
    const result = await search(viewer(cast), {
      query: 'zepelin',
      statuses: ALL_STATUSES,
      first: 50,
    });
    if (visible.length) expect(result.similarSpellings).toBe(true);
    expectExactly(result, visible);
  });

  it('browses without words only what the role may see, page by page', async () => {
    const filter = { technologyAreas: ['LC06'], statuses: ALL_STATUSES };
    expectExactly(await search(viewer(cast), { ...filter, first: 50 }), visible);
    const walked = await walk(viewer(cast), filter, 4);
    expect(walked.map((itemId) => keyOf.get(itemId)).sort()).toEqual([...visible].sort());
  });

  // A chosen value that no item has: every visible item misses that facet's filter only, so
  // that facet counts exactly what the role may see, and no other facet counts anything.
  it.each<[FacetKey, Record<string, unknown>]>([
    ['kinds', { kinds: ['ORGANIZATION'] }],
    ['capabilityKinds', { kinds: ['CAPABILITY'], capabilityKinds: ['IP'] }],
    ['technologyAreas', { technologyAreas: ['EF'] }],
    ['countries', { countries: ['DE'] }],
  ])(
    'counts the other values of a chosen %s only over what the role may see',
    async (chosen, filter) => {
      const result = await search(viewer(cast), {
        query: 'zeppelin',
        statuses: ALL_STATUSES,
        first: 50,
        ...filter,
      });
      expect(result.totalCount).toBe(0);
      expect(result.edges).toEqual([]);
      // Capability kinds apply to capabilities only, which the kind filter says too.
      const counted =
        chosen === 'capabilityKinds'
          ? visible.filter((key) => key.endsWith('CAPABILITY'))
          : visible;
      const empty = {
        kinds: {},
        capabilityKinds: {},
        statuses: {},
        technologyAreas: {},
        countries: {},
      };
      expect(facetsOfResult(result)).toEqual({ ...empty, [chosen]: facetsOfKeys(counted)[chosen] });
    },
  );

  it('counts the other statuses of a chosen status only over what the role may see', async () => {
    const result = await search(viewer(cast), { query: 'zeppelin', statuses: ['OPEN'], first: 50 });
    const open = visible.filter((key) => key.includes('-LIVE-NEED'));
    expect(
      idsOf(result)
        .map((itemId) => keyOf.get(itemId))
        .sort(),
    ).toEqual(open.sort());
    expect(facetsOfResult(result)).toEqual({
      ...facetsOfKeys(open),
      statuses: facetsOfKeys(visible).statuses,
    });
  });

  it('counts nothing for words only hidden items contain', async () => {
    const hidden = ALL.filter((key) => !visible.includes(key));
    for (const key of hidden.slice(0, 3)) {
      const result = await search(viewer(cast), { query: key, statuses: ALL_STATUSES, first: 50 });
      expect(idsOf(result).map((itemId) => keyOf.get(itemId))).not.toContain(key);
      expect(facet(result.facets.kinds)).toEqual({});
      expect(result.totalCount).toBe(0);
    }
  });

  it('never finds confidential details or contact names', async () => {
    const result = await search(viewer(cast), { query: 'kiwifruit', statuses: ALL_STATUSES });
    expect(result.totalCount).toBe(0);
    expect(result.edges).toEqual([]);
  });
});

describe('typo correction', () => {
  it.each([
    ['English', 'Quetzalcoatlus wing spar', 'quetzalcoatlos'],
    ['Korean', '케찰코아틀루스 날개보 설계', '케찰코아틀로스'],
  ])('never finds through a word (%s) that only hidden items contain', async (_, title, query) => {
    await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      title,
      technologyAreas: ['EA12'],
      visibility: 'PRIVATE',
      invitedOrganizationIds: [cast.invitedOrg.id],
    });
    const anonymous = await search(cast.anonymous, { query });
    expect(anonymous).toMatchObject({ totalCount: 0, similarSpellings: false, edges: [] });
    const invited = await search(cast.invitedMember.client, { query });
    expect(invited.totalCount).toBe(1);
    expect(invited.similarSpellings).toBe(true);
  });
});

describe('search follows changes at once', () => {
  it('hides a need from search the moment it stops being PUBLIC, and shows it again', async () => {
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      title: 'Airship mooring mast',
      technologyAreas: ['EA12'],
    });
    const find = () => search(cast.anonymous, { query: 'airship mooring' });
    expect(idsOf(await find())).toEqual([need.id]);
    await cast.orgAdmin.client.ok(UPDATE_NEED, { id: need.id, input: { visibility: 'CLUSTER' } });
    expect((await find()).totalCount).toBe(0);
    expect(idsOf(await search(cast.mateMember.client, { query: 'airship mooring' }))).toEqual([
      need.id,
    ]);
    await cast.orgAdmin.client.ok(UPDATE_NEED, {
      id: need.id,
      input: { visibility: 'PUBLIC', title: 'Dirigible mooring mast' },
    });
    expect((await find()).totalCount).toBe(0);
    expect(idsOf(await search(cast.anonymous, { query: 'dirigible' }))).toEqual([need.id]);
  });

  it('finds the items of a concept by their areas alone, and follows their changes at once', async () => {
    // Tagged CCUS (EF13) without the word anywhere in its text.
    const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN', {
      title: 'Flue gas capture pilot',
      technologyAreas: ['EF13'],
    });
    const find = async (client: TestClient) =>
      idsOf(await search(client, { query: 'CCUS', first: 50 }));
    expect(await find(cast.anonymous)).toContain(need.id);
    await cast.orgAdmin.client.ok(UPDATE_NEED, { id: need.id, input: { visibility: 'CLUSTER' } });
    expect(await find(cast.anonymous)).not.toContain(need.id);
    expect(await find(cast.mateMember.client)).toContain(need.id);
    await cast.orgAdmin.client.ok(UPDATE_NEED, {
      id: need.id,
      input: { technologyAreas: ['EA12'] },
    });
    expect(await find(cast.mateMember.client)).not.toContain(need.id);
  });

  it('counts an item with two areas of the concept once, and forgets a deleted draft', async () => {
    // 재료 (materials) is the area EB and all of its fields.
    const draft = await needIn(cast.orgAdmin.client, cast.org.id, 'DRAFT', {
      title: 'Binder chemistry trial',
      technologyAreas: ['EB01', 'EB02'],
    });
    const mine = () =>
      search(cast.orgAdmin.client, { query: '재료', statuses: ['DRAFT'], first: 50 });
    const before = await mine();
    expect(idsOf(before).filter((itemId) => itemId === draft.id)).toHaveLength(1);
    expect(before.totalCount).toBe(idsOf(before).length);
    // The same when browsing by the area EB (a parent code includes its fields).
    const browsed = await search(cast.orgAdmin.client, {
      technologyAreas: ['EB'],
      statuses: ['DRAFT'],
      first: 50,
    });
    expect(idsOf(browsed).filter((itemId) => itemId === draft.id)).toHaveLength(1);
    expect(browsed.totalCount).toBe(idsOf(browsed).length);
    await cast.orgAdmin.client.ok(`mutation D($id: ID!) { deleteTechnologyNeedDraft(id: $id) }`, {
      id: draft.id,
    });
    const after = await mine();
    expect(idsOf(after)).not.toContain(draft.id);
    expect(after.totalCount).toBe(before.totalCount - 1);
    const [left] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM search_document_area WHERE id = $1`,
      [draft.id],
    );
    expect(left.n).toBe(0);
  });
});

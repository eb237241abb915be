import { SAVED_SEARCHES_MAX } from '../../src/search/saved-search.service';
import { createOrganization, expectRefused, signUp, type SignedIn } from '../support/factories';
import { UPDATE_NEED, needIn } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';

const SAVE = `mutation Save($input: SaveSearchInput!) {
  saveSearch(input: $input) { id name alert resultsSeenAt createdAt criteria { query kinds technologyAreas trlMin trlMax statuses deadlineAfter countries } }
}`;
const LIST = `query { savedSearches { id name } }`;
const NEW_RESULTS = `query New($id: ID!, $first: Int, $after: String) {
  savedSearch(id: $id) { id resultsSeenAt newResults(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title kind } } } }
}`;
const SEEN = `mutation Seen($id: ID!) { markSavedSearchSeen(id: $id) { id resultsSeenAt } }`;
const DELETE = `mutation Delete($id: ID!) { deleteSavedSearch(id: $id) }`;
const SET_ALERT = `mutation SetAlert($id: ID!, $alert: SavedSearchAlert!) {
  setSavedSearchAlert(id: $id, alert: $alert) { id name alert criteria { query kinds } }
}`;

interface NewResults {
  savedSearch: {
    id: string;
    resultsSeenAt: string;
    newResults: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; title: string } }[];
    };
  };
}

let t: TestApp;
let user: SignedIn;
let poster: SignedIn;
let posterOrg: { id: string };

beforeAll(async () => {
  t = await createTestApp();
  user = await signUp(t);
  poster = await signUp(t);
  posterOrg = await createOrganization(poster.client, {
    name: 'Ulsan Hydrogen Valley',
    technologyAreas: [],
  });
});
afterAll(async () => {
  await t.close();
});

const newResults = async (
  client: SignedIn['client'],
  id: string,
  first = 20,
  after: string | null = null,
) => (await client.ok<NewResults>(NEW_RESULTS, { id, first, after })).savedSearch.newResults;

describe('saved searches', () => {
  it('keeps the criteria, the alert frequency and when results were last seen', async () => {
    const deadline = '2030-01-01T00:00:00.000Z';
    const saved = (
      await user.client.ok<{ saveSearch: Record<string, unknown> }>(SAVE, {
        input: {
          name: '  Hydrogen in Korea  ',
          alert: 'DAILY',
          filter: {
            query: '수소 연료전지',
            kinds: ['NEED'],
            technologyAreas: ['EF'],
            trlMin: 3,
            trlMax: 7,
            countries: ['KR'],
            deadlineAfter: deadline,
          },
        },
      })
    ).saveSearch;
    expect(saved).toMatchObject({
      name: 'Hydrogen in Korea',
      alert: 'DAILY',
      criteria: {
        query: '수소 연료전지',
        kinds: ['NEED'],
        technologyAreas: ['EF'],
        trlMin: 3,
        trlMax: 7,
        statuses: null,
        deadlineAfter: deadline,
        countries: ['KR'],
      },
    });
    const [row] = await t.dataSource.query(
      `SELECT user_id, alert, criteria, results_seen_at FROM saved_search WHERE id = $1`,
      [saved.id],
    );
    expect(row).toMatchObject({
      user_id: user.userId,
      alert: 'DAILY',
      criteria: {
        query: '수소 연료전지',
        kinds: ['NEED'],
        technologyAreas: ['EF'],
        trlMin: 3,
        trlMax: 7,
        countries: ['KR'],
        deadlineAfter: deadline,
      },
    });
    expect(row.results_seen_at).toBeInstanceOf(Date);
    const defaults = (
      await user.client.ok<{ saveSearch: { alert: string } }>(SAVE, {
        input: { name: 'Everything', filter: {} },
      })
    ).saveSearch;
    expect(defaults.alert).toBe('WEEKLY');
    const list = (await user.client.ok<{ savedSearches: { id: string; name: string }[] }>(LIST))
      .savedSearches;
    expect(list.map((s) => s.name)).toEqual(['Everything', 'Hydrogen in Korea']);
  });

  it('reports results published after they were last seen, and none once seen', async () => {
    const saved = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Tanks', filter: { query: 'hydrogen tank' } },
      })
    ).saveSearch;
    const old = await needIn(poster.client, posterOrg.id, 'OPEN', {
      title: 'Hydrogen tank liner (old)',
    });
    await t.dataSource.query(
      `UPDATE technology_need SET published_at = now() - interval '1 day' WHERE id = $1`,
      [old.id],
    );
    expect((await newResults(user.client, saved.id)).totalCount).toBe(0);

    const fresh = await needIn(poster.client, posterOrg.id, 'OPEN', {
      title: 'Hydrogen tank valve',
    });
    const second = await needIn(poster.client, posterOrg.id, 'OPEN', {
      title: 'Hydrogen tank sensor',
    });
    await needIn(poster.client, posterOrg.id, 'OPEN', { title: 'Battery tray' });
    await needIn(poster.client, posterOrg.id, 'DRAFT', { title: 'Hydrogen tank draft' });
    const page = await newResults(user.client, saved.id, 1);
    expect(page.totalCount).toBe(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const rest = await newResults(user.client, saved.id, 1, page.pageInfo.endCursor);
    expect([...page.edges, ...rest.edges].map((e) => e.node.id).sort()).toEqual(
      [fresh.id, second.id].sort(),
    );

    const seen = (
      await user.client.ok<{ markSavedSearchSeen: { resultsSeenAt: string } }>(SEEN, {
        id: saved.id,
      })
    ).markSavedSearchSeen;
    expect(Date.parse(seen.resultsSeenAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await newResults(user.client, saved.id)).totalCount).toBe(0);
    const later = await needIn(poster.client, posterOrg.id, 'OPEN', {
      title: 'Hydrogen tank coating',
    });
    expect((await newResults(user.client, saved.id)).edges.map((e) => e.node.id)).toEqual([
      later.id,
    ]);
  });

  it('reports new results as the user may see them now', async () => {
    const saved = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Cryo', filter: { query: 'cryogenic' } },
      })
    ).saveSearch;
    const need = await needIn(poster.client, posterOrg.id, 'OPEN', {
      title: 'Cryogenic pump seals',
    });
    expect((await newResults(user.client, saved.id)).totalCount).toBe(1);
    await poster.client.ok(UPDATE_NEED, { id: need.id, input: { visibility: 'CLUSTER' } });
    expect((await newResults(user.client, saved.id)).totalCount).toBe(0);
  });

  it('deletes', async () => {
    const saved = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Short-lived', filter: {} },
      })
    ).saveSearch;
    expect(
      (await user.client.ok<{ deleteSavedSearch: string }>(DELETE, { id: saved.id }))
        .deleteSavedSearch,
    ).toBe(saved.id);
    expect(
      (await user.client.gql(NEW_RESULTS, { id: saved.id })).errors?.[0]?.extensions?.code,
    ).toBe('NOT_FOUND');
  });
});

describe('the alert frequency', () => {
  it('is changed by the owner, and only the alert changes', async () => {
    const saved = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: {
          name: 'Fuel cells',
          alert: 'WEEKLY',
          filter: { query: 'fuel cell', kinds: ['NEED'] },
        },
      })
    ).saveSearch;
    for (const alert of ['DAILY', 'NONE', 'WEEKLY'])
      expect(
        (
          await user.client.ok<{ setSavedSearchAlert: Record<string, unknown> }>(SET_ALERT, {
            id: saved.id,
            alert,
          })
        ).setSavedSearchAlert,
      ).toEqual({
        id: saved.id,
        name: 'Fuel cells',
        alert,
        criteria: { query: 'fuel cell', kinds: ['NEED'] },
      });
    await user.client.ok(SET_ALERT, { id: saved.id, alert: 'DAILY' });
    const [row] = await t.dataSource.query(
      `SELECT alert, name, criteria FROM saved_search WHERE id = $1`,
      [saved.id],
    );
    expect(row).toEqual({
      alert: 'DAILY',
      name: 'Fuel cells',
      criteria: { query: 'fuel cell', kinds: ['NEED'] },
    });
  });
});

describe('changing the alert frequency is refused', () => {
  let savedId: string;
  beforeAll(async () => {
    savedId = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Refusals', alert: 'WEEKLY', filter: {} },
      })
    ).saveSearch.id;
  });

  it('to another user, as NOT_FOUND (it is not theirs to see)', async () => {
    const other = await signUp(t);
    await expectRefused(
      t,
      () => other.client.gql(SET_ALERT, { id: savedId, alert: 'NONE' }),
      'NOT_FOUND',
    );
  });

  it('for a saved search that does not exist, as NOT_FOUND', async () => {
    await expectRefused(
      t,
      () =>
        user.client.gql(SET_ALERT, { id: '00000000-0000-4000-8000-000000000000', alert: 'NONE' }),
      'NOT_FOUND',
    );
  });

  it('to someone signed out', async () => {
    await expectRefused(
      t,
      () => t.client().gql(SET_ALERT, { id: savedId, alert: 'NONE' }),
      'UNAUTHENTICATED',
    );
  });

  it.each([
    ['alert', { alert: 'HOURLY' }],
    ['alert', { alert: null }],
    ['id', { id: 'not-a-uuid' }],
  ])('for a bad %s, naming it', async (field, change) => {
    await expectRefused(
      t,
      () => user.client.gql(SET_ALERT, { id: savedId, alert: 'NONE', ...change }),
      'BAD_USER_INPUT',
      field,
    );
  });
});

describe('saved searches are their owner’s alone', () => {
  it('is NOT_FOUND to another user, who cannot read, mark or delete it', async () => {
    const saved = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Mine', filter: { query: 'private thoughts' } },
      })
    ).saveSearch;
    const other = await signUp(t);
    for (const [query, variables] of [
      [NEW_RESULTS, { id: saved.id }],
      [SEEN, { id: saved.id }],
      [DELETE, { id: saved.id }],
    ] as const) {
      const result = await other.client.gql(query, variables);
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await other.client.ok<{ savedSearches: unknown[] }>(LIST)).savedSearches).toEqual([]);
    expect(
      (await user.client.ok<{ savedSearches: { id: string }[] }>(LIST)).savedSearches.map(
        (s) => s.id,
      ),
    ).toContain(saved.id);
  });

  it('needs an account', async () => {
    const anonymous = t.client();
    expect((await anonymous.gql(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(
      (await anonymous.gql(SAVE, { input: { name: 'x', filter: {} } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('the cap on saved searches holds under concurrency', () => {
  const countOf = async (userId: string) =>
    (
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM saved_search WHERE user_id = $1`, [
        userId,
      ])) as { n: number }[]
    )[0]!.n;
  const fill = (userId: string, n: number) =>
    t.dataSource.query(
      `INSERT INTO saved_search (user_id, name, criteria, alert, results_seen_at) SELECT $1, 'Filler ' || i, '{}', 'NONE', now() FROM generate_series(1, $2) AS i`,
      [userId, n],
    );

  it(`refuses the ${SAVED_SEARCHES_MAX + 1}st with CONFLICT, changing nothing`, async () => {
    const full = await signUp(t);
    await fill(full.userId, SAVED_SEARCHES_MAX);
    await expectRefused(
      t,
      () => full.client.gql(SAVE, { input: { name: 'One too many', filter: {} } }),
      'CONFLICT',
    );
    expect(await countOf(full.userId)).toBe(SAVED_SEARCHES_MAX);
  });

  it(`20 saves at once from ${SAVED_SEARCHES_MAX - 5} saved searches: exactly 5 are saved, the others refused with CONFLICT`, async () => {
    const busy = await signUp(t);
    await fill(busy.userId, SAVED_SEARCHES_MAX - 5);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        busy.client.gql(SAVE, { input: { name: `Parallel ${i}`, filter: { query: 'hydrogen' } } }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(5);
    expect(
      results
        .filter((result) => result.errors)
        .map((result) => result.errors?.[0]?.extensions?.code),
    ).toEqual(Array(15).fill('CONFLICT'));
    expect(await countOf(busy.userId)).toBe(SAVED_SEARCHES_MAX);
  });
});

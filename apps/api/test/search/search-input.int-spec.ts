import { randomUUID } from 'node:crypto';
import { expectRefused, signUp, type SignedIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { SEARCH } from './search-support';

const SAVE = `mutation Save($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
const SAVED = `query Saved($id: ID!) { savedSearch(id: $id) { id } }`;
const NEW_RESULTS = `query New($id: ID!, $first: Int) { savedSearch(id: $id) { newResults(first: $first) { totalCount } } }`;
const DELETE = `mutation Delete($id: ID!) { deleteSavedSearch(id: $id) }`;

let t: TestApp;
let user: SignedIn;
beforeAll(async () => {
  t = await createTestApp();
  user = await signUp(t);
});
afterAll(async () => {
  await t.close();
});

const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

describe('search refuses bad filters with BAD_USER_INPUT and the field', () => {
  it.each([
    ['a query over 200 characters', { query: 'x'.repeat(201) }, 'query'],
    ['a TRL out of 1…9', { trlMin: 0 }, 'trlMin'],
    ['a TRL range upside down', { trlMin: 7, trlMax: 3 }, 'trlMax'],
    ['an unknown technology area', { technologyAreas: ['EF05', 'ZZ99'] }, 'technologyAreas.1'],
    ['an unknown sector', { sectors: ['ZZ'] }, 'sectors.0'],
    ['an unknown country', { countries: ['XX'] }, 'countries.0'],
    [
      'a region outside the chosen countries',
      { countries: ['DE'], regions: ['KR-27'] },
      'regions.0',
    ],
    ['a cluster id that is not a UUID', { clusterIds: ['cluster-1'] }, 'clusterIds.0'],
    ['the same kind twice', { kinds: ['NEED', 'NEED'] }, 'kinds'],
    ['an unknown kind', { kinds: ['PERSON'] }, 'kinds.0'],
    ['an unknown status', { statuses: ['DELETED'] }, 'statuses.0'],
    [
      'a deadline range upside down',
      { deadlineAfter: '2030-01-02T00:00:00Z', deadlineBefore: '2030-01-01T00:00:00Z' },
      'deadlineBefore',
    ],
    ['no results per page', { first: 0 }, 'first'],
    ['too many results per page', { first: 101 }, 'first'],
    ['a forged cursor', { query: 'hydrogen', after: 'not-a-cursor' }, 'after'],
    [
      'a cursor of another shape',
      { query: 'hydrogen', after: cursorOf(['2026-01-01T00:00:00.000Z', randomUUID()]) },
      'after',
    ],
    [
      'a cursor whose score is not a number',
      { query: 'hydrogen', after: cursorOf(['1; DROP TABLE x', randomUUID(), 0]) },
      'after',
    ],
  ])('%s', async (_what, filter, field) => {
    await expectRefused(t, () => t.client().gql(SEARCH, { filter }), 'BAD_USER_INPUT', field);
  });
});

describe('saving a search refuses bad input, and changes nothing', () => {
  it.each([
    ['an empty name', { name: '   ', filter: {} }, 'name'],
    ['a name over 80 characters', { name: 'n'.repeat(81), filter: {} }, 'name'],
    ['an unknown alert frequency', { name: 'x', filter: {}, alert: 'HOURLY' }, 'alert'],
    ['bad criteria', { name: 'x', filter: { trlMin: 5, trlMax: 2 } }, 'filter.trlMax'],
    ['paging in the criteria', { name: 'x', filter: { first: 10 } }, 'filter'],
  ])('%s', async (_what, input, field) => {
    await expectRefused(t, () => user.client.gql(SAVE, { input }), 'BAD_USER_INPUT', field);
  });

  it('refuses a 51st saved search with CONFLICT', async () => {
    const other = await signUp(t);
    for (let i = 0; i < 50; i += 1)
      await other.client.ok(SAVE, { input: { name: `Search ${i}`, filter: {} } });
    await expectRefused(
      t,
      () => other.client.gql(SAVE, { input: { name: 'One more', filter: {} } }),
      'CONFLICT',
    );
  });

  it('refuses a malformed id, and a missing or foreign saved search is NOT_FOUND', async () => {
    await expectRefused(t, () => user.client.gql(SAVED, { id: 'nope' }), 'BAD_USER_INPUT', 'id');
    await expectRefused(t, () => user.client.gql(DELETE, { id: randomUUID() }), 'NOT_FOUND');
    const saved = (
      await user.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Mine', filter: {} },
      })
    ).saveSearch;
    const stranger = await signUp(t);
    await expectRefused(t, () => stranger.client.gql(DELETE, { id: saved.id }), 'NOT_FOUND');
    await expectRefused(
      t,
      () => user.client.gql(NEW_RESULTS, { id: saved.id, first: 500 }),
      'BAD_USER_INPUT',
      'first',
    );
  });
});

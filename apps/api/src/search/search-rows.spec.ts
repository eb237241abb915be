import { readSearchRow, type FacetSet } from './search-rows';

const sets = new Map<number, FacetSet>([
  [
    1,
    {
      kind: 'NEED',
      capabilityKind: null,
      status: 'OPEN',
      country: 'KR',
      technologyAreas: ['EF05', 'EF07'],
    },
  ],
  [
    2,
    {
      kind: 'CAPABILITY',
      capabilityKind: 'EQUIPMENT',
      status: 'PUBLISHED',
      country: 'DE',
      technologyAreas: ['EF05', 'EB10'],
    },
  ],
  [
    3,
    {
      kind: 'ORGANIZATION',
      capabilityKind: null,
      status: null,
      country: 'KR',
      technologyAreas: [],
    },
  ],
]);

describe('readSearchRow', () => {
  it('passes the page through alone when nothing was counted', () => {
    expect(readSearchRow({ page: [] }, sets)).toEqual({ page: [] });
  });

  it('adds the matches of each facet set to the total and to each of its facts, an area once per item', () => {
    const rows = readSearchRow(
      {
        page: [],
        stats: [
          [1, 4],
          [2, 3],
          [3, 2],
        ],
      },
      sets,
    );
    expect(rows.total).toBe(9);
    expect(rows.facets).toEqual({
      kinds: [
        { value: 'NEED', count: 4 },
        { value: 'CAPABILITY', count: 3 },
        { value: 'ORGANIZATION', count: 2 },
      ],
      capabilityKinds: [{ value: 'EQUIPMENT', count: 3 }],
      statuses: [
        { value: 'OPEN', count: 4 },
        { value: 'PUBLISHED', count: 3 },
      ],
      // EF05 and EF07 are both EF: those four needs count once under EF.
      technologyAreas: [
        { value: 'EF', count: 7 },
        { value: 'EB', count: 3 },
      ],
      countries: [
        { value: 'KR', count: 6 },
        { value: 'DE', count: 3 },
      ],
    });
  });

  it('counts a row that misses one chosen facet in that facet only, hits everywhere', () => {
    // Countries (5) chosen: set 2 (DE) missed it; kinds (1) chosen: set 3 missed it.
    const rows = readSearchRow(
      {
        page: [],
        stats: [
          [1, 4, 0],
          [2, 3, 5],
          [3, 2, 1],
        ],
      },
      sets,
    );
    expect(rows.total).toBe(4);
    expect(rows.facets).toEqual({
      kinds: [
        { value: 'NEED', count: 4 },
        { value: 'ORGANIZATION', count: 2 },
      ],
      capabilityKinds: [],
      statuses: [{ value: 'OPEN', count: 4 }],
      technologyAreas: [{ value: 'EF', count: 4 }],
      countries: [
        { value: 'KR', count: 4 },
        { value: 'DE', count: 3 },
      ],
    });
  });

  it('refuses a row that misses a facet it does not know', () => {
    expect(() => readSearchRow({ page: [], stats: [[1, 1, 6]] }, sets)).toThrow(/facet 6/);
  });

  it('orders values of equal count by value', () => {
    const rows = readSearchRow(
      {
        page: [],
        stats: [
          [2, 1],
          [1, 1],
        ],
      },
      sets,
    );
    expect(rows.facets!.kinds).toEqual([
      { value: 'CAPABILITY', count: 1 },
      { value: 'NEED', count: 1 },
    ]);
  });

  it('refuses a count under a facet set it was not given', () => {
    expect(() => readSearchRow({ page: [], stats: [[9, 1]] }, sets)).toThrow(/facet set 9/);
  });
});

import { DomainError } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { CAPABILITY_STATUSES } from '../capability/capability';
import { NEED_STATUSES } from '../need/need';
import {
  SEARCH_STATUSES,
  savedSearchAlertSchema,
  savedSearchSchema,
  searchCriteriaSchema,
  searchFilterSchema,
} from './search-filter';

const CLUSTER = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}:${error.field}` : `other:${String(error)}`;
  }
  return 'none';
};

const hydrogenInDaegu = {
  query: ' 수소 연료전지 ',
  kinds: ['NEED', 'CAPABILITY'],
  technologyAreas: ['EF', 'EF05'],
  sectors: ['C'],
  trlMin: 3,
  trlMax: 7,
  countries: ['KR', 'DE'],
  regions: ['KR-27', 'DE-BW'],
  clusterIds: [CLUSTER],
  collaborationTypes: ['RESEARCH_COOPERATION'],
  capabilityKinds: ['EQUIPMENT'],
  statuses: ['OPEN', 'PUBLISHED'],
  deadlineAfter: '2026-12-01T00:00:00+09:00',
  deadlineBefore: '2027-03-01T00:00:00+09:00',
};

describe('search filter', () => {
  it('accepts every filter at once, trims the query and pages 20 by default', () => {
    const filter = parseInput(searchFilterSchema, hydrogenInDaegu);
    expect(filter.query).toBe('수소 연료전지');
    expect(filter.first).toBe(20);
    expect(filter.deadlineAfter).toEqual(new Date('2026-11-30T15:00:00Z'));
    expect(parseInput(searchFilterSchema, {}).first).toBe(20);
    expect(parseInput(searchFilterSchema, { first: 100, after: 'cursor' }).first).toBe(100);
  });

  it.each([
    ['query', { query: 'x'.repeat(201) }],
    ['kinds.0', { kinds: ['CALL'] }],
    ['kinds', { kinds: ['NEED', 'NEED'] }],
    ['technologyAreas.0', { technologyAreas: ['QQ'] }],
    ['sectors.0', { sectors: ['Z'] }],
    ['trlMin', { trlMin: 0 }],
    ['trlMax', { trlMax: 10 }],
    ['trlMax', { trlMin: 6, trlMax: 4 }],
    ['countries.0', { countries: ['XX'] }],
    ['countries', { countries: ['KR', 'KR'] }],
    ['regions.0', { regions: ['KR-99'] }],
    ['regions.1', { countries: ['KR'], regions: ['KR-27', 'DE-BW'] }],
    ['clusterIds.0', { clusterIds: ['cluster-1'] }],
    ['collaborationTypes.0', { collaborationTypes: ['MERGER'] }],
    ['capabilityKinds.0', { capabilityKinds: ['SOFTWARE'] }],
    ['statuses.0', { statuses: ['PENDING'] }],
    ['deadlineAfter', { deadlineAfter: '2026-12-01' }],
    [
      'deadlineBefore',
      { deadlineAfter: '2027-01-01T00:00:00Z', deadlineBefore: '2027-01-01T00:00:00Z' },
    ],
    ['first', { first: 0 }],
    ['first', { first: 101 }],
    ['after', { after: 'x'.repeat(501) }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(refusal(() => parseInput(searchFilterSchema, { ...hydrogenInDaegu, ...change }))).toBe(
      `BAD_USER_INPUT:${field}`,
    );
  });

  it('accepts an equal TRL range and regions without countries', () => {
    expect(
      refusal(() =>
        parseInput(searchFilterSchema, { trlMin: 5, trlMax: 5, regions: ['KR-27', 'DE-BY'] }),
      ),
    ).toBe('none');
  });

  it('covers the statuses of needs and capabilities, each once', () => {
    expect([...SEARCH_STATUSES].sort()).toEqual(
      [...new Set([...NEED_STATUSES, ...CAPABILITY_STATUSES])].sort(),
    );
  });
});

describe('saved searches', () => {
  it('stores a name and the filters, without paging', () => {
    const saved = parseInput(savedSearchSchema, {
      name: ' 대구 수소 ',
      filter: { ...hydrogenInDaegu, first: 50, after: 'abc' },
    });
    expect(saved.name).toBe('대구 수소');
    expect(saved.alert).toBe('WEEKLY');
    expect(saved.filter).not.toHaveProperty('first');
    expect(saved.filter).not.toHaveProperty('after');
    expect(parseInput(searchCriteriaSchema, {})).toEqual({});
  });

  it.each([
    ['name', { name: '  ' }],
    ['name', { name: 'x'.repeat(81) }],
    ['filter.trlMax', { filter: { trlMin: 8, trlMax: 2 } }],
    ['filter.countries.0', { filter: { countries: ['EU'] } }],
    ['alert', { alert: 'HOURLY' }],
  ])('names the field %s when it is wrong', (field, change) => {
    expect(
      refusal(() => parseInput(savedSearchSchema, { name: 'Hydrogen', filter: {}, ...change })),
    ).toBe(`BAD_USER_INPUT:${field}`);
  });

  it('changes the alert frequency to one of NONE, DAILY, WEEKLY, and nothing else', () => {
    expect(parseInput(savedSearchAlertSchema, { alert: 'NONE' })).toEqual({ alert: 'NONE' });
    expect(refusal(() => parseInput(savedSearchAlertSchema, { alert: 'HOURLY' }))).toBe(
      'BAD_USER_INPUT:alert',
    );
    expect(refusal(() => parseInput(savedSearchAlertSchema, {}))).toBe('BAD_USER_INPUT:alert');
  });
});

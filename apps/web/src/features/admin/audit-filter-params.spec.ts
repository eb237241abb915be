import { apiFilterOf, exportHref, filterStateOf, paramsOf } from './audit-filter-params';

describe('audit filters in the URL', () => {
  it('reads known actions and whole days, and writes them back', () => {
    const state = filterStateOf(
      new URLSearchParams(
        'actions=need.published,bogus,nda.accepted&from=2026-12-01&to=2026-12-31&objectType=TechnologyNeed&until=x',
      ),
    );
    expect(state).toMatchObject({
      actions: ['need.published', 'nda.accepted'],
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(filterStateOf(paramsOf(state))).toEqual(state);
    expect(filterStateOf(new URLSearchParams('from=1.12.2026')).from).toBeNull();
  });

  it('asks the API for the period from the first midnight to the midnight after the last day', () => {
    const filter = apiFilterOf(filterStateOf(new URLSearchParams('from=2026-12-01&to=2026-12-01')));
    expect(new Date(filter.since as string).getTime()).toBe(
      new Date('2026-12-01T00:00:00').getTime(),
    );
    expect(new Date(filter.until as string).getTime()).toBe(
      new Date('2026-12-02T00:00:00').getTime(),
    );
    expect(apiFilterOf(filterStateOf(new URLSearchParams('')))).toEqual({});
  });

  it('exports the same view, in the reader’s language', () => {
    const href = exportHref(
      filterStateOf(new URLSearchParams('actions=need.published,need.closed&actorName=Minji')),
      'ko',
    );
    expect(href).toBe('/exports/audit-events.csv?actions=need.published%2Cneed.closed&language=ko');
  });
});

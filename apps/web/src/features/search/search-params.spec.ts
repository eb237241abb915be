import { parseSearchParams, searchesFor, searchUrl, toCriteria } from './search-params';

describe('search filters in the URL', () => {
  it('reads known values, drops unknown ones and leaves unset filters out of the criteria', () => {
    const filter = parseSearchParams(
      new URLSearchParams(
        'q=%EC%88%98%EC%86%8C+&kind=NEED&kind=BOGUS&trlMin=3&trlMax=x&status=OPEN',
      ),
    );
    expect(filter.kinds).toEqual(['NEED']);
    expect(filter.trlMax).toBeNull();
    expect(toCriteria(filter)).toEqual({
      query: '수소',
      kinds: ['NEED'],
      trlMin: 3,
      statuses: ['OPEN'],
    });
  });

  it('turns stored criteria back into the same URL', () => {
    const url = searchUrl({
      query: '수소',
      kinds: ['NEED', 'CAPABILITY'],
      trlMin: 2,
      regions: null,
    });
    expect(url).toBe('/search?q=%EC%88%98%EC%86%8C&kind=NEED&kind=CAPABILITY&trlMin=2');
    expect(toCriteria(parseSearchParams(new URL(url, 'http://x').searchParams))).toEqual({
      query: '수소',
      kinds: ['NEED', 'CAPABILITY'],
      trlMin: 2,
    });
  });

  it('searches for something with words or any filter; otherwise the page browses without counts', () => {
    const criteriaOf = (query: string) => toCriteria(parseSearchParams(new URLSearchParams(query)));
    expect(searchesFor(criteriaOf(''))).toBe(false);
    expect(searchesFor(criteriaOf('q=+++'))).toBe(false);
    // Punctuation is no words to the API, which browses the newest for it.
    expect(searchesFor(criteriaOf('q=%21%3F'))).toBe(false);
    expect(searchesFor(criteriaOf('q=%EC%88%98%EC%86%8C'))).toBe(true);
    expect(searchesFor(criteriaOf('q=h2'))).toBe(true);
    expect(searchesFor(criteriaOf('kind=NEED'))).toBe(true);
    expect(searchesFor(criteriaOf('trlMin=1'))).toBe(true);
    expect(searchesFor(criteriaOf('country=KR'))).toBe(true);
    expect(searchesFor(criteriaOf('status=OPEN'))).toBe(true);
  });

  it('keeps clusters and a range of deadline days, both days included, and turns them back into the URL', () => {
    const cluster = '3f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
    const filter = parseSearchParams(
      new URLSearchParams(
        `cluster=${cluster}&cluster=not-an-id&deadlineFrom=2027-01-01&deadlineTo=2027-02-28`,
      ),
    );
    expect(filter.clusterIds).toEqual([cluster]);
    const criteria = toCriteria(filter);
    expect(criteria).toEqual({
      clusterIds: [cluster],
      deadlineAfter: new Date(2027, 0, 1).toISOString(),
      deadlineBefore: new Date(2027, 2, 1).toISOString(),
    });
    expect(searchesFor(criteria)).toBe(true);
    expect(searchUrl(criteria)).toBe(
      `/search?cluster=${cluster}&deadlineFrom=2027-01-01&deadlineTo=2027-02-28`,
    );
    // A day that does not exist is dropped like any unknown value.
    expect(parseSearchParams(new URLSearchParams('deadlineTo=2027-02-30')).deadlineTo).toBeNull();
  });
});

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
});

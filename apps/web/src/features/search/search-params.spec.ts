import { parseSearchParams, searchUrl, toCriteria } from './search-params';

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
});

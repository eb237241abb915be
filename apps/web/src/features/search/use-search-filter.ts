import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSearchParams, PARAM, type SearchParamsFilter } from './search-params';

/** The search's filters live in the URL, so a search can be shared, bookmarked and revisited. */
export function useSearchFilter() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseSearchParams(params), [params]);

  const update = <K extends keyof SearchParamsFilter>(key: K, value: SearchParamsFilter[K]) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete(PARAM[key]);
        const values: unknown[] = Array.isArray(value) ? value : [value];
        for (const item of values)
          if (item != null && item !== '') next.append(PARAM[key], String(item));
        return next;
      },
      { replace: true },
    );
  };
  return { filter, update, clear: () => setParams({}, { replace: true }) };
}

import { useState } from 'react';

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Where a paged list stands: whether there is more, and a refusal of the last "load more". */
export interface NextPage {
  hasNextPage: boolean;
  loading: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
}

/** Fetches the page after `pageInfo.endCursor`; a refusal is kept for the list to show. */
export function useLoadMore(
  pageInfo: PageInfo | undefined,
  fetchAfter: (cursor: string) => Promise<unknown>,
): NextPage {
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);

  const loadMore = async () => {
    const cursor = pageInfo?.endCursor;
    if (!cursor) return;
    setError(null);
    setLoading(true);
    try {
      await fetchAfter(cursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return { hasNextPage: pageInfo?.hasNextPage ?? false, loading, error, loadMore };
}

import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { SearchClusterNameDocument } from '../../generated/graphql';
import { useClusterName } from '../cluster/cluster-name';

/**
 * The names of clusters known only by id (chosen in a link or a saved search), in the UI
 * language; a cluster that cannot be read (deleted) keeps its id. Reads from the cache
 * first, so clusters listed by the picker cost nothing.
 */
export function useClusterNames(ids: readonly string[]): (id: string) => string {
  const client = useApolloClient();
  const nameOf = useClusterName();
  const [known, setKnown] = useState<ReadonlyMap<string, { nameEn: string; nameKo: string }>>(
    () => new Map(),
  );
  const missing = ids.filter((id) => !known.has(id));
  const key = missing.join(',');
  useEffect(() => {
    if (!missing.length) return;
    let live = true;
    void Promise.all(
      missing.map((id) =>
        client.query({ query: SearchClusterNameDocument, variables: { id } }).then(
          ({ data }) => (data?.cluster ? ([id, data.cluster] as const) : null),
          () => null,
        ),
      ),
    ).then((found) => {
      if (!live) return;
      const entries = found.filter((entry) => entry !== null);
      if (entries.length) setKnown((current) => new Map([...current, ...entries]));
    });
    return () => {
      live = false;
    };
  }, [key, client]);
  return (id: string) => {
    const cluster = known.get(id);
    return cluster ? nameOf(cluster) : id;
  };
}

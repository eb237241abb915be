import { useQuery } from '@apollo/client/react';
import { ViewerDocument, type ViewerFieldsFragment } from '../generated/graphql';

export type ViewerData = ViewerFieldsFragment;

/** The signed-in user with memberships and managed clusters, or null when signed out. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  const viewer = data?.viewer ?? null;
  return {
    viewer,
    loading: loading && !data,
    error,
    refetch,
    isAdmin: viewer?.user.roles.includes('ADMIN') ?? false,
  };
}

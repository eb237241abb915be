import { useApolloClient } from '@apollo/client/react';
import { ViewerDocument, type ViewerFieldsFragment } from '../../generated/graphql';

/** Makes the viewer a sign-in or sign-up returned the app's viewer, dropping what was cached before. */
export function useStartSession() {
  const client = useApolloClient();
  return async (viewer: ViewerFieldsFragment) => {
    // resetStore, not clearStore: clearStore drops the cache watches of the mounted
    // queries, and the header would go on showing the signed-out viewer.
    await client.resetStore();
    client.writeQuery({ query: ViewerDocument, data: { viewer } });
  };
}

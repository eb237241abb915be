import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';

export const CSRF_COOKIE = 'spillover_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** Reads one cookie by name; the CSRF cookie is deliberately readable by scripts. */
export function readCookie(name: string, cookies: string = document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** Double-submit CSRF: the API compares this header with the cookie it set. */
export const csrfLink = new SetContextLink((prevContext) => {
  const token = readCookie(CSRF_COOKIE);
  if (!token) return {};
  const headers = (prevContext.headers ?? {}) as Record<string, string>;
  return { headers: { ...headers, [CSRF_HEADER]: token } };
});

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          clusters: relayStylePagination(['filter']),
          auditEvents: relayStylePagination(['filter']),
        },
      },
      // Members are the same list of one organization, whatever was asked before; its needs
      // and capabilities are one paged list each, grown by "load more".
      Organization: {
        fields: {
          members: { merge: false },
          invitations: { merge: false },
          technologyNeeds: relayStylePagination(),
          capabilities: relayStylePagination(),
        },
      },
      TechnologyNeed: {
        fields: {
          invitedOrganizations: { merge: false },
          ndaAcceptances: { merge: false },
        },
      },
      Capability: { fields: { invitedOrganizations: { merge: false } } },
      Viewer: { keyFields: [] },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({ link: ApolloLink.from([csrfLink, http]), cache: createCache() });
}

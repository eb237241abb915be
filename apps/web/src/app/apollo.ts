import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type FieldPolicy,
} from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import { createClient } from 'graphql-ws';

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

interface PagedEdges {
  edges: readonly unknown[];
}

/**
 * `search` takes its cursor inside the filter, which relayStylePagination cannot see: one
 * cache entry per filter without paging, grown by the pages asked with `filter.after`.
 */
export const searchPagination: FieldPolicy<PagedEdges> = {
  keyArgs: (args) => {
    const {
      after: _after,
      first: _first,
      ...criteria
    } = (args?.['filter'] ?? {}) as Record<string, unknown>;
    return `search:${JSON.stringify(criteria, Object.keys(criteria).sort())}`;
  },
  merge(existing, incoming, { args }) {
    const after = (args?.['filter'] as { after?: string | null } | undefined)?.after;
    if (!existing || !after) return incoming;
    return { ...incoming, edges: [...existing.edges, ...incoming.edges] };
  },
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          organizations: relayStylePagination(['filter']),
          clusters: relayStylePagination(['filter']),
          auditEvents: relayStylePagination(['filter']),
          search: searchPagination,
          // Ranked matches, one list per listing (and per language of the reasons), grown by
          // "load more"; the connection's refresh state is kept beside the edges.
          matchesForNeed: relayStylePagination(['needId', 'language']),
          matchesForCapability: relayStylePagination(['capabilityId', 'language']),
          partnersForNeed: relayStylePagination(['needId', 'language']),
          needsYouCouldAnswer: relayStylePagination(['organizationId', 'language']),
          bookmarkedMatches: relayStylePagination(['organizationId']),
          // The summary is asked for afresh on each visit; never merged with an older one.
          homeSummary: { merge: false },
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
          collaborations: relayStylePagination(),
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
      // A hit's snippet depends on the words searched: keep each hit inside its result.
      SearchHit: { keyFields: false },
    },
  });
}

/** The WebSocket address of /graphql on the page's own origin (ws: or wss: alike). */
export function socketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/**
 * A socket the API refused (4403: signed out, or not from this origin) stays refused: the
 * page polls at once instead of trying again. A dropped connection is tried again.
 */
export const mayRetrySocket = (event: unknown): boolean =>
  !(typeof event === 'object' && event !== null && 'code' in event && event.code === 4403);

export const isSubscription = (query: DocumentNode): boolean => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

/**
 * Queries and mutations over HTTP; subscriptions over one WebSocket (graphql-ws), opened on
 * the first subscription and closed when the last ends. The browser sends the session cookie
 * with the upgrade; the API accepts it from this origin only.
 */
export function createApolloClient(): ApolloClient {
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  const socket = new GraphQLWsLink(
    createClient({ url: socketUrl(), retryAttempts: 3, shouldRetry: mayRetrySocket }),
  );
  const link = ApolloLink.split(
    ({ query }) => isSubscription(query),
    socket,
    ApolloLink.from([csrfLink, http]),
  );
  return new ApolloClient({ link, cache: createCache() });
}

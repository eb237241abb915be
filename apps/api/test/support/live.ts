import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** How the socket presents itself: the upgrade request's headers and connection parameters. */
export interface SocketAs {
  cookie?: string;
  origin?: string;
  connectionParams?: Record<string, unknown>;
}

export interface Socket {
  client: Client;
  /** Resolves with the close code once the server closes the socket. */
  closed: Promise<number>;
}

/** A graphql-ws client on /graphql of a listening server, as a browser or a script connects. */
export function openSocket(port: number, as: SocketAs = {}): Socket {
  const headers: Record<string, string> = {};
  if (as.cookie) headers.cookie = as.cookie;
  if (as.origin) headers.origin = as.origin;
  let closedWith: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (closedWith = resolve));
  const client = createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    },
    connectionParams: as.connectionParams,
    retryAttempts: 0,
    lazy: false,
    // A refused socket is what some tests expect: the close code says it, not the console.
    onNonLazyError: () => undefined,
    on: { closed: (event) => closedWith((event as { code: number }).code) },
  });
  return { client, closed };
}

export interface Subscribed<T> {
  events: T[];
  errors: { message: string; extensions?: { code?: string; field?: string } }[];
  /** Settles when the subscription completes or fails. */
  ended: Promise<void>;
  /** Resolves once `count` events arrived (or rejects after `ms`). */
  received(count: number, ms?: number): Promise<T[]>;
  stop(): void;
}

export function subscribe<T>(
  socket: Socket,
  query: string,
  variables: Record<string, unknown>,
): Subscribed<T> {
  const events: T[] = [];
  const errors: Subscribed<T>['errors'] = [];
  let waiters: (() => void)[] = [];
  let end: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const stop = socket.client.subscribe<T>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) errors.push(...(result.errors as Subscribed<T>['errors']));
        if (result.data) events.push(result.data as T);
        for (const wake of waiters) wake();
      },
      error: (error) => {
        // A refused operation (graphql-ws "error" message) comes as its list of errors.
        if (Array.isArray(error)) errors.push(...(error as Subscribed<T>['errors']));
        else errors.push({ message: String((error as { reason?: string }).reason ?? error) });
        end();
      },
      complete: () => end(),
    },
  );
  const received = (count: number, ms = 15_000) =>
    new Promise<T[]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`only ${events.length} of ${count} events after ${ms} ms`)),
        ms,
      );
      const check = () => {
        if (events.length < count) return;
        clearTimeout(timer);
        waiters = waiters.filter((wake) => wake !== check);
        resolve(events);
      };
      waiters.push(check);
      check();
    });
  return { events, errors, ended, received, stop };
}

export const MATCHES_REFRESHED = `subscription MatchesRefreshed($needId: ID, $capabilityId: ID) {
  matchesRefreshed(needId: $needId, capabilityId: $capabilityId) { listingKind listingId }
}`;

/** The Cookie header of a signed-in test client's session. */
export const sessionCookie = (value: string | undefined) => `spillover_session=${value ?? ''}`;

import type { GraphQLFormattedError } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { IncomingMessage } from 'node:http';
import type { Actor } from '../auth/actor';
import type { LiveSubscriber } from './live-events';
import {
  credentialOf,
  fromOwnOrigin,
  type SocketAuthenticator,
  type SocketCredential,
} from './socket-auth';

/** What a subscription resolver's context holds on a socket. */
export interface SocketContext {
  req: { actor: Actor };
  subscriber: LiveSubscriber;
}

/** graphql-ws's `extra` on the `ws` server: the upgrade request, and what connect proved. */
interface SocketExtra {
  request: IncomingMessage;
  live?: { credential: SocketCredential; actor: Actor };
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
type SocketOptions = Pick<
  ServerOptions<Record<string, unknown> | undefined>,
  'connectionInitWaitTimeout' | 'onConnect' | 'onNext'
>;

// graphql-ws's context always has these (connectionParams only when the client sent some).
export const isSocketContext = (value: unknown): value is Context =>
  typeof value === 'object' &&
  value !== null &&
  'extra' in value &&
  'connectionInitReceived' in value;

/** The resolver context of a socket's operation (Nest passes one `context` to HTTP and sockets). */
export function socketContext(ctx: Context, auth: SocketAuthenticator): SocketContext {
  const live = (ctx.extra as SocketExtra).live!;
  return { req: { actor: live.actor }, subscriber: { actor: () => auth.actorOf(live.credential) } };
}

/**
 * The `graphql-ws` server on /graphql: a socket is accepted only from the platform's own
 * origin and with a valid credential (graphql-ws closes it with 4403 Forbidden otherwise);
 * errors are formatted exactly as on HTTP (code, field, no internals).
 */
export function socketOptions(auth: SocketAuthenticator, formatError: FormatError): SocketOptions {
  return {
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx) => {
      const extra = ctx.extra as SocketExtra;
      if (!fromOwnOrigin(extra.request)) return false;
      const credential = credentialOf(extra.request, ctx.connectionParams);
      const actor = credential && (await auth.actorOf(credential));
      if (!credential || !actor) return false;
      extra.live = { credential, actor };
      return true;
    },
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors
        ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
        : result,
  };
}

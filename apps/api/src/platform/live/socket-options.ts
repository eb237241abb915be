import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
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
  'connectionInitWaitTimeout' | 'onConnect' | 'onSubscribe' | 'onNext'
>;

/** Operations one socket may run at once: each costs a policy check per event. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 20;

/** The limits HTTP requests get from Apollo's plugins and validation rules. */
export interface SocketLimits {
  maxTokens: number;
  maxErrors: number;
  rules: readonly ValidationRule[];
}

const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', field: 'query' } });

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
 * origin and with a valid credential (graphql-ws closes it with 4403 Forbidden otherwise).
 * Its operations run outside Apollo's request pipeline, so they get the HTTP limits here
 * (token count, depth, aliases, cost, directives), and at most MAX_SUBSCRIPTIONS_PER_SOCKET
 * at once; errors are formatted exactly as on HTTP (code, field, no internals). The plugin
 * hands over the schema the rules validate against.
 */
export function socketServer(
  auth: SocketAuthenticator,
  formatError: FormatError,
  limits: SocketLimits,
): { options: SocketOptions; plugin: ApolloServerPlugin } {
  let schema: GraphQLSchema | null = null;
  const plugin: ApolloServerPlugin = {
    serverWillStart: async (service) => {
      schema = service.schema;
    },
  };
  const options: SocketOptions = {
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
    onSubscribe: (ctx, _id, payload) => {
      // graphql-ws has registered this operation already: it is counted too.
      if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET)
        return [
          refused(
            `At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions may run on one connection.`,
          ),
        ];
      let document: DocumentNode;
      try {
        document = parse(payload.query, { maxTokens: limits.maxTokens });
      } catch (error) {
        return [refused(error instanceof Error ? error.message : String(error))];
      }
      if (!schema) return [refused('The server is starting; try again.')];
      const errors = validate(schema, document, [...specifiedRules, ...limits.rules], {
        maxErrors: limits.maxErrors,
      });
      // Valid: graphql-ws goes on as usual (it parses the short text once more).
      return errors.length ? errors.map((error) => refused(error.message)) : undefined;
    },
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors
        ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
        : result,
  };
  return { options, plugin };
}

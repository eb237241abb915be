import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { SocketAuthenticator } from '../live/socket-auth';
import {
  isSocketContext,
  socketContext,
  socketServer,
  type SocketContext,
} from '../live/socket-options';
import type { Config } from '../config/config';
import { graphqlErrorFormatter } from '../errors/graphql-errors';
import type { Metrics } from '../metrics/metrics';
import { SCALARS_MAP } from './date-time.scalar';
import { errorLoggingPlugin } from './error-logging.plugin';
import { inputGuardPlugin } from './input-guard.plugin';
import { persistedQueryRefusalPlugin } from './persisted-query.plugin';
import { maxRepeatedFieldsRule } from './repeated-fields.rule';
import type { RequestContext } from './request-context';

/**
 * Limits on what one request may ask for. The web's deepest query nests 6 levels and the
 * largest asks for ~150 fields; these leave room for scripts and refuse abuse. A refused
 * request gets at most `maxErrors` validation errors (and one saying the rest were cut):
 * ten unknown directives must not buy ten errors.
 */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 3000,
  maxDirectives: 20,
  maxRepeatedFields: 3,
  maxErrors: 3,
} as const;

export function graphqlOptions(
  config: Config,
  metrics: Metrics,
  logger: Logger,
  auth: SocketAuthenticator,
): ApolloDriverConfig {
  const formatError = graphqlErrorFormatter({ suggestions: !config.production });
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    // Aliases of __typename count too (armor exempts them by default): 900 of them are 900
    // resolver calls like any other.
    maxAliases: { n: QUERY_LIMITS.maxAliases, allowList: [] },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    // Counted by graphql-js's parser itself (parseOptions below): a parse error is a 400,
    // where armor's plugin threw from a hook and made it a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // The error formatter drops every "Did you mean …?" in production, enum values included;
    // armor's mask only knew field suggestions.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const validationRules = [
    ...armor.validationRules,
    maxRepeatedFieldsRule(QUERY_LIMITS.maxRepeatedFields),
  ];
  const sockets = socketServer(auth, formatError, {
    maxTokens: QUERY_LIMITS.maxTokens,
    maxErrors: QUERY_LIMITS.maxErrors,
    rules: validationRules,
  });
  return {
    autoSchemaFile: true,
    sortSchema: true,
    buildSchemaOptions: { scalarsMap: SCALARS_MAP },
    path: '/graphql',
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are refused (BAD_USER_INPUT, HTTP 400): no client of the
    // platform sends them, and their cache would be one more thing a stranger can fill.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationOptions: { maxErrors: QUERY_LIMITS.maxErrors },
    validationRules,
    plugins: [
      // No field sets HTTP cache hints; left on, this plugin wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      inputGuardPlugin(),
      persistedQueryRefusalPlugin(),
      metrics.graphqlPlugin(),
      errorLoggingPlugin(logger),
      sockets.plugin,
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: false })]),
    ],
    formatError,
    // Subscriptions over WebSocket (graphql-ws) on the same path; see live/socket-options.ts.
    subscriptions: { 'graphql-ws': sockets.options },
    // graphql-ws calls the same function with its own context (see live/socket-options.ts).
    context: (arg: RequestContext | object): RequestContext | SocketContext =>
      isSocketContext(arg)
        ? socketContext(arg, auth)
        : { req: (arg as RequestContext).req, res: (arg as RequestContext).res },
  };
}

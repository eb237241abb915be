import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { formatGraphQLError } from '../errors/graphql-errors';
import type { Metrics } from '../metrics/metrics';
import { errorLoggingPlugin } from './error-logging.plugin';
import type { RequestContext } from './request-context';

/**
 * Limits on what one request may ask for. The web's deepest query nests 6 levels and the
 * largest asks for ~150 fields; these leave room for scripts and refuse abuse.
 */
export const QUERY_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 5000, maxTokens: 3000, maxDirectives: 20 } as const;

export function graphqlOptions(config: Config, metrics: Metrics, logger: Logger): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    // Field suggestions would let a stranger map the schema with introspection off.
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: armor.validationRules,
    plugins: [
      // No field sets HTTP cache hints; left on, this plugin wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...armor.plugins,
      metrics.graphqlPlugin(),
      errorLoggingPlugin(logger),
      ...(config.production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: false })]),
    ],
    formatError: formatGraphQLError,
    context: ({ req, res }: RequestContext): RequestContext => ({ req, res }),
  };
}

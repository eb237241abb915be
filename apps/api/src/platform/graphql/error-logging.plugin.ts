import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { isUnexpectedError } from '../errors/graphql-errors';
import type { RequestContext } from './request-context';

/** Logs unexpected errors with the request id; expected refusals are not errors. */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (!isUnexpectedError(error)) continue;
            logger.error({ reqId: contextValue.req?.id, operationName, err: error.originalError ?? error }, 'GraphQL operation failed');
          }
        },
      };
    },
  };
}

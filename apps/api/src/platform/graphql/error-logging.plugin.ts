import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { isUnexpectedError, refusalSummary } from '../errors/graphql-errors';
import type { RequestContext } from './request-context';

/**
 * Logs each error of an operation once, with the request id: the platform's faults at error
 * level with their stack (SQL parameters are cut by the logger's error serializer); the
 * caller's refusals (wrong password, NOT_FOUND, bad input) at info, code and field only.
 */
export function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          const reqId = contextValue.req?.id;
          for (const error of errors) {
            if (isUnexpectedError(error))
              logger.error(
                { reqId, operationName, err: error.originalError ?? error },
                'GraphQL operation failed',
              );
            else
              logger.info(
                { reqId, operationName, refusal: refusalSummary(error) },
                'GraphQL request refused',
              );
          }
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';

const PERSISTED_QUERY_CODES = new Set([
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * Apollo answers a persisted-query request it will not serve with HTTP 200, as APQ clients
 * expect before they retry with the full text. This API does not speak APQ (the option is
 * off): such a request is a bad request, 400, like any other refused request.
 */
export function persistedQueryRefusalPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (errors?.some((error) => PERSISTED_QUERY_CODES.has(String(error.extensions['code']))))
            response.http.status = 400;
        },
      };
    },
  };
}

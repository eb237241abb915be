import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { isDomainError, type DomainError, type ErrorCode } from '@spillover/domain';

export type ClientErrorCode = ErrorCode | 'INTERNAL_SERVER_ERROR';

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled error code ${String(value)}`);
}

/** What the client sees of a DomainError: its code, and the field or wait when they apply. */
function domainExtensions(error: DomainError): Record<string, unknown> {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return { code: error.code, field: error.field ?? 'input' };
    // FORBIDDEN names a field when only part of an edit is refused (a listing's audience).
    case 'CONFLICT':
    case 'FORBIDDEN':
      return error.field ? { code: error.code, field: error.field } : { code: error.code };
    case 'RATE_LIMITED':
      return { code: error.code, retryAfterSeconds: error.retryAfterSeconds ?? 60 };
    case 'UNAUTHENTICATED':
    case 'NOT_FOUND':
      return { code: error.code };
    default:
      return assertUnreachable(error.code);
  }
}

/**
 * `Variable "$input" got invalid value "X" at "input.kind"; ...` names the field GraphQL
 * itself refused; report it the way domain validation does ("kind"), or the variable.
 */
function coercionField(message: string): string {
  // graphql-js writes list positions as `kinds[0]`; domain validation writes `kinds.0`.
  const at = /at "([^"]+)"/.exec(message)?.[1]?.replace(/\[(\d+)\]/g, '.$1');
  if (at) return at.split('.').slice(1).join('.') || at;
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  return variable ?? 'query';
}

// Apollo's own refusals of a malformed request, all of them the caller's input.
const GRAPHQL_INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/**
 * The one place where errors become what the client sees. Every refusal carries a code from
 * the small set; anything unexpected becomes INTERNAL_SERVER_ERROR with no internals (it
 * was logged with its request id by the logging plugin).
 */
export function formatGraphQLError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, ...(formatted.path ? { path: formatted.path } : {}), ...(formatted.locations ? { locations: formatted.locations } : {}) };
  if (isDomainError(original)) return { ...base, message: original.message, extensions: domainExtensions(original) };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GRAPHQL_INPUT_CODES.has(code)) {
    const field = code === 'BAD_USER_INPUT' ? coercionField(formatted.message) : 'query';
    return { ...base, extensions: { code: 'BAD_USER_INPUT', field } };
  }
  return {
    message: 'Something went wrong on our side. It has been logged; please try again.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ClientErrorCode },
  };
}

export const isUnexpectedError = (error: unknown): boolean => {
  const original = unwrapResolverError(error);
  if (isDomainError(original)) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return !(typeof code === 'string' && GRAPHQL_INPUT_CODES.has(code));
};

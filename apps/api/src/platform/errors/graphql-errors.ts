import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDomainError, type DomainError, type ErrorCode } from '@spillover/domain';

export type ClientErrorCode = ErrorCode | 'INTERNAL_SERVER_ERROR';

function assertUnreachable(value: never): never {
  throw new Error(`Unhandled error code ${String(value)}`);
}

/**
 * The message a person reads: its catalog key and parameters, or the validation check that
 * failed. The web translates these; `message` stays English for API clients.
 */
const messageExtensions = (error: DomainError): Record<string, unknown> => ({
  ...(error.key ? { key: error.key } : {}),
  ...(error.params ? { params: error.params } : {}),
  ...(error.issue ? { issue: error.issue } : {}),
  // Every field's problem, when a schema found more than one: a form shows them at once.
  ...(error.problems ? { problems: error.problems } : {}),
});

/** What the client sees of a DomainError: its code, and the field or wait when they apply. */
function domainExtensions(error: DomainError): Record<string, unknown> {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return { code: error.code, field: error.field ?? 'input', ...messageExtensions(error) };
    case 'CONFLICT':
      return {
        code: error.code,
        ...(error.field ? { field: error.field } : {}),
        ...messageExtensions(error),
      };
    // FORBIDDEN names a field when only part of an edit is refused (a listing's audience).
    case 'FORBIDDEN':
      return error.field ? { code: error.code, field: error.field } : { code: error.code };
    case 'RATE_LIMITED':
      return { code: error.code, retryAfterSeconds: error.retryAfterSeconds ?? 60 };
    case 'UNAUTHENTICATED':
      return { code: error.code };
    // NOT_FOUND names a field only when a list of references names one the caller cannot see
    // (its position, never what is behind it): the same answer as for one that does not exist.
    case 'NOT_FOUND':
      return error.field ? { code: error.code, field: error.field } : { code: error.code };
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
const GRAPHQL_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

const PERSISTED_QUERY_CODES = new Set([
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);
const PERSISTED_QUERY_MESSAGE =
  'This API does not keep persisted queries; send the full query text.';

/** The DomainError behind an error: thrown by a resolver, a pipe, or a plugin of the edge. */
function domainErrorOf(error: unknown): DomainError | null {
  const original = unwrapResolverError(error);
  if (isDomainError(original)) return original;
  const cause = original instanceof GraphQLError ? original.originalError : undefined;
  return isDomainError(cause) ? cause : null;
}

// graphql-js appends ` Did you mean "X"?` (fields, arguments, types, enum values) to refusals:
// with introspection off, that would let a stranger map the schema by guessing.
const SUGGESTION = / ?Did you mean [^?]*\?/g;

export interface ErrorFormatOptions {
  /** Keep graphql-js's "Did you mean …?" hints (development only). */
  suggestions: boolean;
}

/**
 * The one place where errors become what the client sees. Every refusal carries a code from
 * the small set; anything unexpected becomes INTERNAL_SERVER_ERROR with no internals (it
 * was logged with its request id by the logging plugin).
 */
export function graphqlErrorFormatter(options: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const message = options.suggestions
      ? formatted.message
      : formatted.message.replace(SUGGESTION, '');
    const base = {
      message,
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
    };
    const domain = domainErrorOf(error);
    if (domain) return { ...base, message: domain.message, extensions: domainExtensions(domain) };
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PERSISTED_QUERY_CODES.has(code))
      return {
        message: PERSISTED_QUERY_MESSAGE,
        extensions: { code: 'BAD_USER_INPUT', field: 'extensions.persistedQuery' },
      };
    if (typeof code === 'string' && GRAPHQL_INPUT_CODES.has(code)) {
      // The input guard names the field of a refused literal; variables name it in the message.
      const named = formatted.extensions?.field;
      const field =
        typeof named === 'string'
          ? named
          : code === 'BAD_USER_INPUT'
            ? coercionField(formatted.message)
            : 'query';
      return { ...base, extensions: { code: 'BAD_USER_INPUT', field } };
    }
    return {
      message: 'Something went wrong on our side. It has been logged; please try again.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ClientErrorCode },
    };
  };
}

/** A refusal the caller caused (logged at info), as opposed to the platform's fault. */
export const isUnexpectedError = (error: unknown): boolean => {
  if (domainErrorOf(error)) return false;
  const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
  return !(typeof code === 'string' && GRAPHQL_INPUT_CODES.has(code));
};

/**
 * What a refusal's log line says: its code and field. Never its message (graphql-js quotes
 * the refused value, which may be a password typed into the wrong field) nor a stack.
 */
export function refusalSummary(error: unknown): { code: string; field?: string } {
  const domain = domainErrorOf(error);
  if (domain) return { code: domain.code, ...(domain.field ? { field: domain.field } : {}) };
  const extensions = (error as { extensions?: { code?: unknown; field?: unknown } }).extensions;
  const field = typeof extensions?.field === 'string' ? extensions.field : undefined;
  return {
    code: typeof extensions?.code === 'string' ? extensions.code : 'BAD_USER_INPUT',
    ...(field ? { field } : {}),
  };
}

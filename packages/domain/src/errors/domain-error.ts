/**
 * The one small set of refusal codes the platform speaks. The API maps each to a GraphQL
 * error with the same `extensions.code`; the web maps each to a translated message.
 */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

declare const errorKeyBrand: unique symbol;
/** Names a refusal's message in the web's `errors` catalogs (English and Korean). */
export type ErrorKey = string & { readonly [errorKeyBrand]: true };

/**
 * Every key is written as `errorKey('…')` with a literal, so a test can find them all in the
 * source and check that both languages have the message.
 */
export const errorKey = (key: string): ErrorKey => key as ErrorKey;

/** Values the message of a key interpolates (a version, a limit). */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface DomainErrorOptions {
  /** Dotted path of the offending input field, for BAD_USER_INPUT. */
  field?: string;
  /** Seconds until a RATE_LIMITED caller may try again. */
  retryAfterSeconds?: number;
  /** The message's catalog key; every CONFLICT and BAD_USER_INPUT thrown by name has one. */
  key?: ErrorKey;
  params?: ErrorParams;
  /** The validation check that failed (a zod issue code), when the domain schema refused. */
  issue?: string;
  /** Every problem of the input, the first one included, for forms that show them all. */
  problems?: readonly InputProblem[];
}

/** One field's problem in an input a domain schema refused. */
export interface InputProblem {
  field: string;
  message: string;
  issue: string;
}

/**
 * A refusal. `message` is English for API clients and logs; people read the catalog
 * message of `key` (or of `issue` for a field) in their language.
 */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly retryAfterSeconds?: number;
  readonly key?: ErrorKey;
  readonly params?: ErrorParams;
  readonly issue?: string;
  readonly problems?: readonly InputProblem[];

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.key !== undefined) this.key = options.key;
    if (options.params !== undefined) this.params = options.params;
    if (options.issue !== undefined) this.issue = options.issue;
    if (options.problems !== undefined) this.problems = options.problems;
  }
}

export const badInput = (
  field: string,
  message: string,
  key: ErrorKey,
  params?: ErrorParams,
): DomainError =>
  new DomainError('BAD_USER_INPUT', message, { field, key, ...(params ? { params } : {}) });

export const notFound = (what: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} was not found, or you may not see it.`);

export const conflict = (
  message: string,
  key: ErrorKey,
  field?: string,
  params?: ErrorParams,
): DomainError =>
  new DomainError('CONFLICT', message, {
    key,
    ...(field === undefined ? {} : { field }),
    ...(params ? { params } : {}),
  });

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

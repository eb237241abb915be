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

export interface DomainErrorOptions {
  /** Dotted path of the offending input field, for BAD_USER_INPUT. */
  field?: string;
  /** Seconds until a RATE_LIMITED caller may try again. */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly retryAfterSeconds?: number;

  constructor(code: ErrorCode, message: string, options: DomainErrorOptions = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (options.field !== undefined) this.field = options.field;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const badInput = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, { field });

export const notFound = (what: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} was not found, or you may not see it.`);

export const conflict = (message: string, field?: string): DomainError =>
  new DomainError('CONFLICT', message, field === undefined ? {} : { field });

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ERROR_CODES, type ErrorCode } from '@spillover/domain';

export type ProblemCode = ErrorCode | 'NETWORK' | 'UNKNOWN';

/** One refusal from the API, as the web needs it: code, field (no "input." prefix), message. */
export interface ApiProblem {
  code: ProblemCode;
  message: string;
  field?: string;
  retryAfterSeconds?: number;
  /** Already translated text a page chose for this refusal in its context. */
  displayMessage?: string;
  /** The message's key in the `errors` catalogs, with its parameters. */
  key?: string;
  params?: Record<string, string | number>;
  /** The validation check the domain schema refused (a zod issue code). */
  issue?: string;
}

const isParams = (value: unknown): value is Record<string, string | number> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((item) => typeof item === 'string' || typeof item === 'number');

const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);

/** "input.email" → "email"; "organizationId" → "organizationId". */
export const formFieldOf = (path: string): string => path.replace(/^input\./, '');

export function problemsOf(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => {
      const extensions = graphQLError.extensions ?? {};
      const problem: ApiProblem = {
        code: isErrorCode(extensions.code) ? extensions.code : 'UNKNOWN',
        message: graphQLError.message,
      };
      if (typeof extensions.field === 'string') problem.field = formFieldOf(extensions.field);
      if (typeof extensions.retryAfterSeconds === 'number')
        problem.retryAfterSeconds = extensions.retryAfterSeconds;
      if (typeof extensions.key === 'string') problem.key = extensions.key;
      if (isParams(extensions.params)) problem.params = extensions.params;
      if (typeof extensions.issue === 'string') problem.issue = extensions.issue;
      return problem;
    });
  }
  if (ServerError.is(error) || (error instanceof Error && /fetch|network/i.test(error.message)))
    return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
  return [{ code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) }];
}

export const hasCode = (error: unknown, code: ProblemCode): boolean =>
  problemsOf(error).some((problem) => problem.code === code);

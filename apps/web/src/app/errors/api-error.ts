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

interface FieldProblem {
  field: string;
  message: string;
  issue: string;
}

const isFieldProblem = (value: unknown): value is FieldProblem =>
  typeof value === 'object' &&
  value !== null &&
  ['field', 'message', 'issue'].every(
    (key) => typeof (value as Record<string, unknown>)[key] === 'string',
  );

/** A refusal of several fields at once (`extensions.problems`), one problem per field. */
const fieldProblemsOf = (extensions: Record<string, unknown>): ApiProblem[] =>
  Array.isArray(extensions.problems)
    ? extensions.problems.filter(isFieldProblem).map((problem) => ({
        code: 'BAD_USER_INPUT',
        field: formFieldOf(problem.field),
        message: problem.message,
        issue: problem.issue,
      }))
    : [];

export function problemsOf(error: unknown): ApiProblem[] {
  if (!error) return [];
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.flatMap((graphQLError): ApiProblem[] => {
      const extensions = graphQLError.extensions ?? {};
      const several = fieldProblemsOf(extensions);
      if (several.length > 0) return several;
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
      return [problem];
    });
  }
  if (ServerError.is(error) || (error instanceof Error && /fetch|network/i.test(error.message)))
    return [{ code: 'NETWORK', message: error instanceof Error ? error.message : String(error) }];
  return [{ code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) }];
}

export const hasCode = (error: unknown, code: ProblemCode): boolean =>
  problemsOf(error).some((problem) => problem.code === code);

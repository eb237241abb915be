import type { TFunction } from 'i18next';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { problemsOf, type ApiProblem } from './api-error';
import { problemMessage, SERVER_ISSUE } from './translate';

/**
 * Puts each field-specific refusal (BAD_USER_INPUT or CONFLICT with `extensions.field`)
 * on the form field of that name, in the user's language, and returns the problems no field
 * can show.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  t: TFunction,
): ApiProblem[] {
  const rest: ApiProblem[] = [];
  let focused = false;
  for (const problem of problemsOf(error)) {
    const field = fields.find((name) => name === problem.field);
    if (field && (problem.code === 'BAD_USER_INPUT' || problem.code === 'CONFLICT')) {
      setError(
        field,
        { type: SERVER_ISSUE, message: problemMessage(t, problem) },
        { shouldFocus: !focused },
      );
      focused = true;
    } else rest.push(problem);
  }
  return rest;
}

import { useState, type BaseSyntheticEvent } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../errors/api-error';
import { applyServerErrors } from '../errors/apply-server-errors';

interface ApiSubmitOptions {
  /** Lets a page say what a refusal means in its context (e.g. wrong credentials). */
  explain?: (problem: ApiProblem) => ApiProblem;
}

/**
 * Submits valid values to the API. A refusal that names one of `fields` goes onto that
 * field; the others are returned as `problems`, for an ErrorAlert above the form.
 */
export function useApiSubmit<TInput extends FieldValues, TValues>(
  form: Pick<UseFormReturn<TInput, unknown, TValues>, 'handleSubmit' | 'setError'>,
  fields: readonly Path<TInput>[],
  save: (values: TValues) => Promise<unknown>,
  { explain = (problem) => problem }: ApiSubmitOptions = {},
) {
  const { t } = useTranslation();
  const [problems, setProblems] = useState<ApiProblem[]>([]);
  const submit = form.handleSubmit(async (values) => {
    setProblems([]);
    try {
      await save(values);
    } catch (error) {
      setProblems(
        applyServerErrors(error, form.setError, fields, t).map((problem) => explain(problem)),
      );
    }
  });
  return { problems, onSubmit: (event?: BaseSyntheticEvent) => void submit(event) };
}

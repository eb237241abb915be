import { get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isEmptyValue, translateIssue } from '../errors/translate';

/** One thing standing between a draft and publishing, in the UI language. */
export interface PublishProblem {
  field: string;
  message: string;
}

/** The zod check behind each field's first schema problem, e.g. { targetTrl: 'custom' }. */
function checksOf(schema: z.ZodType, values: unknown): Record<string, string> {
  const result = schema.safeParse(values);
  const checks: Record<string, string> = {};
  if (!result.success)
    for (const issue of result.error.issues)
      checks[issue.path.map(String).join('.')] ??= issue.code;
  return checks;
}

/**
 * Translates the domain's publish problems (`needPublishProblems`, `capabilityPublishProblems`:
 * English messages keyed by field, in form order). A problem of the draft schema is translated
 * by its check, as the field's own error is; a missing piece by `<namespace>:publish.<field>.missing`,
 * and a value present but not enough (a deadline already past) by `…<field>.invalid`. Without a
 * translation, the domain's words.
 */
export function usePublishProblems(namespace: string) {
  const { t } = useTranslation();
  return (
    problems: Record<string, string>,
    draftSchema: z.ZodType,
    values: object,
    params: Record<string, unknown> = {},
  ): PublishProblem[] => {
    const checks = checksOf(draftSchema, values);
    return Object.entries(problems).map(([field, message]) => {
      const value: unknown = get(values, field);
      const check = checks[field];
      const text =
        check === undefined
          ? t(`${namespace}:publish.${field}.${isEmptyValue(value) ? 'missing' : 'invalid'}`, {
              defaultValue: message,
              ...params,
            })
          : (translateIssue(t, field, { type: check, message }, value, namespace) ?? message);
      return { field, message: text };
    });
  };
}

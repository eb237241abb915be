/**
 * A draft may be incomplete; publishing asks for more. A check returns the message for its
 * field when the values are not complete there, or null.
 */
export interface CompletenessCheck<T> {
  readonly field: string;
  readonly problem: (values: T) => string | null;
}

/** Problems keyed by field path, in the form's field order (so "the first" is the topmost). */
export function orderProblems(
  problems: Record<string, string>,
  fieldOrder: readonly string[],
): Record<string, string> {
  const rank = (key: string): number => {
    const index = fieldOrder.indexOf(key.split('.')[0] ?? key);
    return index === -1 ? fieldOrder.length : index;
  };
  const ordered: Record<string, string> = {};
  for (const key of Object.keys(problems).sort((a, b) => rank(a) - rank(b)))
    ordered[key] = problems[key] as string;
  return ordered;
}

/** Invalid values first (from the schema), then what is missing; one message per field. */
export function mergeProblems<T>(
  invalid: Record<string, string>,
  checks: readonly CompletenessCheck<T>[],
  values: T,
  fieldOrder: readonly string[],
): Record<string, string> {
  const problems: Record<string, string> = { ...invalid };
  for (const check of checks) {
    if (problems[check.field] !== undefined) continue;
    const message = check.problem(values);
    if (message !== null) problems[check.field] = message;
  }
  return orderProblems(problems, fieldOrder);
}

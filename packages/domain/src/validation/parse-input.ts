import type { z } from 'zod';
import { DomainError } from '../errors/domain-error';

/**
 * Runs a domain schema and turns the first problem into a BAD_USER_INPUT DomainError that
 * names the field, so the API and the web report the same field for the same mistake.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
  // The issue code lets the web show the catalog message for this field and check.
  throw new DomainError('BAD_USER_INPUT', issue?.message ?? 'The input is not valid.', {
    field,
    ...(issue ? { issue: issue.code } : {}),
  });
}

/** All problems keyed by field path, for forms that show every error at once. */
export function inputProblems(schema: z.ZodType, input: unknown): Record<string, string> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';
    problems[field] ??= issue.message;
  }
  return problems;
}

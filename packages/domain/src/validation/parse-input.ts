import type { z } from 'zod';
import { DomainError, type InputProblem } from '../errors/domain-error';

const fieldOf = (issue: z.core.$ZodIssue): string =>
  issue.path.length > 0 ? issue.path.map(String).join('.') : 'input';

/**
 * Runs a domain schema and turns its problems into a BAD_USER_INPUT DomainError that names
 * the first field (so the API and the web report the same field for the same mistake) and
 * carries every field's first problem, so a form can show them all at once.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = new Map<string, InputProblem>();
  for (const issue of result.error.issues)
    if (!problems.has(fieldOf(issue)))
      problems.set(fieldOf(issue), {
        field: fieldOf(issue),
        message: issue.message,
        issue: issue.code,
      });
  const [first] = problems.values();
  // The issue code lets the web show the catalog message for this field and check.
  throw new DomainError('BAD_USER_INPUT', first?.message ?? 'The input is not valid.', {
    field: first?.field ?? 'input',
    ...(first ? { issue: first.issue } : {}),
    ...(problems.size > 1 ? { problems: [...problems.values()] } : {}),
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

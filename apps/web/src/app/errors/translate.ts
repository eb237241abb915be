import {
  CLUSTER_OWN_ORGANIZATION_MESSAGE,
  OWNER_INVITED_MESSAGES,
  PASSWORD_CHECK_MESSAGES,
  type PasswordCheck,
} from '@spillover/domain';
import type { TFunction } from 'i18next';
import type { ApiProblem } from './api-error';

/** The password check a domain message belongs to, found from the domain's own messages. */
export function passwordCheckOf(message: string): PasswordCheck | undefined {
  return (Object.keys(PASSWORD_CHECK_MESSAGES) as PasswordCheck[]).find(
    (check) => PASSWORD_CHECK_MESSAGES[check] === message,
  );
}

/**
 * Domain messages that share their field and check with other messages (two custom checks
 * on one field), so that field and code cannot tell them apart: keyed by their text.
 */
const KEYED_MESSAGES = new Map<string, string>([
  ...OWNER_INVITED_MESSAGES.map((message) => [message, 'common:audience.ownerInvited'] as const),
  [CLUSTER_OWN_ORGANIZATION_MESSAGE, 'cluster:apply.ownOrganization'],
]);

export const isEmptyValue = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

export interface IssueLike {
  type?: string | number;
  message?: string | undefined;
}

/**
 * Domain messages are English. The catalogs translate them by field and check
 * (`<namespace>:validation.<field>.<zod issue code>` of the form's feature first, then
 * `common:validation.<field>.<code>`, or `common:validation.required` when the field is
 * empty); anything without a translation shows the domain message itself, so English needs
 * no copy of the domain's words. A feature's own keys come first because one field name
 * (a description, a title) has different limits in different features.
 */
export function translateIssue(
  t: TFunction,
  field: string,
  issue: IssueLike | undefined,
  value?: unknown,
  namespace?: string,
): string | undefined {
  if (!issue?.message) return undefined;
  const check = passwordCheckOf(issue.message);
  if (check) return t(`account:passwordCheck.${check}`, { defaultValue: issue.message });
  const keyed = KEYED_MESSAGES.get(issue.message);
  if (keyed) return t(keyed, { defaultValue: issue.message });
  const code = String(issue.type ?? 'custom');
  const keys = [`common:validation.${field}.${code}`];
  if (isEmptyValue(value)) keys.unshift('common:validation.required');
  if (namespace) keys.unshift(`${namespace}:validation.${field}.${code}`);
  return t(keys, { defaultValue: issue.message });
}

/** A refusal as the user reads it: specific messages for input problems, generic ones otherwise. */
export function problemMessage(t: TFunction, problem: ApiProblem): string {
  if (problem.displayMessage) return problem.displayMessage;
  switch (problem.code) {
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
      return problem.field
        ? (translateIssue(t, problem.field, { message: problem.message }) ?? problem.message)
        : problem.message;
    case 'RATE_LIMITED':
      return t('common:errors.RATE_LIMITED', { count: problem.retryAfterSeconds ?? 60 });
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'NETWORK':
    case 'UNKNOWN':
      return t(`common:errors.${problem.code}`);
  }
}

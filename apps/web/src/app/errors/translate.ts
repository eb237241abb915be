import {
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
  // A refusal from the server, already in the user's language (see applyServerErrors).
  if (issue.type === SERVER_ISSUE) return issue.message;
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

/** The value of a field a server refused: not known here, so never taken for empty. */
const UNKNOWN_VALUE = Symbol('value the server saw');

/** The react-hook-form error type of a message that came from the server, translated. */
export const SERVER_ISSUE = 'server';

/**
 * A CONFLICT or BAD_USER_INPUT as the user reads it. The server names the message (`key`,
 * looked up in the `errors` catalogs) or, for a value its schema refused, the field and
 * check, found like the form's own validation messages. The server's English text is only
 * the last resort of a key a catalog lacks (a test keeps them complete); a refusal with
 * neither (GraphQL's own) gets the code's generic message. Never "required": the server
 * does not say the value was empty.
 */
function inputProblemMessage(t: TFunction, problem: ApiProblem): string {
  if (problem.key)
    return t(`errors:${problem.key}`, { ...problem.params, defaultValue: problem.message });
  if (problem.field && problem.issue)
    return (
      translateIssue(
        t,
        problem.field,
        { type: problem.issue, message: problem.message },
        UNKNOWN_VALUE,
      ) ?? problem.message
    );
  return t(`common:errors.${problem.code}`);
}

/** A refusal as the user reads it: specific messages for input problems, generic ones otherwise. */
export function problemMessage(t: TFunction, problem: ApiProblem): string {
  if (problem.displayMessage) return problem.displayMessage;
  switch (problem.code) {
    case 'BAD_USER_INPUT':
    case 'CONFLICT':
      return inputProblemMessage(t, problem);
    case 'RATE_LIMITED': {
      const seconds = problem.retryAfterSeconds ?? 60;
      // Sign-in and sign-up limits last minutes to an hour: "900 seconds" reads badly.
      return seconds >= 120
        ? t('common:errors.RATE_LIMITED_minutes', { count: Math.ceil(seconds / 60) })
        : t('common:errors.RATE_LIMITED', { count: seconds });
    }
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'NETWORK':
    case 'UNKNOWN':
      return t(`common:errors.${problem.code}`);
  }
}

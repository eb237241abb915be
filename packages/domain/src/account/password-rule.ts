/**
 * The password rule, shared by the API (authoritative) and the sign-up form (live).
 * It follows NIST SP 800-63B: length over composition, no hints, refuse well-known and
 * personal passwords. Each check is reported separately so the form can tick them off.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordCheck = 'length' | 'notTooLong' | 'variety' | 'notCommon' | 'notPersonal';

export interface PasswordCheckResult {
  check: PasswordCheck;
  ok: boolean;
}

export interface PasswordContext {
  email?: string;
  displayName?: string;
}

// The most used passwords of public breach corpora that are 12+ characters long; shorter
// ones are already refused by the length check.
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiopas',
  'qwerty123456',
  '123456123456',
  'password1234',
  'password12345',
  'passwordpassword',
  '111111111111',
  '000000000000',
  'iloveyou1234',
  'abcdefghijkl',
  'abc123abc123',
  'qwertyqwerty',
  'asdfghjkl123',
  '1q2w3e4r5t6y',
  'letmein12345',
  'welcome12345',
  'administrator',
  'changeme1234',
  'spillover1234',
]);

const codePoints = (value: string): string[] => Array.from(value);

export function checkPassword(password: string, context: PasswordContext = {}): PasswordCheckResult[] {
  const lower = password.toLowerCase();
  const length = codePoints(password).length;
  const personal = [context.email?.split('@')[0], context.displayName]
    .map((part) => part?.trim().toLowerCase() ?? '')
    .filter((part) => part.length >= 4);
  return [
    { check: 'length', ok: length >= PASSWORD_MIN_LENGTH },
    { check: 'notTooLong', ok: length <= PASSWORD_MAX_LENGTH },
    { check: 'variety', ok: new Set(codePoints(password)).size >= 5 },
    { check: 'notCommon', ok: !COMMON_PASSWORDS.has(lower) },
    { check: 'notPersonal', ok: !personal.some((part) => lower.includes(part)) },
  ];
}

export const PASSWORD_CHECK_MESSAGES: Record<PasswordCheck, string> = {
  length: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  notTooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  variety: 'Use at least 5 different characters.',
  notCommon: 'This password is too common; choose another.',
  notPersonal: 'Do not use your e-mail name or display name in the password.',
};

/** Each check as a requirement, for a checklist that reads right whether it is met or not. */
export const PASSWORD_CHECK_LABELS: Record<PasswordCheck, string> = {
  length: `At least ${PASSWORD_MIN_LENGTH} characters`,
  notTooLong: `At most ${PASSWORD_MAX_LENGTH} characters`,
  variety: 'At least 5 different characters',
  notCommon: 'Not a commonly used password',
  notPersonal: 'Does not contain your e-mail name or display name',
};

/** The first failed check's message, or null when the password is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const failed = checkPassword(password, context).find((result) => !result.ok);
  return failed ? PASSWORD_CHECK_MESSAGES[failed.check] : null;
}

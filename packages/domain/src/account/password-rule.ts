import { estimatePassword } from './password-strength';

/**
 * The password rule, shared by the API (authoritative) and the password forms (live).
 * It follows NIST SP 800-63B: length over composition, no hints, refuse guessable and
 * personal passwords. Guessability is zxcvbn's estimate (common passwords, words, names,
 * keyboard patterns, dates, repeats, and the user's own name and e-mail address).
 * Each check is reported separately so the form can tick them off.
 *
 * Call `loadPasswordStrength()` once before checking (see password-strength.ts).
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
/**
 * zxcvbn's score 4: at least 10^10 guesses, out of reach of online guessing and slow even
 * for an offline attack on the argon2 hashes. Score 3 (10^8) would accept "minjipark2026!!"
 * from Minji Park.
 */
export const PASSWORD_MIN_SCORE = 4;

export type PasswordCheck = 'length' | 'notTooLong' | 'notPersonal' | 'strong';

export interface PasswordCheckResult {
  check: PasswordCheck;
  ok: boolean;
}

export interface PasswordContext {
  email?: string | null | undefined;
  displayName?: string | null | undefined;
}

const codePoints = (value: string): string[] => Array.from(value);
/** Letters and digits only, lower-cased: "Minji Park" and "minji.park" both become "minjipark". */
const compact = (value: string): string => value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The user's own words, which an attacker who knows the account tries first: the display
 * name and its words, the e-mail address, its local part and the local part's pieces. (Not
 * the domain alone: it names the organization, which colleagues share, and the demo
 * accounts' domain is spillover.demo.)
 */
export function personalWords({ email, displayName }: PasswordContext): string[] {
  const address = (email ?? '').trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  const name = (displayName ?? '').trim().toLowerCase();
  const words = [
    name,
    compact(name),
    ...name.split(/[^\p{L}\p{N}]+/u),
    address,
    local,
    compact(local),
    ...local.split(/[^\p{L}]+/u),
  ];
  return [...new Set(words.filter((word) => codePoints(word).length >= 3))];
}

// A personal word this long inside the password makes it personal; shorter ones ("kim",
// "lee") occur in too many ordinary words to refuse on sight, but still weaken the score.
const PERSONAL_MIN_LENGTH = 4;

export function checkPassword(
  password: string,
  context: PasswordContext = {},
): PasswordCheckResult[] {
  const length = codePoints(password).length;
  const tooLong = length > PASSWORD_MAX_LENGTH;
  const words = personalWords(context);
  // zxcvbn's cost grows with the length; past the maximum the password is refused anyway.
  const estimate = tooLong ? null : estimatePassword(password, words);
  const compactPassword = compact(password);
  const personal =
    words.some(
      (word) =>
        codePoints(word).length >= PERSONAL_MIN_LENGTH && compactPassword.includes(compact(word)),
    ) ||
    (estimate?.sequence ?? []).some(
      (match) =>
        match.dictionaryName === 'userInputs' &&
        codePoints(match.token).length >= PERSONAL_MIN_LENGTH,
    );
  return [
    { check: 'length', ok: length >= PASSWORD_MIN_LENGTH },
    { check: 'notTooLong', ok: !tooLong },
    { check: 'notPersonal', ok: !personal },
    { check: 'strong', ok: estimate !== null && estimate.score >= PASSWORD_MIN_SCORE },
  ];
}

export const PASSWORD_CHECK_MESSAGES: Record<PasswordCheck, string> = {
  length: `Use at least ${PASSWORD_MIN_LENGTH} characters.`,
  notTooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  notPersonal: 'Do not use your name or e-mail address in the password.',
  strong: 'This password is too easy to guess; a few unrelated words work well.',
};

/** Each check as a requirement, for a checklist that reads right whether it is met or not. */
export const PASSWORD_CHECK_LABELS: Record<PasswordCheck, string> = {
  length: `At least ${PASSWORD_MIN_LENGTH} characters`,
  notTooLong: `At most ${PASSWORD_MAX_LENGTH} characters`,
  notPersonal: 'Does not contain your name or e-mail address',
  strong: 'Hard to guess: no common passwords, words with digits, dates or keyboard patterns alone',
};

/** The first failed check's message, or null when the password is acceptable. */
export function passwordProblem(password: string, context: PasswordContext = {}): string | null {
  const failed = checkPassword(password, context).find((result) => !result.ok);
  return failed ? PASSWORD_CHECK_MESSAGES[failed.check] : null;
}

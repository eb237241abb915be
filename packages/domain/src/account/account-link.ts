import { z } from 'zod';
import { badInput, errorKey, type DomainError } from '../errors/domain-error';
import { emailSchema } from '../common/fields';
import { passwordProblem } from './password-rule';

/**
 * Links sent by e-mail that act on an account: confirm an address, reset a password. Each
 * carries a random token (stored only hashed), expires, and works once.
 */
export const ACCOUNT_LINK_PURPOSES = ['VERIFY_EMAIL', 'RESET_PASSWORD'] as const;
export type AccountLinkPurpose = (typeof ACCOUNT_LINK_PURPOSES)[number];

/** How long a link works: long enough to find the e-mail, short enough to be no standing key. */
export const ACCOUNT_LINK_LIFETIME_MINUTES: Record<AccountLinkPurpose, number> = {
  VERIFY_EMAIL: 48 * 60,
  RESET_PASSWORD: 30,
};

export interface AccountLinkState {
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * Why a link no longer works, or null while it does. The database enforces the same rule
 * when it consumes the link (one UPDATE … WHERE used_at IS NULL AND expires_at > now()):
 * this function names the refusal for the person holding a dead link.
 */
export function accountLinkRefusal(
  purpose: AccountLinkPurpose,
  link: AccountLinkState | null,
  now: Date,
): DomainError | null {
  const verify = purpose === 'VERIFY_EMAIL';
  if (!link)
    return verify
      ? badInput(
          'token',
          'This confirmation link is not valid. Ask for a new one from your account page.',
          errorKey('account.verifyLinkInvalid'),
        )
      : badInput(
          'token',
          'This reset link is not valid. Ask for a new one.',
          errorKey('account.resetLinkInvalid'),
        );
  if (link.usedAt)
    return verify
      ? badInput(
          'token',
          'This confirmation link was already used.',
          errorKey('account.verifyLinkUsed'),
        )
      : badInput(
          'token',
          'This reset link was already used. Ask for a new one if you still need it.',
          errorKey('account.resetLinkUsed'),
        );
  if (link.expiresAt.getTime() <= now.getTime())
    return verify
      ? badInput(
          'token',
          'This confirmation link has expired. Ask for a new one from your account page.',
          errorKey('account.verifyLinkExpired'),
        )
      : badInput(
          'token',
          'This reset link has expired. Ask for a new one.',
          errorKey('account.resetLinkExpired'),
        );
  return null;
}

const token = z
  .string({ message: 'The link has no token.' })
  .min(20, 'The link is incomplete; copy it whole from the e-mail.')
  .max(200);

export const verifyEmailSchema = z.object({ token });
export type VerifyEmailInput = z.infer<typeof verifyEmailSchema>;

// The address rule of sign-up and sign-in: a malformed address is refused (that reveals
// nothing); a well-formed one is answered alike whether or not it has an account.
export const requestPasswordResetSchema = z.object({ email: emailSchema });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z
  .object({ token, newPassword: z.string({ message: 'Enter a new password.' }) })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword);
    if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
  });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

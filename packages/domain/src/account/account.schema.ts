import { z } from 'zod';
import { displayNameSchema, emailSchema, languageSchema } from '../common/fields';
import { passwordProblem } from './password-rule';
import { trimInvisible } from '../common/text';

export const registerSchema = z
  .object({
    email: emailSchema,
    password: z.string({ message: 'Enter a password.' }),
    displayName: displayNameSchema,
    preferredLanguage: languageSchema,
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });
export type RegisterInput = z.infer<typeof registerSchema>;

export const logInSchema = z.object({
  email: emailSchema,
  password: z.string({ message: 'Enter your password.' }).min(1, 'Enter your password.').max(1024),
});
export type LogInInput = z.infer<typeof logInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024),
    newPassword: z.string({ message: 'Enter a new password.' }),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.newPassword);
    if (problem) ctx.addIssue({ code: 'custom', path: ['newPassword'], message: problem });
    if (value.newPassword === value.currentPassword)
      ctx.addIssue({
        code: 'custom',
        path: ['newPassword'],
        message: 'The new password must differ from the current one.',
      });
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const updateProfileSchema = z.object({
  displayName: displayNameSchema.optional(),
  preferredLanguage: languageSchema.optional(),
});
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const createApiTokenSchema = z.object({
  name: z
    .string({ message: 'Name the token.' })
    .overwrite(trimInvisible)
    .min(1, 'Name the token, e.g. "nightly export".')
    .max(80, 'A token name has at most 80 characters.'),
  expiresInDays: z
    .number()
    .int('Give a whole number of days.')
    .min(1, 'A token lives at least 1 day.')
    .max(365, 'A token lives at most 365 days.')
    .optional(),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const PLATFORM_ROLES = ['ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

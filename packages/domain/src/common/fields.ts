import { z } from 'zod';
import { trimInvisible } from './text';

export const LANGUAGES = ['en', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];
export const languageSchema = z.enum(LANGUAGES, { message: 'Choose English (en) or Korean (ko).' });

// Lower-cased and trimmed so the same address is the same account however it is typed.
export const emailSchema = z
  .string({ message: 'Enter an e-mail address.' })
  .trim()
  .toLowerCase()
  .max(254, 'An e-mail address has at most 254 characters.')
  .pipe(z.email({ message: 'Enter a valid e-mail address, like name@example.com.' }));

export const displayNameSchema = z
  .string({ message: 'Enter a display name.' })
  .overwrite(trimInvisible)
  .min(1, 'Enter a display name.')
  .max(80, 'A display name has at most 80 characters.');

export const uuidSchema = (what: string) =>
  z.string().trim().toLowerCase().uuid({ message: `${what} is not a valid id.` });

export const websiteSchema = z
  .string()
  .trim()
  .max(300, 'A website address has at most 300 characters.')
  .pipe(
    z.url({
      protocol: /^https?$/,
      message: 'Enter a website address starting with http:// or https://.',
    }),
  );

export const reasonSchema = z
  .string({ message: 'Give a reason.' })
  .overwrite(trimInvisible)
  .min(3, 'Give a reason of at least 3 characters.')
  .max(1000, 'A reason has at most 1000 characters.');

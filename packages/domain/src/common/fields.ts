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
  z
    .string()
    .trim()
    .toLowerCase()
    .uuid({ message: `${what} is not a valid id.` });

// "hanbit-motion.kr" is how people write a website; a scheme-less address means https.
const SCHEME = /^[a-z][a-z\d+.-]*:/i;
const withScheme = (address: string): string =>
  address === '' || SCHEME.test(address) ? address : `https://${address.replace(/^\/\//, '')}`;

/**
 * A website address, normalised: trimmed, and `https://` added when no scheme is given, so
 * the form and the API store the same address. Only http(s) addresses with a host name
 * that has a dot are accepted (no `javascript:`, no bare words).
 */
export const websiteSchema = z
  .string()
  .trim()
  .max(300, 'A website address has at most 300 characters.')
  .transform(withScheme)
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: /^[^.]+(\.[^.]+)+$/,
      message: 'Enter a website address, like hanbit-motion.kr or https://www.example.com.',
    }),
  );

export const reasonSchema = z
  .string({ message: 'Give a reason.' })
  .overwrite(trimInvisible)
  .min(3, 'Give a reason of at least 3 characters.')
  .max(1000, 'A reason has at most 1000 characters.');

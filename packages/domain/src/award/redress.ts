import { z } from 'zod';
import { trimInvisible } from '../common/text';
import { conflict, errorKey } from '../errors/domain-error';
import type { AwardStatus } from './award-input';

const DAY_MS = 86_400_000;

/** The last instant a redress request (이의신청) is taken: publication plus the call's days. */
export const redressDeadline = (publishedAt: Date, days: number): Date =>
  new Date(publishedAt.getTime() + days * DAY_MS);

/** Refuses (CONFLICT on `text`, the deadline in its parameters) outside the window; the server's clock decides. */
export function assertRedressOpen(publishedAt: Date | null, days: number, now: Date): void {
  if (publishedAt === null)
    throw conflict(
      'The results are not published yet.',
      errorKey('award.notPublished'),
      'applicationId',
    );
  const deadline = redressDeadline(publishedAt, days);
  if (now.getTime() >= deadline.getTime())
    throw conflict(
      `Redress requests were taken until ${deadline.toISOString()}.`,
      errorKey('award.redressClosed'),
      'text',
      { deadline: deadline.toISOString() },
    );
}

const statement = (label: string) =>
  z
    .string({ message: `${label} is text.` })
    .overwrite(trimInvisible)
    .min(10, `${label} has at least 10 characters.`)
    .max(5000, `${label} has at most 5000 characters.`);

/** What an applicant writes, and what a manager answers on the record. */
export const redressRequestSchema = z.object({ text: statement('A redress request') });
export const redressAnswerSchema = z.object({ answer: statement('An answer') });
/** A manager cuts a funded project with a note on the record; the applicants read it. */
export const awardCutSchema = z.object({ note: statement('A note') });

/** What frees a funded project's money: its lead declines the award, or a manager cuts it. */
export type AwardRelease = 'decline' | 'cut';

/** Only a FUNDED project can be declined or cut (CONFLICT on `applicationId` otherwise). */
export function assertReleasable(
  status: string,
  awardStatus: AwardStatus | null,
  release: AwardRelease,
): void {
  if (status !== 'FUNDED' || awardStatus !== 'FUNDED')
    throw conflict(
      release === 'cut'
        ? 'Only a funded project can be cut.'
        : 'Only a funded project can be declined.',
      release === 'cut' ? errorKey('award.cutNotFunded') : errorKey('award.declineNotFunded'),
      'applicationId',
      { status },
    );
}

import { z } from 'zod';
import { uuidSchema } from '../common/fields';
import { trimInvisible } from '../common/text';

/**
 * An expression of interest (관심표명): an organization answers a need it can see, or a firm
 * answers a capability, with a message, a proposed approach and optionally some of its own
 * capabilities. Its life is in `interest-status.ts`; who may answer what in `interest-rules.ts`.
 */
export const INTEREST_STATUSES = [
  'SUBMITTED',
  'SHORTLISTED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

/**
 * Statuses that hold the organization's one interest in an item: while one of these stands,
 * a second is a CONFLICT. ACCEPTED counts: the pair already works together (a collaboration
 * exists), so a second interest would only duplicate it. DECLINED and WITHDRAWN free the slot.
 */
export const INTEREST_HOLDING_STATUSES = [
  'SUBMITTED',
  'SHORTLISTED',
  'ACCEPTED',
] as const satisfies readonly InterestStatus[];

export const isInterestHolding = (status: InterestStatus): boolean =>
  (INTEREST_HOLDING_STATUSES as readonly InterestStatus[]).includes(status);

/** At most this many of the sender's own capabilities are linked to one interest. */
export const INTEREST_MAX_LINKED_CAPABILITIES = 10;
export const INTEREST_MESSAGE_MAX = 4000;
export const INTEREST_APPROACH_MAX = 8000;
export const INTEREST_DECLINE_REASON_MAX = 1000;

// Key order is the form's field order: it decides which problem is reported first.
const interestFields = {
  message: z
    .string({ message: 'Write a message to the owner.' })
    .overwrite(trimInvisible)
    .min(10, 'Write a message of at least 10 characters.')
    .max(INTEREST_MESSAGE_MAX, `A message has at most ${INTEREST_MESSAGE_MAX} characters.`),
  proposedApproach: z
    .string({ message: 'Describe how you propose to work on it.' })
    .overwrite(trimInvisible)
    .min(10, 'Describe your proposed approach in at least 10 characters.')
    .max(
      INTEREST_APPROACH_MAX,
      `A proposed approach has at most ${INTEREST_APPROACH_MAX} characters.`,
    ),
  capabilityIds: z
    .array(uuidSchema('A linked capability'), { message: 'Link capabilities by their ids.' })
    .max(
      INTEREST_MAX_LINKED_CAPABILITIES,
      `Link at most ${INTEREST_MAX_LINKED_CAPABILITIES} capabilities.`,
    )
    .refine((ids) => new Set(ids).size === ids.length, {
      message: 'Each capability is linked once.',
    })
    .nullish(),
};

/** What the sender writes; the form validates it live and the API authoritatively. */
export const interestMessageSchema = z.object(interestFields);
export type InterestMessageInput = z.input<typeof interestMessageSchema>;
export type InterestMessage = z.output<typeof interestMessageSchema>;

export const INTEREST_MESSAGE_FIELDS = Object.keys(
  interestFields,
) as readonly (keyof typeof interestFields)[];

/** The reason the owner gives when declining: the sender reads it. */
export const declineReasonSchema = z
  .string({ message: 'Tell the sender why you decline.' })
  .overwrite(trimInvisible)
  .min(3, 'Give a reason of at least 3 characters: the sender reads it.')
  .max(
    INTEREST_DECLINE_REASON_MAX,
    `A reason has at most ${INTEREST_DECLINE_REASON_MAX} characters.`,
  );

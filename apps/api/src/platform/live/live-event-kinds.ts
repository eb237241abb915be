import { z } from 'zod';

/**
 * Every kind of live event, in one registry: its name and what its payload carries. A
 * payload names things by id only (NOTIFY carries at most 8000 bytes, and what a subscriber
 * may see of the thing is for its own read to decide); receivers load what they need.
 *
 * Adding a kind: add its schema here, publish it with `LiveEvents.publish` inside the
 * change's transaction, and register who may receive it with `LiveEvents.authorize` in the
 * feature that owns the thing (its read policy). A kind nobody authorized reaches nobody.
 */
export const LIVE_EVENT_KINDS = {
  /** A listing's stored matches were recomputed by the match-refresh job. */
  matchesRefreshed: z.strictObject({
    listingKind: z.enum(['NEED', 'CAPABILITY']),
    listingId: z.uuid(),
  }),
  /**
   * The fan-out job stored one event's notification for these recipients (the row is found
   * by the event key and the recipient). One event names up to LIVE_RECIPIENTS_PER_EVENT
   * recipients: a cluster-wide announcement is a few dozen NOTIFYs, not one per person.
   */
  notificationsStored: z.strictObject({
    eventKey: z.string().min(1).max(1500),
    recipientIds: z.array(z.uuid()).min(1).max(150),
  }),
  /** A message was posted in a conversation between these two organizations. */
  conversationMessagePosted: z.strictObject({
    conversationId: z.uuid(),
    messageId: z.uuid(),
    organizationIds: z.tuple([z.uuid(), z.uuid()]),
  }),
} as const;

/** How many recipients one `notificationsStored` event names (150 ids stay under 6 KB). */
export const LIVE_RECIPIENTS_PER_EVENT = 150;

export type LiveEventKind = keyof typeof LIVE_EVENT_KINDS;
export type LiveEventPayload<K extends LiveEventKind> = z.infer<(typeof LIVE_EVENT_KINDS)[K]>;

export const isLiveEventKind = (kind: unknown): kind is LiveEventKind =>
  typeof kind === 'string' && Object.hasOwn(LIVE_EVENT_KINDS, kind);

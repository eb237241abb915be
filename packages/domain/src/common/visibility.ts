import { z } from 'zod';
import { uuidSchema } from './fields';

/**
 * Who may see a need or a capability. PUBLIC: everyone, anonymous visitors included;
 * CLUSTER: ACTIVE members of the owner's clusters (and of their partner clusters); PRIVATE:
 * the owner and the organizations it invited. The API enforces it in SQL; these rules only
 * keep the stored pair (visibility, invitations) consistent.
 */
export const VISIBILITIES = ['PUBLIC', 'CLUSTER', 'PRIVATE'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const visibilitySchema = z.enum(VISIBILITIES, {
  message:
    'Choose who may see it: PUBLIC (everyone), CLUSTER (members of your clusters) or PRIVATE (invited organizations).',
});

export const INVITED_ORGANIZATIONS_MAX = 100;

export const invitedOrganizationIdsSchema = z
  .array(uuidSchema('An invited organization'), {
    message: 'Choose the invited organizations from the directory.',
  })
  .max(INVITED_ORGANIZATIONS_MAX, `Invite at most ${INVITED_ORGANIZATIONS_MAX} organizations.`)
  .refine((ids) => new Set(ids).size === ids.length, {
    message: 'Each organization may be invited once.',
  });

export interface AudienceShape {
  visibility?: Visibility | null | undefined;
  invitedOrganizationIds?: readonly string[] | null | undefined;
}

/**
 * Invitations mean something only for PRIVATE. A PUBLIC or CLUSTER item that still carries a
 * list is refused rather than kept, so that switching back to PRIVATE never silently
 * re-admits organizations the owner had forgotten about.
 */
export function checkAudience(value: AudienceShape, ctx: z.RefinementCtx, what: string): void {
  if (
    value.visibility &&
    value.visibility !== 'PRIVATE' &&
    (value.invitedOrganizationIds?.length ?? 0) > 0
  )
    ctx.addIssue({
      code: 'custom',
      path: ['invitedOrganizationIds'],
      message: `Only a PRIVATE ${what} has invited organizations: remove them, or make the ${what} PRIVATE.`,
    });
}

/** Completeness for publishing: a PRIVATE item is seen by someone besides its owner. */
export function audienceGap(value: AudienceShape, what: string): string | null {
  if (value.visibility === 'PRIVATE' && (value.invitedOrganizationIds?.length ?? 0) === 0)
    return `Invite at least one organization to a PRIVATE ${what}, or choose PUBLIC or CLUSTER.`;
  return null;
}

/**
 * The owner's members see everything of theirs, so the owner among its own invitees means
 * nothing, and it would count as an audience: a PRIVATE item "invited" to no one else would
 * pass the publish check while no other organization could see it.
 */
export const ownerInvitedMessage = (what: string): string =>
  `Your own organization always sees its ${what}: remove it from the invited organizations and invite others.`;

/** Every message `ownerInvitedMessage` gives, so a client can recognise the check behind a message. */
export const OWNER_INVITED_MESSAGES: readonly string[] = ['need', 'capability'].map(
  ownerInvitedMessage,
);

export function checkOwnerNotInvited(
  value: AudienceShape,
  ownerOrganizationId: string,
  ctx: z.RefinementCtx,
  what: string,
): void {
  if (value.invitedOrganizationIds?.includes(ownerOrganizationId))
    ctx.addIssue({
      code: 'custom',
      path: ['invitedOrganizationIds'],
      message: ownerInvitedMessage(what),
    });
}

/**
 * Which part of the audience an edit changes: the visibility first, then the invited
 * organizations (as a set: their order means nothing), or null when it keeps both.
 */
export function audienceChange(
  before: AudienceShape,
  after: AudienceShape,
): 'visibility' | 'invitedOrganizationIds' | null {
  if ((before.visibility ?? null) !== (after.visibility ?? null)) return 'visibility';
  const was = new Set(before.invitedOrganizationIds ?? []);
  const is = new Set(after.invitedOrganizationIds ?? []);
  if (was.size !== is.size || [...is].some((id) => !was.has(id))) return 'invitedOrganizationIds';
  return null;
}

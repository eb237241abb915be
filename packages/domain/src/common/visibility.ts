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
  message: 'Choose who may see it: PUBLIC (everyone), CLUSTER (members of your clusters) or PRIVATE (invited organizations).',
});

export const INVITED_ORGANIZATIONS_MAX = 100;

export const invitedOrganizationIdsSchema = z
  .array(uuidSchema('An invited organization'), { message: 'Choose the invited organizations from the directory.' })
  .max(INVITED_ORGANIZATIONS_MAX, `Invite at most ${INVITED_ORGANIZATIONS_MAX} organizations.`)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'Each organization may be invited once.' });

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
  if (value.visibility && value.visibility !== 'PRIVATE' && (value.invitedOrganizationIds?.length ?? 0) > 0)
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

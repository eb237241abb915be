import { z } from 'zod';
import { conflict, errorKey } from '../errors/domain-error';
import { emailSchema } from '../common/fields';
import { ORG_ROLES, type OrgRole } from './organization';

export const inviteMemberSchema = z.object({
  organizationId: z.string().trim().toLowerCase().uuid({ message: 'Choose the organization.' }),
  email: emailSchema,
  role: z.enum(ORG_ROLES, { message: 'Choose ORG_ADMIN or ORG_MEMBER.' }),
});
export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;

export const changeMemberRoleSchema = z.object({
  membershipId: z.string().trim().toLowerCase().uuid({ message: 'Choose the member.' }),
  role: z.enum(ORG_ROLES, { message: 'Choose ORG_ADMIN or ORG_MEMBER.' }),
});

/**
 * An organization always keeps at least one ORG_ADMIN: someone must be able to edit it,
 * invite people and answer for it. False when the change would leave none; the web asks
 * this to offer only the actions that can succeed.
 */
export function keepsAnAdmin(
  roles: readonly OrgRole[],
  change: { from: OrgRole; to: OrgRole | 'REMOVED' },
): boolean {
  if (change.from !== 'ORG_ADMIN' || change.to === 'ORG_ADMIN') return true;
  return roles.filter((role) => role === 'ORG_ADMIN').length > 1;
}

/** Throws CONFLICT when a change would leave the organization without an ORG_ADMIN. */
export function assertKeepsAnAdmin(
  roles: readonly OrgRole[],
  change: { from: OrgRole; to: OrgRole | 'REMOVED' },
): void {
  if (!keepsAnAdmin(roles, change))
    throw conflict(
      'This is the last ORG_ADMIN of the organization. Make another member ORG_ADMIN first.',
      errorKey('organization.lastAdmin'),
      'membershipId',
    );
}

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** How long an invitation may wait for its invitee. */
export const INVITATION_TTL_DAYS = 30;

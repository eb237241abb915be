import { type DomainError, badInput, conflict, errorKey } from '../errors/domain-error';
import type { CapabilityStatus } from '../capability/capability';
import { isOpenForAnswers, type ListingKind } from '../listing/listing';
import type { NeedStatus } from '../need/need';
import type { OrgRole, OrganizationKind } from '../organization/organization';
import type { InterestAction } from './interest-status';

/**
 * How the actor stands to one interest: an ORG_ADMIN or ORG_MEMBER of the sending
 * organization or of the listing's owner, or neither (a stranger, a cluster manager, a
 * platform admin acting for no party: the interest is not theirs to know of).
 */
export const INTEREST_ROLES = [
  'SENDER_ADMIN',
  'SENDER_MEMBER',
  'OWNER_ADMIN',
  'OWNER_MEMBER',
  'NONE',
] as const;
export type InterestRole = (typeof INTEREST_ROLES)[number];

export type InterestVerdict = 'allow' | 'forbid' | 'hide';

/** Everything an actor may do to an interest: the transitions, and submitting one. */
export type InterestPermissionAction = InterestAction | 'submit' | 'view';

/**
 * Who may do what. The owner's members triage (shortlist); its ORG_ADMINs decide (accept
 * starts a collaboration, a decline is final). Any member of the sender writes and withdraws
 * its interests, as any member drafts its listings. Nobody else learns the interest exists.
 */
const ALLOWED: Record<InterestPermissionAction, readonly InterestRole[]> = {
  view: ['SENDER_ADMIN', 'SENDER_MEMBER', 'OWNER_ADMIN', 'OWNER_MEMBER'],
  submit: ['SENDER_ADMIN', 'SENDER_MEMBER'],
  withdraw: ['SENDER_ADMIN', 'SENDER_MEMBER'],
  shortlist: ['OWNER_ADMIN', 'OWNER_MEMBER'],
  accept: ['OWNER_ADMIN'],
  decline: ['OWNER_ADMIN'],
};

export function interestPermission(
  action: InterestPermissionAction,
  role: InterestRole,
): InterestVerdict {
  if (role === 'NONE') return 'hide';
  return ALLOWED[action].includes(role) ? 'allow' : 'forbid';
}

/** The role of someone with these organization roles towards an interest between two organizations. */
export function interestRoleOf(
  orgRoles: ReadonlyMap<string, OrgRole>,
  interest: { senderOrganizationId: string; ownerOrganizationId: string },
): InterestRole {
  const owner = orgRoles.get(interest.ownerOrganizationId);
  const sender = orgRoles.get(interest.senderOrganizationId);
  // A member of both is treated as the owner: nobody may answer their own listing anyway.
  if (owner) return owner === 'ORG_ADMIN' ? 'OWNER_ADMIN' : 'OWNER_MEMBER';
  if (sender) return sender === 'ORG_ADMIN' ? 'SENDER_ADMIN' : 'SENDER_MEMBER';
  return 'NONE';
}

/** What the rules need of the listing being answered (the listing core's ListingView fits). */
export interface AnsweredListing {
  kind: ListingKind;
  organizationId: string;
  /** A need's DRAFT | OPEN | CLOSED, a capability's DRAFT | PUBLISHED | ARCHIVED. */
  status: string;
  /** A need's response deadline. */
  deadline?: Date | string | null | undefined;
}

/** The field that names the listing in the submit input. */
export const listingField = (kind: ListingKind): string =>
  kind === 'NEED' ? 'needId' : 'capabilityId';

/**
 * Whether `sender` may answer `listing` at `now`: not its own, a capability only by a firm,
 * and only while the listing takes answers (the listing core's isOpenForAnswers: an OPEN need
 * before its deadline, a PUBLISHED capability); the refusal says which of these failed.
 */
export function assertMayAnswer(
  listing: AnsweredListing,
  sender: { id: string; kind: OrganizationKind },
  now: Date,
): void {
  const field = listingField(listing.kind);
  if (listing.organizationId === sender.id)
    throw badInput(
      'organizationId',
      'An organization does not express interest in its own listing.',
      errorKey('interest.ownListing'),
    );
  if (listing.kind === 'CAPABILITY' && sender.kind !== 'FIRM')
    throw badInput(
      'organizationId',
      'Only a firm expresses interest in a capability; answer needs instead.',
      errorKey('interest.capabilityFirmsOnly'),
    );
  const deadline = listing.deadline ?? null;
  // A status of neither kind's list takes no answers: isOpenForAnswers compares it as it is.
  const open =
    listing.kind === 'NEED'
      ? isOpenForAnswers({ kind: 'NEED', status: listing.status as NeedStatus, deadline }, now)
      : isOpenForAnswers({ kind: 'CAPABILITY', status: listing.status as CapabilityStatus }, now);
  if (open) return;
  if (listing.kind === 'CAPABILITY')
    throw conflict(
      'This capability is not on offer any more: it takes no more interests.',
      errorKey('interest.capabilityArchived'),
      field,
    );
  if (listing.status !== 'OPEN' || deadline === null)
    throw conflict(
      'This need is closed: it takes no more interests.',
      errorKey('interest.needClosed'),
      field,
    );
  const instant = new Date(deadline).toISOString();
  throw conflict(
    `This need's deadline (${instant}) has passed: it takes no more interests.`,
    errorKey('interest.deadlinePassed'),
    field,
    { deadline: instant },
  );
}

/** The CONFLICT for a second interest while one holds the slot. */
export const duplicateInterest = (kind: ListingKind): DomainError =>
  conflict(
    'Your organization already has an open interest in this item: withdraw it or wait for its answer first.',
    errorKey('interest.duplicate'),
    listingField(kind),
  );

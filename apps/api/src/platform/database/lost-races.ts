import { conflict, errorKey, type DomainError, type ErrorKey } from '@spillover/domain';

/**
 * What the loser of a race that a unique index decided is told: the same CONFLICT (message
 * and field) as when the use case's own check sees the winner's row, so a race and a
 * repeated request read alike. Keyed by the index's name; a unique violation of an index
 * not listed still becomes a CONFLICT, with a general message.
 */
const UNIQUE_INDEXES: Record<string, { message: string; key: ErrorKey; field?: string }> = {
  user_account_email_key: {
    message: 'An account with this e-mail address already exists. Sign in instead.',
    key: errorKey('account.emailTaken'),
    field: 'email',
  },
  invitation_pending_key: {
    message: 'This e-mail address already has a pending invitation. Revoke it to send a new one.',
    key: errorKey('organization.invitationPending'),
    field: 'email',
  },
  membership_organization_user_key: {
    message: 'You are already a member of this organization.',
    key: errorKey('organization.alreadyYourOrganization'),
    field: 'id',
  },
  cluster_membership_cluster_organization_key: {
    message: 'The organization already applied to this cluster.',
    key: errorKey('clusterMembership.alreadyApplied'),
    field: 'organizationId',
  },
  cluster_partnership_live_pair_key: {
    message: 'These clusters already have a partnership, proposed or active.',
    key: errorKey('clusterPartnership.alreadyPartners'),
    field: 'partnerClusterId',
  },
  interest_one_holding_need_idx: {
    message:
      'Your organization already has an open interest in this item: withdraw it or wait for its answer first.',
    key: errorKey('interest.duplicate'),
    field: 'needId',
  },
  interest_one_holding_capability_idx: {
    message:
      'Your organization already has an open interest in this item: withdraw it or wait for its answer first.',
    key: errorKey('interest.duplicate'),
    field: 'capabilityId',
  },
  call_reviewer_call_user_key: {
    message: 'This person is already in the call’s review pool.',
    key: errorKey('review.alreadyInPool'),
    field: 'userId',
  },
  call_reviewer_call_email_key: {
    message: 'This e-mail address is already in the call’s review pool.',
    key: errorKey('review.alreadyInPool'),
    field: 'email',
  },
  review_assignment_open_key: {
    message: 'This reviewer is already assigned to the application.',
    key: errorKey('review.alreadyAssigned'),
    field: 'reviewerId',
  },
  review_assignment_key: {
    message: 'Someone saved this review at the same moment; reload to see it.',
    key: errorKey('common.sameMoment'),
    field: 'assignmentId',
  },
  cluster_manager_pkey: {
    message: 'This person already manages the cluster.',
    key: errorKey('cluster.alreadyManager'),
    field: 'email',
  },
};

export function lostRace(constraint: string | undefined): DomainError {
  const known = constraint ? UNIQUE_INDEXES[constraint] : undefined;
  return known
    ? conflict(known.message, known.key, known.field)
    : conflict(
        'Someone else made the same change at the same moment; reload to see it.',
        errorKey('common.sameMoment'),
      );
}

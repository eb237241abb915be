import { DomainError, errorKey, type ErrorKey } from '../errors/domain-error';

/**
 * A cluster membership's life: an organization applies (PENDING); a manager admits it
 * (ACTIVE) or rejects it (REJECTED); an ACTIVE member may later be removed (REMOVED).
 * A rejected or removed organization may apply again, which starts a new PENDING round.
 */
export const CLUSTER_MEMBERSHIP_STATUSES = ['PENDING', 'ACTIVE', 'REJECTED', 'REMOVED'] as const;
export type ClusterMembershipStatus = (typeof CLUSTER_MEMBERSHIP_STATUSES)[number];

export type ClusterMembershipAction = 'apply' | 'admit' | 'reject' | 'remove';

const TRANSITIONS: Record<ClusterMembershipAction, { from: readonly (ClusterMembershipStatus | null)[]; to: ClusterMembershipStatus; needsReason: boolean }> = {
  apply: { from: [null, 'REJECTED', 'REMOVED'], to: 'PENDING', needsReason: false },
  admit: { from: ['PENDING'], to: 'ACTIVE', needsReason: false },
  reject: { from: ['PENDING'], to: 'REJECTED', needsReason: true },
  remove: { from: ['ACTIVE'], to: 'REMOVED', needsReason: true },
};

const CONFLICT_MESSAGES: Record<ClusterMembershipAction, string> = {
  apply: 'The organization already applied to or belongs to this cluster.',
  admit: 'Only a pending application can be admitted.',
  reject: 'Only a pending application can be rejected.',
  remove: 'Only an active member can be removed.',
};

const CONFLICT_KEYS: Record<ClusterMembershipAction, ErrorKey> = {
  apply: errorKey('clusterMembership.alreadyApplied'),
  admit: errorKey('clusterMembership.admitNotPending'),
  reject: errorKey('clusterMembership.rejectNotPending'),
  remove: errorKey('clusterMembership.removeNotActive'),
};

/** The next status, or a CONFLICT (wrong state) / BAD_USER_INPUT (missing reason). */
export function transitionClusterMembership(
  current: ClusterMembershipStatus | null,
  action: ClusterMembershipAction,
  reason?: string | null,
): ClusterMembershipStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current))
    throw new DomainError('CONFLICT', `${CONFLICT_MESSAGES[action]} It is ${current ?? 'not a member'}.`, { field: 'status', key: CONFLICT_KEYS[action] });
  if (transition.needsReason && !reason?.trim())
    throw new DomainError('BAD_USER_INPUT', `Give a reason to ${action} this organization; it is shown to them.`, { field: 'reason', key: errorKey('clusterMembership.reasonRequired') });
  return transition.to;
}

/** Actions a viewer could take from a status, for showing only the buttons that work. */
export function availableClusterMembershipActions(current: ClusterMembershipStatus | null): ClusterMembershipAction[] {
  return (Object.keys(TRANSITIONS) as ClusterMembershipAction[]).filter((action) => TRANSITIONS[action].from.includes(current));
}

import { DomainError, badInput, errorKey, type ErrorKey } from '../errors/domain-error';

/**
 * A cluster membership's life: an organization applies (PENDING); a manager admits it
 * (ACTIVE) or rejects it (REJECTED); an ACTIVE member may later be removed (REMOVED).
 * A rejected or removed organization may apply again, which starts a new PENDING round.
 */
export const CLUSTER_MEMBERSHIP_STATUSES = ['PENDING', 'ACTIVE', 'REJECTED', 'REMOVED'] as const;
export type ClusterMembershipStatus = (typeof CLUSTER_MEMBERSHIP_STATUSES)[number];

export type ClusterMembershipAction = 'apply' | 'admit' | 'reject' | 'remove';

const TRANSITIONS: Record<
  ClusterMembershipAction,
  {
    from: readonly (ClusterMembershipStatus | null)[];
    to: ClusterMembershipStatus;
    needsReason: boolean;
  }
> = {
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
    throw new DomainError(
      'CONFLICT',
      `${CONFLICT_MESSAGES[action]} It is ${current ?? 'not a member'}.`,
      { field: 'status', key: CONFLICT_KEYS[action] },
    );
  if (transition.needsReason && !reason?.trim())
    throw new DomainError(
      'BAD_USER_INPUT',
      `Give a reason to ${action} this organization; it is shown to them.`,
      { field: 'reason', key: errorKey('clusterMembership.reasonRequired') },
    );
  return transition.to;
}

/** Actions a viewer could take from a status, for showing only the buttons that work. */
export function availableClusterMembershipActions(
  current: ClusterMembershipStatus | null,
): ClusterMembershipAction[] {
  return (Object.keys(TRANSITIONS) as ClusterMembershipAction[]).filter((action) =>
    TRANSITIONS[action].from.includes(current),
  );
}

/**
 * A cluster is run by its own organization (a cluster organization or an agency): that
 * organization operates the cluster and does not apply to join it.
 */
export const CLUSTER_OWN_ORGANIZATION_MESSAGE =
  'This organization runs the cluster; it does not apply to join it. Apply for another organization.';

export function assertMayApplyToCluster(
  cluster: { organizationId: string },
  organizationId: string,
): void {
  if (cluster.organizationId === organizationId)
    throw badInput(
      'organizationId',
      CLUSTER_OWN_ORGANIZATION_MESSAGE,
      errorKey('clusterMembership.ownOrganization'),
    );
}

/**
 * The organizations a person may apply for to a cluster, for offering only those: the ones
 * they administer that are not in it or waiting already, never the cluster's own
 * organization, and none at all when they manage the cluster (its managers decide on
 * applications; the API refuses them as it refuses the cluster's own organization).
 */
export function organizationsThatMayApply<O extends { id: string }>(input: {
  cluster: { organizationId: string; viewerIsManager: boolean };
  administered: readonly O[];
  memberOrApplied: ReadonlySet<string>;
}): O[] {
  if (input.cluster.viewerIsManager) return [];
  return input.administered.filter(
    (organization) =>
      organization.id !== input.cluster.organizationId &&
      !input.memberOrApplied.has(organization.id),
  );
}

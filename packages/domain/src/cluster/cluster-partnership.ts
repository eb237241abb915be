import { z } from 'zod';
import { reasonSchema } from '../common/fields';
import { DomainError, badInput, errorKey, type ErrorKey } from '../errors/domain-error';

/**
 * A partnership between two clusters (클러스터 협력): one cluster's manager proposes it
 * (PROPOSED); the other cluster's manager accepts (ACTIVE) or declines (DECLINED); either
 * side's manager ends an active one (ENDED); the proposer may withdraw its proposal before
 * it is answered (WITHDRAWN). A declined, withdrawn or ended partnership stays on
 * record; the two clusters may then propose a new one. While ACTIVE, each cluster's ACTIVE
 * members see the other's CLUSTER-visible listings, and matching counts the two clusters
 * as partners.
 */
export const CLUSTER_PARTNERSHIP_STATUSES = [
  'PROPOSED',
  'ACTIVE',
  'DECLINED',
  'WITHDRAWN',
  'ENDED',
] as const;
export type ClusterPartnershipStatus = (typeof CLUSTER_PARTNERSHIP_STATUSES)[number];

/** DOMESTIC: pan-regional, both clusters in one country; INTERNATIONAL: in two countries. */
export const CLUSTER_PARTNERSHIP_KINDS = ['DOMESTIC', 'INTERNATIONAL'] as const;
export type ClusterPartnershipKind = (typeof CLUSTER_PARTNERSHIP_KINDS)[number];

/** The statuses that hold the pair: at most one of these per pair of clusters. */
export const LIVE_PARTNERSHIP_STATUSES = [
  'PROPOSED',
  'ACTIVE',
] as const satisfies readonly ClusterPartnershipStatus[];

export type ClusterPartnershipAction = 'accept' | 'decline' | 'withdraw' | 'end';

/**
 * How the person acting stands to a partnership: a manager of the cluster that proposed it,
 * of the cluster it was proposed to, or of neither (a platform admin may still see it).
 */
export type ClusterPartnershipSide = 'PROPOSER' | 'RECIPIENT' | 'NONE';

const TRANSITIONS: Record<
  ClusterPartnershipAction,
  {
    from: ClusterPartnershipStatus;
    to: ClusterPartnershipStatus;
    sides: readonly ClusterPartnershipSide[];
  }
> = {
  // The proposer does not answer its own proposal.
  accept: { from: 'PROPOSED', to: 'ACTIVE', sides: ['RECIPIENT'] },
  decline: { from: 'PROPOSED', to: 'DECLINED', sides: ['RECIPIENT'] },
  // Only the proposer takes back its own proposal, and only while it is unanswered.
  withdraw: { from: 'PROPOSED', to: 'WITHDRAWN', sides: ['PROPOSER'] },
  end: { from: 'ACTIVE', to: 'ENDED', sides: ['PROPOSER', 'RECIPIENT'] },
};

const CONFLICT_KEYS: Record<ClusterPartnershipAction, ErrorKey> = {
  accept: errorKey('clusterPartnership.notProposed'),
  decline: errorKey('clusterPartnership.notProposed'),
  withdraw: errorKey('clusterPartnership.notProposed'),
  end: errorKey('clusterPartnership.notActive'),
};

/** The side of a manager of `managedClusterIds`; a manager of both clusters acts as the proposer. */
export function partnershipSideOf(
  managedClusterIds: ReadonlySet<string>,
  partnership: { proposerClusterId: string; recipientClusterId: string },
): ClusterPartnershipSide {
  if (managedClusterIds.has(partnership.proposerClusterId)) return 'PROPOSER';
  if (managedClusterIds.has(partnership.recipientClusterId)) return 'RECIPIENT';
  return 'NONE';
}

/** Whether a side may take an action at all (whatever the status): the policy's rule. */
export const mayActOnPartnership = (
  action: ClusterPartnershipAction,
  side: ClusterPartnershipSide,
): boolean => TRANSITIONS[action].sides.includes(side);

/** Actions that need a reason the other side reads (accept and withdraw do not). */
const NEEDS_REASON: Record<ClusterPartnershipAction, boolean> = {
  accept: false,
  decline: true,
  withdraw: false,
  end: true,
};

const PAST: Record<ClusterPartnershipAction, string> = {
  accept: 'accepted',
  decline: 'declined',
  withdraw: 'withdrawn',
  end: 'ended',
};

/** The next status, or a CONFLICT (wrong status) / BAD_USER_INPUT (missing reason). */
export function transitionClusterPartnership(
  current: ClusterPartnershipStatus,
  action: ClusterPartnershipAction,
  reason?: string | null,
): ClusterPartnershipStatus {
  const transition = TRANSITIONS[action];
  if (current !== transition.from)
    throw new DomainError(
      'CONFLICT',
      `Only a ${transition.from.toLowerCase()} partnership can be ${PAST[action]}. It is ${current}.`,
      {
        field: 'status',
        key: CONFLICT_KEYS[action],
      },
    );
  if (NEEDS_REASON[action] && !reason?.trim())
    throw new DomainError(
      'BAD_USER_INPUT',
      `Give a reason to ${action} this partnership; the other cluster's managers read it.`,
      {
        field: 'reason',
        key: errorKey('clusterPartnership.reasonRequired'),
      },
    );
  return transition.to;
}

/** The actions a side could take now, for showing only the buttons that work. */
export function availablePartnershipActions(
  current: ClusterPartnershipStatus,
  side: ClusterPartnershipSide,
): ClusterPartnershipAction[] {
  return (Object.keys(TRANSITIONS) as ClusterPartnershipAction[]).filter(
    (action) => TRANSITIONS[action].from === current && TRANSITIONS[action].sides.includes(side),
  );
}

/**
 * A proposal names another cluster, of the kind its countries make it: DOMESTIC between
 * clusters of one country (pan-regional), INTERNATIONAL between two countries.
 */
export function assertPartnershipFits(
  kind: ClusterPartnershipKind,
  proposer: { id: string; country: string },
  recipient: { id: string; country: string },
): void {
  if (proposer.id === recipient.id)
    throw badInput(
      'partnerClusterId',
      'A cluster does not partner with itself; choose another cluster.',
      errorKey('clusterPartnership.sameCluster'),
    );
  const expected = partnershipKindFor(proposer.country, recipient.country);
  if (kind !== expected)
    throw badInput(
      'kind',
      expected === 'DOMESTIC'
        ? `Both clusters are in ${proposer.country}: propose a DOMESTIC partnership.`
        : `The clusters are in ${proposer.country} and ${recipient.country}: propose an INTERNATIONAL partnership.`,
      expected === 'DOMESTIC'
        ? errorKey('clusterPartnership.kindDomestic')
        : errorKey('clusterPartnership.kindInternational'),
    );
}

/** The kind two clusters' countries call for (the web preselects it). */
export const partnershipKindFor = (countryA: string, countryB: string): ClusterPartnershipKind =>
  countryA === countryB ? 'DOMESTIC' : 'INTERNATIONAL';

const id = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .uuid({ message: `Choose ${what}.` });

export const proposeClusterPartnershipSchema = z.object({
  clusterId: id('the cluster you manage'),
  partnerClusterId: id('the cluster to partner with'),
  kind: z.enum(CLUSTER_PARTNERSHIP_KINDS, { message: 'Choose DOMESTIC or INTERNATIONAL.' }),
  note: z.string().trim().max(2000, 'A note has at most 2000 characters.').default(''),
});
export type ProposeClusterPartnershipInput = z.output<typeof proposeClusterPartnershipSchema>;

/** Accept and withdraw need no reason; decline and end do (the transition enforces it). */
export const clusterPartnershipDecisionSchema = z.object({
  partnershipId: id('the partnership'),
  reason: reasonSchema.nullish(),
});
export type ClusterPartnershipDecisionInput = z.output<typeof clusterPartnershipDecisionSchema>;

import { Injectable } from '@nestjs/common';
import {
  assertPartnershipFits,
  availablePartnershipActions,
  conflict,
  errorKey,
  notFound,
  partnershipSideOf,
  transitionClusterPartnership,
  type ClusterPartnershipAction,
  type ClusterPartnershipDecisionInput,
  type ClusterPartnershipStatus,
  type ProposeClusterPartnershipInput,
} from '@spillover/domain';
import type { CollaborationEntity } from '../collaboration/collaboration.entity';
import { NotificationService } from '../notification/notification.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { ClusterMembershipEntity } from './cluster-membership.entity';
import type { ClusterPartnershipEntity } from './cluster-partnership.entity';
import { ClusterPartnershipRepository } from './cluster-partnership.repository';
import type { ClusterEntity } from './cluster.entity';
import { ClusterRepository } from './cluster.repository';

const COLLABORATIONS_SHOWN = 100;

const recipientOf = (p: ClusterPartnershipEntity): string =>
  p.proposerClusterId === p.clusterAId ? p.clusterBId : p.clusterAId;
const subjectOf = (p: ClusterPartnershipEntity) => ({
  proposerClusterId: p.proposerClusterId,
  recipientClusterId: recipientOf(p),
  status: p.status,
});
const stateOf = (p: ClusterPartnershipEntity) => ({
  kind: p.kind,
  status: p.status,
  proposerClusterId: p.proposerClusterId,
  recipientClusterId: recipientOf(p),
  note: p.note,
  reason: p.reason,
});

const AUDIT_ACTIONS = {
  accept: 'clusterPartnership.accepted',
  decline: 'clusterPartnership.declined',
  withdraw: 'clusterPartnership.withdrawn',
  end: 'clusterPartnership.ended',
} as const;

/**
 * Cluster partnerships: a manager proposes one, the other cluster's managers answer it,
 * either side ends it. Starting or ending one changes who sees CLUSTER listings (the policy's
 * listing predicate reads cluster_partnership) and matching's proximity, so both ask for a
 * match refresh of the two clusters' members in the same transaction.
 */
@Injectable()
export class ClusterPartnershipService {
  constructor(
    private readonly partnerships: ClusterPartnershipRepository,
    private readonly clusters: ClusterRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifications: NotificationService,
  ) {}

  async get(actor: Actor, id: string): Promise<ClusterPartnershipEntity> {
    const partnership = await this.partnerships.find(id);
    if (!partnership) throw notFound('The cluster partnership');
    await this.policy.assert(actor, 'clusterPartnership.view', subjectOf(partnership));
    return partnership;
  }

  async ofCluster(
    actor: Actor,
    clusterId: string,
    statuses: readonly ClusterPartnershipStatus[] | null,
  ): Promise<ClusterPartnershipEntity[]> {
    return this.partnerships.ofCluster(
      clusterId,
      await this.policy.clusterPartnershipVisibility(actor, 'p'),
      statuses,
    );
  }

  /** What the caller could do now, for the page's buttons (the same rules as the mutations). */
  async viewerActions(
    actor: Actor,
    partnership: {
      proposerClusterId: string;
      recipientClusterId: string;
      status: ClusterPartnershipStatus;
    },
  ): Promise<ClusterPartnershipAction[]> {
    const facts = await this.policy.factsOf(actor);
    if (!facts) return [];
    return availablePartnershipActions(
      partnership.status,
      partnershipSideOf(facts.managedClusters, partnership),
    );
  }

  members(partnership: {
    proposerClusterId: string;
    recipientClusterId: string;
  }): Promise<ClusterMembershipEntity[]> {
    return this.partnerships.activeMembers([
      partnership.proposerClusterId,
      partnership.recipientClusterId,
    ]);
  }

  async collaborations(
    actor: Actor,
    partnership: { proposerClusterId: string; recipientClusterId: string },
  ): Promise<CollaborationEntity[]> {
    const visibility = await this.policy.partnershipCollaborationVisibility(actor, 'co', [
      partnership.proposerClusterId,
      partnership.recipientClusterId,
    ]);
    return this.partnerships.crossClusterCollaborations(
      partnership.proposerClusterId,
      partnership.recipientClusterId,
      visibility,
      COLLABORATIONS_SHOWN,
    );
  }

  async propose(
    actor: Actor,
    input: ProposeClusterPartnershipInput,
  ): Promise<ClusterPartnershipEntity> {
    const facts = await this.policy.signedIn(actor);
    const proposer = await this.clusters.findById(input.clusterId);
    if (!proposer) throw notFound('The cluster');
    await this.policy.assert(
      actor,
      'clusterPartnership.propose',
      { clusterId: proposer.id },
      'clusterId',
    );
    const recipient = await this.clusters.findById(input.partnerClusterId);
    if (!recipient) throw notFound('The partner cluster');
    assertPartnershipFits(input.kind, proposer, recipient);
    const [clusterAId, clusterBId] =
      proposer.id < recipient.id ? [proposer.id, recipient.id] : [recipient.id, proposer.id];
    return this.transactions.run(async () => {
      // A repeated request reads like a lost race: the unique index decides both (lost-races.ts).
      if (await this.partnerships.findLive(clusterAId, clusterBId))
        throw conflict(
          'These clusters already have a partnership, proposed or active.',
          errorKey('clusterPartnership.alreadyPartners'),
          'partnerClusterId',
        );
      const saved = await this.partnerships.insert({
        clusterAId,
        clusterBId,
        proposerClusterId: proposer.id,
        kind: input.kind,
        status: 'PROPOSED',
        note: input.note,
        proposedById: facts.userId,
        proposedAt: new Date(),
        answeredAt: null,
        answeredById: null,
        endedAt: null,
        endedById: null,
        endedByClusterId: null,
        reason: null,
      });
      await this.audit.record(actor, {
        action: 'clusterPartnership.proposed',
        objectType: 'ClusterPartnership',
        objectId: saved.id,
        clusterId: proposer.id,
        counterpartClusterId: recipient.id,
        after: stateOf(saved),
      });
      await this.notifyManagers(
        'cluster.partnershipProposed',
        saved,
        recipient.id,
        facts.userId,
        { proposer, recipient },
        `${saved.id}:proposed`,
      );
      return saved;
    });
  }

  /** accept / decline / withdraw / end: the transition and who may take it are the domain's. */
  async decide(
    actor: Actor,
    action: ClusterPartnershipAction,
    input: ClusterPartnershipDecisionInput,
  ): Promise<ClusterPartnershipEntity> {
    const facts = await this.policy.signedIn(actor);
    const visible = await this.partnerships.find(input.partnershipId);
    if (!visible) throw notFound('The cluster partnership');
    await this.policy.assert(actor, 'clusterPartnership.decide', { ...subjectOf(visible), action });
    return this.transactions.run(async () => {
      const current = await this.partnerships.find(input.partnershipId, true);
      if (!current) throw notFound('The cluster partnership');
      const before = stateOf(current);
      const status = transitionClusterPartnership(current.status, action, input.reason);
      const now = new Date();
      const side = partnershipSideOf(facts.managedClusters, subjectOf(current));
      const actingClusterId =
        side === 'PROPOSER' ? current.proposerClusterId : recipientOf(current);
      const otherClusterId = side === 'PROPOSER' ? recipientOf(current) : current.proposerClusterId;
      const saved = await this.partnerships.save({
        ...current,
        status,
        reason: action === 'accept' ? null : (input.reason ?? null),
        // Withdrawing closes the proposal from the proposer's side, as ending closes an active one.
        ...(action === 'end' || action === 'withdraw'
          ? { endedAt: now, endedById: facts.userId, endedByClusterId: actingClusterId }
          : { answeredAt: now, answeredById: facts.userId }),
      });
      await this.audit.record(actor, {
        action: AUDIT_ACTIONS[action],
        objectType: 'ClusterPartnership',
        objectId: saved.id,
        clusterId: actingClusterId,
        counterpartClusterId: otherClusterId,
        before,
        after: stateOf(saved),
      });
      // Visibility and proximity change with ACTIVE (accept and end): stored matches follow.
      if (action === 'accept' || action === 'end')
        await this.partnerships.requestMatchRefresh([saved.clusterAId, saved.clusterBId]);
      const [proposer, recipient, endedBy] = await Promise.all([
        this.clusters.findById(saved.proposerClusterId),
        this.clusters.findById(recipientOf(saved)),
        this.clusters.findById(actingClusterId),
      ]);
      const names = { proposer, recipient, endedBy };
      if (action === 'end' || action === 'withdraw')
        await this.notifyManagers(
          'cluster.partnershipEnded',
          saved,
          otherClusterId,
          facts.userId,
          names,
          `${saved.id}:${action === 'end' ? 'ended' : 'withdrawn'}`,
        );
      else
        await this.notifyManagers(
          'cluster.partnershipAnswered',
          saved,
          saved.proposerClusterId,
          facts.userId,
          names,
          `${saved.id}:answered`,
        );
      return saved;
    });
  }

  private async notifyManagers(
    type:
      'cluster.partnershipProposed' | 'cluster.partnershipAnswered' | 'cluster.partnershipEnded',
    partnership: ClusterPartnershipEntity,
    clusterId: string,
    exceptUserId: string,
    names: {
      proposer: ClusterEntity | null;
      recipient: ClusterEntity | null;
      endedBy?: ClusterEntity | null;
    },
    key: string,
  ): Promise<void> {
    const userIds = await this.clusters.managerIds(clusterId);
    if (!userIds.length) return;
    await this.notifications.notify(
      {
        type,
        recipients: { userIds },
        exceptUserId,
        subject: null,
        // Each language shows the clusters' own names; `context` picks ACCEPTED or DECLINED words.
        params: {
          proposer: names.proposer?.nameEn ?? '',
          proposerKo: names.proposer?.nameKo ?? '',
          recipient: names.recipient?.nameEn ?? '',
          recipientKo: names.recipient?.nameKo ?? '',
          endedBy: names.endedBy?.nameEn ?? '',
          endedByKo: names.endedBy?.nameKo ?? '',
          kind: partnership.kind === 'DOMESTIC' ? 'domestic (pan-regional)' : 'international',
          kindKo: partnership.kind === 'DOMESTIC' ? '국내(초광역)' : '국제',
          note: partnership.note || '—',
          reason: partnership.reason ?? '—',
          context: partnership.status,
        },
        path: `/partnerships/${partnership.id}`,
      },
      key,
    );
  }
}

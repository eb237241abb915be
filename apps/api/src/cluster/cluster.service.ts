import { Injectable } from '@nestjs/common';
import {
  DomainError,
  assertMayApplyToCluster,
  canRunCluster,
  clusterSchema,
  conflict,
  notFound,
  parseInput,
  transitionClusterMembership,
  type ApplyToClusterInput,
  type ClusterDecisionInput,
  type ClusterFilter,
  type ClusterMembershipAction,
  type ClusterMembershipStatus,
  errorKey,
} from '@spillover/domain';
import { UserRepository } from '../account/user.repository';
import { OrganizationRepository } from '../organization/organization.repository';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { NotificationService } from '../notification/notification.service';
import { Policy } from '../platform/policy/policy.service';
import type { ClusterMembershipEntity } from './cluster-membership.entity';
import type { ClusterEntity } from './cluster.entity';
import { ClusterRepository } from './cluster.repository';

const membershipState = (m: ClusterMembershipEntity) => ({
  organizationId: m.organizationId,
  status: m.status,
  reason: m.reason,
});

/** Clusters, their managers, and organizations joining them. */
@Injectable()
export class ClusterService {
  constructor(
    private readonly clusters: ClusterRepository,
    private readonly organizations: OrganizationRepository,
    private readonly users: UserRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifications: NotificationService,
  ) {}

  async get(id: string): Promise<ClusterEntity> {
    const cluster = await this.clusters.findById(id);
    if (!cluster) throw notFound('The cluster');
    return cluster;
  }

  list(filter: ClusterFilter, first: number, after: unknown[] | null) {
    return this.clusters.list(filter, first, after);
  }

  async create(actor: Actor, input: unknown): Promise<ClusterEntity> {
    await this.policy.assert(actor, 'cluster.create', {});
    const values = parseInput(clusterSchema, input);
    const organization = await this.organizations.findById(values.organizationId);
    if (!organization)
      throw new DomainError('BAD_USER_INPUT', 'The cluster organization does not exist.', {
        field: 'organizationId',
        key: errorKey('cluster.organizationMissing'),
      });
    if (!canRunCluster(organization.kind))
      throw new DomainError(
        'BAD_USER_INPUT',
        'A cluster is run by a cluster organization or a public agency; choose one of those.',
        { field: 'organizationId', key: errorKey('cluster.organizationKind') },
      );
    return this.transactions.run(async () => {
      const cluster = await this.clusters.insert({ ...values, region: values.region ?? null });
      await this.audit.record(actor, {
        action: 'cluster.created',
        objectType: 'Cluster',
        objectId: cluster.id,
        clusterId: cluster.id,
        after: values,
      });
      return cluster;
    });
  }

  async appointManager(actor: Actor, clusterId: string, email: string): Promise<ClusterEntity> {
    const cluster = await this.get(clusterId);
    await this.policy.assert(actor, 'cluster.appointManager', { clusterId });
    const user = await this.users.findByEmail(email);
    if (!user)
      throw new DomainError(
        'BAD_USER_INPUT',
        'No account uses this e-mail address. Ask the person to sign up first.',
        { field: 'email', key: errorKey('cluster.managerNoAccount') },
      );
    await this.transactions.run(async () => {
      if (await this.clusters.isManager(clusterId, user.id))
        throw conflict(
          'This person already manages the cluster.',
          errorKey('cluster.alreadyManager'),
          'email',
        );
      await this.clusters.addManager(
        clusterId,
        user.id,
        actor.kind === 'user' ? actor.userId : user.id,
      );
      await this.audit.record(actor, {
        action: 'cluster.managerAppointed',
        objectType: 'Cluster',
        objectId: clusterId,
        clusterId,
        after: { managerId: user.id },
      });
    });
    return cluster;
  }

  async removeManager(actor: Actor, clusterId: string, userId: string): Promise<ClusterEntity> {
    const cluster = await this.get(clusterId);
    await this.policy.assert(actor, 'cluster.appointManager', { clusterId });
    await this.transactions.run(async () => {
      if (!(await this.clusters.removeManager(clusterId, userId)))
        throw notFound('The cluster manager');
      await this.audit.record(actor, {
        action: 'cluster.managerRemoved',
        objectType: 'Cluster',
        objectId: clusterId,
        clusterId,
        before: { managerId: userId },
      });
    });
    return cluster;
  }

  managerIds(clusterId: string): Promise<string[]> {
    return this.clusters.managerIds(clusterId);
  }

  managedClusterIds(userId: string): Promise<string[]> {
    return this.clusters.managedClusterIds(userId);
  }

  async members(
    actor: Actor,
    clusterId: string,
    status: ClusterMembershipStatus | null,
  ): Promise<ClusterMembershipEntity[]> {
    return this.clusters.membersOf(
      clusterId,
      await this.policy.clusterMembershipVisibility(actor, 'cm'),
      status,
    );
  }

  async membershipsOfOrganization(
    actor: Actor,
    organizationId: string,
  ): Promise<ClusterMembershipEntity[]> {
    return this.clusters.membershipsOfOrganization(
      organizationId,
      await this.policy.clusterMembershipVisibility(actor, 'cm'),
    );
  }

  countActiveMembers(clusterId: string): Promise<number> {
    return this.clusters.countActiveMembers(clusterId);
  }

  async apply(actor: Actor, input: ApplyToClusterInput): Promise<ClusterMembershipEntity> {
    const cluster = await this.get(input.clusterId);
    if (!(await this.organizations.findById(input.organizationId)))
      throw notFound('The organization');
    await this.policy.assert(actor, 'clusterMembership.apply', {
      organizationId: input.organizationId,
      clusterId: input.clusterId,
    });
    assertMayApplyToCluster(cluster, input.organizationId);
    return this.transactions.run(async () => {
      const existing = await this.clusters.findMembershipOf(input.clusterId, input.organizationId);
      const status = transitionClusterMembership(existing?.status ?? null, 'apply');
      // Two applications at once: the unique index decides (see lost-races.ts).
      const saved = await this.clusters.saveMembership({
        ...(existing ?? {}),
        clusterId: input.clusterId,
        organizationId: input.organizationId,
        status,
        message: input.message,
        reason: null,
        appliedAt: new Date(),
        decidedAt: null,
        decidedById: null,
      });
      await this.audit.record(actor, {
        action: 'clusterMembership.applied',
        objectType: 'ClusterMembership',
        objectId: saved.id,
        clusterId: input.clusterId,
        organizationId: input.organizationId,
        before: existing ? membershipState(existing) : null,
        after: membershipState(saved),
      });
      return saved;
    });
  }

  /** admit / reject / remove: the transition is the domain's, the permission the policy's. */
  async decide(
    actor: Actor,
    action: Exclude<ClusterMembershipAction, 'apply'>,
    input: ClusterDecisionInput,
  ): Promise<ClusterMembershipEntity> {
    // Signed-out callers are asked to sign in, whatever the membership (not told NOT_FOUND).
    const facts = await this.policy.signedIn(actor);
    const visible = await this.clusters.findMembership(input.membershipId);
    if (!visible) throw notFound('The cluster membership');
    await this.policy.assert(actor, 'cluster.decide', {
      clusterId: visible.clusterId,
      organizationId: visible.organizationId,
      status: visible.status,
    });
    return this.transactions.run(async () => {
      const current = await this.clusters.findMembership(input.membershipId, true);
      if (!current) throw notFound('The cluster membership');
      const before = membershipState(current);
      const status = transitionClusterMembership(current.status, action, input.reason);
      const saved = await this.clusters.saveMembership({
        ...current,
        status,
        reason: input.reason ?? null,
        decidedAt: new Date(),
        decidedById: facts.userId,
      });
      await this.audit.record(actor, {
        action: `clusterMembership.${action === 'admit' ? 'admitted' : action === 'reject' ? 'rejected' : 'removed'}`,
        objectType: 'ClusterMembership',
        objectId: saved.id,
        clusterId: saved.clusterId,
        organizationId: saved.organizationId,
        before,
        after: membershipState(saved),
      });
      if (action !== 'remove') {
        const [cluster, organization] = await Promise.all([
          this.clusters.findById(saved.clusterId),
          this.organizations.findById(saved.organizationId),
        ]);
        await this.notifications.notify(
          {
            type: 'cluster.applicationDecided',
            recipients: { organizationIds: [saved.organizationId] },
            exceptUserId: facts.userId,
            subject: null,
            // `context` picks the catalog's ADMITTED or REJECTED sentence; each language shows its name.
            params: {
              cluster: cluster?.nameEn ?? '',
              clusterKo: cluster?.nameKo ?? '',
              organization: organization?.name ?? '',
              reason: saved.reason ?? '—',
              context: saved.status,
            },
            path: `/clusters/${saved.clusterId}`,
          },
          `${saved.id}:${saved.decidedAt?.toISOString() ?? ''}`,
        );
      }
      return saved;
    });
  }
}

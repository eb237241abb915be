import { columnsOf as capabilityColumns } from '../capability/capability-values';
import { columnsOf as needColumns } from '../need/need-values';
import { Injectable } from '@nestjs/common';
import {
  callDraftSchema,
  callFunderSchema,
  capabilityDraftSchema,
  needDraftSchema,
  organizationSchema,
  parseInput,
} from '@spillover/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { UserEntity } from '../account/user.entity';
import { callColumnsOf } from '../call/call-values';
import { CallFunderEntity } from '../call/call-funder.entity';
import { CallEntity } from '../call/call.entity';
import { CapabilityInvitedOrganizationEntity } from '../capability/capability-invited-organization.entity';
import { CapabilityEntity } from '../capability/capability.entity';
import { CollaborationEntity, collaborationPair } from '../collaboration/collaboration.entity';
import { ClusterManagerEntity } from '../cluster/cluster-manager.entity';
import { ClusterMembershipEntity } from '../cluster/cluster-membership.entity';
import { ClusterPartnershipEntity } from '../cluster/cluster-partnership.entity';
import { ClusterEntity } from '../cluster/cluster.entity';
import { NdaAcceptanceEntity } from '../need/nda-acceptance.entity';
import { NeedInvitedOrganizationEntity } from '../need/need-invited-organization.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import { MembershipEntity } from '../organization/membership.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { AuditEventEntity } from '../platform/audit/audit-event.entity';
import { PasswordHasher } from '../platform/auth/password-hasher';
import { Transactions } from '../platform/database/transactions';
import { Mailer } from '../email/mailer';
import { insertDemoConversations } from './demo-conversations';
import { insertDemoNotifications } from './demo-notifications';
import { DEMO_EMAILS } from './demo-emails';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_CLUSTERS,
  DEMO_CLUSTER_MEMBERSHIPS,
  DEMO_LOGINS,
  DEMO_ORGANIZATIONS,
  DEMO_PASSWORD,
  DEMO_USERS,
  type DemoClusterKey,
  type DemoOrganizationKey,
} from './demo-data';
import {
  DEMO_CAPABILITIES,
  DEMO_NDA_ACCEPTANCES,
  DEMO_NEEDS,
  demoCapabilityTimes,
  demoCapabilityValues,
  demoNeedTimes,
  demoNeedValues,
} from './demo-listings';
import { DEMO_COLLABORATIONS } from './demo-collaborations';
import { insertDemoInterests } from './demo-interests';
import { DEMO_CLUSTER_PARTNERSHIPS } from './demo-partnerships';
import { insertDemoApplications } from './demo-applications';
import { insertDemoAward } from './demo-award';
import { DEMO_CALLS } from './demo-calls';
import { DEMO_REVIEW_CALL, insertDemoReviews } from './demo-reviews';

export { DEMO_LOGINS, DEMO_PASSWORD } from './demo-data';

/** What the start-up banner prints: the shared password and who can sign in with it. */
export interface DemoSeedResult {
  password: string;
  logins: { email: string; role: string }[];
}

// Any constant will do; it only has to be the same in every replica, so that replicas
// starting together against an empty database load the demo once, not once each.
const SEED_LOCK_KEY = 0x5b111_0de;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Loads the demo cluster programme into an empty platform, once. */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly transactions: Transactions,
    private readonly hasher: PasswordHasher,
    private readonly mailer: Mailer,
  ) {}

  /**
   * Inserts the demo data unless it is there already, then returns the logins either way,
   * so they are printed on every start and not only the first.
   */
  async seedOnce(): Promise<DemoSeedResult | null> {
    const result: DemoSeedResult = {
      password: DEMO_PASSWORD,
      logins: DEMO_LOGINS.map(({ email, role }) => ({ email, role })),
    };
    if (await isLoaded(this.transactions.manager)) return result;
    // Hashed once, outside the transaction: argon2 is deliberately slow and needs no lock,
    // and every demo account shares the password, so one hash serves them all.
    const passwordHash = await this.hasher.hash(DEMO_PASSWORD);
    await this.transactions.run(async () => {
      const manager = this.transactions.manager;
      // A replica that lost the race waits here, then finds the data and inserts nothing.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
      if (await isLoaded(manager)) return;
      const now = new Date();
      await insertDemoData(manager, passwordHash, now);
      await insertDemoNotifications(manager, now);
      await insertDemoConversations(manager, now);
      await this.sendDemoEmails();
    });
    return result;
  }

  /** The outbox's examples, in the seeding transaction (so they exist exactly when the demo does). */
  private async sendDemoEmails(): Promise<void> {
    for (const { to, ...email } of DEMO_EMAILS) {
      const userId =
        'user' in to
          ? await this.transactions.manager
              .findOneOrFail(UserEntity, { where: { email: to.user } })
              .then((user) => user.id)
          : null;
      await this.mailer.send({
        ...email,
        to: userId
          ? { userId }
          : { userId: null, ...(to as { address: string; name: string; language: 'en' | 'ko' }) },
      });
    }
  }
}

function isLoaded(manager: EntityManager): Promise<boolean> {
  return manager.exists(UserEntity, { where: { email: DEMO_ADMIN_EMAIL } });
}

/** A UUID per demo key, minted up front so rows can point at each other before insertion. */
function idsFor<K extends string>(keys: readonly K[]): (key: K) => string {
  const ids = new Map<K, string>(keys.map((key) => [key, randomUUID()]));
  return (key) => {
    const id = ids.get(key);
    // Unreachable with the typed keys; kept so a bad edit fails loudly, not with a null FK.
    if (id === undefined) throw new Error(`Demo data refers to an unknown key: ${key}`);
    return id;
  };
}

async function insertDemoData(
  manager: EntityManager,
  passwordHash: string,
  now: Date,
): Promise<void> {
  const organizationId = idsFor(DEMO_ORGANIZATIONS.map((o) => o.key));
  const clusterId = idsFor(DEMO_CLUSTERS.map((c) => c.key));
  const userId = idsFor(DEMO_USERS.map((u) => u.email));
  const daysAgo = (days: number): Date => new Date(now.getTime() - days * DAY_MS);

  // Through the same schema the API uses, so demo rows are stored exactly as a created
  // organization would be (trimmed, nulls where the form would send none).
  const organizations = DEMO_ORGANIZATIONS.map((demo) => {
    const values = parseInput(organizationSchema, demo);
    return {
      id: organizationId(demo.key),
      ...values,
      size: values.size ?? null,
      region: values.region ?? null,
      website: values.website ?? null,
    };
  });
  await manager.insert(OrganizationEntity, organizations);

  await manager.insert(
    UserEntity,
    DEMO_USERS.map((user) => ({
      id: userId(user.email),
      email: user.email.toLowerCase(),
      passwordHash,
      displayName: user.displayName,
      preferredLanguage: user.preferredLanguage,
      roles: [...user.roles],
      // Demo people confirmed their addresses when they joined.
      emailVerifiedAt: daysAgo(60),
    })),
  );

  await manager.insert(
    MembershipEntity,
    DEMO_USERS.flatMap((user) =>
      user.memberships.map((membership) => ({
        id: randomUUID(),
        organizationId: organizationId(membership.organization),
        userId: userId(user.email),
        role: membership.role,
      })),
    ),
  );

  await manager.insert(
    ClusterEntity,
    DEMO_CLUSTERS.map((cluster) => ({
      id: clusterId(cluster.key),
      nameEn: cluster.nameEn,
      nameKo: cluster.nameKo,
      organizationId: organizationId(cluster.organization),
      country: cluster.country,
      region: cluster.region,
      focusSectors: [...cluster.focusSectors],
      description: cluster.description,
    })),
  );

  // The platform admin appointed every manager, as it would through appointClusterManager.
  const adminId = userId(DEMO_ADMIN_EMAIL);
  const managers = DEMO_USERS.flatMap((user) =>
    user.manages.map((cluster) => ({ cluster, userId: userId(user.email) })),
  );
  await manager.insert(
    ClusterManagerEntity,
    managers.map((m) => ({
      clusterId: clusterId(m.cluster),
      userId: m.userId,
      appointedById: adminId,
    })),
  );

  // Decisions are signed by the cluster's (first) manager, as if they had pressed the button.
  const deciderOf = (cluster: string): string | null =>
    managers.find((m) => m.cluster === cluster)?.userId ?? null;
  await manager.insert(
    ClusterMembershipEntity,
    DEMO_CLUSTER_MEMBERSHIPS.map((membership) => ({
      id: randomUUID(),
      clusterId: clusterId(membership.cluster),
      organizationId: organizationId(membership.organization),
      status: membership.status,
      message: membership.message,
      reason: membership.reason,
      appliedAt: daysAgo(membership.appliedDaysAgo),
      decidedAt: membership.decidedDaysAgo === null ? null : daysAgo(membership.decidedDaysAgo),
      decidedById: membership.decidedDaysAgo === null ? null : deciderOf(membership.cluster),
    })),
  );

  // Proposed and answered by the clusters' (first) managers, as if they had pressed the buttons.
  await manager.insert(
    ClusterPartnershipEntity,
    DEMO_CLUSTER_PARTNERSHIPS.map((partnership) => {
      const [proposer, recipient] = [
        clusterId(partnership.proposer),
        clusterId(partnership.recipient),
      ];
      return {
        id: randomUUID(),
        clusterAId: proposer < recipient ? proposer : recipient,
        clusterBId: proposer < recipient ? recipient : proposer,
        proposerClusterId: proposer,
        kind: partnership.kind,
        status: partnership.status,
        note: partnership.note,
        proposedById: deciderOf(partnership.proposer),
        proposedAt: daysAgo(partnership.proposedDaysAgo),
        answeredAt:
          partnership.answeredDaysAgo === null ? null : daysAgo(partnership.answeredDaysAgo),
        answeredById:
          partnership.answeredDaysAgo === null ? null : deciderOf(partnership.recipient),
      };
    }),
  );

  const needId = idsFor(DEMO_NEEDS.map((n) => n.key));
  const { counts: listings, ...listingIds } = await insertDemoListings(
    manager,
    now,
    organizationId,
    userId,
    needId,
  );
  const interests = await insertDemoInterests(manager, now, {
    organizationId,
    userId,
    ...listingIds,
  });

  // Earlier work as a cluster office knows it, and collaborations that accepted interests
  // started (typed, from a need; one marked completed as SOLVED, its need closed).
  await manager.insert(
    CollaborationEntity,
    DEMO_COLLABORATIONS.map((collaboration) => {
      const [organizationAId, organizationBId] = collaborationPair(
        organizationId(collaboration.between[0]),
        organizationId(collaboration.between[1]),
      );
      const { completed } = collaboration;
      return {
        id: randomUUID(),
        organizationAId,
        organizationBId,
        title: collaboration.title,
        technologyAreas: [...collaboration.technologyAreas],
        startedOn:
          typeof collaboration.startedOn === 'string'
            ? collaboration.startedOn
            : daysAgo(collaboration.startedOn.daysAgo).toISOString().slice(0, 10),
        type: collaboration.type ?? null,
        needId: collaboration.need ? needId(collaboration.need) : null,
        status: completed ? ('COMPLETED' as const) : ('ACTIVE' as const),
        outcome: completed?.outcome ?? null,
        completedAt: completed ? daysAgo(completed.daysAgo) : null,
        completedById: completed ? userId(completed.by) : null,
      };
    }),
  );

  const callIds = await insertDemoCalls(manager, now, clusterId, userId);
  const calls = callIds.size;
  const applications = await insertDemoApplications(
    manager,
    now,
    (key) => {
      const id = callIds.get(key);
      if (id === undefined) throw new Error(`Demo data refers to an unknown call: ${key}`);
      return id;
    },
    organizationId,
    userId,
  );

  const reviewCallId = callIds.get(DEMO_REVIEW_CALL);
  if (reviewCallId === undefined)
    throw new Error(`Demo data refers to an unknown call: ${DEMO_REVIEW_CALL}`);
  const reviewAssignments = await insertDemoReviews(
    manager,
    now,
    reviewCallId,
    userId,
    userId('manager.daegu@spillover.demo'),
  );
  const awarded = await insertDemoAward(manager, now, clusterId, organizationId, userId);

  // One event for the whole load rather than one per row: nobody did these things, and the
  // trail should say so instead of inventing history.
  await manager.insert(AuditEventEntity, {
    action: 'demo.loaded',
    objectType: 'Platform',
    objectId: randomUUID(),
    actorId: null,
    after: {
      organizations: organizations.length,
      clusters: DEMO_CLUSTERS.length,
      users: DEMO_USERS.length,
      ...listings,
      interests,
      collaborations: DEMO_COLLABORATIONS.length,
      clusterPartnerships: DEMO_CLUSTER_PARTNERSHIPS.length,
      calls: calls + 1,
      applications: applications + awarded,
      reviewAssignments,
    },
  });
}

/**
 * Technology needs (with invitations and NDA acceptances) and capabilities, stored as the
 * services would store them: values through the domain's draft schemas, times as if each
 * step had happened the given number of days before `now`. Returns the counts for the audit.
 */
async function insertDemoListings(
  manager: EntityManager,
  now: Date,
  organizationId: (key: DemoOrganizationKey) => string,
  userId: (email: string) => string,
  needId: (key: string) => string,
): Promise<{
  counts: { needs: number; capabilities: number; ndaAcceptances: number };
  needId: (key: string) => string;
  capabilityId: (key: string) => string;
  ownerOf: (listing: { need?: string; capability?: string }) => string;
  titleOf: (listing: { need?: string; capability?: string }) => string;
}> {
  const needs = DEMO_NEEDS.map((demo) => {
    const times = demoNeedTimes(demo, now);
    const values = parseInput(
      needDraftSchema,
      demoNeedValues(demo, organizationId, times.responseDeadline),
    );
    return {
      id: needId(demo.key),
      organizationId: organizationId(demo.organization),
      createdById: userId(demo.createdBy),
      status: demo.status,
      closeReason: demo.closeReason,
      ...needColumns(values),
      // As if imported from the organization's own catalogue: export, edit and import the
      // CSV again (bulk import) and these listings are updated, not duplicated.
      externalReference: demo.key,
      ndaText: demo.nda?.text ?? null,
      ndaVersion: demo.nda?.version ?? null,
      publishedAt: times.publishedAt,
      closedAt: times.closedAt,
      createdAt: times.createdAt,
    };
  });
  await manager.insert(TechnologyNeedEntity, needs);
  const needInvitations = DEMO_NEEDS.flatMap((demo) =>
    demo.invited.map((key) => ({ needId: needId(demo.key), organizationId: organizationId(key) })),
  );
  if (needInvitations.length) await manager.insert(NeedInvitedOrganizationEntity, needInvitations);

  const needByKey = new Map(DEMO_NEEDS.map((n) => [n.key as string, n]));
  const acceptances = DEMO_NDA_ACCEPTANCES.map((acceptance) => ({
    id: randomUUID(),
    needId: needId(acceptance.need),
    organizationId: organizationId(acceptance.organization),
    version: acceptance.version,
    // The text as it was accepted (the spec checks it is the need's current text).
    text: needByKey.get(acceptance.need)?.nda?.text ?? '',
    acceptedById: userId(acceptance.acceptedBy),
    acceptedAt: new Date(now.getTime() - acceptance.acceptedDaysAgo * DAY_MS),
  }));
  if (acceptances.length) await manager.insert(NdaAcceptanceEntity, acceptances);

  const capabilityId = idsFor(DEMO_CAPABILITIES.map((c) => c.key));
  const capabilities = DEMO_CAPABILITIES.map((demo) => {
    const times = demoCapabilityTimes(demo, now);
    const values = parseInput(capabilityDraftSchema, demoCapabilityValues(demo, organizationId));
    return {
      id: capabilityId(demo.key),
      organizationId: organizationId(demo.organization),
      createdById: userId(demo.createdBy),
      ...capabilityColumns(values),
      externalReference: demo.key,
      status: demo.status,
      publishedAt: times.publishedAt,
      archivedAt: times.archivedAt,
      createdAt: times.createdAt,
    };
  });
  await manager.insert(CapabilityEntity, capabilities);
  const capabilityInvitations = DEMO_CAPABILITIES.flatMap((demo) =>
    demo.invited.map((key) => ({
      capabilityId: capabilityId(demo.key),
      organizationId: organizationId(key),
    })),
  );
  if (capabilityInvitations.length)
    await manager.insert(CapabilityInvitedOrganizationEntity, capabilityInvitations);

  // Interests point at listings by key: their owner and title as stored above.
  const rows = new Map<string, { organizationId: string; title: string }>(
    [...needs, ...capabilities].map((row) => [
      row.id,
      { organizationId: row.organizationId, title: row.title ?? '' },
    ]),
  );
  const rowOf = (listing: { need?: string; capability?: string }) => {
    const row = rows.get(
      listing.need ? needId(listing.need) : capabilityId(listing.capability ?? ''),
    );
    if (!row)
      throw new Error(
        `Demo data refers to an unknown listing: ${listing.need ?? listing.capability}`,
      );
    return row;
  };
  return {
    counts: {
      needs: needs.length,
      capabilities: capabilities.length,
      ndaAcceptances: acceptances.length,
    },
    needId: (key) => needId(key as (typeof DEMO_NEEDS)[number]['key']),
    capabilityId: (key) => capabilityId(key as (typeof DEMO_CAPABILITIES)[number]['key']),
    ownerOf: (listing) => rowOf(listing).organizationId,
    titleOf: (listing) => rowOf(listing).title,
  };
}

/** The demo calls, through the domain's schemas as the API stores them; funders in their paying order. */
async function insertDemoCalls(
  manager: EntityManager,
  now: Date,
  clusterId: (key: DemoClusterKey) => string,
  userId: (email: string) => string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const demo of DEMO_CALLS) {
    const values = parseInput(callDraftSchema, demo.values(now));
    const openedAt =
      demo.openedDaysAgo === null ? null : new Date(now.getTime() - demo.openedDaysAgo * DAY_MS);
    const closedAt =
      demo.closedDaysAgo === undefined
        ? null
        : new Date(now.getTime() - demo.closedDaysAgo * DAY_MS);
    const id = randomUUID();
    ids.set(demo.key, id);
    await manager.insert(CallEntity, {
      id,
      clusterId: clusterId(demo.cluster),
      createdById: userId(demo.createdBy),
      status: demo.status,
      ...callColumnsOf(values),
      openedAt,
      closedAt,
      createdAt: openedAt ?? now,
    });
    await manager.insert(
      CallFunderEntity,
      demo.funders.map(({ cluster, ...funder }, index) => {
        const parsed = parseInput(callFunderSchema, { ...funder, clusterId: clusterId(cluster) });
        return {
          callId: id,
          clusterId: parsed.clusterId,
          budget: parsed.budget,
          currency: parsed.currency,
          funds: parsed.funds,
          maxPerProject: parsed.maxPerProject ?? null,
          position: index + 1,
        };
      }),
    );
  }
  return ids;
}

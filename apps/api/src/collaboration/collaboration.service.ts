import { Injectable } from '@nestjs/common';
import {
  assertNewCollaboration,
  completeCollaboration,
  notFound,
  type CollaborationType,
} from '@spillover/domain';
import { NeedService } from '../need/need.service';
import { NotificationService } from '../notification/notification.service';
import { OrganizationRepository } from '../organization/organization.repository';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { CollaborationEntity } from './collaboration.entity';
import { CollaborationRepository } from './collaboration.repository';

/** What an accepted interest records: the edge, its type and the listing it answered. */
export interface NewCollaboration {
  /** The two organizations in any order; stored smaller id first. */
  organizationIds: readonly [string, string];
  /** One of the needs' collaboration types (COLLABORATION_TYPES). */
  type: CollaborationType;
  /** The day the work starts, YYYY-MM-DD; today (UTC) when omitted. */
  startedOn?: string | undefined;
  /** The need the interest answered, or the capability (at most one). */
  needId?: string | null | undefined;
  capabilityId?: string | null | undefined;
  /** Usually the listing's title: shown only to those who may see the listing, and the parties. */
  title: string;
  technologyAreas: readonly string[];
  /** The accepted interest, recorded in the audit event (its column belongs to interests). */
  interestId?: string | null | undefined;
}

const today = () => new Date().toISOString().slice(0, 10);

/** Collaborations (협력): recorded from accepted interests, completed by either side. */
@Injectable()
export class CollaborationService {
  constructor(
    private readonly collaborations: CollaborationRepository,
    private readonly needs: NeedService,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly notifications: NotificationService,
    private readonly organizations: OrganizationRepository,
  ) {}

  /**
   * Records the collaboration an accepted interest starts. Runs inside the caller's
   * transaction (a `run` joins it) and asks no permission: the caller (accepting the interest)
   * has already decided who may. BAD_USER_INPUT for the same organization twice, an unknown
   * type, or two sources.
   */
  async createFromAcceptedInterest(
    actor: Actor,
    input: NewCollaboration,
  ): Promise<CollaborationEntity> {
    const { pair, type } = assertNewCollaboration(input);
    return this.transactions.run(async () => {
      const collaboration = await this.collaborations.insert({
        organizationAId: pair[0],
        organizationBId: pair[1],
        type,
        title: input.title.slice(0, 300),
        technologyAreas: [...input.technologyAreas],
        startedOn: input.startedOn ?? today(),
        needId: input.needId ?? null,
        capabilityId: input.capabilityId ?? null,
        status: 'ACTIVE',
      });
      await this.audit.record(actor, {
        action: 'collaboration.created',
        objectType: 'Collaboration',
        objectId: collaboration.id,
        organizationId: pair[0],
        counterpartOrganizationId: pair[1],
        after: {
          type,
          startedOn: collaboration.startedOn,
          needId: collaboration.needId,
          capabilityId: collaboration.capabilityId,
          interestId: input.interestId ?? null,
        },
      });
      return collaboration;
    });
  }

  /**
   * ACTIVE → COMPLETED with an outcome, by a member of either organization. SOLVED on a
   * collaboration that came from a need closes that need as SOLVED, in the same transaction.
   */
  async complete(actor: Actor, id: string, outcome: string): Promise<CollaborationEntity> {
    const visible = await this.get(id);
    await this.policy.assert(actor, 'collaboration.complete', { organizationIds: pairOf(visible) });
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async () => {
      const locked = await this.collaborations.findForUpdate(id);
      if (!locked) throw notFound('The collaboration');
      const done = completeCollaboration(locked, outcome, new Date());
      const saved = await this.collaborations.save({
        ...locked,
        status: done.status,
        outcome: done.outcome,
        completedAt: done.completedAt,
        completedById: facts.userId,
      });
      await this.audit.record(actor, {
        action: 'collaboration.completed',
        objectType: 'Collaboration',
        objectId: id,
        organizationId: locked.organizationAId,
        counterpartOrganizationId: locked.organizationBId,
        before: { status: locked.status },
        after: { status: done.status, outcome: done.outcome },
      });
      if (done.closesNeed && locked.needId)
        await this.needs.closeAsSolved(actor, locked.needId, id);
      await this.announceCompletion(saved, facts.userId, facts.orgRoles.has(saved.organizationAId));
      return saved;
    });
  }

  /**
   * Both organizations' members learn it (but the one who did it), each with a link to their
   * own organization's collaborations; the title is theirs to read. `byA`: the actor acted
   * for organization A (a member of both counts as A).
   */
  private async announceCompletion(
    collaboration: CollaborationEntity,
    userId: string,
    byA: boolean,
  ) {
    const actingId = byA ? collaboration.organizationAId : collaboration.organizationBId;
    const acting = await this.organizations.findById(actingId);
    for (const organizationId of pairOf(collaboration))
      await this.notifications.notify(
        {
          type: 'collaboration.completed',
          recipients: { organizationIds: [organizationId] },
          exceptUserId: userId,
          subject: null,
          // `context` picks the sentence of the outcome in each language.
          params: {
            organization: acting?.name ?? '',
            title: collaboration.title,
            context: collaboration.outcome ?? '',
          },
          path: `/organizations/${organizationId}?tab=collaborations`,
        },
        `${collaboration.id}:${organizationId}`,
      );
  }

  /** The edge exists for everyone (organization pages show it); its details are resolved apart. */
  async get(id: string): Promise<CollaborationEntity> {
    const collaboration = await this.collaborations.findById(id);
    if (!collaboration) throw notFound('The collaboration');
    return collaboration;
  }

  async ofOrganization(organizationId: string, first: number, after: unknown[] | null) {
    const [rows, totalCount] = await Promise.all([
      this.collaborations.listOfOrganization(organizationId, first, after),
      this.collaborations.countOfOrganization(organizationId),
    ]);
    return { rows, totalCount };
  }

  /**
   * Of these collaborations, the ones whose details (title, areas, source) the viewer may
   * read: the parties always; others when the source listing is one they may see, by the
   * same predicate every listing read uses, so a PRIVATE need's title never leaks here.
   */
  async detailsVisible(actor: Actor, rows: readonly CollaborationEntity[]): Promise<Set<string>> {
    const facts = await this.policy.factsOf(actor);
    const own = new Set(facts ? facts.orgRoles.keys() : []);
    const party = (row: CollaborationEntity) =>
      own.has(row.organizationAId) || own.has(row.organizationBId);
    const others = rows.filter((row) => !party(row)).map((row) => row.id);
    const visible = await this.collaborations.withVisibleSource(
      others,
      await this.policy.listingVisibility(actor, 'n', 'need'),
      await this.policy.listingVisibility(actor, 'c', 'capability'),
    );
    return new Set(rows.filter((row) => party(row) || visible.has(row.id)).map((row) => row.id));
  }

  canComplete(actor: Actor, collaboration: CollaborationEntity): Promise<boolean> {
    return collaboration.status !== 'ACTIVE'
      ? Promise.resolve(false)
      : this.policy.can(actor, 'collaboration.complete', {
          organizationIds: pairOf(collaboration),
        });
  }

  isParty(actor: Actor, collaboration: CollaborationEntity): Promise<boolean> {
    return this.policy.can(actor, 'collaboration.viewDetails', {
      organizationIds: pairOf(collaboration),
    });
  }
}

const pairOf = (collaboration: CollaborationEntity): [string, string] => [
  collaboration.organizationAId,
  collaboration.organizationBId,
];

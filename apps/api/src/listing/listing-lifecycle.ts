import {
  DomainError,
  audienceChange,
  notFound,
  type AudienceShape,
  type AuditAction,
} from '@spillover/domain';
import type { OrganizationService } from '../organization/organization.service';
import type { Actor } from '../platform/auth/actor';
import type { AuditService } from '../platform/audit/audit.service';
import type { Transactions } from '../platform/database/transactions';
import type { Policy } from '../platform/policy/policy.service';
import type { ListingKindConfig, ListingRow } from './listing-kind';
import type { ListingStore } from './listing-store';

/** What the lifecycle needs from Nest; each kind's service passes its own injections through. */
export interface ListingDeps {
  organizationService: OrganizationService;
  transactions: Transactions;
  audit: AuditService;
  policy: Policy;
}

/** A kind's draft values as its patch rules see them (they carry the audience). */
type Values = AudienceShape & { invitedOrganizationIds?: string[] | null };
/** A kind's patch: null clears a field, absent keeps it. */
type Patch = { invitedOrganizationIds?: string[] | null };

/** What differs per kind in the shared steps: its values, columns, draft schema and patch rules. */
export interface ListingRules<E, V, P> {
  /** The row's draft values (what patches and publishing checks read). */
  valuesOf(row: E, invitedOrganizationIds: string[]): V;
  /** The columns the values are stored in. */
  columnsOf(values: V): Partial<E>;
  /** The kind's draft schema applied to a caller's input (BAD_USER_INPUT by field otherwise). */
  parseDraft(organizationId: string, input: unknown): V;
  /** The kind's patch rules (what may change in which status). */
  applyPatch(before: V, patch: P, current: E): V;
  /** What of the values the audit trail may hold (all of them unless said). */
  auditable?(values: V): object;
}

/**
 * The plumbing of a listing's life every kind shares: loading it as the actor may see it
 * (NOT_FOUND otherwise), the organization's page, drafting, patching with the audience check and
 * the invitations of a PRIVATE listing, a locked transition with its audit, deleting a draft.
 * What differs (values, state machines, NDA, close reasons, kinds) stays in the kind's service.
 */
export abstract class ListingLifecycle<E extends ListingRow, V extends Values, P extends Patch> {
  protected constructor(
    protected readonly store: ListingStore<E>,
    protected readonly config: ListingKindConfig,
    protected readonly deps: ListingDeps,
    private readonly rules: ListingRules<E, V, P>,
  ) {}

  /** A listing the actor may see, or NOT_FOUND, exactly as for one that does not exist. */
  async get(actor: Actor, id: string): Promise<E> {
    const row = await this.store.findVisible(
      id,
      await this.deps.policy.listingVisibility(actor, this.store.alias, this.config.policyKind),
    );
    if (!row) throw notFound(this.config.label);
    return row;
  }

  async ofOrganization(
    actor: Actor,
    organizationId: string,
    first: number,
    after: unknown[] | null,
  ): Promise<{ rows: E[]; totalCount: number }> {
    return this.store.listOfOrganization(
      organizationId,
      await this.deps.policy.listingVisibility(actor, this.store.alias, this.config.policyKind),
      first,
      after,
    );
  }

  invitedOrganizationIds(id: string): Promise<string[]> {
    return this.store.invitedOrganizationIds(id);
  }

  /** A new DRAFT of the organization (any member), with its invitations when PRIVATE. */
  async create(actor: Actor, organizationId: string, input: unknown): Promise<E> {
    const { organizationService, policy, transactions } = this.deps;
    await organizationService.get(organizationId);
    await policy.assert(actor, 'listing.draft', { organizationId });
    const facts = await policy.signedIn(actor);
    const values = this.rules.parseDraft(organizationId, input);
    await organizationService.assertExist(
      values.invitedOrganizationIds ?? [],
      'invitedOrganizationIds',
    );
    return transactions.run(async () => {
      const row = await this.store.save({
        ...this.rules.columnsOf(values),
        organizationId,
        createdById: facts.userId,
        status: 'DRAFT',
      } as Partial<E>);
      await this.store.replaceInvitedOrganizations(row.id, values.invitedOrganizationIds ?? []);
      await this.record(actor, this.config.actions.created, row, { after: this.auditable(values) });
      return row;
    });
  }

  /**
   * Applies a patch by the kind's rules (any member); a changed audience takes its own
   * permission, and invitations are kept only while the listing is PRIVATE.
   */
  async update(actor: Actor, id: string, patch: P): Promise<E> {
    const { invitedOrganizationIds } = patch;
    const visible = await this.get(actor, id);
    const { organizationService, policy, transactions } = this.deps;
    await policy.assert(actor, 'listing.draft', { organizationId: visible.organizationId });
    if (invitedOrganizationIds)
      await organizationService.assertExist(invitedOrganizationIds, 'invitedOrganizationIds');
    return transactions.run(async () => {
      const current = await this.locked(id);
      const before = this.rules.valuesOf(current, await this.store.invitedOrganizationIds(id));
      const after = this.rules.applyPatch(before, patch, current);
      if (JSON.stringify(after) === JSON.stringify(before)) return current;
      const audience = audienceChange(before, after);
      if (audience)
        await policy.assert(
          actor,
          'listing.changeAudience',
          { organizationId: current.organizationId, published: current.status !== 'DRAFT' },
          audience,
        );
      const saved = await this.store.save({ ...current, ...this.rules.columnsOf(after) });
      if (invitedOrganizationIds !== undefined || after.visibility !== 'PRIVATE')
        await this.store.replaceInvitedOrganizations(
          id,
          after.visibility === 'PRIVATE' ? (after.invitedOrganizationIds ?? []) : [],
        );
      await this.record(actor, this.config.actions.updated, current, {
        before: this.auditable(before),
        after: this.auditable(after),
      });
      return saved;
    });
  }

  /**
   * A change of state by an ORG_ADMIN of the owner under the row lock: `change` applies the
   * kind's state machine and returns the columns to save, the audit action and what it records.
   */
  protected async transition(
    actor: Actor,
    id: string,
    change: (
      current: E,
      values: () => Promise<V>,
    ) =>
      | Promise<{ columns: Partial<E>; action: AuditAction; after: Record<string, unknown> }>
      | { columns: Partial<E>; action: AuditAction; after: Record<string, unknown> },
  ): Promise<E> {
    const visible = await this.get(actor, id);
    await this.deps.policy.assert(actor, 'listing.publish', {
      organizationId: visible.organizationId,
    });
    return this.deps.transactions.run(async () => {
      const current = await this.locked(id);
      const { columns, action, after } = await change(current, async () =>
        this.rules.valuesOf(current, await this.store.invitedOrganizationIds(id)),
      );
      const saved = await this.store.save({ ...current, ...columns });
      await this.record(actor, action, current, { before: { status: current.status }, after });
      return saved;
    });
  }

  /** A draft nobody outside the owner saw is deleted rather than closed or archived. */
  async deleteDraft(actor: Actor, id: string): Promise<string> {
    const visible = await this.get(actor, id);
    await this.deps.policy.assert(actor, 'listing.draft', {
      organizationId: visible.organizationId,
    });
    return this.deps.transactions.run(async () => {
      const current = await this.locked(id);
      if (current.status !== 'DRAFT')
        throw new DomainError('CONFLICT', this.config.deleteNotDraft.message, {
          field: 'status',
          key: this.config.deleteNotDraft.key,
        });
      await this.store.delete(id);
      await this.record(actor, this.config.actions.deleted, current, {
        before: { title: current.title, status: current.status },
      });
      return id;
    });
  }

  protected async locked(id: string): Promise<E> {
    const row = await this.store.findForUpdate(id);
    if (!row) throw notFound(this.config.label);
    return row;
  }

  /** One audit event about the listing, owned by its organization. */
  protected record(
    actor: Actor,
    action: AuditAction,
    row: E,
    change: { before?: object | null; after?: object | null },
  ): Promise<void> {
    return this.deps.audit.record(actor, {
      action,
      objectType: this.config.objectType,
      objectId: row.id,
      organizationId: row.organizationId,
      ...change,
    });
  }

  private auditable(values: V): object {
    return this.rules.auditable ? this.rules.auditable(values) : values;
  }
}

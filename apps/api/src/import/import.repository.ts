import type { MatchSweepPhase } from '../match/match-sweep.entity';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { ListingKind } from '@spillover/domain';
import type { EntityManager } from 'typeorm';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import { ImportRunEntity } from './import-run.entity';
import { importTable, upsertSql } from './import-sql';

/** A claim older than this belongs to a process that stopped: another worker resumes the run. */
const STALE_CLAIM = "interval '2 minutes'";

/** The only SQL of bulk imports: runs, their claims and progress, and the bulk upsert. */
@Injectable()
export class ImportRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  create(values: Partial<ImportRunEntity>): Promise<ImportRunEntity> {
    const repo = this.manager.getRepository(ImportRunEntity);
    return repo.save(repo.create(values));
  }

  find(id: string): Promise<ImportRunEntity | null> {
    return this.manager.getRepository(ImportRunEntity).findOne({ where: { id } });
  }

  /**
   * Takes the oldest unfinished run nobody works on (import_run_unfinished_idx), or one whose
   * worker stopped (stale heartbeat), and stamps it as this worker's.
   */
  async claim(): Promise<ImportRunEntity | null> {
    const [rows] = (await this.manager.query(
      `UPDATE import_run SET heartbeat_at = now(), attempts = attempts + 1
        WHERE id = (SELECT id FROM import_run
                     WHERE status IN ('QUEUED', 'VALIDATING', 'IMPORTING')
                       AND (heartbeat_at IS NULL OR heartbeat_at < now() - ${STALE_CLAIM})
                     ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
    )) as [{ id: string }[], number];
    const id = rows[0]?.id;
    return id ? this.find(id) : null;
  }

  async progress(
    id: string,
    values: Partial<
      Pick<
        ImportRunEntity,
        | 'status'
        | 'totalRows'
        | 'validatedRows'
        | 'badRows'
        | 'createdRows'
        | 'updatedRows'
        | 'problems'
        | 'listingIds'
      >
    > & {
      finished?: boolean;
    },
  ): Promise<void> {
    const { finished, ...columns } = values;
    await this.manager.update(ImportRunEntity, { id }, {
      ...columns,
      heartbeatAt: new Date(),
      ...(finished ? { finishedAt: new Date(), content: null } : {}),
    } as Partial<ImportRunEntity>);
  }

  /** Every listing of one kind of an organization, oldest first (the export of import.controller). */
  listingsOf(kind: ListingKind, organizationId: string): Promise<Record<string, unknown>[]> {
    const entity = kind === 'CAPABILITY' ? CapabilityEntity : TechnologyNeedEntity;
    return this.manager
      .getRepository<Record<string, unknown>>(entity)
      .find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** Gives a run back after a failed try: the next claim takes it at once. */
  async release(id: string): Promise<void> {
    await this.manager.update(ImportRunEntity, { id }, { heartbeatAt: null });
  }

  /** The statuses of the listings a file's references already name, keyed "organization␀reference". */
  async existingReferences(
    kind: ListingKind,
    organizationIds: readonly string[],
    references: readonly string[],
  ): Promise<Map<string, string>> {
    if (!references.length) return new Map();
    const rows = (await this.manager.query(
      `SELECT organization_id AS "organizationId", external_reference AS "reference", status FROM ${importTable(kind)}
        WHERE organization_id = ANY($1::uuid[]) AND external_reference = ANY($2::text[])`,
      [organizationIds, references],
    )) as { organizationId: string; reference: string; status: string }[];
    return new Map(rows.map((row) => [`${row.organizationId}\u0000${row.reference}`, row.status]));
  }

  /** Which of these organizations exist (a platform admin's file may name any). */
  async existingOrganizations(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = (await this.manager.query(
      `SELECT id FROM organization WHERE id = ANY($1::uuid[])`,
      [ids],
    )) as { id: string }[];
    return new Set(rows.map((row) => row.id));
  }

  /** Writes a batch of rows in one statement (see upsertSql); returns their ids, new ones marked. */
  async upsert(
    kind: ListingKind,
    records: readonly Record<string, unknown>[],
    createdById: string | null,
    status: string,
  ): Promise<{ id: string; inserted: boolean }[]> {
    if (!records.length) return [];
    return (await this.manager.query(upsertSql(kind), [
      JSON.stringify(records),
      createdById,
      status,
    ])) as { id: string; inserted: boolean }[];
  }

  /** How many of the imported listings a match refresh has covered since they were written. */
  async matchedCount(listingIds: readonly string[]): Promise<number> {
    if (!listingIds.length) return 0;
    const [row] = (await this.manager.query(
      `SELECT count(*)::int AS n FROM match_refresh_request
        WHERE listing_id = ANY($1::uuid[]) AND covered_request_at IS NOT NULL AND covered_request_at >= requested_at`,
      [listingIds],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  /** Progress of matching overall: listings with a refresh request, and those still pending. */
  async matchProgress(): Promise<MatchProgress> {
    const [row] = (await this.manager.query(
      `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE covered_request_at IS NULL OR requested_at > covered_request_at)::int AS pending
         FROM match_refresh_request`,
    )) as { total: number; pending: number }[];
    const [sweep] = (await this.manager.query(
      `SELECT phase, needs_done AS "needsDone", needs_total AS "needsTotal", started_at AS "startedAt", updated_at AS "updatedAt"
         FROM match_sweep`,
    )) as NonNullable<MatchProgress['sweep']>[];
    return { total: row?.total ?? 0, pending: row?.pending ?? 0, sweep: sweep ?? null };
  }
}

export interface MatchProgress {
  total: number;
  pending: number;
  sweep: {
    phase: MatchSweepPhase;
    needsDone: number;
    needsTotal: number;
    startedAt: Date;
    updatedAt: Date;
  } | null;
}

import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { oneOf } from '../platform/database/columns';

export const MATCH_REFRESH_KINDS = ['NEED', 'CAPABILITY'] as const;
export type MatchRefreshKind = (typeof MATCH_REFRESH_KINDS)[number];

/**
 * Each listing's match refresh: when a change last asked for one, and which request the
 * last refresh covered. Written by a trigger on search_document in the same transaction as
 * the change (so no change is ever missed, however the process dies), served by the
 * match-refresh job. A request is pending while `requested_at` is later than the request
 * the last refresh covered; a change during a refresh leaves it pending for the next run.
 */
@Entity('match_refresh_request')
@Check('match_refresh_request_kind_check', oneOf('kind', MATCH_REFRESH_KINDS))
@Index('match_refresh_request_pending_idx', ['requestedAt'], {
  where: '"covered_request_at" IS NULL OR "requested_at" > "covered_request_at"',
})
export class MatchRefreshRequestEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'match_refresh_request_pkey' })
  listingId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: MatchRefreshKind;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  requestedAt: Date;

  /** The `requested_at` the last completed refresh started from. */
  @Column({ type: 'timestamptz', nullable: true })
  coveredRequestAt: Date | null;

  /** When the last refresh completed (whether or not it found matches). */
  @Column({ type: 'timestamptz', nullable: true })
  refreshedAt: Date | null;
}

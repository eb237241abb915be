import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { oneOf, timestamptz } from '../platform/database/columns';

export const MATCH_SWEEP_PHASES = ['FINDING', 'STORING', 'DONE', 'FAILED'] as const;
export type MatchSweepPhase = (typeof MATCH_SWEEP_PHASES)[number];

/**
 * The last full matching's sweep (MatchSweep), one row: how far it got, for the admins'
 * progress (a sweep completes its listings' refresh requests only once every pair is
 * stored, so the requests alone would show nothing for minutes) and any replica's reads.
 */
@Entity('match_sweep')
@Check('match_sweep_single_check', '"id" = 1')
@Check('match_sweep_phase_check', oneOf('phase', MATCH_SWEEP_PHASES))
export class MatchSweepEntity {
  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'match_sweep_pkey' })
  id: number;

  @Column({ type: 'varchar', length: 12 })
  phase: MatchSweepPhase;

  /** Needs whose candidates were scored (FINDING), of all live needs. */
  @Column({ type: 'integer' })
  needsDone: number;

  @Column({ type: 'integer' })
  needsTotal: number;

  @Column(timestamptz())
  startedAt: Date;

  @Column(timestamptz())
  updatedAt: Date;
}

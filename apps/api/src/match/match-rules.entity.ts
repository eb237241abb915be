import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { timestamptz } from '../platform/database/columns';

/**
 * The matching rules the stored lists were computed with, one row: the fingerprint of the
 * domain's compiled matching code (match-rules-fingerprint.ts) as the last process to start
 * the match-refresh job ran it. A new one means a release changed the rules, and
 * everything is matched again (MatchRules).
 */
@Entity('match_rules')
@Check('match_rules_singleton_check', '"singleton"')
export class MatchRulesEntity {
  /** Always true: the primary key and the check together allow one row. */
  @PrimaryColumn({ type: 'boolean', default: true, primaryKeyConstraintName: 'match_rules_pkey' })
  singleton: boolean;

  @Column({ type: 'text' })
  fingerprint: string;

  /** When the fingerprint last changed (not when a process last started). */
  @Column(timestamptz({ default: () => 'now()' }))
  changedAt: Date;
}

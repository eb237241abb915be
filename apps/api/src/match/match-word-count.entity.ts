import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { oneOf } from '../platform/database/columns';
import { MATCH_REFRESH_KINDS, type MatchRefreshKind } from './match-refresh-request.entity';

/**
 * How many listings of a kind use a word (counted up to the engine's cap), remembered for
 * every process: matching weights terms by their rarity, and a read must not count the
 * words of the need it shows (a full-text count per word) when the refresh, maybe in
 * another process, already did. Rows older than a day are counted again.
 */
@Entity('match_word_count')
@Check('match_word_count_kind_check', oneOf('kind', MATCH_REFRESH_KINDS))
export class MatchWordCountEntity {
  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'match_word_count_pkey' })
  kind: MatchRefreshKind;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'match_word_count_pkey' })
  word: string;

  @Column({ type: 'integer' })
  count: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  countedAt: Date;
}

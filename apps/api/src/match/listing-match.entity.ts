import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestamptz } from '../platform/database/columns';

/**
 * A need–capability pair the background refresh found worth showing, with the score the
 * domain function gave it then. Reads take their candidates from here (best first, through
 * the viewer's visibility predicate) and score them again on fresh facts with the owner's
 * learned preferences, so the stored score only orders candidates and may be a little stale.
 *
 * A pair is kept while it is among the best of its need (`for_need`) or of its capability
 * (`for_capability`): the two sides are refreshed separately and neither may drop the
 * other's rows.
 *
 * No foreign keys (they tripled the cost of a full matching's writes): a listing's delete
 * triggers delete its pairs, and the refresh writes pairs only of listings it key-share
 * locked and found (migration 1799000000100). A full matching's sweep replaces the whole
 * table with one it staged (MatchSweepRepository.swapInStaged), under the same names.
 */
@Entity('listing_match')
@Index('listing_match_need_score_idx', ['needId', 'score'])
@Index('listing_match_capability_score_idx', ['capabilityId', 'score'])
export class ListingMatchEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'listing_match_pkey' })
  needId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'listing_match_pkey' })
  capabilityId: string;

  /** scoreMatch(need, capability) without anyone's learned preferences, in [0, 1]. */
  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'boolean', default: false })
  forNeed: boolean;

  @Column({ type: 'boolean', default: false })
  forCapability: boolean;

  @Column(timestamptz({ default: () => 'now()' }))
  computedAt: Date;

  /**
   * When a refresh first stored the pair; later refreshes rewrite computed_at but keep this
   * (the upsert does not name it), so the home page can say which matches are new.
   */
  @Column(timestamptz({ default: () => 'now()' }))
  foundAt: Date;
}

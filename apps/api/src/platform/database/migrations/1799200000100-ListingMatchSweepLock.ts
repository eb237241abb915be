import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A full matching's sweep (MatchSweep) rewrites every stored pair in batches of needs, and
 * key-share locking the tens of thousands of capabilities a batch names would cost more
 * than writing its pairs. Instead the delete triggers of listing_match (1799000000100) first
 * take a shared transaction lock that each sweep batch holds exclusively while it writes:
 * a listing deleted during a batch either waits for its commit (then its trigger deletes
 * the batch's pairs) or committed first (then the batch, which checks each pair's listings
 * after taking the lock, writes none of its pairs). Other deletes never wait for each other.
 * The key is MATCH_SWEEP_WRITE_LOCK in match.repository.ts.
 */
const forget = (name: string, column: string, lock: boolean) => `
  CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${lock ? 'PERFORM pg_advisory_xact_lock_shared(7316402118250001);' : ''}
    DELETE FROM listing_match m USING gone g WHERE m.${column} = g.id;
    RETURN NULL;
  END $$`;

export class ListingMatchSweepLock1799200000100 implements MigrationInterface {
  name = 'ListingMatchSweepLock1799200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(forget('listing_match_forget_needs', 'need_id', true));
    await queryRunner.query(forget('listing_match_forget_capabilities', 'capability_id', true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(forget('listing_match_forget_needs', 'need_id', false));
    await queryRunner.query(forget('listing_match_forget_capabilities', 'capability_id', false));
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the match-refresh job records as unknown rules (MatchRules compares it like any other). */
export const RULES_BEFORE_FINGERPRINTS = 'unknown: stored before the rules were fingerprinted';

/**
 * The fingerprint of the matching rules the stored lists were computed with
 * (MatchRulesEntity): one row, recorded by the match-refresh job as it starts.
 */
export class MatchRules1799300000100 implements MigrationInterface {
  name = 'MatchRules1799300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_rules" ("singleton" boolean NOT NULL DEFAULT true, "fingerprint" text NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_rules_singleton_check" CHECK ("singleton"), CONSTRAINT "match_rules_pkey" PRIMARY KEY ("singleton"))`,
    );
    // Pairs stored before this release were scored by rules nobody fingerprinted: an
    // unknown fingerprint makes the job's first start re-match them, as a change of rules
    // would. A fresh database (no pairs: first start, tests, the demo) gets no row, and its
    // first start only records the rules it runs.
    await queryRunner.query(
      `INSERT INTO "match_rules" ("fingerprint") SELECT $1 WHERE EXISTS (SELECT 1 FROM "listing_match")`,
      [RULES_BEFORE_FINGERPRINTS],
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_rules"`);
  }
}

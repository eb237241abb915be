import type { MigrationInterface, QueryRunner } from 'typeorm';

/** How far the last full matching's sweep got (MatchSweepEntity): one row, written as it goes. */
export class MatchSweep1799200000100 implements MigrationInterface {
  name = 'MatchSweep1799200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_sweep" ("id" smallint NOT NULL, "phase" character varying(12) NOT NULL, "needs_done" integer NOT NULL, "needs_total" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "match_sweep_single_check" CHECK ("id" = 1), CONSTRAINT "match_sweep_phase_check" CHECK ("phase" IN ('FINDING', 'STORING', 'DONE', 'FAILED')), CONSTRAINT "match_sweep_pkey" PRIMARY KEY ("id"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_sweep"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// Consortium calls (공모) and their funding clusters. A call past its draft holds everything
// opening asked for (call_open_complete_check); the closing job reads OPEN calls by deadline
// (call_open_closes_at_idx); funders pay in `position` order, unique per call.
export class CallsAndFunders1797500000000 implements MigrationInterface {
  name = 'CallsAndFunders1797500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "created_by_id" uuid, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "programme_name" character varying(200) NOT NULL, "title_en" character varying(200), "title_ko" character varying(200), "description_en" text, "description_ko" text, "time_zone" character varying(64), "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "currency" character(3), "max_grant_per_project" bigint, "max_funding_rate" smallint, "funding_mode" character varying(20), "eligibility" jsonb, "criteria" jsonb, "threshold" smallint, "reviewers_per_application" smallint, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_open_complete_check" CHECK ("status" = 'DRAFT' OR ("opens_at" IS NOT NULL AND "closes_at" IS NOT NULL AND "time_zone" IS NOT NULL AND "currency" IS NOT NULL AND "funding_mode" IS NOT NULL AND "opened_at" IS NOT NULL)), CONSTRAINT "call_amounts_check" CHECK (("max_grant_per_project" IS NULL OR "max_grant_per_project" >= 0) AND ("max_funding_rate" IS NULL OR "max_funding_rate" BETWEEN 1 AND 100) AND ("threshold" IS NULL OR "threshold" BETWEEN 0 AND 100) AND ("reviewers_per_application" IS NULL OR "reviewers_per_application" BETWEEN 1 AND 10)), CONSTRAINT "call_window_check" CHECK ("opens_at" IS NULL OR "closes_at" IS NULL OR "closes_at" > "opens_at"), CONSTRAINT "call_funding_mode_check" CHECK ("funding_mode" IS NULL OR "funding_mode" IN ('VIRTUAL_COMMON_POT', 'REAL_COMMON_POT', 'MIXED')), CONSTRAINT "call_status_check" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED', 'IN_EVALUATION', 'RESULTS_PUBLISHED')), CONSTRAINT "call_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "call_cluster_idx" ON "call" ("cluster_id") `);
    await queryRunner.query(
      `CREATE INDEX "call_open_closes_at_idx" ON "call" ("closes_at") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE TABLE "call_funder" ("call_id" uuid NOT NULL, "cluster_id" uuid NOT NULL, "budget" bigint NOT NULL, "currency" character(3) NOT NULL, "funds" character varying(10) NOT NULL, "max_per_project" bigint, "position" smallint NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_funder_budget_check" CHECK ("budget" > 0 AND ("max_per_project" IS NULL OR "max_per_project" >= 0)), CONSTRAINT "call_funder_funds_check" CHECK ("funds" IN ('MEMBERS', 'REGION', 'COUNTRY')), CONSTRAINT "call_funder_pkey" PRIMARY KEY ("call_id", "cluster_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_funder_cluster_idx" ON "call_funder" ("cluster_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_funder_call_position_key" ON "call_funder" ("call_id", "position") `,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_funder" ADD CONSTRAINT "call_funder_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_funder" ADD CONSTRAINT "call_funder_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "call_funder" DROP CONSTRAINT "call_funder_cluster_fk"`);
    await queryRunner.query(`ALTER TABLE "call_funder" DROP CONSTRAINT "call_funder_call_fk"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_cluster_fk"`);
    await queryRunner.query(`DROP INDEX "public"."call_funder_call_position_key"`);
    await queryRunner.query(`DROP INDEX "public"."call_funder_cluster_idx"`);
    await queryRunner.query(`DROP TABLE "call_funder"`);
    await queryRunner.query(`DROP INDEX "public"."call_open_closes_at_idx"`);
    await queryRunner.query(`DROP INDEX "public"."call_cluster_idx"`);
    await queryRunner.query(`DROP TABLE "call"`);
  }
}

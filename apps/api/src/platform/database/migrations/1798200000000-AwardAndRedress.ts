import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AwardAndRedress1798200000000 implements MigrationInterface {
  name = 'AwardAndRedress1798200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "award_grant" ("application_id" uuid NOT NULL, "cluster_id" uuid NOT NULL, "call_id" uuid NOT NULL, "share" bigint NOT NULL, "granted" bigint NOT NULL, CONSTRAINT "award_grant_amounts_check" CHECK ("share" >= 0 AND "granted" >= 0), CONSTRAINT "award_grant_pkey" PRIMARY KEY ("application_id", "cluster_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "award_grant_call_funder_idx" ON "award_grant" ("call_id", "cluster_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "redress_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "application_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "filed_by_id" uuid, "text" text NOT NULL, "filed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_by_id" uuid, "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "redress_request_answer_check" CHECK (("answer" IS NULL) = ("answered_at" IS NULL)), CONSTRAINT "redress_request_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "redress_request_application_key" ON "redress_request" ("application_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "redress_request_call_idx" ON "redress_request" ("call_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD "budget_rule" character varying(10) NOT NULL DEFAULT 'STOP'`,
    );
    await queryRunner.query(`ALTER TABLE "call" ADD "redress_days" smallint NOT NULL DEFAULT '14'`);
    await queryRunner.query(
      `ALTER TABLE "call" ADD "results_published_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "application" ADD "award_status" character varying(10)`);
    await queryRunner.query(`ALTER TABLE "application" ADD "rank" integer`);
    await queryRunner.query(`ALTER TABLE "application" ADD "score" double precision`);
    await queryRunner.query(
      `ALTER TABLE "application" ADD "award_partial" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "application" ADD "award_criteria" jsonb`);
    await queryRunner.query(`ALTER TABLE "application" ADD "award_reasons" jsonb`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "application_call_rank_key" ON "application" ("call_id", "rank") WHERE "rank" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_redress_days_check" CHECK ("redress_days" BETWEEN 0 AND 90)`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_budget_rule_check" CHECK ("budget_rule" IN ('STOP', 'SKIP', 'PARTIAL'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_award_check" CHECK (("award_status" IS NULL) = ("rank" IS NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_award_status_check" CHECK ("award_status" IS NULL OR "award_status" IN ('FUNDED', 'RESERVE', 'REJECTED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grant" ADD CONSTRAINT "award_grant_application_fk" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grant" ADD CONSTRAINT "award_grant_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "award_grant" ADD CONSTRAINT "award_grant_funder_fk" FOREIGN KEY ("call_id", "cluster_id") REFERENCES "call_funder"("call_id","cluster_id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" ADD CONSTRAINT "redress_request_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" ADD CONSTRAINT "redress_request_application_fk" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" ADD CONSTRAINT "redress_request_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" ADD CONSTRAINT "redress_request_filed_by_fk" FOREIGN KEY ("filed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" ADD CONSTRAINT "redress_request_answered_by_fk" FOREIGN KEY ("answered_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "redress_request" DROP CONSTRAINT "redress_request_answered_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" DROP CONSTRAINT "redress_request_filed_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" DROP CONSTRAINT "redress_request_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" DROP CONSTRAINT "redress_request_application_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "redress_request" DROP CONSTRAINT "redress_request_call_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "award_grant" DROP CONSTRAINT "award_grant_funder_fk"`);
    await queryRunner.query(`ALTER TABLE "award_grant" DROP CONSTRAINT "award_grant_call_fk"`);
    await queryRunner.query(
      `ALTER TABLE "award_grant" DROP CONSTRAINT "award_grant_application_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" DROP CONSTRAINT "application_award_status_check"`,
    );
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_award_check"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_budget_rule_check"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_redress_days_check"`);
    await queryRunner.query(`DROP INDEX "public"."application_call_rank_key"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "award_reasons"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "award_criteria"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "award_partial"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "score"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "rank"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "award_status"`);
    await queryRunner.query(`ALTER TABLE "call" DROP COLUMN "results_published_at"`);
    await queryRunner.query(`ALTER TABLE "call" DROP COLUMN "redress_days"`);
    await queryRunner.query(`ALTER TABLE "call" DROP COLUMN "budget_rule"`);
    await queryRunner.query(`DROP INDEX "public"."redress_request_call_idx"`);
    await queryRunner.query(`DROP INDEX "public"."redress_request_application_key"`);
    await queryRunner.query(`DROP TABLE "redress_request"`);
    await queryRunner.query(`DROP INDEX "public"."award_grant_call_funder_idx"`);
    await queryRunner.query(`DROP TABLE "award_grant"`);
  }
}

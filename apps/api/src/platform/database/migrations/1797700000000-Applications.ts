import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Applications1797700000000 implements MigrationInterface {
  name = 'Applications1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "lead_organization_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "title" character varying(200) NOT NULL, "abstract" text NOT NULL DEFAULT '', "work_plan_summary" text NOT NULL DEFAULT '', "duration_months" smallint, "lead_requested_budget" bigint NOT NULL DEFAULT '0', "lead_own_contribution" bigint NOT NULL DEFAULT '0', "linked_need_ids" uuid array NOT NULL DEFAULT '{}', "linked_collaboration_ids" uuid array NOT NULL DEFAULT '{}', "failed_rules" jsonb, "override_reason" text, "submitted_at" TIMESTAMP WITH TIME ZONE, "decided_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "application_amounts_check" CHECK ("lead_requested_budget" >= 0 AND "lead_own_contribution" >= 0 AND ("duration_months" IS NULL OR "duration_months" BETWEEN 1 AND 60)), CONSTRAINT "application_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'UNDER_REVIEW', 'FUNDED', 'RESERVE', 'REJECTED', 'WITHDRAWN')), CONSTRAINT "application_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "application_lead_idx" ON "application" ("lead_organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "application_call_status_idx" ON "application" ("call_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "application_partner" ("application_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'INVITED', "requested_budget" bigint NOT NULL DEFAULT '0', "own_contribution" bigint NOT NULL DEFAULT '0', "invited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answered_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "application_partner_amounts_check" CHECK ("requested_budget" >= 0 AND "own_contribution" >= 0), CONSTRAINT "application_partner_status_check" CHECK ("status" IN ('INVITED', 'ACCEPTED', 'DECLINED')), CONSTRAINT "application_partner_pkey" PRIMARY KEY ("application_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "application_partner_organization_idx" ON "application_partner" ("organization_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_lead_organization_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "application_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_application_fk" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_partner" ADD CONSTRAINT "application_partner_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "application_partner" DROP CONSTRAINT "application_partner_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application_partner" DROP CONSTRAINT "application_partner_application_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" DROP CONSTRAINT "application_created_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" DROP CONSTRAINT "application_lead_organization_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "application_call_fk"`);
    await queryRunner.query(`DROP INDEX "public"."application_partner_organization_idx"`);
    await queryRunner.query(`DROP TABLE "application_partner"`);
    await queryRunner.query(`DROP INDEX "public"."application_call_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."application_lead_idx"`);
    await queryRunner.query(`DROP TABLE "application"`);
  }
}

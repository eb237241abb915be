import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NeedsAndCapabilities1795564855261 implements MigrationInterface {
  name = 'NeedsAndCapabilities1795564855261';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "capability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_id" uuid, "kind" character varying(12) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'DRAFT', "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "technology_areas" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "trl" smallint, "contact_name" character varying(120), "contact_email" character varying(254), "availability" character varying(500), "visibility" character varying(8) NOT NULL DEFAULT 'PUBLIC', "model" character varying(200), "location" character varying(300), "booking_terms" text, "patent_number" character varying(64), "licensing_status" character varying(24), "published_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "capability_trl_check" CHECK ("trl" IS NULL OR "trl" BETWEEN 1 AND 9), CONSTRAINT "capability_licensing_status_check" CHECK ("licensing_status" IS NULL OR "licensing_status" IN ('AVAILABLE', 'EXCLUSIVE_LICENSED', 'NON_EXCLUSIVE_LICENSED', 'NOT_AVAILABLE')), CONSTRAINT "capability_visibility_check" CHECK ("visibility" IN ('PUBLIC', 'CLUSTER', 'PRIVATE')), CONSTRAINT "capability_status_check" CHECK ("status" IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')), CONSTRAINT "capability_kind_check" CHECK ("kind" IN ('EXPERTISE', 'EQUIPMENT', 'FACILITY', 'IP', 'SERVICE')), CONSTRAINT "capability_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "capability_organization_idx" ON "capability" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "capability_invited_organization" ("capability_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "capability_invited_organization_pkey" PRIMARY KEY ("capability_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "capability_invited_organization_organization_idx" ON "capability_invited_organization" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "technology_need" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_by_id" uuid, "status" character varying(8) NOT NULL DEFAULT 'DRAFT', "close_reason" character varying(12), "title" character varying(200) NOT NULL, "public_summary" text NOT NULL DEFAULT '', "confidential_details" text NOT NULL DEFAULT '', "desired_outcome" text NOT NULL DEFAULT '', "technology_areas" text array NOT NULL DEFAULT '{}', "sectors" text array NOT NULL DEFAULT '{}', "current_trl" smallint, "target_trl" smallint, "budget_min" bigint, "budget_max" bigint, "currency" character(3), "response_deadline" TIMESTAMP WITH TIME ZONE, "collaboration_types" text array NOT NULL DEFAULT '{}', "visibility" character varying(8) NOT NULL DEFAULT 'PUBLIC', "nda_text" text, "nda_version" character varying(32), "published_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "technology_need_collaboration_types_check" CHECK ("collaboration_types" <@ ARRAY['RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION', 'LICENSE', 'JOINT_VENTURE', 'SERVICE', 'EQUIPMENT_ACCESS']::text[]), CONSTRAINT "technology_need_closed_check" CHECK (("status" = 'CLOSED') = ("close_reason" IS NOT NULL)), CONSTRAINT "technology_need_budget_check" CHECK (("budget_min" IS NULL OR "budget_min" >= 0) AND ("budget_max" IS NULL OR "budget_max" >= 0) AND ("budget_min" IS NULL OR "budget_max" IS NULL OR "budget_min" <= "budget_max")), CONSTRAINT "technology_need_trl_check" CHECK (("current_trl" IS NULL OR "current_trl" BETWEEN 1 AND 9) AND ("target_trl" IS NULL OR "target_trl" BETWEEN 1 AND 9) AND ("current_trl" IS NULL OR "target_trl" IS NULL OR "target_trl" >= "current_trl")), CONSTRAINT "technology_need_visibility_check" CHECK ("visibility" IN ('PUBLIC', 'CLUSTER', 'PRIVATE')), CONSTRAINT "technology_need_close_reason_check" CHECK ("close_reason" IS NULL OR "close_reason" IN ('SOLVED', 'WITHDRAWN', 'EXPIRED')), CONSTRAINT "technology_need_status_check" CHECK ("status" IN ('DRAFT', 'OPEN', 'CLOSED')), CONSTRAINT "technology_need_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_need_organization_idx" ON "technology_need" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_need_open_deadline_idx" ON "technology_need" ("response_deadline") WHERE "status" = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE TABLE "nda_acceptance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "version" character varying(32) NOT NULL, "text" text NOT NULL, "accepted_by_id" uuid, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "nda_acceptance_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "nda_acceptance_organization_idx" ON "nda_acceptance" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "nda_acceptance_need_organization_version_key" ON "nda_acceptance" ("need_id", "organization_id", "version") `,
    );
    await queryRunner.query(
      `CREATE TABLE "need_invited_organization" ("need_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "need_invited_organization_pkey" PRIMARY KEY ("need_id", "organization_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "need_invited_organization_organization_idx" ON "need_invited_organization" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "saved_search" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "criteria" jsonb NOT NULL, "alert" character varying(8) NOT NULL DEFAULT 'WEEKLY', "results_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "saved_search_alert_check" CHECK ("alert" IN ('NONE', 'DAILY', 'WEEKLY')), CONSTRAINT "saved_search_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "saved_search_user_idx" ON "saved_search" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "capability" ADD CONSTRAINT "capability_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability" ADD CONSTRAINT "capability_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_invited_organization" ADD CONSTRAINT "capability_invited_organization_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_invited_organization" ADD CONSTRAINT "capability_invited_organization_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" ADD CONSTRAINT "technology_need_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" ADD CONSTRAINT "technology_need_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nda_acceptance" ADD CONSTRAINT "nda_acceptance_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nda_acceptance" ADD CONSTRAINT "nda_acceptance_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "nda_acceptance" ADD CONSTRAINT "nda_acceptance_accepted_by_fk" FOREIGN KEY ("accepted_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_invited_organization" ADD CONSTRAINT "need_invited_organization_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_invited_organization" ADD CONSTRAINT "need_invited_organization_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "saved_search" ADD CONSTRAINT "saved_search_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Taxonomy and sector filters use array overlap (&&), served by GIN indexes.
    await queryRunner.query(
      `CREATE INDEX "technology_need_technology_areas_idx" ON "technology_need" USING gin ("technology_areas")`,
    );
    await queryRunner.query(
      `CREATE INDEX "technology_need_sectors_idx" ON "technology_need" USING gin ("sectors")`,
    );
    await queryRunner.query(
      `CREATE INDEX "capability_technology_areas_idx" ON "capability" USING gin ("technology_areas")`,
    );
    await queryRunner.query(
      `CREATE INDEX "capability_sectors_idx" ON "capability" USING gin ("sectors")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."capability_sectors_idx"`);
    await queryRunner.query(`DROP INDEX "public"."capability_technology_areas_idx"`);
    await queryRunner.query(`DROP INDEX "public"."technology_need_sectors_idx"`);
    await queryRunner.query(`DROP INDEX "public"."technology_need_technology_areas_idx"`);
    await queryRunner.query(`ALTER TABLE "saved_search" DROP CONSTRAINT "saved_search_user_fk"`);
    await queryRunner.query(
      `ALTER TABLE "need_invited_organization" DROP CONSTRAINT "need_invited_organization_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "need_invited_organization" DROP CONSTRAINT "need_invited_organization_need_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "nda_acceptance" DROP CONSTRAINT "nda_acceptance_accepted_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "nda_acceptance" DROP CONSTRAINT "nda_acceptance_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "nda_acceptance" DROP CONSTRAINT "nda_acceptance_need_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" DROP CONSTRAINT "technology_need_created_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" DROP CONSTRAINT "technology_need_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_invited_organization" DROP CONSTRAINT "capability_invited_organization_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability_invited_organization" DROP CONSTRAINT "capability_invited_organization_capability_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "capability_created_by_fk"`);
    await queryRunner.query(
      `ALTER TABLE "capability" DROP CONSTRAINT "capability_organization_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."saved_search_user_idx"`);
    await queryRunner.query(`DROP TABLE "saved_search"`);
    await queryRunner.query(`DROP INDEX "public"."need_invited_organization_organization_idx"`);
    await queryRunner.query(`DROP TABLE "need_invited_organization"`);
    await queryRunner.query(`DROP INDEX "public"."nda_acceptance_need_organization_version_key"`);
    await queryRunner.query(`DROP INDEX "public"."nda_acceptance_organization_idx"`);
    await queryRunner.query(`DROP TABLE "nda_acceptance"`);
    await queryRunner.query(`DROP INDEX "public"."technology_need_open_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."technology_need_organization_idx"`);
    await queryRunner.query(`DROP TABLE "technology_need"`);
    await queryRunner.query(
      `DROP INDEX "public"."capability_invited_organization_organization_idx"`,
    );
    await queryRunner.query(`DROP TABLE "capability_invited_organization"`);
    await queryRunner.query(`DROP INDEX "public"."capability_organization_idx"`);
    await queryRunner.query(`DROP TABLE "capability"`);
  }
}

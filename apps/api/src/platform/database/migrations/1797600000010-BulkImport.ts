import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BulkImport1797600000010 implements MigrationInterface {
  name = 'BulkImport1797600000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "import_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid, "created_by_id" uuid, "kind" character varying(12) NOT NULL, "mode" character varying(16) NOT NULL, "publish" boolean NOT NULL DEFAULT false, "status" character varying(12) NOT NULL DEFAULT 'QUEUED', "file_name" character varying(200) NOT NULL, "format" character varying(8) NOT NULL, "content" bytea, "total_rows" integer NOT NULL DEFAULT '0', "validated_rows" integer NOT NULL DEFAULT '0', "bad_rows" integer NOT NULL DEFAULT '0', "created_rows" integer NOT NULL DEFAULT '0', "updated_rows" integer NOT NULL DEFAULT '0', "problems" jsonb NOT NULL DEFAULT '[]', "listing_ids" uuid array NOT NULL DEFAULT '{}', "heartbeat_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "finished_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "import_run_status_check" CHECK ("status" IN ('QUEUED', 'VALIDATING', 'VALIDATED', 'IMPORTING', 'DONE', 'REJECTED', 'FAILED')), CONSTRAINT "import_run_mode_check" CHECK ("mode" IN ('PREVIEW', 'VALID_ROWS', 'ALL_OR_NOTHING')), CONSTRAINT "import_run_kind_check" CHECK ("kind" IN ('NEED', 'CAPABILITY')), CONSTRAINT "import_run_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "import_run_organization_idx" ON "import_run" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "import_run_unfinished_idx" ON "import_run" ("created_at") WHERE "status" IN ('QUEUED', 'VALIDATING', 'IMPORTING')`,
    );
    await queryRunner.query(
      `ALTER TABLE "capability" ADD "external_reference" character varying(100)`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" ADD "external_reference" character varying(100)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "capability_external_reference_key" ON "capability" ("organization_id", "external_reference") WHERE "external_reference" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "technology_need_external_reference_key" ON "technology_need" ("organization_id", "external_reference") WHERE "external_reference" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_run" ADD CONSTRAINT "import_run_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "import_run" ADD CONSTRAINT "import_run_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "import_run" DROP CONSTRAINT "import_run_created_by_fk"`);
    await queryRunner.query(
      `ALTER TABLE "import_run" DROP CONSTRAINT "import_run_organization_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."technology_need_external_reference_key"`);
    await queryRunner.query(`DROP INDEX "public"."capability_external_reference_key"`);
    await queryRunner.query(`ALTER TABLE "technology_need" DROP COLUMN "external_reference"`);
    await queryRunner.query(`ALTER TABLE "capability" DROP COLUMN "external_reference"`);
    await queryRunner.query(`DROP INDEX "public"."import_run_unfinished_idx"`);
    await queryRunner.query(`DROP INDEX "public"."import_run_organization_idx"`);
    await queryRunner.query(`DROP TABLE "import_run"`);
  }
}

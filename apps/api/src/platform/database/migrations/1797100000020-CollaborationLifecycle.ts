import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollaborationLifecycle1797100000020 implements MigrationInterface {
  name = 'CollaborationLifecycle1797100000020';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD "collaboration_type" character varying(24)`,
    );
    await queryRunner.query(`ALTER TABLE "collaboration" ADD "need_id" uuid`);
    await queryRunner.query(`ALTER TABLE "collaboration" ADD "capability_id" uuid`);
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD "status" character varying(12) NOT NULL DEFAULT 'ACTIVE'`,
    );
    await queryRunner.query(`ALTER TABLE "collaboration" ADD "outcome" character varying(16)`);
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD "completed_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`ALTER TABLE "collaboration" ADD "completed_by_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "collaboration_need_idx" ON "collaboration" ("need_id") WHERE "need_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_capability_idx" ON "collaboration" ("capability_id") WHERE "capability_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_one_source_check" CHECK (num_nonnulls("need_id", "capability_id") <= 1)`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_completed_check" CHECK (("status" = 'COMPLETED') = ("outcome" IS NOT NULL) AND ("status" = 'COMPLETED') = ("completed_at" IS NOT NULL))`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_outcome_check" CHECK ("outcome" IS NULL OR "outcome" IN ('SOLVED', 'ONGOING', 'DISCONTINUED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_status_check" CHECK ("status" IN ('ACTIVE', 'COMPLETED'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_type_check" CHECK ("collaboration_type" IS NULL OR "collaboration_type" IN ('RESEARCH_COOPERATION', 'TECHNICAL_COOPERATION', 'LICENSE', 'JOINT_VENTURE', 'SERVICE', 'EQUIPMENT_ACCESS'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_completed_by_fk" FOREIGN KEY ("completed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_completed_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_capability_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_need_fk"`);
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_type_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_status_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_outcome_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_completed_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_one_source_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."collaboration_capability_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_need_idx"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "completed_by_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "completed_at"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "outcome"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "status"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "capability_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "need_id"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "collaboration_type"`);
  }
}

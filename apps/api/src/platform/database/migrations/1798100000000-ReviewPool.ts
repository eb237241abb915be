import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewPool1798100000000 implements MigrationInterface {
  name = 'ReviewPool1798100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "call_reviewer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "user_id" uuid, "email" character varying(254) NOT NULL, "expertise" jsonb NOT NULL, "max_load" smallint NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'INVITED', "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "call_reviewer_email_lowercase_check" CHECK ("email" = lower("email")), CONSTRAINT "call_reviewer_max_load_check" CHECK ("max_load" >= 1), CONSTRAINT "call_reviewer_status_check" CHECK ("status" IN ('INVITED', 'ACTIVE', 'DECLINED', 'REMOVED')), CONSTRAINT "call_reviewer_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "call_reviewer_user_idx" ON "call_reviewer" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_reviewer_call_email_key" ON "call_reviewer" ("call_id", "email") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "call_reviewer_call_user_key" ON "call_reviewer" ("call_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "review_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "call_id" uuid NOT NULL, "application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "affinity" real NOT NULL DEFAULT '0', "status" character varying(24) NOT NULL DEFAULT 'ASSIGNED', "assigned_by" character varying(10) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_assignment_assigned_by_check" CHECK ("assigned_by" IN ('SOLVER', 'MANAGER')), CONSTRAINT "review_assignment_status_check" CHECK ("status" IN ('ASSIGNED', 'NO_CONFLICT_DECLARED', 'CONFLICT_DECLARED', 'REMOVED')), CONSTRAINT "review_assignment_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "review_assignment_reviewer_idx" ON "review_assignment" ("reviewer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "review_assignment_call_idx" ON "review_assignment" ("call_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_assignment_open_key" ON "review_assignment" ("application_id", "reviewer_id") WHERE "status" <> 'REMOVED'`,
    );
    await queryRunner.query(
      `CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "scores" jsonb NOT NULL DEFAULT '[]', "status" character varying(20) NOT NULL DEFAULT 'DRAFT', "submitted_at" TIMESTAMP WITH TIME ZONE, "reopened_count" smallint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_reopened_count_check" CHECK ("reopened_count" >= 0), CONSTRAINT "review_submitted_check" CHECK (("status" = 'SUBMITTED') = ("submitted_at" IS NOT NULL)), CONSTRAINT "review_status_check" CHECK ("status" IN ('DRAFT', 'SUBMITTED')), CONSTRAINT "review_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "review_assignment_key" ON "review" ("assignment_id") `,
    );
    await queryRunner.query(`ALTER TABLE "call" ADD "conflict_rules" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(
      `ALTER TABLE "call" ADD "conflict_lookback_years" smallint NOT NULL DEFAULT '3'`,
    );
    await queryRunner.query(
      `ALTER TABLE "call" ADD CONSTRAINT "call_conflict_lookback_check" CHECK ("conflict_lookback_years" BETWEEN 0 AND 20)`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewer" ADD CONSTRAINT "call_reviewer_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewer" ADD CONSTRAINT "call_reviewer_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewer" ADD CONSTRAINT "call_reviewer_invited_by_fk" FOREIGN KEY ("invited_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" ADD CONSTRAINT "review_assignment_call_fk" FOREIGN KEY ("call_id") REFERENCES "call"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" ADD CONSTRAINT "review_assignment_application_fk" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" ADD CONSTRAINT "review_assignment_reviewer_fk" FOREIGN KEY ("reviewer_id") REFERENCES "call_reviewer"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review" ADD CONSTRAINT "review_assignment_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "review_assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review" DROP CONSTRAINT "review_assignment_id_fk"`);
    await queryRunner.query(
      `ALTER TABLE "review_assignment" DROP CONSTRAINT "review_assignment_reviewer_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" DROP CONSTRAINT "review_assignment_application_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_assignment" DROP CONSTRAINT "review_assignment_call_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "call_reviewer" DROP CONSTRAINT "call_reviewer_invited_by_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "call_reviewer" DROP CONSTRAINT "call_reviewer_user_fk"`);
    await queryRunner.query(`ALTER TABLE "call_reviewer" DROP CONSTRAINT "call_reviewer_call_fk"`);
    await queryRunner.query(`ALTER TABLE "call" DROP CONSTRAINT "call_conflict_lookback_check"`);
    await queryRunner.query(`ALTER TABLE "call" DROP COLUMN "conflict_lookback_years"`);
    await queryRunner.query(`ALTER TABLE "call" DROP COLUMN "conflict_rules"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_key"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_open_key"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_call_idx"`);
    await queryRunner.query(`DROP INDEX "public"."review_assignment_reviewer_idx"`);
    await queryRunner.query(`DROP TABLE "review_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."call_reviewer_call_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."call_reviewer_call_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."call_reviewer_user_idx"`);
    await queryRunner.query(`DROP TABLE "call_reviewer"`);
  }
}

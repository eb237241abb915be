import type { MigrationInterface, QueryRunner } from 'typeorm';

// Expressions of interest (관심표명). One holding interest (SUBMITTED, SHORTLISTED or
// ACCEPTED) per sender organization and item is held by two partial unique indexes; the
// listing's owner is copied onto the row so both parties' lists and permissions start from
// the two organizations. interest_capability links the sender's own capabilities. A
// collaboration created from an accepted interest names it (collaboration.interest_id,
// unique: one collaboration per interest).
export class Interests1797000000000 implements MigrationInterface {
  name = 'Interests1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "listing_kind" character varying(10) NOT NULL, "need_id" uuid, "capability_id" uuid, "owner_organization_id" uuid NOT NULL, "sender_organization_id" uuid NOT NULL, "created_by_id" uuid, "status" character varying(12) NOT NULL DEFAULT 'SUBMITTED', "message" text NOT NULL, "proposed_approach" text NOT NULL, "decline_reason" text, "match_score" real, "match_reasons" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "interest_match_score_check" CHECK ("match_score" IS NULL OR "match_score" BETWEEN 0 AND 1), CONSTRAINT "interest_declined_check" CHECK (("status" = 'DECLINED') = ("decline_reason" IS NOT NULL)), CONSTRAINT "interest_not_own_check" CHECK ("sender_organization_id" <> "owner_organization_id"), CONSTRAINT "interest_listing_check" CHECK (("listing_kind" = 'NEED' AND "need_id" IS NOT NULL AND "capability_id" IS NULL) OR ("listing_kind" = 'CAPABILITY' AND "capability_id" IS NOT NULL AND "need_id" IS NULL)), CONSTRAINT "interest_listing_kind_check" CHECK ("listing_kind" IN ('NEED', 'CAPABILITY')), CONSTRAINT "interest_status_check" CHECK ("status" IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')), CONSTRAINT "interest_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "interest_owner_idx" ON "interest" ("owner_organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interest_sender_created_idx" ON "interest" ("sender_organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interest_capability_created_idx" ON "interest" ("capability_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "interest_need_created_idx" ON "interest" ("need_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "interest_one_holding_capability_idx" ON "interest" ("sender_organization_id", "capability_id") WHERE "capability_id" IS NOT NULL AND "status" IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "interest_one_holding_need_idx" ON "interest" ("sender_organization_id", "need_id") WHERE "need_id" IS NOT NULL AND "status" IN ('SUBMITTED', 'SHORTLISTED', 'ACCEPTED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "interest_capability" ("interest_id" uuid NOT NULL, "capability_id" uuid NOT NULL, CONSTRAINT "interest_capability_pkey" PRIMARY KEY ("interest_id", "capability_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "interest_capability_capability_idx" ON "interest_capability" ("capability_id") `,
    );
    await queryRunner.query(`ALTER TABLE "collaboration" ADD "interest_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "collaboration_interest_key" ON "collaboration" ("interest_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "interest_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "interest_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "interest_owner_organization_fk" FOREIGN KEY ("owner_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "interest_sender_organization_fk" FOREIGN KEY ("sender_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" ADD CONSTRAINT "interest_created_by_fk" FOREIGN KEY ("created_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_interest_fk" FOREIGN KEY ("interest_id") REFERENCES "interest"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest_capability" ADD CONSTRAINT "interest_capability_interest_fk" FOREIGN KEY ("interest_id") REFERENCES "interest"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest_capability" ADD CONSTRAINT "interest_capability_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "interest_capability" DROP CONSTRAINT "interest_capability_capability_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest_capability" DROP CONSTRAINT "interest_capability_interest_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_interest_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "interest_created_by_fk"`);
    await queryRunner.query(
      `ALTER TABLE "interest" DROP CONSTRAINT "interest_sender_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "interest" DROP CONSTRAINT "interest_owner_organization_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "interest_capability_fk"`);
    await queryRunner.query(`ALTER TABLE "interest" DROP CONSTRAINT "interest_need_fk"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_interest_key"`);
    await queryRunner.query(`ALTER TABLE "collaboration" DROP COLUMN "interest_id"`);
    await queryRunner.query(`DROP INDEX "public"."interest_capability_capability_idx"`);
    await queryRunner.query(`DROP TABLE "interest_capability"`);
    await queryRunner.query(`DROP INDEX "public"."interest_one_holding_need_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interest_one_holding_capability_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interest_need_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interest_capability_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interest_sender_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."interest_owner_idx"`);
    await queryRunner.query(`DROP TABLE "interest"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// Hand-written: every change to a need's or capability's search document (which its own
// triggers rewrite in the listing's transaction) asks for a match refresh in that same
// transaction, and wakes the match-refresh job at commit (see MatchRefreshJob).
const COLLECT_REFRESH_REQUESTS = `CREATE FUNCTION match_refresh_request_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO match_refresh_request (listing_id, kind)
    SELECT c.id, c.kind FROM changed c WHERE c.kind IN ('NEED', 'CAPABILITY')
    ON CONFLICT (listing_id) DO UPDATE SET requested_at = clock_timestamp();
  IF FOUND THEN
    PERFORM pg_notify('match_refresh', '');
  END IF;
  RETURN NULL;
END $$`;

export class Matching1795571181841 implements MigrationInterface {
  name = 'Matching1795571181841';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "collaboration" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_a_id" uuid NOT NULL, "organization_b_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "technology_areas" text array NOT NULL DEFAULT '{}', "started_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "collaboration_pair_order_check" CHECK ("organization_a_id" < "organization_b_id"), CONSTRAINT "collaboration_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_b_idx" ON "collaboration" ("organization_b_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "collaboration_pair_idx" ON "collaboration" ("organization_a_id", "organization_b_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "listing_match" ("need_id" uuid NOT NULL, "capability_id" uuid NOT NULL, "score" real NOT NULL, "for_need" boolean NOT NULL DEFAULT false, "for_capability" boolean NOT NULL DEFAULT false, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "listing_match_pkey" PRIMARY KEY ("need_id", "capability_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "listing_match_capability_score_idx" ON "listing_match" ("capability_id", "score") `,
    );
    await queryRunner.query(
      `CREATE INDEX "listing_match_need_score_idx" ON "listing_match" ("need_id", "score") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_dismissal_tally" ("organization_id" uuid NOT NULL, "side" character varying(16) NOT NULL, "reason" character varying(16) NOT NULL, "month" date NOT NULL, "count" integer NOT NULL DEFAULT '0', CONSTRAINT "match_dismissal_tally_pkey" PRIMARY KEY ("organization_id", "side", "reason", "month"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "match_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "need_id" uuid NOT NULL, "capability_id" uuid NOT NULL, "side" character varying(16) NOT NULL, "organization_id" uuid NOT NULL, "action" character varying(8) NOT NULL, "reason" character varying(16), "note" text, "user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_feedback_reason_check" CHECK (("action" = 'DISMISS') = ("reason" IS NOT NULL) AND ("reason" IS NULL OR "reason" IN ('NOT_OUR_FIELD', 'TOO_EARLY', 'TOO_MATURE', 'BENEFIT_UNCLEAR', 'HAS_PARTNER', 'OTHER'))), CONSTRAINT "match_feedback_side_check" CHECK ("side" IN ('NEED_OWNER', 'CAPABILITY_OWNER')), CONSTRAINT "match_feedback_action_check" CHECK ("action" IN ('BOOKMARK', 'DISMISS')), CONSTRAINT "match_feedback_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "match_feedback_capability_idx" ON "match_feedback" ("capability_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "match_feedback_organization_idx" ON "match_feedback" ("organization_id", "side", "action") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "match_feedback_pair_side_key" ON "match_feedback" ("need_id", "capability_id", "side") `,
    );
    await queryRunner.query(
      `CREATE TABLE "match_refresh_request" ("listing_id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "covered_request_at" TIMESTAMP WITH TIME ZONE, "refreshed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "match_refresh_request_kind_check" CHECK ("kind" IN ('NEED', 'CAPABILITY')), CONSTRAINT "match_refresh_request_pkey" PRIMARY KEY ("listing_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "match_refresh_request_pending_idx" ON "match_refresh_request" ("requested_at") WHERE "covered_request_at" IS NULL OR "requested_at" > "covered_request_at"`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" ADD "international_partners_welcome" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_organization_a_fk" FOREIGN KEY ("organization_a_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" ADD CONSTRAINT "collaboration_organization_b_fk" FOREIGN KEY ("organization_b_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_match" ADD CONSTRAINT "listing_match_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_match" ADD CONSTRAINT "listing_match_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissal_tally" ADD CONSTRAINT "match_dismissal_tally_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );

    await queryRunner.query(COLLECT_REFRESH_REQUESTS);
    await queryRunner.query(
      `CREATE TRIGGER match_refresh_insert_trg AFTER INSERT ON search_document REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_refresh_request_collect()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER match_refresh_update_trg AFTER UPDATE ON search_document REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION match_refresh_request_collect()`,
    );
    // Listings that are live already get matched by the first run of the job.
    await queryRunner.query(
      `INSERT INTO match_refresh_request (listing_id, kind) SELECT id, kind FROM search_document WHERE kind IN ('NEED', 'CAPABILITY') AND status IN ('OPEN', 'PUBLISHED')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER match_refresh_update_trg ON search_document`);
    await queryRunner.query(`DROP TRIGGER match_refresh_insert_trg ON search_document`);
    await queryRunner.query(`DROP FUNCTION match_refresh_request_collect()`);
    await queryRunner.query(
      `ALTER TABLE "match_feedback" DROP CONSTRAINT "match_feedback_user_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" DROP CONSTRAINT "match_feedback_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" DROP CONSTRAINT "match_feedback_capability_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_feedback" DROP CONSTRAINT "match_feedback_need_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "match_dismissal_tally" DROP CONSTRAINT "match_dismissal_tally_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_match" DROP CONSTRAINT "listing_match_capability_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "listing_match" DROP CONSTRAINT "listing_match_need_fk"`);
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_organization_b_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "collaboration" DROP CONSTRAINT "collaboration_organization_a_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "technology_need" DROP COLUMN "international_partners_welcome"`,
    );
    await queryRunner.query(`DROP INDEX "public"."match_refresh_request_pending_idx"`);
    await queryRunner.query(`DROP TABLE "match_refresh_request"`);
    await queryRunner.query(`DROP INDEX "public"."match_feedback_pair_side_key"`);
    await queryRunner.query(`DROP INDEX "public"."match_feedback_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_feedback_capability_idx"`);
    await queryRunner.query(`DROP TABLE "match_feedback"`);
    await queryRunner.query(`DROP TABLE "match_dismissal_tally"`);
    await queryRunner.query(`DROP INDEX "public"."listing_match_need_score_idx"`);
    await queryRunner.query(`DROP INDEX "public"."listing_match_capability_score_idx"`);
    await queryRunner.query(`DROP TABLE "listing_match"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_pair_idx"`);
    await queryRunner.query(`DROP INDEX "public"."collaboration_b_idx"`);
    await queryRunner.query(`DROP TABLE "collaboration"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795562199273 implements MigrationInterface {
  name = 'Foundation1795562199273';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Extensions for search: trigram similarity (typos, Korean substrings) and accent folding.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    // unaccent() is only STABLE (its dictionary could change), so it cannot appear in an
    // index; this wrapper pins the dictionary and is declared IMMUTABLE, the usual recipe.
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`,
    );
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" text NOT NULL, "display_name" character varying(80) NOT NULL, "preferred_language" character varying(2) NOT NULL DEFAULT 'en', "roles" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_account_email_lowercase_check" CHECK ("email" = lower("email")), CONSTRAINT "user_account_language_check" CHECK ("preferred_language" IN ('en', 'ko')), CONSTRAINT "user_account_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "user_account_email_key" ON "user_account" ("email") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "size" character varying(16), "country" character(2) NOT NULL, "region" character varying(8), "sectors" text array NOT NULL DEFAULT '{}', "technology_areas" text array NOT NULL DEFAULT '{}', "description" text NOT NULL DEFAULT '', "website" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organization_size_check" CHECK ("size" IS NULL OR "size" IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')), CONSTRAINT "organization_kind_check" CHECK ("kind" IN ('FIRM', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'CLUSTER_ORGANIZATION', 'PUBLIC_AGENCY')), CONSTRAINT "organization_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_country_idx" ON "organization" ("country") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_en" character varying(200) NOT NULL, "name_ko" character varying(200) NOT NULL, "organization_id" uuid NOT NULL, "country" character(2) NOT NULL, "region" character varying(8), "focus_sectors" text array NOT NULL DEFAULT '{}', "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cluster_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cluster_organization_idx" ON "cluster" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_manager" ("cluster_id" uuid NOT NULL, "user_id" uuid NOT NULL, "appointed_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cluster_manager_pkey" PRIMARY KEY ("cluster_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cluster_manager_user_idx" ON "cluster_manager" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cluster_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "message" text NOT NULL DEFAULT '', "reason" text, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, "decided_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cluster_membership_status_check" CHECK ("status" IN ('PENDING', 'ACTIVE', 'REJECTED', 'REMOVED')), CONSTRAINT "cluster_membership_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cluster_membership_organization_idx" ON "cluster_membership" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "cluster_membership_cluster_status_idx" ON "cluster_membership" ("cluster_id", "status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cluster_membership_cluster_organization_key" ON "cluster_membership" ("cluster_id", "organization_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "role" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "invited_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "invitation_status_check" CHECK ("status" IN ('PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED')), CONSTRAINT "invitation_role_check" CHECK ("role" IN ('ORG_ADMIN', 'ORG_MEMBER')), CONSTRAINT "invitation_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "invitation_email_idx" ON "invitation" ("email") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "invitation_pending_key" ON "invitation" ("organization_id", "email") WHERE "status" = 'PENDING'`,
    );
    await queryRunner.query(
      `CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_role_check" CHECK ("role" IN ('ORG_ADMIN', 'ORG_MEMBER')), CONSTRAINT "membership_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "membership_user_idx" ON "membership" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "membership_organization_user_key" ON "membership" ("organization_id", "user_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "name" character varying(80) NOT NULL, "prefix" character varying(16) NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_token_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "api_token_user_idx" ON "api_token" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying(300), CONSTRAINT "session_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "session_user_idx" ON "session" ("user_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "session_token_hash_key" ON "session" ("token_hash") `,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid, "action" character varying(64) NOT NULL, "object_type" character varying(40) NOT NULL, "object_id" uuid NOT NULL, "organization_id" uuid, "cluster_id" uuid, "before" jsonb, "after" jsonb, "request_id" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_created_idx" ON "audit_event" ("created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_organization_idx" ON "audit_event" ("organization_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_cluster_idx" ON "audit_event" ("cluster_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster" ADD CONSTRAINT "cluster_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_manager" ADD CONSTRAINT "cluster_manager_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_manager" ADD CONSTRAINT "cluster_manager_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_cluster_fk" FOREIGN KEY ("cluster_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" ADD CONSTRAINT "cluster_membership_decided_by_fk" FOREIGN KEY ("decided_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_fk" FOREIGN KEY ("invited_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_fk" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "membership" ADD CONSTRAINT "membership_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "session" ADD CONSTRAINT "session_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Directory search (organization.repository.ts): full text with weights, substring and
    // typo matching through trigrams, and array overlap for the code filters.
    await queryRunner.query(
      `CREATE INDEX "organization_search_fts_idx" ON "organization" USING gin ((setweight(to_tsvector('simple', immutable_unaccent(lower(name))), 'A') || setweight(to_tsvector('simple', immutable_unaccent(lower(description))), 'B')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_search_trgm_idx" ON "organization" USING gin ((immutable_unaccent(lower(name || ' ' || description))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_name_trgm_idx" ON "organization" USING gin ((immutable_unaccent(lower(name))) gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_sectors_idx" ON "organization" USING gin ("sectors")`,
    );
    await queryRunner.query(
      `CREATE INDEX "organization_technology_areas_idx" ON "organization" USING gin ("technology_areas")`,
    );
    // Failed sign-in counters, in the layout rate-limiter-flexible's PostgreSQL store uses.
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("key"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`DROP INDEX "public"."organization_technology_areas_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_sectors_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_name_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_search_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organization_search_fts_idx"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "session_user_fk"`);
    await queryRunner.query(`ALTER TABLE "api_token" DROP CONSTRAINT "api_token_user_fk"`);
    await queryRunner.query(`ALTER TABLE "membership" DROP CONSTRAINT "membership_user_fk"`);
    await queryRunner.query(
      `ALTER TABLE "membership" DROP CONSTRAINT "membership_organization_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_invited_by_fk"`);
    await queryRunner.query(
      `ALTER TABLE "invitation" DROP CONSTRAINT "invitation_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" DROP CONSTRAINT "cluster_membership_decided_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" DROP CONSTRAINT "cluster_membership_organization_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_membership" DROP CONSTRAINT "cluster_membership_cluster_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_manager" DROP CONSTRAINT "cluster_manager_user_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_manager" DROP CONSTRAINT "cluster_manager_cluster_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "cluster" DROP CONSTRAINT "cluster_organization_fk"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_cluster_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_organization_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_created_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."session_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."session_user_idx"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."api_token_user_idx"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
    await queryRunner.query(`DROP INDEX "public"."membership_organization_user_key"`);
    await queryRunner.query(`DROP INDEX "public"."membership_user_idx"`);
    await queryRunner.query(`DROP TABLE "membership"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_pending_key"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_email_idx"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_membership_cluster_organization_key"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_membership_cluster_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_membership_organization_idx"`);
    await queryRunner.query(`DROP TABLE "cluster_membership"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_manager_user_idx"`);
    await queryRunner.query(`DROP TABLE "cluster_manager"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_organization_idx"`);
    await queryRunner.query(`DROP TABLE "cluster"`);
    await queryRunner.query(`DROP INDEX "public"."organization_country_idx"`);
    await queryRunner.query(`DROP TABLE "organization"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_email_key"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP FUNCTION immutable_unaccent(text)`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS unaccent`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS pg_trgm`);
  }
}

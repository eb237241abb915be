import type { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications. The fan-out job stores one row per recipient and event (the unique key
// makes a repeated run add nothing); the inbox and the unread count read by recipient. A
// user's choice of delivery per type lives in notification_preference (no row: the type's
// default), the strong-match threshold in notification_setting, and notification_digest
// records the days a user's digest went out, so a second run of the job sends none.
// saved_search_alert_run paces the saved searches' alerts.
export class Notifications1796800000000 implements MigrationInterface {
  name = 'Notifications1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "recipient_id" uuid NOT NULL,
        "type" text NOT NULL,
        "event_key" text NOT NULL,
        "delivery" text NOT NULL,
        "subject_kind" text NOT NULL DEFAULT 'NONE',
        "subject_id" uuid,
        "params" jsonb NOT NULL DEFAULT '{}',
        "path" text NOT NULL,
        "read_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "notification_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "notification_event_recipient_key" UNIQUE ("event_key", "recipient_id"),
        CONSTRAINT "notification_delivery_check" CHECK (delivery IN ('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST')),
        CONSTRAINT "notification_subject_check" CHECK ((subject_kind = 'NONE') = (subject_id IS NULL) AND subject_kind IN ('NONE', 'NEED', 'CAPABILITY')),
        CONSTRAINT "notification_recipient_fkey" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    // The inbox: a recipient's notifications, newest first.
    await queryRunner.query(
      `CREATE INDEX "notification_inbox_idx" ON "notification" ("recipient_id", "created_at" DESC, "id" DESC)`,
    );
    // The unread count and the unread filter: only unread rows are indexed.
    await queryRunner.query(
      `CREATE INDEX "notification_unread_idx" ON "notification" ("recipient_id", "created_at" DESC) WHERE read_at IS NULL`,
    );
    // The daily digest: the day's DAILY_DIGEST rows.
    await queryRunner.query(
      `CREATE INDEX "notification_digest_idx" ON "notification" ("created_at", "recipient_id") WHERE delivery = 'DAILY_DIGEST'`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" (
        "user_id" uuid NOT NULL,
        "type" text NOT NULL,
        "delivery" text NOT NULL,
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("user_id", "type"),
        CONSTRAINT "notification_preference_delivery_check" CHECK (delivery IN ('IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'OFF')),
        CONSTRAINT "notification_preference_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_setting" (
        "user_id" uuid NOT NULL,
        "strong_match_threshold" smallint NOT NULL,
        CONSTRAINT "notification_setting_pkey" PRIMARY KEY ("user_id"),
        CONSTRAINT "notification_setting_threshold_check" CHECK (strong_match_threshold BETWEEN 50 AND 100),
        CONSTRAINT "notification_setting_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_digest" (
        "user_id" uuid NOT NULL,
        "day" date NOT NULL,
        "sent_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "notification_digest_pkey" PRIMARY KEY ("user_id", "day"),
        CONSTRAINT "notification_digest_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    // When each saved search last alerted its owner: its frequency (DAILY, WEEKLY) counts
    // from here, and only results listed after it (or after the owner's last look) are new.
    await queryRunner.query(
      `CREATE TABLE "saved_search_alert_run" (
        "saved_search_id" uuid NOT NULL,
        "alerted_at" timestamptz NOT NULL,
        CONSTRAINT "saved_search_alert_run_pkey" PRIMARY KEY ("saved_search_id"),
        CONSTRAINT "saved_search_alert_run_search_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_search"("id") ON DELETE CASCADE
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "saved_search_alert_run"`);
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP TABLE "notification_setting"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}

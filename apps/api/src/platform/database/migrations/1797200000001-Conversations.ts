import type { MigrationInterface, QueryRunner } from 'typeorm';

// Conversations between two organizations about one subject (an interest, for now).
// - conversation: one per subject (conversation_subject_key), its organizations stored in
//   id order (a < b, so a pair has one spelling); last_seq counts its messages. A post
//   takes the conversation row's lock to number its message, so numbers follow commit
//   order and a read marker "read up to N" never skips a message committed late.
// - conversation_message: plain-text body within the domain's limit (checked here too).
// - conversation_read: each user's read marker; unread = messages by others numbered
//   above it, counted in SQL (conversation_message_seq_key serves the range).
// - conversation_report: a participant's report, which lets platform admins read it.
// notification.subject_kind gains CONVERSATION: a message notification stays readable
// only while its recipient may read the conversation.
export class Conversations1797200000001 implements MigrationInterface {
  name = 'Conversations1797200000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "conversation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "subject_kind" text NOT NULL,
        "subject_id" uuid NOT NULL,
        "title" varchar(200) NOT NULL DEFAULT '',
        "organization_a_id" uuid NOT NULL,
        "organization_b_id" uuid NOT NULL,
        "last_seq" integer NOT NULL DEFAULT 0,
        "last_message_at" timestamptz,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "conversation_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "conversation_subject_key" UNIQUE ("subject_kind", "subject_id"),
        CONSTRAINT "conversation_subject_kind_check" CHECK (subject_kind IN ('INTEREST')),
        CONSTRAINT "conversation_pair_check" CHECK (organization_a_id < organization_b_id),
        CONSTRAINT "conversation_last_seq_check" CHECK (last_seq >= 0),
        CONSTRAINT "conversation_organization_a_fkey" FOREIGN KEY ("organization_a_id") REFERENCES "organization"("id") ON DELETE CASCADE,
        CONSTRAINT "conversation_organization_b_fkey" FOREIGN KEY ("organization_b_id") REFERENCES "organization"("id") ON DELETE CASCADE
      )`,
    );
    // A viewer's conversations, most recent first, from either side.
    await queryRunner.query(
      `CREATE INDEX "conversation_organization_a_idx" ON "conversation" ("organization_a_id", "last_message_at" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "conversation_organization_b_idx" ON "conversation" ("organization_b_id", "last_message_at" DESC)`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "conversation_id" uuid NOT NULL,
        "seq" integer NOT NULL,
        "author_user_id" uuid,
        "author_organization_id" uuid NOT NULL,
        "body" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "conversation_message_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "conversation_message_seq_key" UNIQUE ("conversation_id", "seq"),
        CONSTRAINT "conversation_message_body_check" CHECK (char_length(body) BETWEEN 1 AND 4000),
        CONSTRAINT "conversation_message_seq_check" CHECK (seq >= 1),
        CONSTRAINT "conversation_message_conversation_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE,
        CONSTRAINT "conversation_message_author_fkey" FOREIGN KEY ("author_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL,
        CONSTRAINT "conversation_message_organization_fkey" FOREIGN KEY ("author_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_read" (
        "conversation_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "last_read_seq" integer NOT NULL,
        "read_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "conversation_read_pkey" PRIMARY KEY ("conversation_id", "user_id"),
        CONSTRAINT "conversation_read_seq_check" CHECK (last_read_seq >= 0),
        CONSTRAINT "conversation_read_conversation_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE,
        CONSTRAINT "conversation_read_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE TABLE "conversation_report" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "conversation_id" uuid NOT NULL,
        "reporter_user_id" uuid NOT NULL,
        "reason" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "conversation_report_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "conversation_report_reporter_key" UNIQUE ("conversation_id", "reporter_user_id"),
        CONSTRAINT "conversation_report_reason_check" CHECK (char_length(reason) BETWEEN 3 AND 1000),
        CONSTRAINT "conversation_report_conversation_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversation"("id") ON DELETE CASCADE,
        CONSTRAINT "conversation_report_reporter_fkey" FOREIGN KEY ("reporter_user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "notification_subject_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_subject_check" CHECK ((subject_kind = 'NONE') = (subject_id IS NULL) AND subject_kind IN ('NONE', 'NEED', 'CAPABILITY', 'CONVERSATION'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE subject_kind = 'CONVERSATION'`);
    await queryRunner.query(
      `ALTER TABLE "notification" DROP CONSTRAINT "notification_subject_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "notification_subject_check" CHECK ((subject_kind = 'NONE') = (subject_id IS NULL) AND subject_kind IN ('NONE', 'NEED', 'CAPABILITY'))`,
    );
    await queryRunner.query(`DROP TABLE "conversation_report"`);
    await queryRunner.query(`DROP TABLE "conversation_read"`);
    await queryRunner.query(`DROP TABLE "conversation_message"`);
    await queryRunner.query(`DROP TABLE "conversation"`);
  }
}

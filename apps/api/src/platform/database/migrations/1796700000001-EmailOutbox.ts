import type { MigrationInterface, QueryRunner } from 'typeorm';

// E-mail. Every message is rendered once, in the recipient's language, and stored here in
// the transaction that causes it; the delivery job hands it to SMTP (SENT) or, with no
// SMTP_URL, keeps it here for the admins' outbox page (KEPT). email_opt_out holds the types
// each user unsubscribed from with the one-click link.
export class EmailOutbox1796700000001 implements MigrationInterface {
  name = 'EmailOutbox1796700000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_message" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "type" text NOT NULL,
        "recipient_id" uuid,
        "to_address" varchar(254) NOT NULL,
        "language" varchar(2) NOT NULL,
        "subject" text NOT NULL,
        "text_body" text NOT NULL,
        "html_body" text NOT NULL,
        "headers" jsonb NOT NULL DEFAULT '{}',
        "status" text NOT NULL DEFAULT 'QUEUED',
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "sent_at" timestamptz,
        CONSTRAINT "email_message_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "email_message_status_check" CHECK (status IN ('QUEUED', 'SENT', 'KEPT')),
        CONSTRAINT "email_message_recipient_fkey" FOREIGN KEY ("recipient_id") REFERENCES "user_account"("id") ON DELETE SET NULL
      )`,
    );
    // The outbox page: newest first.
    await queryRunner.query(
      `CREATE INDEX "email_message_created_idx" ON "email_message" ("created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "email_message_recipient_idx" ON "email_message" ("recipient_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "email_opt_out" (
        "user_id" uuid NOT NULL,
        "type" text NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "email_opt_out_pkey" PRIMARY KEY ("user_id", "type"),
        CONSTRAINT "email_opt_out_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "email_opt_out"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
  }
}

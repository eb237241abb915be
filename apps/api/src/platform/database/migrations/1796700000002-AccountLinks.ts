import type { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts that e-mail can trust. user_account.email_verified_at: when the owner proved the
// address (a confirmation link, or a password reset link, which reaches the same inbox).
// account_link: the links sent by e-mail, stored as SHA-256 hashes of their tokens; a link
// is consumed by one UPDATE that requires used_at IS NULL and expires_at > now(), so it
// works once however many requests race for it.
export class AccountLinks1796700000002 implements MigrationInterface {
  name = 'AccountLinks1796700000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "user_account" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(
      `CREATE TABLE "account_link" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" text NOT NULL,
        "token_hash" bytea NOT NULL,
        "email" varchar(254) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "expires_at" timestamptz NOT NULL,
        "used_at" timestamptz,
        CONSTRAINT "account_link_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "account_link_token_hash_key" UNIQUE ("token_hash"),
        CONSTRAINT "account_link_purpose_check" CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
        CONSTRAINT "account_link_expiry_check" CHECK (expires_at > created_at),
        CONSTRAINT "account_link_user_fkey" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE
      )`,
    );
    await queryRunner.query(
      `CREATE INDEX "account_link_user_idx" ON "account_link" ("user_id", "purpose")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "account_link"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP COLUMN "email_verified_at"`);
  }
}

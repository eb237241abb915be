import type { MigrationInterface, QueryRunner } from 'typeorm';

// Jobs with payloads. An event (send this e-mail, fan out this notification) is written to
// job_outbox in the transaction of the change that causes it, so a rolled-back change never
// sends anything and a committed one is never lost; the outbox drain hands rows to pg-boss.
// job_effect records which (queue, idempotency key) already took effect: a job that pg-boss
// delivers twice acts once.
export class JobOutbox1796700000000 implements MigrationInterface {
  name = 'JobOutbox1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "queue" text NOT NULL,
        "idempotency_key" text NOT NULL,
        "payload" jsonb NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "job_outbox_pkey" PRIMARY KEY ("id"),
        CONSTRAINT "job_outbox_key_unique" UNIQUE ("queue", "idempotency_key"),
        CONSTRAINT "job_outbox_key_not_blank" CHECK (length(idempotency_key) BETWEEN 1 AND 300)
      )`,
    );
    await queryRunner.query(`CREATE INDEX "job_outbox_created_idx" ON "job_outbox" ("created_at")`);
    await queryRunner.query(
      `CREATE TABLE "job_effect" (
        "queue" text NOT NULL,
        "idempotency_key" text NOT NULL,
        "done_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "job_effect_pkey" PRIMARY KEY ("queue", "idempotency_key")
      )`,
    );
    // Wakes the drain at commit (NOTIFY is delivered only when the transaction commits).
    await queryRunner.query(
      `CREATE FUNCTION job_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN PERFORM pg_notify('job_outbox', ''); RETURN NULL; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER job_outbox_notify AFTER INSERT ON job_outbox FOR EACH STATEMENT EXECUTE FUNCTION job_outbox_notify()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER job_outbox_notify ON job_outbox`);
    await queryRunner.query(`DROP FUNCTION job_outbox_notify()`);
    await queryRunner.query(`DROP TABLE "job_effect"`);
    await queryRunner.query(`DROP TABLE "job_outbox"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// Cluster partnerships (issue 14): one PROPOSED or ACTIVE partnership per unordered pair of
// clusters, held by a partial unique index over the pair stored in id order; audit events
// name the partnership's other cluster so both sides' managers read one event.

export class ClusterPartnerships1797400000010 implements MigrationInterface {
  name = 'ClusterPartnerships1797400000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cluster_partnership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cluster_a_id" uuid NOT NULL, "cluster_b_id" uuid NOT NULL, "proposer_cluster_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "status" character varying(16) NOT NULL, "note" text NOT NULL DEFAULT '', "proposed_by_id" uuid, "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" uuid, "ended_at" TIMESTAMP WITH TIME ZONE, "ended_by_id" uuid, "ended_by_cluster_id" uuid, "reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "cluster_partnership_proposer_check" CHECK ("proposer_cluster_id" IN ("cluster_a_id", "cluster_b_id")), CONSTRAINT "cluster_partnership_pair_order_check" CHECK ("cluster_a_id" < "cluster_b_id"), CONSTRAINT "cluster_partnership_kind_check" CHECK ("kind" IN ('DOMESTIC', 'INTERNATIONAL')), CONSTRAINT "cluster_partnership_status_check" CHECK ("status" IN ('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED')), CONSTRAINT "cluster_partnership_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "cluster_partnership_cluster_b_idx" ON "cluster_partnership" ("cluster_b_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "cluster_partnership_live_pair_key" ON "cluster_partnership" ("cluster_a_id", "cluster_b_id") WHERE "status" IN ('PROPOSED', 'ACTIVE')`,
    );
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "counterpart_cluster_id" uuid`);
    await queryRunner.query(
      `CREATE INDEX "audit_event_counterpart_cluster_idx" ON "audit_event" ("counterpart_cluster_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_cluster_a_fk" FOREIGN KEY ("cluster_a_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_cluster_b_fk" FOREIGN KEY ("cluster_b_id") REFERENCES "cluster"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_proposed_by_fk" FOREIGN KEY ("proposed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_answered_by_fk" FOREIGN KEY ("answered_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_ended_by_fk" FOREIGN KEY ("ended_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_ended_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_answered_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_proposed_by_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_cluster_b_fk"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_cluster_a_fk"`,
    );
    await queryRunner.query(`DROP INDEX "public"."audit_event_counterpart_cluster_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "counterpart_cluster_id"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_partnership_live_pair_key"`);
    await queryRunner.query(`DROP INDEX "public"."cluster_partnership_cluster_b_idx"`);
    await queryRunner.query(`DROP TABLE "cluster_partnership"`);
  }
}

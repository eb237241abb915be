import type { MigrationInterface, QueryRunner } from 'typeorm';

// A proposer may take back a partnership proposal before it is answered (WITHDRAWN). The
// live-pair unique index keeps counting only PROPOSED and ACTIVE, so a withdrawn proposal
// frees the pair for a new one.
export class PartnershipWithdrawn1798000000001 implements MigrationInterface {
  name = 'PartnershipWithdrawn1798000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_status_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_status_check" CHECK ("status" IN ('PROPOSED', 'ACTIVE', 'DECLINED', 'WITHDRAWN', 'ENDED'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" DROP CONSTRAINT "cluster_partnership_status_check"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cluster_partnership" ADD CONSTRAINT "cluster_partnership_status_check" CHECK ("status" IN ('PROPOSED', 'ACTIVE', 'DECLINED', 'ENDED'))`,
    );
  }
}

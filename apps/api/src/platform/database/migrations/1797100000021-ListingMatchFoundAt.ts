import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListingMatchFoundAt1797100000021 implements MigrationInterface {
  name = 'ListingMatchFoundAt1797100000021';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "listing_match" ADD "found_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
    // Pairs stored before count as found when last computed: not all "new" on upgrade day.
    await queryRunner.query(`UPDATE "listing_match" SET "found_at" = "computed_at"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "listing_match" DROP COLUMN "found_at"`);
  }
}

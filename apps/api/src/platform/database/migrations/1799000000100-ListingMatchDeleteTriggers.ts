import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * listing_match loses its two foreign keys: each stored pair paid two row-by-row
 * referential checks (a lookup and a key-share lock of each listing, per pair), three times
 * the cost of the row itself when a full matching writes millions of pairs. Integrity stays
 * in the database: deleting a need or a capability (directly or by its organization's
 * cascade) deletes its pairs in the same transaction (these triggers, as ON DELETE CASCADE
 * did), and the refresh job key-share locks the listings of a batch once, set-wise, and
 * writes only pairs of listings that still exist (MatchRepository.lockLiveListings), so a
 * delete either waits for the batch or the batch sees it gone.
 */
export class ListingMatchDeleteTriggers1799000000100 implements MigrationInterface {
  name = 'ListingMatchDeleteTriggers1799000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "listing_match" DROP CONSTRAINT "listing_match_capability_fk"`,
    );
    await queryRunner.query(`ALTER TABLE "listing_match" DROP CONSTRAINT "listing_match_need_fk"`);
    // Statement-level with the deleted rows as a table: an organization's cascade deletes
    // its listings in one statement, and their pairs go in one join, not one query per row.
    await queryRunner.query(`
      CREATE FUNCTION listing_match_forget_needs() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM listing_match m USING gone g WHERE m.need_id = g.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION listing_match_forget_capabilities() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        DELETE FROM listing_match m USING gone g WHERE m.capability_id = g.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER listing_match_need_deleted AFTER DELETE ON technology_need
         REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION listing_match_forget_needs()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER listing_match_capability_deleted AFTER DELETE ON capability
         REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION listing_match_forget_capabilities()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER listing_match_capability_deleted ON capability`);
    await queryRunner.query(`DROP TRIGGER listing_match_need_deleted ON technology_need`);
    await queryRunner.query(`DROP FUNCTION listing_match_forget_capabilities()`);
    await queryRunner.query(`DROP FUNCTION listing_match_forget_needs()`);
    await queryRunner.query(
      `DELETE FROM listing_match m WHERE NOT EXISTS (SELECT 1 FROM technology_need n WHERE n.id = m.need_id)
          OR NOT EXISTS (SELECT 1 FROM capability c WHERE c.id = m.capability_id)`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_match" ADD CONSTRAINT "listing_match_need_fk" FOREIGN KEY ("need_id") REFERENCES "technology_need"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "listing_match" ADD CONSTRAINT "listing_match_capability_fk" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

// search_document's facts once per technology area, for searches whose words name a
// taxonomy concept: every item of the concept's areas is a hit, and reading them through
// search_document's heap (a page visit each, rows of about a kilobyte with their text
// vector) was most of such a search's time. A covering index, area first, gives them in
// area order without the heap (index-only scans; autovacuum is asked to keep the
// visibility map current sooner than by default).
//
// Kept by statement-level triggers on search_document, in the same transaction as the
// document (itself kept in the transaction of the need, capability or organization), and
// emptied with it by the foreign key.

const FACTS = [
  'kind',
  'organization_id',
  'country',
  'region',
  'status',
  'visibility',
  'capability_kind',
  'technology_areas',
  'sectors',
  'trl_low',
  'trl_high',
  'collaboration_types',
  'deadline',
  'listed_at',
];

const copy = (source: string) => `INSERT INTO search_document_area (id, area, ${FACTS.join(', ')})
    SELECT c.id, a.area, ${FACTS.map((column) => `c.${column}`).join(', ')}
      FROM ${source} c, unnest(c.technology_areas) AS a(area)
    ON CONFLICT (id, area) DO NOTHING`;

export class SearchDocumentAreas1795580896026 implements MigrationInterface {
  name = 'SearchDocumentAreas1795580896026';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_document_area" ("id" uuid NOT NULL, "area" text NOT NULL, "kind" character varying(12) NOT NULL, "organization_id" uuid NOT NULL, "country" character(2) NOT NULL, "region" character varying(8), "status" character varying(10), "visibility" character varying(8) NOT NULL, "capability_kind" character varying(12), "technology_areas" text array NOT NULL, "sectors" text array NOT NULL, "trl_low" smallint, "trl_high" smallint, "collaboration_types" text array NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE, "listed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "search_document_area_pkey" PRIMARY KEY ("id", "area"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document_area" ADD CONSTRAINT "search_document_area_id_fkey" FOREIGN KEY ("id") REFERENCES "search_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document_area" SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`,
    );
    await queryRunner.query(`CREATE FUNCTION search_document_area_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM search_document_area a USING changed c WHERE a.id = c.id;
  END IF;
  ${copy('changed')};
  RETURN NULL;
END $$`);
    for (const event of ['INSERT', 'UPDATE'])
      await queryRunner.query(
        `CREATE TRIGGER search_document_area_${event.toLowerCase()}_trg AFTER ${event} ON search_document REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_document_area_collect()`,
      );
    await queryRunner.query(copy('search_document'));
    await queryRunner.query(
      `CREATE INDEX "search_document_area_covering_idx" ON "search_document_area" ("area") INCLUDE (id, ${FACTS.join(', ')})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_document_area_update_trg ON search_document`);
    await queryRunner.query(`DROP TRIGGER search_document_area_insert_trg ON search_document`);
    await queryRunner.query(`DROP FUNCTION search_document_area_collect()`);
    await queryRunner.query(`DROP TABLE "search_document_area"`);
  }
}

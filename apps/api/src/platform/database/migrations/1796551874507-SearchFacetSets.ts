import type { MigrationInterface, QueryRunner } from 'typeorm';

// Facets count by a number instead of five columns. A search with totals materializes
// every match and counts it by kind, capability kind, status, country and technology areas
// (grouping sets). For a broad search (15,000 matches at the benchmark's scale) copying
// those strings and arrays into the materialized set and hashing them was a fifth of the
// statement. Each distinct combination now has a row in search_facet_set, every search
// document (and its search_document_area rows) carries that row's id, and the statement
// counts matches per id, then reads the few hundred combinations that occurred.
//
// A row trigger on search_document keeps facet_set_id right in the same statement as the
// document (itself written in the transaction of its need, capability or organization),
// adding a combination the first time one occurs; an update that leaves the five facts
// alone keeps the id without a lookup.

// The facts search_document_area copies from its document (SearchDocumentAreas migration),
// now with the facet set.
const AREA_FACTS = [
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

const copyAreas = (
  facts: string[],
) => `INSERT INTO search_document_area (id, area, ${facts.join(', ')})
    SELECT c.id, a.area, ${facts.map((column) => `c.${column}`).join(', ')}
      FROM changed c, unnest(c.technology_areas) AS a(area)
    ON CONFLICT (id, area) DO NOTHING`;

const areaCollect = (
  facts: string[],
) => `CREATE OR REPLACE FUNCTION search_document_area_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM search_document_area a USING changed c WHERE a.id = c.id;
  END IF;
  ${copyAreas(facts)};
  RETURN NULL;
END $$`;

const coveringIndex = (facts: string[]) =>
  `CREATE INDEX "search_document_area_covering_idx" ON "search_document_area" ("area") INCLUDE (id, ${facts.join(', ')})`;

// One string per combination; its unique constraint makes concurrent first uses agree.
const KEY = (alias: string) =>
  `concat_ws('|', ${alias}.kind, coalesce(${alias}.capability_kind, ''), coalesce(${alias}.status, ''), ${alias}.country, array_to_string(${alias}.technology_areas, ','))`;

export class SearchFacetSets1796551874507 implements MigrationInterface {
  name = 'SearchFacetSets1796551874507';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_facet_set" ("id" SERIAL NOT NULL, "key" text NOT NULL, "kind" character varying(12) NOT NULL, "capability_kind" character varying(12), "status" character varying(10), "country" character(2) NOT NULL, "technology_areas" text array NOT NULL, CONSTRAINT "search_facet_set_key_key" UNIQUE ("key"), CONSTRAINT "search_facet_set_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE FUNCTION search_facet_set_id(doc search_document) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  wanted text := ${KEY('doc')};
  found integer;
BEGIN
  SELECT id INTO found FROM search_facet_set WHERE key = wanted;
  IF found IS NULL THEN
    INSERT INTO search_facet_set (key, kind, capability_kind, status, country, technology_areas)
      VALUES (wanted, doc.kind, doc.capability_kind, doc.status, doc.country, doc.technology_areas)
      ON CONFLICT (key) DO NOTHING
      RETURNING id INTO found;
    -- Another transaction added it first (and committed: the insert waited for it).
    IF found IS NULL THEN
      SELECT id INTO found FROM search_facet_set WHERE key = wanted;
    END IF;
  END IF;
  RETURN found;
END $$`);
    await queryRunner.query(`CREATE FUNCTION search_document_facet_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.kind = OLD.kind AND NEW.capability_kind IS NOT DISTINCT FROM OLD.capability_kind
     AND NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.country = OLD.country
     AND NEW.technology_areas = OLD.technology_areas AND OLD.facet_set_id IS NOT NULL THEN
    NEW.facet_set_id := OLD.facet_set_id;
  ELSE
    NEW.facet_set_id := search_facet_set_id(NEW);
  END IF;
  RETURN NEW;
END $$`);

    // Backfill: the combinations that exist, then each document's and each area row's id.
    // Only the new column changes, so the documents' own triggers (areas, dictionary,
    // match refresh) have nothing to do and are held off while it is written.
    await queryRunner.query(`ALTER TABLE "search_document" ADD "facet_set_id" integer`);
    await queryRunner.query(`ALTER TABLE "search_document_area" ADD "facet_set_id" integer`);
    await queryRunner.query(
      `INSERT INTO search_facet_set (key, kind, capability_kind, status, country, technology_areas)
       SELECT DISTINCT ON (${KEY('d')}) ${KEY('d')}, d.kind, d.capability_kind, d.status, d.country, d.technology_areas
         FROM search_document d`,
    );
    await queryRunner.query(`ALTER TABLE "search_document" DISABLE TRIGGER USER`);
    await queryRunner.query(
      `UPDATE search_document d SET facet_set_id = f.id FROM search_facet_set f WHERE f.key = ${KEY('d')}`,
    );
    await queryRunner.query(`ALTER TABLE "search_document" ENABLE TRIGGER USER`);
    await queryRunner.query(
      `UPDATE search_document_area a SET facet_set_id = d.facet_set_id FROM search_document d WHERE d.id = a.id`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document" ALTER COLUMN "facet_set_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document_area" ALTER COLUMN "facet_set_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "search_document" ADD CONSTRAINT "search_document_facet_set_id_fkey" FOREIGN KEY ("facet_set_id") REFERENCES "search_facet_set"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // BEFORE, so the AFTER statement triggers (areas) copy the id with the other facts.
    await queryRunner.query(
      `CREATE TRIGGER search_document_facet_set_trg BEFORE INSERT OR UPDATE ON search_document FOR EACH ROW EXECUTE FUNCTION search_document_facet_set()`,
    );
    const facts = [...AREA_FACTS, 'facet_set_id'];
    await queryRunner.query(areaCollect(facts));
    await queryRunner.query(`DROP INDEX "search_document_area_covering_idx"`);
    await queryRunner.query(coveringIndex(facts));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_document_area_covering_idx"`);
    await queryRunner.query(coveringIndex(AREA_FACTS));
    await queryRunner.query(areaCollect(AREA_FACTS));
    await queryRunner.query(`DROP TRIGGER search_document_facet_set_trg ON search_document`);
    await queryRunner.query(
      `ALTER TABLE "search_document" DROP CONSTRAINT "search_document_facet_set_id_fkey"`,
    );
    await queryRunner.query(`ALTER TABLE "search_document_area" DROP COLUMN "facet_set_id"`);
    await queryRunner.query(`ALTER TABLE "search_document" DROP COLUMN "facet_set_id"`);
    await queryRunner.query(`DROP FUNCTION search_document_facet_set()`);
    await queryRunner.query(`DROP FUNCTION search_facet_set_id(search_document)`);
    await queryRunner.query(`DROP TABLE "search_facet_set"`);
  }
}

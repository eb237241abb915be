import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indexes over what visitors may see. Anonymous visitors (and people in no organization)
// see published PUBLIC listings and organizations only, yet their searches read every
// match of the words and every item of a concept, then drop the drafts, closed and
// archived listings and the CLUSTER and PRIVATE ones: 40 % of the heap visits of a broad
// search at the benchmark's scale. The policy now says when a caller sees PUBLIC listings
// only, the search states `visibility = 'PUBLIC'`, and:
// - a partial GIN index over the vectors of searchable PUBLIC documents serves their word
//   searches (search_document_vector_idx stays for everyone else and for matching);
// - the concept covering index of search_document_area is keyed by (area, visibility), so
//   their concept searches read the PUBLIC items of an area only.

// The covering index's columns after the area (SearchFacetSets migration).
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
  'facet_set_id',
];

export class SearchPublicIndexes1796553841000 implements MigrationInterface {
  name = 'SearchPublicIndexes1796553841000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The statuses a search lists by default (DEFAULT_SEARCH_STATUSES).
    await queryRunner.query(
      `CREATE INDEX "search_document_public_vector_idx" ON "search_document" USING gin ("vector")
        WHERE visibility = 'PUBLIC' AND (kind = 'ORGANIZATION' OR status IN ('OPEN', 'PUBLISHED'))`,
    );
    await queryRunner.query(`DROP INDEX "search_document_area_covering_idx"`);
    await queryRunner.query(
      `CREATE INDEX "search_document_area_covering_idx" ON "search_document_area" ("area", "visibility") INCLUDE (id, ${FACTS.filter((column) => column !== 'visibility').join(', ')})`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_document_area_covering_idx"`);
    await queryRunner.query(
      `CREATE INDEX "search_document_area_covering_idx" ON "search_document_area" ("area") INCLUDE (id, ${FACTS.join(', ')})`,
    );
    await queryRunner.query(`DROP INDEX "search_document_public_vector_idx"`);
  }
}

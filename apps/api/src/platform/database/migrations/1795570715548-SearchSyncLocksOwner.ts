import type { MigrationInterface, QueryRunner } from 'typeorm';

// The need and capability sync of search_document (SearchDocuments migration) copies the
// owner's country and region. Under READ COMMITTED it could race an organization that
// moves: the org's trigger updates the documents it can see, while a listing inserted
// concurrently reads the org row as it was before the move, and keeps the old country
// until its next edit, whichever of the two commits first.
//
// Now the listing's sync first takes FOR SHARE on its owners' rows. An UPDATE of an
// organization holds FOR NO KEY UPDATE on its row, which conflicts with FOR SHARE (FOR KEY
// SHARE, what the foreign key check takes, does not), so the two serialize:
// - the org moved first: the listing's sync waits for it to commit, and its upsert, a new
//   statement with a new snapshot, reads the new country;
// - the listing first: the org's UPDATE waits for it to commit, and its trigger's
//   UPDATE of search_document then sees the listing's document and moves it too.
// Owners are locked in id order, so statements touching several owners cannot deadlock
// on each other. Readers of organization rows never wait; only the same org's updates do.
//
// The function bodies are copied here, not imported: a migration must keep meaning what it
// meant when it ran.

const COLUMNS =
  'id, kind, organization_id, country, region, status, visibility, capability_kind, title, technology_areas, sectors, trl_low, trl_high, collaboration_types, deadline, listed_at, vector';
const UPDATED = COLUMNS.split(', ').slice(1);

const upsert = (select: string) => `INSERT INTO search_document (${COLUMNS})
    ${select}
    ON CONFLICT (id) DO UPDATE SET (${UPDATED.join(', ')}) = (${UPDATED.map((c) => `EXCLUDED.${c}`).join(', ')})`;

const DOCUMENTS = {
  technology_need: `SELECT r.id, 'NEED', r.organization_id, o.country, o.region, r.status, r.visibility, NULL, r.title, r.technology_areas, r.sectors,
           coalesce(r.current_trl, r.target_trl), coalesce(r.target_trl, r.current_trl), r.collaboration_types, r.response_deadline,
           date_trunc('milliseconds', coalesce(r.published_at, r.created_at)),
           search_vector(r.title, r.public_summary, r.desired_outcome)
      FROM changed r JOIN organization o ON o.id = r.organization_id`,
  capability: `SELECT r.id, 'CAPABILITY', r.organization_id, o.country, o.region, r.status, r.visibility, r.kind, r.title, r.technology_areas, r.sectors,
           r.trl, r.trl, '{}'::text[], NULL::timestamptz,
           date_trunc('milliseconds', coalesce(r.published_at, r.created_at)),
           search_vector(r.title, r.description, concat_ws(' ', r.availability, r.model, r.location, r.patent_number))
      FROM changed r JOIN organization o ON o.id = r.organization_id`,
} as const;

const LOCK_OWNERS = `PERFORM 1 FROM organization o
   WHERE o.id IN (SELECT r.organization_id FROM changed r)
   ORDER BY o.id
     FOR SHARE OF o;`;

const syncFunction = (table: keyof typeof DOCUMENTS, lock: boolean) =>
  `CREATE OR REPLACE FUNCTION search_document_sync_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${lock ? `${LOCK_OWNERS}\n  ` : ''}${upsert(DOCUMENTS[table])};
  RETURN NULL;
END $$`;

export class SearchSyncLocksOwner1795570715548 implements MigrationInterface {
  name = 'SearchSyncLocksOwner1795570715548';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])
      await queryRunner.query(syncFunction(table, true));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])
      await queryRunner.query(syncFunction(table, false));
  }
}

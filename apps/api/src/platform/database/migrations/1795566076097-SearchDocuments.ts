import type { MigrationInterface, QueryRunner } from 'typeorm';

// The document each kind contributes to search_document, from a row source `r` (the
// trigger's transition table, or the table itself for the backfill), with its owner's
// country and region. Title is weight A, the public summary B, the rest C. Confidential
// details, NDA text and contact data are never part of a document.
const COLUMNS = [
  'id',
  'kind',
  'organization_id',
  'country',
  'region',
  'status',
  'visibility',
  'capability_kind',
  'title',
  'technology_areas',
  'sectors',
  'trl_low',
  'trl_high',
  'collaboration_types',
  'deadline',
  'listed_at',
  'vector',
];

const DOCUMENTS = {
  technology_need: (
    source: string,
  ) => `SELECT r.id, 'NEED', r.organization_id, o.country, o.region, r.status, r.visibility, NULL, r.title, r.technology_areas, r.sectors,
           coalesce(r.current_trl, r.target_trl), coalesce(r.target_trl, r.current_trl), r.collaboration_types, r.response_deadline,
           date_trunc('milliseconds', coalesce(r.published_at, r.created_at)),
           search_vector(r.title, r.public_summary, r.desired_outcome)
      FROM ${source} r JOIN organization o ON o.id = r.organization_id`,
  capability: (
    source: string,
  ) => `SELECT r.id, 'CAPABILITY', r.organization_id, o.country, o.region, r.status, r.visibility, r.kind, r.title, r.technology_areas, r.sectors,
           r.trl, r.trl, '{}'::text[], NULL::timestamptz,
           date_trunc('milliseconds', coalesce(r.published_at, r.created_at)),
           search_vector(r.title, r.description, concat_ws(' ', r.availability, r.model, r.location, r.patent_number))
      FROM ${source} r JOIN organization o ON o.id = r.organization_id`,
  organization: (
    source: string,
  ) => `SELECT r.id, 'ORGANIZATION', r.id, r.country, r.region, NULL, 'PUBLIC', NULL, r.name, r.technology_areas, r.sectors,
           NULL::smallint, NULL::smallint, '{}'::text[], NULL::timestamptz,
           date_trunc('milliseconds', r.created_at),
           search_vector(r.name, r.description, NULL)
      FROM ${source} r`,
} as const;

const WORDS = (source: string) => `INSERT INTO search_word (word)
    SELECT DISTINCT w FROM ${source} d, unnest(tsvector_to_array(d.vector)) AS w
     WHERE char_length(w) BETWEEN 4 AND 64 AND w !~ '^[0-9]' AND w !~ '[가-힣]'
    ON CONFLICT DO NOTHING`;

const upsert = (select: string) => `INSERT INTO search_document (${COLUMNS.join(', ')})
    ${select}
    ON CONFLICT (id) DO UPDATE SET (${COLUMNS.slice(1).join(', ')}) = (${COLUMNS.slice(1)
      .map((c) => `EXCLUDED.${c}`)
      .join(', ')})`;

export class SearchDocuments1795566076097 implements MigrationInterface {
  name = 'SearchDocuments1795566076097';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "search_document" ("id" uuid NOT NULL, "kind" character varying(12) NOT NULL, "organization_id" uuid NOT NULL, "country" character(2) NOT NULL, "region" character varying(8), "status" character varying(10), "visibility" character varying(8) NOT NULL, "capability_kind" character varying(12), "title" character varying(200) NOT NULL, "technology_areas" text array NOT NULL, "sectors" text array NOT NULL, "trl_low" smallint, "trl_high" smallint, "collaboration_types" text array NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE, "listed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "vector" tsvector NOT NULL, CONSTRAINT "search_document_kind_check" CHECK ("kind" IN ('NEED', 'CAPABILITY', 'ORGANIZATION')), CONSTRAINT "search_document_pkey" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_organization_idx" ON "search_document" ("organization_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_country_idx" ON "search_document" ("country") `,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_region_idx" ON "search_document" ("region") `,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_deadline_idx" ON "search_document" ("deadline") WHERE "deadline" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_listed_idx" ON "search_document" ("listed_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "search_word" ("word" character varying(64) NOT NULL, CONSTRAINT "search_word_pkey" PRIMARY KEY ("word"))`,
    );

    // Text as search sees it: lower case, accents folded, and every run of Hangul of three
    // or more syllables written as its overlapping bigrams ("산학협력" → "산학 학협 협력"),
    // so a Korean word matches inside compounds (협력 finds 산학협력) through the GIN index.
    // Korean is not separated into words by spaces the way English is; bigrams are what
    // Korean search engines index (pg_bigm, Lucene's CJK analyzer).
    await queryRunner.query(`CREATE FUNCTION search_segment(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT coalesce(string_agg(CASE WHEN r.run[1] ~ '^[가-힣]{3,}$'
           THEN (SELECT string_agg(substr(r.run[1], i, 2), ' ' ORDER BY i) FROM generate_series(1, char_length(r.run[1]) - 1) AS i)
           ELSE r.run[1] END, ' ' ORDER BY r.ord), '')
    FROM regexp_matches(immutable_unaccent(lower($1)), '[가-힣]+|[^가-힣]+', 'g') WITH ORDINALITY AS r(run, ord)
$$`);
    await queryRunner.query(`CREATE FUNCTION search_vector(title text, summary text, body text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', search_segment(coalesce(title, ''))), 'A')
      || setweight(to_tsvector('simple', search_segment(coalesce(summary, ''))), 'B')
      || setweight(to_tsvector('simple', search_segment(coalesce(body, ''))), 'C')
$$`);
    // A lexeme quoted for tsquery input: whatever the user typed stays one lexeme.
    await queryRunner.query(`CREATE FUNCTION search_lexeme(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT '''' || replace(replace($1, '\\', '\\\\'), '''', '\\''') || ''''
$$`);
    // What the user typed as a tsquery: every word must match (AND); words of three or
    // more letters match as prefixes (cell finds cells); a Hangul word matches as all of its
    // bigrams (연료전지 → 연료 & 료전 & 전지), anywhere inside a compound. All of them rather
    // than their phrase (<->): the GIN index answers that exactly, with no recheck of every
    // candidate row, and three overlapping bigrams rarely meet by chance. Hyphenated
    // compounds are left to their parts (fuel-cell = fuel & cell).
    await queryRunner.query(`CREATE FUNCTION search_tsquery(text) RETURNS tsquery LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT string_agg(CASE
      WHEN t.token ~ '^[가-힣]{3,}$' THEN '(' || (SELECT string_agg(search_lexeme(substr(t.token, i, 2)), ' & ' ORDER BY i) FROM generate_series(1, char_length(t.token) - 1) AS i) || ')'
      WHEN char_length(t.token) >= 3 AND t.token !~ '^[0-9가-힣]' THEN search_lexeme(t.token) || ':*'
      ELSE search_lexeme(t.token) END, ' & ' ORDER BY t.ord)::tsquery
    FROM ts_parse('default', regexp_replace(immutable_unaccent(lower($1)), '([가-힣]+)', ' \\1 ', 'g')) WITH ORDINALITY AS t(tokid, token, ord)
   WHERE t.tokid NOT IN (12, 13, 14, 15, 16, 17, 23)
$$`);

    // Statement-level triggers keep search_document in step with its sources in the same
    // transaction: a need made PRIVATE is hidden from search the moment it commits.
    for (const [table, document] of Object.entries(DOCUMENTS)) {
      // An organization that moves takes its needs' and capabilities' documents with it.
      const moved =
        table === 'organization'
          ? `
  UPDATE search_document d SET country = r.country, region = r.region
    FROM changed r WHERE d.organization_id = r.id AND d.kind <> 'ORGANIZATION' AND (d.country, d.region) IS DISTINCT FROM (r.country, r.region);`
          : '';
      await queryRunner.query(`CREATE FUNCTION search_document_sync_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${upsert(document('changed'))};${moved}
  RETURN NULL;
END $$`);
      await queryRunner.query(
        `CREATE TRIGGER search_document_insert_trg AFTER INSERT ON ${table} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync_${table}()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER search_document_update_trg AFTER UPDATE ON ${table} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_document_sync_${table}()`,
      );
    }
    await queryRunner.query(`CREATE FUNCTION search_document_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_document d USING gone g WHERE d.id = g.id;
  RETURN NULL;
END $$`);
    for (const table of Object.keys(DOCUMENTS))
      await queryRunner.query(
        `CREATE TRIGGER search_document_delete_trg AFTER DELETE ON ${table} REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION search_document_forget()`,
      );

    // The dictionary typo tolerance looks in: words of four or more letters (not numbers or
    // Hangul bigrams). Words are never removed; a stale one can only rewrite a search into
    // one that finds nothing more.
    await queryRunner.query(`CREATE FUNCTION search_word_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${WORDS('changed')};
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER search_word_insert_trg AFTER INSERT ON search_document REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER search_word_update_trg AFTER UPDATE ON search_document REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect()`,
    );

    // Existing rows (their words follow through the trigger).
    await queryRunner.query(upsert(DOCUMENTS.organization('organization')));
    await queryRunner.query(upsert(DOCUMENTS.technology_need('technology_need')));
    await queryRunner.query(upsert(DOCUMENTS.capability('capability')));

    // Word search (@@) over the weighted vector.
    await queryRunner.query(
      `CREATE INDEX "search_document_vector_idx" ON "search_document" USING gin ("vector")`,
    );
    // Typo tolerance: words similar (%) to a word of the search.
    await queryRunner.query(
      `CREATE INDEX "search_word_trgm_idx" ON "search_word" USING gin ("word" gin_trgm_ops)`,
    );
    // Taxonomy and sector filters and the taxonomy concept of a query (&&).
    await queryRunner.query(
      `CREATE INDEX "search_document_technology_areas_idx" ON "search_document" USING gin ("technology_areas")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_sectors_idx" ON "search_document" USING gin ("sectors")`,
    );
    await queryRunner.query(
      `CREATE INDEX "search_document_collaboration_types_idx" ON "search_document" USING gin ("collaboration_types")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER search_word_update_trg ON search_document`);
    await queryRunner.query(`DROP TRIGGER search_word_insert_trg ON search_document`);
    await queryRunner.query(`DROP FUNCTION search_word_collect()`);
    for (const table of Object.keys(DOCUMENTS)) {
      await queryRunner.query(`DROP TRIGGER search_document_delete_trg ON ${table}`);
      await queryRunner.query(`DROP TRIGGER search_document_update_trg ON ${table}`);
      await queryRunner.query(`DROP TRIGGER search_document_insert_trg ON ${table}`);
      await queryRunner.query(`DROP FUNCTION search_document_sync_${table}()`);
    }
    await queryRunner.query(`DROP FUNCTION search_document_forget()`);
    await queryRunner.query(`DROP FUNCTION search_tsquery(text)`);
    await queryRunner.query(`DROP FUNCTION search_lexeme(text)`);
    await queryRunner.query(`DROP FUNCTION search_vector(text, text, text)`);
    await queryRunner.query(`DROP FUNCTION search_segment(text)`);
    await queryRunner.query(`DROP INDEX "public"."search_document_collaboration_types_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_sectors_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_technology_areas_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_word_trgm_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_vector_idx"`);
    await queryRunner.query(`DROP TABLE "search_word"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_listed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_deadline_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_region_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_country_idx"`);
    await queryRunner.query(`DROP INDEX "public"."search_document_organization_idx"`);
    await queryRunner.query(`DROP TABLE "search_document"`);
  }
}

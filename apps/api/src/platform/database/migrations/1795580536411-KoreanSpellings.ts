import type { MigrationInterface, QueryRunner } from 'typeorm';

// Typo tolerance for Korean. The search vector holds Korean as syllable bigrams (so 협력
// finds 산학협력), and the dictionary of words for typo correction held none: a misspelt
// Korean word (연로전지 for 연료전지) found nothing and was never corrected.
//
// Now the dictionary also holds the Korean words of the public text, without the particle
// they are written with (연료전지를 → 연료전지: a particle would both lower the similarity of
// a misspelt noun and be carried into the corrected search), and a trigram index over
// their letters. Trigrams of whole syllables say little about a four-syllable word (연로전지
// and 연료전지 share one of five); over the jamo that NFD decomposes a syllable into
// (연료 → ㅇㅕㄴㄹㅛ) a wrong vowel changes only the trigrams around it, as a wrong letter
// does in English.
//
// Words come from the same public fields as the search vector, never confidential
// details. Like the English words, they are never removed: a stale word can only rewrite a
// search into one that finds nothing more, and then the search as typed is kept.

// The fields each source contributes to its document (SearchDocuments migration).
const PUBLIC_TEXT = {
  technology_need: 'r.title, r.public_summary, r.desired_outcome',
  capability: 'r.title, r.description, r.availability, r.model, r.location, r.patent_number',
  organization: 'r.name, r.description',
} as const;

// Words are stemmed once each, not once per occurrence: a statement's rows share most words.
const collect = (table: keyof typeof PUBLIC_TEXT, source: string) =>
  `INSERT INTO search_word (word)
    SELECT DISTINCT search_korean_stem(w) FROM (
      SELECT DISTINCT w FROM ${source} r, search_hangul_words(concat_ws(' ', ${PUBLIC_TEXT[table]})) AS w) words
    ON CONFLICT DO NOTHING`;

export class KoreanSpellings1795580536411 implements MigrationInterface {
  name = 'KoreanSpellings1795580536411';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The domain's koreanStem (packages/domain/src/search/korean-stem.ts) as it is today:
    // the particles that can come off a noun when two syllables remain, and 하 before
    // them when it turned a noun of two or more syllables into a verb (개발하는 → 개발). An
    // integration test holds the two together. One expression, so PostgreSQL inlines it.
    await queryRunner.query(`CREATE FUNCTION search_korean_stem(word text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT regexp_replace(word, '^(.{2,}?)하?(?:에서|으로|에게|까지|부터|과의|와의|을|를|의|에|은|는|과|와)$', '\\1')
$$`);
    // Runs of three to twelve syllables: shorter ones have too few letters to tell a typo
    // from another word, longer ones are pasted text rather than words.
    await queryRunner.query(`CREATE FUNCTION search_hangul_words(text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT m[1] FROM regexp_matches($1, '[가-힣]+', 'g') AS m WHERE char_length(m[1]) BETWEEN 3 AND 12
$$`);
    for (const table of Object.keys(PUBLIC_TEXT) as (keyof typeof PUBLIC_TEXT)[]) {
      await queryRunner.query(`CREATE FUNCTION search_word_collect_hangul_${table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  ${collect(table, 'changed')};
  RETURN NULL;
END $$`);
      for (const event of ['INSERT', 'UPDATE'])
        await queryRunner.query(
          `CREATE TRIGGER search_word_hangul_${event.toLowerCase()}_trg AFTER ${event} ON ${table} REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_word_collect_hangul_${table}()`,
        );
      await queryRunner.query(collect(table, table));
    }
    await queryRunner.query(
      `CREATE INDEX "search_word_jamo_trgm_idx" ON "search_word" USING gin ((normalize(word, NFD)) gin_trgm_ops) WHERE word ~ '^[가-힣]+$'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "search_word_jamo_trgm_idx"`);
    for (const table of Object.keys(PUBLIC_TEXT)) {
      for (const event of ['insert', 'update'])
        await queryRunner.query(`DROP TRIGGER search_word_hangul_${event}_trg ON ${table}`);
      await queryRunner.query(`DROP FUNCTION search_word_collect_hangul_${table}()`);
    }
    await queryRunner.query(`DELETE FROM search_word WHERE word ~ '[가-힣]'`);
    await queryRunner.query(`DROP FUNCTION search_hangul_words(text)`);
    await queryRunner.query(`DROP FUNCTION search_korean_stem(text)`);
  }
}

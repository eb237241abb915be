import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Every word of four or more letters that occurs in a search document (kept by a trigger on
 * search_document), and every Korean word of three to twelve syllables of the public text
 * (kept by triggers on needs, capabilities and organizations): a dictionary. Typo tolerance compares the words of a search with
 * these by trigram similarity: a small, selective set, instead of every document's text.
 * Words of items the caller may not see are here too; they are never shown, only used to
 * rewrite a search whose results then pass the visibility predicate like any other.
 */
@Entity('search_word')
// GIN trigram index, hand-written in the migration (similarity search, `%`).
@Index('search_word_trgm_idx', { synchronize: false })
// The same over the jamo of Korean words (normalize(word, NFD)), hand-written likewise.
@Index('search_word_jamo_trgm_idx', { synchronize: false })
export class SearchWordEntity {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'search_word_pkey' })
  word: string;
}

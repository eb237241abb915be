import type { MigrationInterface, QueryRunner } from 'typeorm';

// Word counts of the listings, shared by every process: matching weights terms by how rare
// they are (BM25 idf), and reads should not count the words of every need they show.
export class MatchWordCounts1796612000000 implements MigrationInterface {
  name = 'MatchWordCounts1796612000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "match_word_count" ("kind" character varying(12) NOT NULL, "word" text NOT NULL, "count" integer NOT NULL, "counted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_word_count_kind_check" CHECK ("kind" IN ('NEED', 'CAPABILITY')), CONSTRAINT "match_word_count_pkey" PRIMARY KEY ("kind", "word"))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "match_word_count"`);
  }
}

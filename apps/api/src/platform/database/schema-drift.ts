import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to bring the database in line with the entities. Empty when
 * entities and migrations agree; the migration generator writes it into a new migration.
 */
export async function schemaDrift(
  dataSource: DataSource,
): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: log.upQueries.map((query) => query.query),
    down: log.downQueries.map((query) => query.query),
  };
}

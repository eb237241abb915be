import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migration',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    // Extensions are created by migrations, not behind our back at connect time; uuid
    // defaults use the built-in gen_random_uuid() (PostgreSQL 13+).
    installExtensions: false,
    uuidExtension: 'pgcrypto',
    poolSize,
    extra: { application_name: 'spillover' },
  };
}

export const createDataSource = (url: string, poolSize?: number): DataSource =>
  new DataSource(dataSourceOptions(url, poolSize));

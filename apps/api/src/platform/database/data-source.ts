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
    // No JIT compilation: the platform's statements are short, and a server built with LLVM
    // (the official images) would compile any whose estimated cost passes jit_above_cost,
    // adding tens of milliseconds to a search whose estimate is high but whose run is not.
    extra: { application_name: 'spillover', options: '-c jit=off' },
  };
}

export const createDataSource = (url: string, poolSize?: number): DataSource =>
  new DataSource(dataSourceOptions(url, poolSize));

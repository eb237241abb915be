import { GraphQLSchemaHost } from '@nestjs/graphql';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { koreanStem } from '@spillover/domain';
import { join } from 'node:path';
import { createDataSource } from '../../src/platform/database/data-source';
import { schemaDrift } from '../../src/platform/database/schema-drift';
import { printSortedSchema } from '../../src/platform/graphql/schema-printer';
import { migrate } from '../../src/platform/database/migrate';
import { TEMPLATE_ENV, adminQuery, cloneTemplate, withDatabase } from '../support/test-database';
import { createTestApp, type TestApp } from '../support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('schema.gql', () => {
  it('is the schema the running app serves (run `pnpm --filter @spillover/api schema:print` when this fails)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    const served = printSortedSchema(t.app.get(GraphQLSchemaHost).schema);
    expect(served).toBe(committed);
  });
});

describe('migrations', () => {
  it('agree with the entities: generating a migration from a migrated database yields nothing', async () => {
    const drift = await schemaDrift(t.dataSource);
    expect(drift.up).toEqual([]);
  });

  it('create pg_trgm and unaccent, and the immutable accent folding the search indexes use', async () => {
    const extensions: { extname: string }[] = await t.dataSource.query(
      `SELECT extname FROM pg_extension ORDER BY extname`,
    );
    expect(extensions.map((e) => e.extname)).toEqual(
      expect.arrayContaining(['pg_trgm', 'unaccent']),
    );
    const [row] = await t.dataSource.query(
      `SELECT immutable_unaccent('Pôle Véhicule du Futur') AS folded`,
    );
    expect(row.folded).toBe('Pole Vehicule du Futur');
  });

  it("stem Korean dictionary words as the domain's koreanStem does", async () => {
    const words = [
      '연료전지를',
      '시험과',
      '대학에서',
      '분리판의',
      '효과의',
      '과학과의',
      '개발하는',
      '디스플레이',
      '해상도',
      '전기로',
      '물을',
      '연구와',
      '협력으로',
      '수소',
      '지하의',
      '강하는',
      '하는',
      '물에서',
      '개발하에서',
    ];
    const rows: { word: string; stem: string }[] = await t.dataSource.query(
      `SELECT w AS word, search_korean_stem(w) AS stem FROM unnest($1::text[]) AS w`,
      [words],
    );
    expect(rows.map((row) => row.stem)).toEqual(words.map(koreanStem));
  });

  it('run once when several replicas start on an empty database at the same moment', async () => {
    // Kubernetes and `docker compose --scale` start replicas together; each migrates at start.
    const templateUrl = process.env[TEMPLATE_ENV] as string;
    const name = `spillover_test_${randomBytes(6).toString('hex')}`;
    const maintenance = withDatabase(templateUrl, 'postgres');
    await adminQuery(maintenance, `CREATE DATABASE "${name}"`);
    try {
      const url = withDatabase(templateUrl, name);
      const applied = await Promise.all([migrate(url), migrate(url), migrate(url)]);
      const all = applied.flat();
      expect(new Set(all).size).toBe(all.length);
      expect(all.length).toBe(t.dataSource.migrations.length);
    } finally {
      await adminQuery(maintenance, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }
  });

  it('revert cleanly and apply again', async () => {
    const database = await cloneTemplate();
    const dataSource = createDataSource(database.url, 1);
    await dataSource.initialize();
    try {
      const count = dataSource.migrations.length;
      for (let i = 0; i < count; i += 1)
        await dataSource.undoLastMigration({ transaction: 'each' });
      const tables: unknown[] = await dataSource.query(
        `SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migration'`,
      );
      expect(tables).toHaveLength(0);
      await dataSource.runMigrations({ transaction: 'each' });
      expect((await schemaDrift(dataSource)).up).toEqual([]);
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });
});

describe('operations', () => {
  it('runs statements without JIT compilation, which costly estimates would otherwise trigger', async () => {
    const rows: { jit: string }[] = await t.dataSource.query('SHOW jit');
    expect(rows).toEqual([{ jit: 'off' }]);
  });

  it('answers /health with 200 while the database is reachable', async () => {
    const request = (await import('supertest')).default;
    const response = await request(t.server).get('/health');
    expect(response.status).toBe(200);
    expect(response.body.info.database.status).toBe('up');
  });

  it('exposes Prometheus metrics with per-operation latency and the database pool', async () => {
    const request = (await import('supertest')).default;
    await t.client().gql(`query DirectoryProbe { organizations(first: 1) { totalCount } }`);
    const response = await request(t.server).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(
      /spillover_graphql_operation_duration_seconds_count\{operation="DirectoryProbe",type="query",outcome="ok"\} 1/,
    );
    expect(response.text).toMatch(/spillover_db_pool_connections \d+/);
  });

  it('refuses queries that are too deep, too aliased or malformed with BAD_USER_INPUT', async () => {
    const client = t.client();
    const deep = `query { organizations { edges { node { clusterMemberships { cluster { organization { clusterMemberships { cluster { organization { clusterMemberships { cluster { id } } } } } } } } } } } }`;
    const aliases = `query { ${Array.from({ length: 20 }, (_, i) => `a${i}: organizations(first: 1) { totalCount }`).join(' ')} }`;
    for (const query of [
      deep,
      aliases,
      '{ organizations(first: 1) { edges { node { nope } } } }',
      'query {',
    ]) {
      const result = await client.gql(query);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.data ?? null).toBeNull();
    }
  });
});

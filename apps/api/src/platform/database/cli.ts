/* Migration commands: `pnpm --filter @spillover/api migration:run | migration:revert |
 * migration:generate <Name>`. They use DATABASE_URL, or start the embedded PostgreSQL of
 * the data folder just like the platform does. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config/config';
import { createDataSource } from './data-source';
import { startDatabaseServer } from './database-server';
import { schemaDrift } from './schema-drift';

const quote = (sql: string) =>
  '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

function migrationSource(name: string, timestamp: number, up: string[], down: string[]): string {
  const className = `${name}${timestamp}`;
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((q) => `    await queryRunner.query(${quote(q)});`)
  .join('\n')}
  }
}
`;
}

async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  const config = loadConfig();
  const server = await startDatabaseServer({ ...config, log: (m) => console.error(m) });
  const dataSource = createDataSource(server.url, 2);
  try {
    await dataSource.initialize();
    if (command === 'run') {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(
        applied.length
          ? applied.map((m) => `applied ${m.name}`).join('\n')
          : 'no pending migrations',
      );
    } else if (command === 'revert') {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('reverted the last migration');
    } else if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
        throw new Error('Name the migration in PascalCase, e.g. AddNeedDeadline.');
      await dataSource.runMigrations({ transaction: 'each' });
      const drift = await schemaDrift(dataSource);
      if (drift.up.length === 0) {
        console.log('entities and migrations agree; nothing to generate');
      } else {
        const timestamp = Date.now();
        const file = join(
          __dirname,
          '..',
          '..',
          '..',
          'src',
          'platform',
          'database',
          'migrations',
          `${timestamp}-${name}.ts`,
        );
        writeFileSync(file, migrationSource(name, timestamp, drift.up, drift.down));
        console.log(
          `wrote ${file}\nadd it to MIGRATIONS in migrations/index.ts, review it, then build and run it`,
        );
      }
    } else {
      throw new Error('usage: cli.js run | revert | generate <Name>');
    }
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

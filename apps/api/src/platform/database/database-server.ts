import { Client } from 'pg';
import { EmbeddedPostgres } from './embedded-postgres';

/** The PostgreSQL the platform talks to: the machine's (DATABASE_URL) or the embedded one. */
export interface DatabaseServer {
  url: string;
  embedded: boolean;
  /**
   * Keeps the embedded server running (see EmbeddedPostgres.supervise); `onLost` when it
   * died and could not be started again. An external server is its operator's business.
   */
  supervise(onLost: (error: Error) => void): void;
  stop(): Promise<void>;
}

const APP_DATABASE = 'spillover';

export async function ensureDatabase(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0)
      await client.query(
        `CREATE DATABASE ${client.escapeIdentifier(name)}${template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ''}`,
      );
  } finally {
    await client.end();
  }
}

export async function startDatabaseServer(options: {
  databaseUrl: string | null;
  dataDir: string;
  log: (message: string) => void;
  warn?: (message: string) => void;
  /** Settings of the embedded server only (see EmbeddedPostgresOptions.settings). */
  settings?: Readonly<Record<string, string>>;
}): Promise<DatabaseServer> {
  if (options.databaseUrl)
    return {
      url: options.databaseUrl,
      embedded: false,
      supervise: () => undefined,
      stop: async () => undefined,
    };
  const postgres = new EmbeddedPostgres({
    dataDir: options.dataDir,
    log: options.log,
    ...(options.warn ? { warn: options.warn } : {}),
    ...(options.settings ? { settings: options.settings } : {}),
  });
  await postgres.start();
  await ensureDatabase(postgres.url('postgres'), APP_DATABASE);
  return {
    url: postgres.url(APP_DATABASE),
    embedded: true,
    supervise: (onLost) => postgres.supervise(onLost),
    stop: () => postgres.stop(),
  };
}

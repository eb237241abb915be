/**
 * The platform as a separate process, as a newcomer runs it: `node dist/main.js` on the
 * embedded PostgreSQL of a data folder of its own (needs a build first).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const MAIN = join(__dirname, '..', '..', 'dist', 'main.js');

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

export interface Running {
  child: ChildProcess;
  output: () => string;
}

/** `extraEnv` comes last: e.g. NODE_ENV=production, or a DATABASE_URL the test can reach too. */
export async function start(
  dataDir: string,
  port: number,
  logLevel = 'warn',
  extraEnv: Record<string, string> = {},
): Promise<Running> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPILLOVER_DATA_DIR: dataDir,
    PORT: String(port),
    SPILLOVER_DEMO_DATA: 'false',
    LOG_LEVEL: logLevel,
  };
  delete env.DATABASE_URL;
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the platform exited early:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (healthy) return { child, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`the platform did not become healthy:\n${output}`);
}

export const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

export async function gql(port: number, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the e2e run finds the platform; set by the global setup for every test file. */
export const BASE_URL_ENV = 'SPILLOVER_E2E_URL';

export const repositoryRoot = resolve(__dirname, '..', '..', '..', '..');
const apiMain = join(repositoryRoot, 'apps', 'api', 'dist', 'main.js');
const webIndex = join(repositoryRoot, 'apps', 'web', 'dist', 'index.html');

export interface RunningPlatform {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
}

/** A free TCP port on the loopback interface, chosen by the operating system. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the built platform the way the README does (`node apps/api/dist/main.js`) on a
 * fresh embedded PostgreSQL with demo data, and waits until /health answers 200.
 */
export async function startPlatform(timeoutMs = 90_000): Promise<RunningPlatform> {
  for (const file of [apiMain, webIndex])
    if (!existsSync(file))
      throw new Error(`${file} is missing: build first (cd ${repositoryRoot} && pnpm build).`);

  // The embedded PostgreSQL runs as its own 'postgres' user when started by root: it has to
  // be able to enter the folder.
  const dataDir = mkdtempSync(join(tmpdir(), 'spillover-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPILLOVER_DATA_DIR: dataDir,
    PORT: String(port),
    SPILLOVER_DEMO_DATA: 'true',
  };
  // The embedded PostgreSQL, not a server from the caller's environment; and the plain
  // start of the README, not Jest's NODE_ENV=test.
  delete env.DATABASE_URL;
  delete env.NODE_ENV;

  let log = '';
  const child = spawn(process.execPath, [apiMain], {
    cwd: repositoryRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const collect = (chunk: Buffer) => {
    log += chunk.toString();
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${url}/health`);
      if (response.status === 200) return { url, dataDir, process: child, output: () => log };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  const exited = child.exitCode !== null;
  await stopPlatform({ url, dataDir, process: child, output: () => log });
  throw new Error(
    `The platform did not become healthy ${exited ? '(it exited)' : `within ${timeoutMs} ms`}.\n` +
      `Last output:\n${log.slice(-4000)}`,
  );
}

/** SIGINT, as Ctrl-C would: the API closes and stops PostgreSQL cleanly. Then the data goes. */
export async function stopPlatform(platform: RunningPlatform, timeoutMs = 30_000): Promise<void> {
  const child = platform.process;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill('SIGINT');
    let timer: NodeJS.Timeout | undefined;
    const inTime = await Promise.race([
      exited.then(() => true),
      new Promise<boolean>((done) => (timer = setTimeout(() => done(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    if (!inTime) {
      process.stderr.write(
        `The platform did not stop within ${timeoutMs} ms of SIGINT; killing it.\n`,
      );
      child.kill('SIGKILL');
      await exited;
    }
  }
  rmSync(platform.dataDir, { recursive: true, force: true });
}

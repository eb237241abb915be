/**
 * The built platform in production mode, as its own process: what it logs for a caller's
 * mistakes and for its own faults, and the headers its pages and API answer with.
 */
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { WEB_CSP } from '../../src/platform/security/security-headers';
import { exited, freePort, start, type Running } from '../support/platform-process';
import { cloneTemplate } from '../support/test-database';

jest.setTimeout(120_000);

const PASSWORD = 'a durable passphrase';
const LEAKED_NAME = 'leak-probe-7f3a9c';

interface LogLine {
  level: number;
  msg?: string;
  reqId?: string;
  refusal?: { code: string; field?: string };
  err?: Record<string, unknown>;
}

let database: { url: string; drop: () => Promise<void> };
let dataDir: string;
let port: number;
let platform: Running;

beforeAll(async () => {
  database = await cloneTemplate();
  dataDir = mkdtempSync(join(tmpdir(), 'spillover-production-'));
  chmodSync(dataDir, 0o755);
  port = await freePort();
  platform = await start(dataDir, port, 'info', {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    SPILLOVER_SECRET: 'a-production-secret-of-at-least-32-characters',
  });
});

afterAll(async () => {
  platform.child.kill('SIGINT');
  await exited(platform.child);
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** One GraphQL request with its own request id, as a browser session would send it. */
async function call(
  requestId: string,
  query: string,
  variables: Record<string, unknown> = {},
  session?: { cookie: string; csrf: string },
) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-request-id': requestId,
  };
  if (session) Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrf });
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    response,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string } }[];
    },
  };
}

async function register(email: string) {
  const { response, body } = await call(
    `register-${email}`,
    'mutation R($input: RegisterInput!) { register(input: $input) { csrfToken } }',
    {
      input: { email, password: PASSWORD, displayName: 'Log Tester', preferredLanguage: 'en' },
    },
  );
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
  return { cookie, csrf: (body.data?.register as { csrfToken: string }).csrfToken };
}

/** The log lines of one request, once its request log line (written last) is out. */
async function linesOf(requestId: string): Promise<LogLine[]> {
  const parse = () =>
    platform
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.reqId === requestId);
  for (
    const deadline = Date.now() + 5000;
    !parse().some((line) => line.msg === 'request completed') && Date.now() < deadline;
  )
    await new Promise((r) => setTimeout(r, 50));
  return parse();
}

describe('logs', () => {
  it.each([
    [
      'a wrong password',
      'UNAUTHENTICATED',
      'mutation L($input: LogInInput!) { logIn(input: $input) { user { id } } }',
      { input: { email: 'someone@example.org', password: 'not the password' } },
    ],
    [
      'something that is not there',
      'NOT_FOUND',
      'query N($id: ID!) { technologyNeed(id: $id) { id } }',
      { id: '6f1c2f0e-1d7a-4c55-9a43-4f2b7b1d9c10' },
    ],
    [
      'an invalid e-mail address',
      'BAD_USER_INPUT',
      'mutation L($input: LogInInput!) { logIn(input: $input) { user { id } } }',
      { input: { email: 'not-an-address', password: 'x' } },
    ],
    [
      'a malformed id',
      'BAD_USER_INPUT',
      'query N($id: ID!) { technologyNeed(id: $id) { id } }',
      { id: 'need-1' },
    ],
    ['a signed-in query without a session', 'UNAUTHENTICATED', '{ apiTokens { id } }', {}],
  ])(
    'a client error (%s) is logged at info, with its code and no stack',
    async (label, code, query, variables) => {
      const requestId = `refusal-${label.replace(/\W+/g, '-')}`;
      const { body } = await call(requestId, query, variables);
      expect(body.errors?.[0]?.extensions?.code).toBe(code);
      const lines = await linesOf(requestId);
      expect(lines.find((line) => line.msg === 'GraphQL request refused')).toMatchObject({
        level: 30,
        refusal: { code },
      });
      for (const line of lines) expect(line.level).toBeLessThan(40);
      expect(JSON.stringify(lines)).not.toMatch(/stack|DomainError|\bat \w+\.\w+ \(/);
    },
  );

  it('a refused request body (HTTP 400) is logged at info', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'refusal-malformed-json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const lines = await linesOf('refusal-malformed-json');
    expect(lines.find((line) => line.msg === 'request completed')?.level).toBe(30);
    for (const line of lines) expect(line.level).toBeLessThan(40);
  });

  it('a failing SQL statement is logged at error level without its parameters or values', async () => {
    const session = await register('sql-failure@example.org');
    // The database refuses this one row: the insert fails with the row's values in its DETAIL.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `ALTER TABLE api_token ADD CONSTRAINT leak_probe CHECK (name <> '${LEAKED_NAME}') NOT VALID`,
    );
    await client.end();

    const { body } = await call(
      'sql-failure',
      'mutation C($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
      { input: { name: LEAKED_NAME } },
      session,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    const failure = (await linesOf('sql-failure')).find(
      (line) => line.msg === 'GraphQL operation failed',
    );
    expect(failure?.level).toBe(50);
    expect(failure?.err).toMatchObject({
      type: 'QueryFailedError',
      parameters: '[redacted]',
      detail: '[redacted]',
    });
    expect(String(failure?.err?.['message'])).toContain('leak_probe');
    expect(platform.output()).not.toContain(LEAKED_NAME);
  });
});

describe('security headers', () => {
  const expectCommonHeaders = (response: Response) => {
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  };

  it('the web app at / answers with its CSP (no framing) and the common headers', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp.split(';').length).toBe(Object.keys(WEB_CSP).length);
    expectCommonHeaders(response);
  });

  it('/graphql answers with the API policy and the common headers', async () => {
    const { response } = await call('headers', '{ __typename }');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none';frame-ancestors 'none'",
    );
    expectCommonHeaders(response);
  });
});

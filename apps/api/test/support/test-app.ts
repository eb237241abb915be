import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadConfig, type Config } from '../../src/platform/config/config';
import { APP_OPTIONS, configureApp } from '../../src/platform/http';
import { cloneTemplate } from './test-database';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
  }[];
}

let clients = 0;
/** A distinct address per client (from 198.18.0.0/15, the range set aside for tests). */
const nextAddress = (): string => {
  clients += 1;
  return `198.18.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}`;
};

/**
 * A browser-like caller: keeps its cookies and echoes the CSRF token, as the web app does.
 * Each one comes from an address of its own, sent as X-Forwarded-For the way a proxy would
 * (the test app trusts loopback proxies unless a test says otherwise), so the limits per
 * address bind one client as they would bind one person, not the whole test file.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  bearer: string | null = null;
  /** Sent as X-Forwarded-For; null sends none. */
  address: string | null = nextAddress();

  constructor(private readonly server: Server) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get csrfToken(): string | undefined {
    return this.cookies.get('spillover_csrf');
  }

  hasSession(): boolean {
    return this.cookies.has('spillover_session');
  }

  async raw(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const req = request(this.server).post('/graphql').set('content-type', 'application/json');
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) req.set('cookie', cookie);
    if (this.csrfToken) req.set('x-csrf-token', this.csrfToken);
    if (this.bearer) req.set('authorization', `Bearer ${this.bearer}`);
    if (this.address) req.set('x-forwarded-for', this.address);
    for (const [k, v] of Object.entries(headers)) req.set(k, v);
    const response = await req.send({ query, variables });
    for (const header of ([] as string[]).concat(response.headers['set-cookie'] ?? [])) {
      const [pair] = header.split(';');
      const [name, ...rest] = (pair ?? '').split('=');
      const value = rest.join('=');
      if (!name) continue;
      if (value === '' || /Expires=Thu, 01 Jan 1970/i.test(header))
        this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value);
    }
    return response;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await this.raw(query, variables);
    return response.body as GraphQLResult<T>;
  }

  /** Runs an operation that must succeed; returns its data. */
  async ok<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const result = await this.gql<T>(query, variables);
    if (result.errors?.length || !result.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  /** A plain GET with the caller's session or token, for the REST endpoints (exports). */
  async get(path: string) {
    const req = request(this.server).get(path);
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookie) req.set('cookie', cookie);
    if (this.bearer) req.set('authorization', `Bearer ${this.bearer}`);
    if (this.address) req.set('x-forwarded-for', this.address);
    return req.buffer(true).parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
  }

  forgetCookie(name: string): void {
    this.cookies.delete(name);
  }
}

export interface TestApp {
  app: INestApplication;
  server: Server;
  dataSource: DataSource;
  config: Config;
  client(): TestClient;
  close(): Promise<void>;
}

/** The whole platform on its own cloned database, as main.ts builds it, minus listen(). */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await cloneTemplate();
  const config = loadConfig({
    ...process.env,
    SPILLOVER_DEMO_DATA: 'false',
    SPILLOVER_JOBS: 'false',
    SPILLOVER_TRUSTED_PROXIES: 'loopback',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, database.url)],
  }).compile();
  const app = moduleRef.createNestApplication({ ...APP_OPTIONS, logger: false });
  configureApp(app);
  await app.init();
  const server = app.getHttpServer() as Server;
  return {
    app,
    server,
    config,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    client: () => new TestClient(server),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}

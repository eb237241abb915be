import { randomBytes } from 'node:crypto';
import type { QueryRunner } from 'typeorm';
import { createOrganization, signUp, type SignedIn } from '../support/factories';
import { needIn } from '../support/listings';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import { idsOf, search } from './search-support';

// search_document copies the owner's country into each need's and capability's document.
// An organization that moves while one of its members posts a listing must not leave that
// listing's document with the old country: two real transactions on two connections, the
// first holding its change open while the second runs (READ COMMITTED, as the app runs).

let t: TestApp;
let owner: SignedIn;
let reader: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t);
  reader = t.client();
});
afterAll(async () => {
  await t.close();
});

const unique = () => randomBytes(3).toString('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Tx {
  runner: QueryRunner;
  pid: number;
}

async function begin(): Promise<Tx> {
  const runner = t.dataSource.createQueryRunner();
  await runner.connect();
  const [row] = (await runner.query(`SELECT pg_backend_pid() AS pid`)) as { pid: number }[];
  await runner.startTransaction('READ COMMITTED');
  return { runner, pid: row!.pid };
}

async function end(...txs: Tx[]): Promise<void> {
  for (const tx of txs) {
    if (tx.runner.isTransactionActive) await tx.runner.rollbackTransaction().catch(() => {});
    await tx.runner.release();
  }
}

/** Starts a statement that may block; reports whether it has finished. */
function start<T>(statement: Promise<T>): { done: () => boolean; result: Promise<T> } {
  let settled = false;
  const result = statement.finally(() => {
    settled = true;
  });
  result.catch(() => {}); // awaited by the test; not unhandled while it waits
  return { done: () => settled, result };
}

/** Whether `waiter`'s statement waits for a lock `holder` holds (seen from a third connection). */
async function waitsFor(waiter: Tx, holder: Tx, done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 100 && !done(); i += 1) {
    const [row] = (await t.dataSource.query(
      `SELECT $2::int = ANY(pg_blocking_pids($1::int)) AS blocked`,
      [waiter.pid, holder.pid],
    )) as { blocked: boolean }[];
    if (row!.blocked) return true;
    await sleep(50);
  }
  return false;
}

const move = (tx: Tx, organizationId: string) =>
  tx.runner.query(`UPDATE organization SET country = 'FI', region = 'FI-18' WHERE id = $1`, [
    organizationId,
  ]);

interface Listing {
  /** What exists before the race (a draft to publish), made through the API. */
  prepare: (organizationId: string, title: string) => Promise<string | null>;
  /** The member's write in its own transaction; returns the listing's id. */
  write: (
    tx: Tx,
    organizationId: string,
    title: string,
    prepared: string | null,
  ) => Promise<string>;
}

const returnedId = async (tx: Tx, sql: string, params: unknown[]): Promise<string> =>
  ((await tx.runner.query(sql, params, true)).records as { id: string }[])[0]!.id;

const LISTINGS: Record<string, Listing> = {
  'a need posted': {
    prepare: async () => null,
    write: (tx, organizationId, title) =>
      returnedId(
        tx,
        `INSERT INTO technology_need (organization_id, status, title, published_at) VALUES ($1, 'OPEN', $2, now()) RETURNING id`,
        [organizationId, title],
      ),
  },
  'a draft need published': {
    prepare: async (organizationId, title) =>
      (await needIn(owner.client, organizationId, 'DRAFT', { title })).id,
    write: (tx, _organizationId, _title, draft) =>
      returnedId(
        tx,
        `UPDATE technology_need SET status = 'OPEN', published_at = now() WHERE id = $1 RETURNING id`,
        [draft],
      ),
  },
  'a capability published': {
    prepare: async () => null,
    write: (tx, organizationId, title) =>
      returnedId(
        tx,
        `INSERT INTO capability (organization_id, kind, status, title, published_at) VALUES ($1, 'EXPERTISE', 'PUBLISHED', $2, now()) RETURNING id`,
        [organizationId, title],
      ),
  },
};

async function expectMoved(listingId: string, title: string): Promise<void> {
  const [document] = (await t.dataSource.query(
    `SELECT country, region FROM search_document WHERE id = $1`,
    [listingId],
  )) as { country: string; region: string }[];
  expect(document).toEqual({ country: 'FI', region: 'FI-18' });
  expect(idsOf(await search(reader, { query: title, countries: ['FI'] }))).toEqual([listingId]);
  expect(idsOf(await search(reader, { query: title, countries: ['KR'] }))).toEqual([]);
}

describe.each(Object.entries(LISTINGS))('an organization that moves while %s', (_name, listing) => {
  let organizationId: string;
  let title: string;
  let prepared: string | null;

  beforeEach(async () => {
    organizationId = (await createOrganization(owner.client, { country: 'KR', region: 'KR-26' }))
      .id;
    title = `Zirconia racing ${unique()}`;
    prepared = await listing.prepare(organizationId, title);
  });

  it('moved first: the listing waits for the move to commit, then carries the new country', async () => {
    const mover = await begin();
    const member = await begin();
    try {
      await move(mover, organizationId);
      const write = start(listing.write(member, organizationId, title, prepared));
      expect(await waitsFor(member, mover, write.done)).toBe(true);
      expect(write.done()).toBe(false);
      await mover.runner.commitTransaction();
      const listingId = await write.result;
      await member.runner.commitTransaction();
      await expectMoved(listingId, title);
    } finally {
      await end(member, mover);
    }
  });

  it('listed first: the move waits for the listing to commit, then moves its document too', async () => {
    const mover = await begin();
    const member = await begin();
    try {
      const listingId = await listing.write(member, organizationId, title, prepared);
      const moving = start(move(mover, organizationId));
      expect(await waitsFor(mover, member, moving.done)).toBe(true);
      expect(moving.done()).toBe(false);
      await member.runner.commitTransaction();
      await moving.result;
      await mover.runner.commitTransaction();
      await expectMoved(listingId, title);
    } finally {
      await end(member, mover);
    }
  });
});

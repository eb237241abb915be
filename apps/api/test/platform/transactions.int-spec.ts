import { DomainError } from '@spillover/domain';
import { MAX_ATTEMPTS, Transactions } from '../../src/platform/database/transactions';
import {
  createCluster,
  createOrganization,
  signUp,
  signUpAdmin,
  type SignedIn,
} from '../support/factories';
import { APPLY_TO_CLUSTER, INVITE_MEMBER, refusal } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';

// Transactions.run, the one place where a use case's transaction starts: it re-runs the whole
// transaction when PostgreSQL aborts it as a deadlock victim or a serialization failure, never
// a joined one on its own, and tells the loser of a genuine race CONFLICT.

let t: TestApp;
let transactions: Transactions;
beforeAll(async () => {
  t = await createTestApp();
  transactions = t.app.get(Transactions);
  await t.dataSource.query(`CREATE TABLE tx_probe (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`);
});
afterAll(async () => {
  await t.close();
});

beforeEach(async () => {
  await t.dataSource.query(`TRUNCATE tx_probe`);
  await t.dataSource.query(`INSERT INTO tx_probe (id) VALUES (1), (2)`);
});

const bump = (id: number) =>
  transactions.manager.query(`UPDATE tx_probe SET n = n + 1 WHERE id = $1`, [id]);
const counts = async () =>
  ((await t.dataSource.query(`SELECT n FROM tx_probe ORDER BY id`)) as { n: number }[]).map(
    (row) => row.n,
  );

/** Resolves when both sides have arrived: each side's first attempt waits for the other's. */
function meetingPoint() {
  let arrived = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    arrived += 1;
    if (arrived === 2) open();
    await opened;
  };
}

/**
 * Two use cases that lock the probe's rows in opposite orders, each holding its first row
 * when it asks for the second: PostgreSQL aborts one of them (40P01). `inner` runs the
 * deadlocking statements in a joined Transactions.run.
 */
async function deadlock(inner: boolean) {
  const meet = meetingPoint();
  const attempts = { outer: [0, 0], inner: [0, 0] };
  const side = (index: 0 | 1, first: number, second: number) =>
    transactions.run(async () => {
      attempts.outer[index]! += 1;
      const statements = async () => {
        attempts.inner[index]! += 1;
        await bump(first);
        if (attempts.outer[index] === 1) await meet();
        await bump(second);
      };
      if (inner) await transactions.run(statements);
      else await statements();
      return index;
    });
  const results = await Promise.all([side(0, 1, 2), side(1, 2, 1)]);
  return { results, attempts };
}

describe('Transactions.run: retries', () => {
  it('runs a deadlock victim’s whole transaction again: both use cases succeed, each write applied once', async () => {
    const { results, attempts } = await deadlock(false);
    expect(results).toEqual([0, 1]);
    // One of them ran twice (the victim), the other once.
    expect([...attempts.outer].sort()).toEqual([1, 2]);
    expect(await counts()).toEqual([2, 2]);
  });

  it('never retries a joined transaction on its own: the outermost one runs again from its start', async () => {
    const { results, attempts } = await deadlock(true);
    expect(results).toEqual([0, 1]);
    expect([...attempts.outer].sort()).toEqual([1, 2]);
    // The joined part ran once per attempt of its outer transaction, not more.
    expect(attempts.inner).toEqual(attempts.outer);
    expect(await counts()).toEqual([2, 2]);
  });

  it('gives up after a bounded number of attempts with CONFLICT, keeping nothing of any attempt', async () => {
    let attempts = 0;
    const failing = transactions.run(async () => {
      attempts += 1;
      await bump(1);
      await transactions.manager.query(
        `DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$`,
      );
    });
    await expect(failing).rejects.toBeInstanceOf(DomainError);
    await expect(failing).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(attempts).toBe(MAX_ATTEMPTS);
    expect(await counts()).toEqual([0, 0]);
  });

  it('does not retry what is not a deadlock or a serialization failure', async () => {
    let attempts = 0;
    const failing = transactions.run(async () => {
      attempts += 1;
      await transactions.manager.query(`SELECT 1 / 0`);
    });
    await expect(failing).rejects.toMatchObject({
      driverError: expect.objectContaining({ code: '22012' }),
    });
    expect(attempts).toBe(1);
  });

  it('turns a unique violation into CONFLICT: someone else inserted the same row first', async () => {
    await expect(
      transactions.run(() => transactions.manager.query(`INSERT INTO tx_probe (id) VALUES (1)`)),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('the loser of a genuine race gets CONFLICT, never INTERNAL_SERVER_ERROR', () => {
  let orgAdmin: SignedIn;
  let organizationId: string;
  beforeAll(async () => {
    orgAdmin = await signUp(t);
    organizationId = (await createOrganization(orgAdmin.client)).id;
  });

  it('ten invitations of one address at once: one is sent, the others are refused on the e-mail', async () => {
    const email = `racing-${Date.now()}@example.org`;
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        orgAdmin.client.gql(INVITE_MEMBER, {
          input: { organizationId, email, role: 'ORG_MEMBER' },
        }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    for (const result of results.filter((r) => r.errors))
      expect(refusal(result)).toEqual({ code: 'CONFLICT', field: 'email' });
    const [row] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM invitation WHERE email = $1`,
      [email],
    )) as { n: number }[];
    expect(row!.n).toBe(1);
  });

  it('ten applications of one organization to a cluster at once: one is recorded, the others are refused', async () => {
    const admin = await signUpAdmin(t);
    const cluster = await createCluster(
      admin.client,
      (await createOrganization(admin.client, { kind: 'CLUSTER_ORGANIZATION', size: null })).id,
    );
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        orgAdmin.client.gql(APPLY_TO_CLUSTER, {
          input: { clusterId: cluster.id, organizationId, message: 'We make lightweight parts.' },
        }),
      ),
    );
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    // Refused by the unique index (a race) or by the domain's transition (the winner committed first).
    for (const result of results.filter((r) => r.errors))
      expect(refusal(result).code).toBe('CONFLICT');
  });
});

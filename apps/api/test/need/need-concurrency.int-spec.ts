import { MatchRefreshJob } from '../../src/match/match-refresh.job';
import {
  ACCEPT_NDA,
  SET_NDA,
  UPDATE_CAPABILITY,
  UPDATE_NEED,
  capabilityIn,
  listingCast,
  needIn,
  outcome,
  type ListingCast,
} from '../support/listings';
import { begin, end, isWaiting, sleep, someoneWaitsFor, start, type Tx } from '../support/races';
import { castOfRoles } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';

// Concurrent writes to one listing: its members, its NDA's accepters and the background
// re-match all write at once. None of them may end in INTERNAL_SERVER_ERROR; the lock order
// is documented in src/platform/database/transactions.ts.

let t: TestApp;
let cast: ListingCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await listingCast(t, await castOfRoles(t));
});
afterAll(async () => {
  await t.close();
});

/** An OPEN need and a PUBLISHED capability of another organization that match each other. */
async function pair() {
  const need = await needIn(cast.orgAdmin.client, cast.org.id, 'OPEN');
  const capability = await capabilityIn(cast.otherOrgAdmin.client, cast.otherOrg.id, 'PUBLISHED');
  return { need, capability };
}

/**
 * What MatchRefreshJob.refreshBatch does, one statement at a time, on a connection the test
 * holds: claim the listings' refresh requests (FOR UPDATE SKIP LOCKED, kept until commit),
 * then write a pair of one of them (listing_match references both listings).
 */
const claim = (job: Tx, ids: string[]) =>
  job.runner.query(
    `SELECT listing_id FROM match_refresh_request WHERE listing_id = ANY($1::uuid[]) FOR UPDATE SKIP LOCKED`,
    [ids],
  );
const writePair = (job: Tx, needId: string, capabilityId: string) =>
  job.runner.query(
    `INSERT INTO listing_match (need_id, capability_id, score, for_capability) VALUES ($1, $2, 0.5, TRUE)
     ON CONFLICT (need_id, capability_id) DO UPDATE SET score = EXCLUDED.score, for_capability = TRUE`,
    [needId, capabilityId],
  );

const EDITS: Record<
  string,
  (ids: { need: string; capability: string }) => Promise<{ errors?: unknown[] }>
> = {
  'a member updates the need': ({ need }) =>
    cast.orgMember.client.gql(UPDATE_NEED, {
      id: need,
      input: { title: `Lighter stacks, revised ${Date.now()}` },
    }),
  'the ORG_ADMIN sets new NDA terms': ({ need }) =>
    cast.orgAdmin.client.gql(SET_NDA, {
      id: need,
      input: { text: `Keep it secret (${Date.now()}).`, version: `v${Date.now()}` },
    }),
  'a member updates the capability': ({ capability }) =>
    cast.otherOrgAdmin.client.gql(UPDATE_CAPABILITY, {
      id: capability,
      input: { title: `Stack testing, revised ${Date.now()}` },
    }),
};

describe('the lock order between a listing’s editor and the match-refresh job', () => {
  it.each(Object.keys(EDITS))(
    '%s while the job holds its refresh request: the job never waits for the editor',
    async (name) => {
      const { need, capability } = await pair();
      const job = await begin(t);
      try {
        expect(await claim(job, [need.id, capability.id])).toHaveLength(2);
        // The editor's transaction locks the listing, then its triggers ask for a refresh:
        // that upsert waits for the job's claim (the job commits soon).
        const edit = start(EDITS[name]!({ need: need.id, capability: capability.id }));
        expect(await someoneWaitsFor(t, job, edit.done)).toBe(true);
        // The job writes a pair of the listing the editor holds. Its foreign-key check takes
        // FOR KEY SHARE on the listing; were the editor's lock FOR UPDATE, the job would wait
        // for the editor who waits for the job: a deadlock, and one of them aborted.
        const write = start(writePair(job, need.id, capability.id));
        await sleep(200);
        expect(await isWaiting(t, job)).toBe(false);
        await write.result;
        expect(write.done()).toBe(true);
        await job.runner.commitTransaction();
        expect((await edit.result).errors).toBeUndefined();
      } finally {
        await end(job);
      }
    },
  );
});

describe('many writers at once, with the match-refresh job running', () => {
  /** Drains the job until `until` settles, the way the scheduled job runs beside requests. */
  async function whileRefreshing<T>(until: Promise<T>): Promise<T> {
    let finished = false;
    const job = t.app.get(MatchRefreshJob);
    const refreshing = (async () => {
      while (!finished) {
        await job.drain();
        await sleep(5);
      }
    })();
    try {
      return await until;
    } finally {
      finished = true;
      await refreshing;
    }
  }

  it('two members send 100 updates of one need at once: every one succeeds, none is a server error', async () => {
    const { need, capability } = await pair();
    const members: TestClient[] = [cast.orgAdmin.client, cast.orgMember.client];
    const results = await whileRefreshing(
      Promise.all([
        ...Array.from({ length: 100 }, (_, i) =>
          members[i % 2]!.gql(UPDATE_NEED, {
            id: need.id,
            input: { title: `Lighter stacks, edit ${i}`, currentTrl: 3 + (i % 3) },
          }),
        ),
        // The capability changes too, so the job keeps writing pairs that reference the need.
        ...Array.from({ length: 10 }, (_, i) =>
          cast.otherOrgAdmin.client.gql(UPDATE_CAPABILITY, {
            id: capability.id,
            input: { title: `Stack testing, edit ${i}` },
          }),
        ),
      ]),
    );
    expect(results.map(outcome).filter((code) => code !== 'OK')).toEqual([]);
    const [row] = (await t.dataSource.query(`SELECT title FROM technology_need WHERE id = $1`, [
      need.id,
    ])) as { title: string }[];
    expect(row!.title).toMatch(/^Lighter stacks, edit \d+$/);
    // One event per update that changed something, never more.
    const [events] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'need.updated'`,
      [need.id],
    )) as { n: number }[];
    expect(events!.n).toBeLessThanOrEqual(100);
    expect(events!.n).toBeGreaterThanOrEqual(1);
  });

  it('the owner changes the NDA terms while another organization accepts them: accepted or refused, never a server error', async () => {
    const { need } = await pair();
    const results = await whileRefreshing(
      (async () => {
        const all: string[] = [];
        for (let round = 1; round <= 15; round += 1) {
          const previous = `v${round - 1}`;
          const [set, accepted] = await Promise.all([
            cast.orgAdmin.client.gql(SET_NDA, {
              id: need.id,
              input: { text: `Keep it secret, round ${round}.`, version: `v${round}` },
            }),
            cast.otherOrgAdmin.client.gql(ACCEPT_NDA, {
              input: { needId: need.id, organizationId: cast.otherOrg.id, version: previous },
            }),
          ]);
          all.push(outcome(set), outcome(accepted));
        }
        return all;
      })(),
    );
    expect(results.filter((code) => code === 'INTERNAL_SERVER_ERROR')).toEqual([]);
    // Every acceptance that succeeded was of the terms current when it was recorded, once.
    const acceptances = (await t.dataSource.query(
      `SELECT version FROM nda_acceptance WHERE need_id = $1`,
      [need.id],
    )) as { version: string }[];
    const [events] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE object_id = $1 AND action = 'nda.accepted'`,
      [need.id],
    )) as { n: number }[];
    expect(events!.n).toBe(acceptances.length);
  });
});

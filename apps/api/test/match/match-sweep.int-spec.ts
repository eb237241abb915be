import { MatchIndexes } from '../../src/match/match-indexes';
import { MatchRefreshJob } from '../../src/match/match-refresh.job';
import { listed, STORED_MATCHES } from '../../src/match/match-stored-lists';
import { MatchSweep } from '../../src/match/match-sweep';
import { MatchSweepRepository } from '../../src/match/match-sweep.repository';
import { schemaDrift } from '../../src/platform/database/schema-drift';
import { Transactions } from '../../src/platform/database/transactions';
import { inbox, runFanOuts, strongMatchCast } from '../notification/notification-support';
import { createOrganization, signUp } from '../support/factories';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';
import { GENERATED_AREAS, GENERATED_WORDS, refreshMatches } from './match-support';

// A full matching in one pass (MatchSweep): the needs' queries find both sides' lists.

let t: TestApp;
const needIds: string[] = [];
const capabilityIds: string[] = [];
afterAll(() => t?.close());

const AREAS = GENERATED_AREAS;
const WORDS = GENERATED_WORDS;

beforeAll(async () => {
  t = await createTestApp();
  const owners: { client: Awaited<ReturnType<typeof signUp>>['client']; id: string }[] = [];
  for (let i = 0; i < 5; i += 1) {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, {
      name: `Sweep Lab ${i}`,
      region: i % 2 ? 'KR-27' : 'KR-48',
    });
    owners.push({ client: owner.client, id: org.id });
  }
  // More partners than a list holds on both sides, so each list is a real top 40.
  for (let n = 1; n <= 70; n += 1) {
    const owner = owners[n % owners.length]!;
    const capability = await capabilityIn(
      owner.client,
      owner.id,
      'PUBLISHED',
      capabilityInput(n % 3 === 0 ? 'EQUIPMENT' : 'EXPERTISE', {
        title: `${WORDS[n % WORDS.length]} ${WORDS[(n * 7) % WORDS.length]} ${n}`,
        description: `${WORDS[(n * 3) % WORDS.length]} work`,
        technologyAreas: [AREAS[n % AREAS.length], ...(n % 4 === 0 ? [AREAS[(n + 1) % 6]] : [])],
        sectors: [n % 2 ? '29' : '72'],
        trl: (n % 9) + 1,
      }),
    );
    capabilityIds.push(capability.id);
  }
  for (let j = 0; j < 50; j += 1) {
    const owner = owners[j % owners.length]!;
    const need = await needIn(owner.client, owner.id, 'OPEN', {
      title: `${WORDS[j % WORDS.length]} ${WORDS[(j * 3 + 1) % WORDS.length]} need ${j}`,
      publicSummary: `${WORDS[(j * 7) % WORDS.length]} problems`,
      technologyAreas: [AREAS[j % AREAS.length]!],
      sectors: [j % 2 ? '29' : '72'],
    });
    needIds.push(need.id);
  }
  // Refreshed one by one first: the sweep then re-matches lists that exist.
  await refreshMatches(t);
});

/** Every live listing asks for a refresh, as a re-match of everything does. */
const askAll = () =>
  t.dataSource.query(`UPDATE match_refresh_request SET requested_at = clock_timestamp()`);

const pendingIds = async (): Promise<string[]> =>
  (
    (await t.dataSource.query(
      `SELECT listing_id FROM match_refresh_request WHERE covered_request_at IS NULL OR requested_at > covered_request_at`,
    )) as { listing_id: string }[]
  ).map((row) => row.listing_id);

/** The stored list of a listing: "partner:score", best first. */
async function storedList(kind: 'NEED' | 'CAPABILITY', id: string): Promise<string[]> {
  const [own, other, flag] =
    kind === 'NEED'
      ? ['need_id', 'capability_id', 'for_need']
      : ['capability_id', 'need_id', 'for_capability'];
  const rows = (await t.dataSource.query(
    `SELECT ${other} AS partner, score FROM listing_match WHERE ${own} = $1 AND ${flag}`,
    [id],
  )) as { partner: string; score: number }[];
  return rows.map((row) => `${row.partner}:${row.score.toFixed(4)}`).sort();
}

describe('a sweep of every need', () => {
  it('stores every list as refreshing each listing alone finds it, and completes the requests', async () => {
    const index = await t.app.get(MatchIndexes).current(true);
    // What each listing's own query finds (the job's one-by-one path).
    const expected = new Map<string, string[]>();
    for (const [kind, ids] of [
      ['NEED', needIds],
      ['CAPABILITY', capabilityIds],
    ] as const)
      for (const id of ids) {
        const best = index.matches(kind, id, STORED_MATCHES, false)!.best;
        expected.set(
          id,
          listed(kind, best)
            .map(
              (pair) =>
                `${kind === 'NEED' ? pair.capabilityId : pair.needId}:${pair.score.score.toFixed(4)}`,
            )
            .sort(),
        );
      }
    // A pair found before the sweep keeps when it was found.
    const [before] = (await t.dataSource.query(
      `SELECT need_id, capability_id, found_at FROM listing_match WHERE for_need ORDER BY score DESC LIMIT 1`,
    )) as { need_id: string; capability_id: string; found_at: Date }[];
    // An orphan of an earlier matching goes: the sweep rewrites every need's pairs.
    await t.dataSource.query(
      `INSERT INTO listing_match (need_id, capability_id, score, for_need) VALUES ($1, $2, 0.99, TRUE)
       ON CONFLICT (need_id, capability_id) DO UPDATE SET score = 0.99`,
      [needIds[0], capabilityIds[1]],
    );
    await askAll();
    expect((await pendingIds()).length).toBe(needIds.length + capabilityIds.length);

    // Its needs split across two threads: the helper's lists and offers merged in.
    const sweep = t.app.get(MatchSweep);
    const done = await sweep.run(2);

    expect(sweep.threadsUsed).toBe(2);
    expect(done).toBe(needIds.length + capabilityIds.length);
    expect(
      await t.dataSource.query(`SELECT phase, needs_done, needs_total FROM match_sweep`),
    ).toEqual([{ phase: 'DONE', needs_done: needIds.length, needs_total: needIds.length }]);
    let listsWithPairs = 0;
    for (const [kind, ids] of [
      ['NEED', needIds],
      ['CAPABILITY', capabilityIds],
    ] as const)
      for (const id of ids) {
        const list = await storedList(kind, id);
        expect({ id, list }).toEqual({ id, list: expected.get(id) });
        if (list.length) listsWithPairs += 1;
      }
    // Both sides hold lists, capabilities' of several needs: the test can fail.
    expect(listsWithPairs).toBeGreaterThan(60);
    const capabilityLists = await Promise.all(
      capabilityIds.map((id) => storedList('CAPABILITY', id)),
    );
    expect(Math.max(...capabilityLists.map((list) => list.length))).toBeGreaterThan(8);
    expect(await pendingIds()).toEqual([]);
    const [after] = (await t.dataSource.query(
      `SELECT found_at FROM listing_match WHERE need_id = $1 AND capability_id = $2`,
      [before!.need_id, before!.capability_id],
    )) as { found_at: Date }[];
    expect(after!.found_at).toEqual(before!.found_at);
  });

  it("tells a need's members of the strong new pairs it finds, by their thresholds, once", async () => {
    const { owner, demanding, provider, need, capability } = await strongMatchCast(
      t,
      'Sweep Thermal Lab',
    );
    const strongNews = async (member: typeof owner) =>
      (await inbox(member)).nodes.filter(
        (n) => n.type === 'match.strong' && n.subjectId === capability.id,
      );
    for (let sweep = 0; sweep < 2; sweep += 1) {
      await askAll();
      // On this thread alone.
      expect(await t.app.get(MatchSweep).run(1)).toBeGreaterThan(0);
      await runFanOuts(t);
    }
    const [stored] = (await t.dataSource.query(
      `SELECT score FROM listing_match WHERE need_id = $1 AND capability_id = $2 AND for_need`,
      [need.id, capability.id],
    )) as { score: number }[];
    expect(stored!.score).toBeGreaterThanOrEqual(0.5);
    expect(stored!.score).toBeLessThan(0.995);
    // Found by the first sweep, told once; the member who asks for perfect pairs only hears nothing.
    expect(await strongNews(owner)).toHaveLength(1);
    expect(await strongNews(demanding)).toHaveLength(0);
    expect(await strongNews(provider)).toHaveLength(0);
  });

  it('leaves a change made while it swept pending, for the next refresh', async () => {
    await askAll();
    const indexes = t.app.get(MatchIndexes);
    const current = indexes.current.bind(indexes);
    // The sweep has read its requests and its index: a user edits a need now.
    const spy = jest.spyOn(indexes, 'current').mockImplementation(async (fresh) => {
      const index = await current(fresh);
      await t.dataSource.query(
        `UPDATE technology_need SET title = title || ' (edited)' WHERE id = $1`,
        [needIds[3]],
      );
      return index;
    });
    try {
      await t.app.get(MatchSweep).run();
    } finally {
      spy.mockRestore();
    }
    expect(await pendingIds()).toEqual([needIds[3]]);
    await refreshMatches(t);
    expect(await pendingIds()).toEqual([]);
  });

  it('runs alone: refresh batches wait while a worker sweeps, and a sweep waits for no batch', async () => {
    await t.dataSource.query(
      `UPDATE match_refresh_request SET requested_at = clock_timestamp() WHERE listing_id = $1`,
      [needIds[5]],
    );
    const job = t.app.get(MatchRefreshJob);
    const sweeps = t.app.get(MatchSweepRepository);
    const batchDuringSweep = await sweeps.exclusively(() => job.refreshBatch());
    expect(batchDuringSweep).toBe(0);
    expect(await pendingIds()).toEqual([needIds[5]]);
    // A second sweep while one runs does nothing.
    expect(await sweeps.exclusively(() => t.app.get(MatchSweep).run())).toBe(0);
    expect(await job.refreshBatch()).toBe(1);
  });

  it('is due only when a large share of the live listings waits', async () => {
    const sweep = t.app.get(MatchSweep);
    expect(await pendingIds()).toEqual([]);
    expect(await sweep.due(1)).toBe(false);
    await t.dataSource.query(
      `UPDATE match_refresh_request SET requested_at = clock_timestamp() WHERE listing_id = ANY($1)`,
      [needIds.slice(0, 10)],
    );
    // 10 of 120 live listings wait: fewer than a quarter.
    expect(await sweep.due(1)).toBe(false);
    await askAll();
    expect(await sweep.due(1)).toBe(true);
    // Below the minimum a sweep is not worth its rewrite of every pair.
    expect(await sweep.due()).toBe(false);
    await refreshMatches(t);
  });

  it("swaps its pairs in under listing_match's own names, without the pairs of a listing deleted meanwhile; writers wait for the swap", async () => {
    const sweeps = t.app.get(MatchSweepRepository);
    const transactions = t.app.get(Transactions);
    const [needId, kept, deletedDuring, deletedAtSwap] = [
      needIds[7]!,
      capabilityIds[10]!,
      capabilityIds[11]!,
      capabilityIds[12]!,
    ];
    await transactions.run(() => sweeps.stage());
    await transactions.run(() =>
      sweeps.stagePairs({
        needs: [needId, needId],
        capabilities: [kept, deletedDuring],
        scores: [0.5, 0.5],
        forNeed: [true, true],
        forCapability: [false, false],
      }),
    );
    // Its delete trigger finds its pairs in the old table only.
    await t.dataSource.query(`DELETE FROM capability WHERE id = $1`, [deletedDuring]);
    await transactions.run(() => sweeps.indexStaged());
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    try {
      await transactions.run(async () => {
        await sweeps.swapInStaged();
        await other.query(`SET lock_timeout = '300ms'`);
        await expect(
          other.query(`DELETE FROM capability WHERE id = $1`, [deletedAtSwap]),
        ).rejects.toMatchObject({ driverError: { code: '55P03' } });
      });
    } finally {
      await other.query(`RESET lock_timeout`);
      await other.release();
    }
    const stored = (
      (await t.dataSource.query(`SELECT need_id, capability_id FROM listing_match`)) as {
        need_id: string;
        capability_id: string;
      }[]
    ).map((row) => `${row.need_id}/${row.capability_id}`);
    expect(stored).toEqual([`${needId}/${kept}`]);
    const indexes = (
      (await t.dataSource.query(
        `SELECT indexname FROM pg_indexes WHERE tablename = 'listing_match' ORDER BY 1`,
      )) as { indexname: string }[]
    ).map((row) => row.indexname);
    expect(indexes).toEqual([
      'listing_match_capability_score_idx',
      'listing_match_need_score_idx',
      'listing_match_pkey',
    ]);
    expect(await schemaDrift(t.dataSource)).toEqual({ up: [], down: [] });
    // The table works as before: refreshes write into it again.
    await t.dataSource.query(`UPDATE match_refresh_request SET requested_at = clock_timestamp()`);
    await refreshMatches(t);
    expect(
      (
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM listing_match`)) as {
          n: number;
        }[]
      )[0]!.n,
    ).toBeGreaterThan(100);
  });
});

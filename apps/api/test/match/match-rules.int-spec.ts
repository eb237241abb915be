import { MatchRefreshJob } from '../../src/match/match-refresh.job';
import { MatchRules } from '../../src/match/match-rules';
import { matchRulesFingerprint } from '../../src/match/match-rules-fingerprint';
import {
  MatchRules1799300000100,
  RULES_BEFORE_FINGERPRINTS,
} from '../../src/platform/database/migrations/1799300000100-MatchRules';
import { createOrganization, signUp } from '../support/factories';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  HYDROGEN_COOLING_CAPABILITY,
  HYDROGEN_COOLING_NEED,
  refreshMatches,
} from './match-support';

// A release that changes the matching rules re-matches everything by itself, at the
// match-refresh job's start (MatchRules): the fingerprint of the rules' compiled code.

let t: TestApp;
let running: string;
/** Every need and capability, live or not: what a re-match of everything asks for. */
let listings: number;
/** The live ones: each must wait for its refresh after a change of rules. */
const live: string[] = [];
afterAll(() => t?.close());

beforeAll(async () => {
  t = await createTestApp();
  running = await matchRulesFingerprint();
  // Two organizations: an organization's own listings are never its matches.
  const seeker = await signUp(t);
  const seekerOrg = await createOrganization(seeker.client, { name: 'Rules Seeker' });
  const provider = await signUp(t);
  const providerOrg = await createOrganization(provider.client, { name: 'Rules Lab' });
  for (let i = 0; i < 3; i += 1) {
    live.push((await needIn(seeker.client, seekerOrg.id, 'OPEN', { ...HYDROGEN_COOLING_NEED })).id);
    live.push(
      (
        await capabilityIn(provider.client, providerOrg.id, 'PUBLISHED', {
          ...capabilityInput(),
          ...HYDROGEN_COOLING_CAPABILITY,
        })
      ).id,
    );
  }
  // A draft is asked for too (the statement asks for every listing), but nothing matches it.
  await needIn(seeker.client, seekerOrg.id, 'DRAFT');
  const [row] = (await t.dataSource.query(
    `SELECT count(*)::int AS n FROM search_document WHERE kind IN ('NEED', 'CAPABILITY')`,
  )) as { n: number }[];
  listings = row!.n;
});

const stored = async (): Promise<{ fingerprint: string; changedAt: Date }[]> =>
  (await t.dataSource.query(`SELECT fingerprint, changed_at AS "changedAt" FROM match_rules`)) as {
    fingerprint: string;
    changedAt: Date;
  }[];

const pending = async (): Promise<string[]> =>
  (
    (await t.dataSource.query(
      `SELECT listing_id FROM match_refresh_request WHERE covered_request_at IS NULL OR requested_at > covered_request_at`,
    )) as { listing_id: string }[]
  ).map((row) => row.listing_id);

const rulesChanged = async (): Promise<{ before: object; after: object }[]> =>
  (await t.dataSource.query(
    `SELECT before, after FROM audit_event WHERE action = 'match.rulesChanged' ORDER BY created_at`,
  )) as { before: object; after: object }[];

const storedPairs = async (): Promise<number> => {
  const [row] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM listing_match`)) as {
    n: number;
  }[];
  return row!.n;
};

/** A release before this one stored the rules it ran (a fingerprint this code cannot have). */
const olderRelease = () =>
  t.dataSource.query(
    `UPDATE match_rules SET fingerprint = 'older release', changed_at = now() - interval '1 day'`,
  );

describe('on a fresh database', () => {
  it('the job’s first drain records the rules and asks for nothing more than the listings’ own changes', async () => {
    // The migration leaves no row when nothing was stored: no rules to compare with.
    expect(await stored()).toEqual([]);
    const changed = await pending();
    expect(changed).toEqual(expect.arrayContaining(live));

    expect(await refreshMatches(t)).toBe(changed.length);

    expect((await stored()).map((row) => row.fingerprint)).toEqual([running]);
    expect(await pending()).toEqual([]);
    expect(await storedPairs()).toBeGreaterThan(0);
    expect(await rulesChanged()).toEqual([]);
  });

  it('a first record on a database whose pairs these rules computed requests nothing', async () => {
    await t.dataSource.query(`DELETE FROM match_rules`);
    expect(await t.app.get(MatchRules).record(running)).toBeNull();
    expect(await pending()).toEqual([]);
    expect((await stored()).map((row) => row.fingerprint)).toEqual([running]);
  });
});

describe('after an upgrade', () => {
  it('the same rules change nothing and ask for nothing', async () => {
    const [before] = await stored();
    expect(await t.app.get(MatchRules).recordRunning()).toBeNull();
    expect(await stored()).toEqual([before]);
    expect(await pending()).toEqual([]);
    expect(await rulesChanged()).toEqual([]);
  });

  it('other rules ask for a refresh of every listing, record the new ones and say so in the audit trail', async () => {
    await olderRelease();
    const [old] = await stored();

    expect(await t.app.get(MatchRules).recordRunning()).toBe(listings);

    const [now] = await stored();
    expect(now!.fingerprint).toBe(running);
    expect(now!.changedAt.getTime()).toBeGreaterThan(old!.changedAt.getTime());
    expect(await pending()).toEqual(expect.arrayContaining(live));
    expect(await rulesChanged()).toEqual([
      {
        before: { fingerprint: 'older release' },
        after: { fingerprint: running, requested: listings },
      },
    ]);
    // The next drain re-matches them (one by one here: a sweep needs 2,000 waiting).
    expect(await refreshMatches(t)).toBe(listings);
    expect(await pending()).toEqual([]);
  });

  it('of several workers starting together with the new rules, one asks, once', async () => {
    await olderRelease();
    const audited = (await rulesChanged()).length;
    // Each call in a transaction of its own, on a connection of its own, as replicas would.
    const results = await Promise.all(
      Array.from({ length: 4 }, () => t.app.get(MatchRules).recordRunning()),
    );
    expect(results.filter((requested) => requested !== null)).toEqual([listings]);
    expect(await rulesChanged()).toHaveLength(audited + 1);
    expect((await stored()).map((row) => row.fingerprint)).toEqual([running]);
    await refreshMatches(t);
  });

  it('the job records the rules once per process: a later drain leaves the record alone', async () => {
    await olderRelease();
    await t.app.get(MatchRefreshJob).drain();
    expect((await stored()).map((row) => row.fingerprint)).toEqual(['older release']);
    expect(await pending()).toEqual([]);
    await t.dataSource.query(`UPDATE match_rules SET fingerprint = $1`, [running]);
  });
});

describe('a database from before the rules were fingerprinted', () => {
  it('is re-matched at the first start when it had stored pairs', async () => {
    expect(await storedPairs()).toBeGreaterThan(0);
    const runner = t.dataSource.createQueryRunner();
    try {
      await runner.query(`DROP TABLE match_rules`);
      await new MatchRules1799300000100().up(runner);
    } finally {
      await runner.release();
    }
    expect((await stored()).map((row) => row.fingerprint)).toEqual([RULES_BEFORE_FINGERPRINTS]);

    expect(await t.app.get(MatchRules).recordRunning()).toBe(listings);
    expect((await stored()).map((row) => row.fingerprint)).toEqual([running]);
    expect(await pending()).toEqual(expect.arrayContaining(live));
    await refreshMatches(t);
  });
});

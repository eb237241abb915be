import { MatchRepository } from '../../src/match/match.repository';
import { Transactions } from '../../src/platform/database/transactions';
import { createOrganization, signUp } from '../support/factories';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';
import { HYDROGEN, refreshMatches } from './match-support';

// listing_match has no foreign keys (migration 1799000000100): these prove what replaces them.

let t: TestApp;
afterAll(() => t?.close());

const pairsOf = async (column: 'need_id' | 'capability_id', id: string): Promise<number> =>
  (
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM listing_match WHERE ${column} = $1`, [
      id,
    ])) as { n: number }[]
  )[0]!.n;

describe('stored pairs without foreign keys', () => {
  let needIds: string[] = [];
  let capabilityIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    const firm = await signUp(t);
    const firmOrg = await createOrganization(firm.client, { name: 'Masan Hydrogen Systems' });
    const lab = await signUp(t);
    const labOrg = await createOrganization(lab.client, { name: 'Gimhae Testing' });
    for (let i = 0; i < 2; i += 1)
      needIds.push(
        (
          await needIn(firm.client, firmOrg.id, 'OPEN', {
            ...HYDROGEN,
            title: `Hydrogen fuel cell stack cooling ${i}`,
            publicSummary: 'Fuel cell stack cooling for hydrogen trucks.',
          })
        ).id,
      );
    for (let i = 0; i < 3; i += 1)
      capabilityIds.push(
        (
          await capabilityIn(
            lab.client,
            labOrg.id,
            'PUBLISHED',
            capabilityInput('SERVICE', {
              ...HYDROGEN,
              title: `Hydrogen fuel cell stack testing ${i}`,
              description: 'Leak and cooling tests of hydrogen fuel cell stacks.',
            }),
          )
        ).id,
      );
    await refreshMatches(t);
    needIds = needIds.filter(Boolean);
    capabilityIds = capabilityIds.filter(Boolean);
  });

  it('go with their listing when it is deleted, one row or many in one statement', async () => {
    expect(await pairsOf('capability_id', capabilityIds[0]!)).toBeGreaterThan(0);
    await t.dataSource.query(`DELETE FROM capability WHERE id = $1`, [capabilityIds[0]]);
    expect(await pairsOf('capability_id', capabilityIds[0]!)).toBe(0);
    expect(await pairsOf('need_id', needIds[0]!)).toBeGreaterThan(0);
    await t.dataSource.query(`DELETE FROM technology_need WHERE id = ANY($1::uuid[])`, [needIds]);
    for (const id of needIds) expect(await pairsOf('need_id', id)).toBe(0);
    const [orphans] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM listing_match m
        WHERE NOT EXISTS (SELECT 1 FROM technology_need n WHERE n.id = m.need_id)
           OR NOT EXISTS (SELECT 1 FROM capability c WHERE c.id = m.capability_id)`,
    )) as { n: number }[];
    expect(orphans!.n).toBe(0);
  });

  it('are written only for listings that exist, which a delete cannot remove until the batch commits', async () => {
    const matches = t.app.get(MatchRepository);
    const gone = '00000000-0000-4000-8000-000000000000';
    const live = capabilityIds[1]!;
    // Another connection of the pool, outside the batch's transaction.
    const other = t.dataSource.createQueryRunner();
    await other.connect();
    try {
      await t.app.get(Transactions).run(async () => {
        const found = await matches.lockLiveListings([gone], [live, gone]);
        expect([...found.needs]).toEqual([]);
        expect([...found.capabilities]).toEqual([live]);
        // The batch holds a key-share lock: a delete of that listing waits for it.
        await other.query(`SET lock_timeout = '300ms'`);
        await expect(
          other.query(`DELETE FROM capability WHERE id = $1`, [live]),
        ).rejects.toMatchObject({ driverError: { code: '55P03' } });
      });
      // Committed: the delete goes through.
      await other.query(`DELETE FROM capability WHERE id = $1`, [live]);
      expect(await pairsOf('capability_id', live)).toBe(0);
    } finally {
      await other.query(`RESET lock_timeout`);
      await other.release();
    }
  });
});

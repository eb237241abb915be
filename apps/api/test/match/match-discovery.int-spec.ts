import { MatchRepository } from '../../src/match/match.repository';
import { ENTERING_PLACE } from '../../src/match/match-index';
import { createOrganization, signUp } from '../support/factories';
import { capabilityIn, capabilityInput, needIn } from '../support/listings';
import { createTestApp, type TestApp } from '../support/test-app';
import { inbox, runFanOuts } from '../notification/notification-support';
import {
  HYDROGEN,
  HYDROGEN_COOLING_CAPABILITY,
  HYDROGEN_COOLING_NEED,
  refreshMatches,
} from './match-support';

let t: TestApp;
afterAll(() => t?.close());

/** Whether the pair is in the need's own stored list (not only in the capability's). */
const inNeedsList = async (needId: string, capabilityId: string): Promise<boolean | undefined> => {
  const rows = (await t.dataSource.query(
    `SELECT for_need FROM listing_match WHERE need_id = $1 AND capability_id = $2`,
    [needId, capabilityId],
  )) as { for_need: boolean }[];
  return rows[0]?.for_need;
};

describe('a new listing on the other side', () => {
  it("enters a need's stored list where it beats its 20th, and the need's organization hears of it", async () => {
    t = await createTestApp();
    const owner = await signUp(t);
    const org = await createOrganization(owner.client, { name: 'Masan Hydrogen Systems' });
    const need = await needIn(owner.client, org.id, 'OPEN', HYDROGEN_COOLING_NEED);
    // More middling partners than the first page holds: the need's list has a 20th score.
    const provider = await signUp(t);
    const providerOrg = await createOrganization(provider.client, { name: 'Gimhae Testing' });
    for (let i = 0; i < ENTERING_PLACE + 2; i += 1)
      await capabilityIn(
        provider.client,
        providerOrg.id,
        'PUBLISHED',
        capabilityInput('SERVICE', {
          ...HYDROGEN,
          trl: 8,
          title: `Hydrogen stack testing service ${i}`,
          description: 'Leak tests of hydrogen tanks and fuel cell stacks.',
        }),
      );
    await refreshMatches(t);
    await runFanOuts(t);
    const [twentieth] = await t.app
      .get(MatchRepository)
      .placeScores('NEED', ENTERING_PLACE, [need.id]);
    expect(twentieth).toBeDefined();
    const strongBefore = (await inbox(owner)).nodes.filter((n) => n.type === 'match.strong').length;

    // A new capability, better than the 20th: it takes its place in the need's own list.
    const newcomer = await signUp(t);
    const newcomerOrg = await createOrganization(newcomer.client, { name: 'Changwon Thermal Lab' });
    const strong = await capabilityIn(
      newcomer.client,
      newcomerOrg.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', HYDROGEN_COOLING_CAPABILITY),
    );
    // And one the need's list has no room for: shown, but below its 20th.
    const weak = await capabilityIn(
      newcomer.client,
      newcomerOrg.id,
      'PUBLISHED',
      capabilityInput('EQUIPMENT', {
        technologyAreas: ['EF05'],
        sectors: ['86'],
        trl: 2,
        title: 'Hydrogen sensor calibration bench',
        description: 'Calibration of hydrogen leak sensors.',
      }),
    );
    expect(await refreshMatches(t)).toBe(2);
    await runFanOuts(t);

    expect(await inNeedsList(need.id, strong.id)).toBe(true);
    const [score] = (await t.dataSource.query(
      `SELECT score FROM listing_match WHERE need_id = $1 AND capability_id = $2`,
      [need.id, strong.id],
    )) as { score: number }[];
    expect(score!.score).toBeGreaterThan(twentieth!.score);
    const strongNews = (await inbox(owner)).nodes.filter((n) => n.type === 'match.strong');
    expect(strongNews).toHaveLength(strongBefore + 1);
    expect(strongNews.find((n) => n.subjectId === strong.id)).toBeDefined();
    // The weak one stays out of the need's list (it may sit in its own).
    expect(await inNeedsList(need.id, weak.id)).not.toBe(true);
  }, 120_000);
});

import { MATCH_LIST_FLOOR, capabilityFits, scorePercent } from '@spillover/domain';
import { MatchEngine } from '../../src/match/match-engine';
import { MatchRepository } from '../../src/match/match.repository';
import { STORED_MATCHES } from '../../src/match/match-refresh.job';
import { createOrganization, expectRefused, signUp, type SignedIn } from '../support/factories';
import {
  ARCHIVE_CAPABILITY,
  CLOSE_NEED,
  UPDATE_NEED,
  capabilityIn,
  capabilityInput,
  needIn,
  outcome,
} from '../support/listings';
import { begin, end, sleep, someoneWaitsFor, start } from '../support/races';
import { auditOf, joinOrganization, refusal, type Member } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  BOOKMARK,
  CLEAR,
  GENERATED_AREAS,
  GENERATED_WORDS,
  DISMISS,
  PARTNERS_FOR_NEED,
  capabilityIdsOf,
  matchesForNeed,
  refreshMatches,
  type MatchPage,
  type Scored,
} from './match-support';

let t: TestApp;
let firm: SignedIn;
let firmMember: Member;
let institute: SignedIn;
let outsider: SignedIn;
let firmOrg: { id: string };
let instituteOrg: { id: string };
let outsiderOrg: { id: string };
let need: { id: string };
const offers: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  firm = await signUp(t, { displayName: 'Firm PM' });
  firmOrg = await createOrganization(firm.client, {
    name: 'Masan Hydrogen Systems',
    region: 'KR-48',
  });
  firmMember = await joinOrganization(t, firm.client, firmOrg.id, 'ORG_MEMBER');
  institute = await signUp(t, { displayName: 'TTO officer' });
  instituteOrg = await createOrganization(institute.client, {
    name: 'Changwon Fuel Cell Institute',
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    region: 'KR-48',
  });
  outsider = await signUp(t, { displayName: 'Outsider' });
  outsiderOrg = await createOrganization(outsider.client, { name: 'Elsewhere Ltd' });
  need = await needIn(firm.client, firmOrg.id, 'OPEN', {
    title: '수소 연료전지 스택 냉각 개선',
    publicSummary: 'Better cooling of fuel cell stacks for hydrogen trucks.',
    technologyAreas: ['EF05'],
    sectors: ['29'],
    currentTrl: 4,
    targetTrl: 6,
  });
  const offer = (title: string, overrides: Record<string, unknown>) =>
    capabilityIn(
      institute.client,
      instituteOrg.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        title,
        description: 'Fuel cell stack cooling and thermal analysis.',
        technologyAreas: ['EF05'],
        sectors: ['29'],
        ...overrides,
      }),
    );
  offers.fits = (await offer('연료전지 스택 냉각 해석', { trl: 5 })).id;
  offers.early = (await offer('Fuel cell cooling concept study', { trl: 2 })).id;
  offers.mature = (await offer('Fuel cell cooling production line', { trl: 9 })).id;
  offers.sibling = (
    await offer('Hydrogen storage tank testing', {
      technologyAreas: ['EF06'],
      description: 'Pressure vessel tests.',
      trl: 5,
    })
  ).id;
  offers.unrelated = (
    await offer('Gait analysis laboratory', {
      technologyAreas: ['LC06'],
      sectors: ['86'],
      description: 'Clinical gait studies.',
      trl: 5,
    })
  ).id;
  await refreshMatches(t);
}, 120_000);

afterAll(() => t.close());

describe('matches for a need', () => {
  it('ranks the capability that fits first and explains it, in English and Korean', async () => {
    const page = await matchesForNeed(firm.client, need.id);
    expect(page.edges[0]!.node.capability.id).toBe(offers.fits);
    const best = page.edges[0]!.node;
    expect(best.score).toBeGreaterThan(0.5);
    expect(best.score).toBeLessThanOrEqual(1);
    // The breakdown adds up: each component contributes weight × value.
    expect(best.components.reduce((sum, component) => sum + component.contribution, 0)).toBeCloseTo(
      best.score,
      3,
    );
    for (const component of best.components)
      expect(component.contribution).toBeCloseTo(component.weight * component.value, 6);
    const codes = best.reasons.map((reason) => reason.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'SHARED_TECHNOLOGY',
        'SHARED_SECTORS',
        'MATCHED_TERMS',
        'TRL_FITS',
        'SAME_REGION',
      ]),
    );
    expect(best.reasons.find((reason) => reason.code === 'TRL_FITS')!.text).toBe('TRL 5 fits 4→6');
    const korean = await matchesForNeed(firm.client, need.id, { language: 'ko' });
    expect(
      korean.edges[0]!.node.reasons.find((reason) => reason.code === 'SHARED_TECHNOLOGY')!.text,
    ).toContain('수소');
    // Same area, other field: related, ranked below exact ones; the unrelated one shares nothing.
    const ids = capabilityIdsOf(page);
    expect(ids.indexOf(offers.sibling!)).toBeGreaterThan(ids.indexOf(offers.fits!));
    expect(ids).not.toContain(offers.unrelated);
    expect(page.refreshedAt).not.toBeNull();
    expect(page.refreshPending).toBe(false);
  });

  it('pages with cursors without repeating or skipping', async () => {
    const all = capabilityIdsOf(await matchesForNeed(firm.client, need.id));
    const first = await matchesForNeed(firm.client, need.id, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await matchesForNeed(firm.client, need.id, {
      first: 50,
      after: first.pageInfo.endCursor,
    });
    expect([...capabilityIdsOf(first), ...capabilityIdsOf(second)]).toEqual(all);
    expect(
      refusal(
        await firm.client.gql(
          `query($id: ID!) { matchesForNeed(needId: $id, after: "bm90LWEtY3Vyc29y") { edges { cursor } } }`,
          { id: need.id },
        ),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(
      refusal(
        await firm.client.gql(
          `query($id: ID!) { matchesForNeed(needId: $id, first: 0) { edges { cursor } } }`,
          { id: need.id },
        ),
      ),
    ).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refreshes in the background when a listing changes; reads never wait', async () => {
    const changed = await firm.client.ok(UPDATE_NEED, { id: need.id, input: { targetTrl: 7 } });
    expect(changed).toBeTruthy();
    const waiting = await matchesForNeed(firm.client, need.id);
    expect(waiting.refreshPending).toBe(true);
    expect(waiting.edges.length).toBeGreaterThan(0);
    // Reads rescore on fresh facts at once: the new range already shows.
    expect(
      waiting.edges
        .find((edge) => edge.node.capability.id === offers.fits)!
        .node.reasons.find((reason) => reason.code === 'TRL_FITS')!.text,
    ).toBe('TRL 5 fits 4→7');
    await institute.client.ok(ARCHIVE_CAPABILITY, { id: offers.mature });
    expect(await refreshMatches(t)).toBeGreaterThanOrEqual(2);
    const after = await matchesForNeed(firm.client, need.id);
    expect(after.refreshPending).toBe(false);
    expect(capabilityIdsOf(after)).not.toContain(offers.mature);
    const stored = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM listing_match WHERE capability_id = $1`,
      [offers.mature],
    );
    expect(stored[0].n).toBe(0);
    await firm.client.ok(UPDATE_NEED, { id: need.id, input: { targetTrl: 6 } });
    await refreshMatches(t);
  });

  it('passes over a listing that fails to re-match instead of holding up the queue', async () => {
    const engine = t.app.get(MatchEngine);
    const failing = await needIn(firm.client, firmOrg.id, 'OPEN', {
      title: 'Fuel cell stack sealing',
    });
    const other = await needIn(firm.client, firmOrg.id, 'OPEN', {
      title: 'Fuel cell stack humidification',
    });
    const best = engine.best.bind(engine);
    const spy = jest
      .spyOn(engine, 'best')
      .mockImplementation((kind, id, ...rest) =>
        id === failing.id ? Promise.reject(new Error('boom')) : best(kind, id, ...rest),
      );
    try {
      await refreshMatches(t);
    } finally {
      spy.mockRestore();
    }
    expect((await matchesForNeed(firm.client, other.id)).edges.length).toBeGreaterThan(0);
    // Not retried in a loop: the failed one waits for its next change.
    expect((await matchesForNeed(firm.client, failing.id)).refreshPending).toBe(false);
    await firm.client.ok(UPDATE_NEED, {
      id: failing.id,
      input: { title: 'Fuel cell stack sealing at -30 °C' },
    });
    await refreshMatches(t);
    expect((await matchesForNeed(firm.client, failing.id)).edges.length).toBeGreaterThan(0);
  });

  it('says when a listing that matches nothing was refreshed, so nobody waits for it', async () => {
    const lonely = await needIn(firm.client, firmOrg.id, 'OPEN', {
      title: 'Zeppelin envelope welding',
      publicSummary: 'Airship hull seams.',
      desiredOutcome: 'Tighter seams.',
      technologyAreas: ['NA01'],
      sectors: ['01'],
    });
    expect((await matchesForNeed(firm.client, lonely.id)).refreshPending).toBe(true);
    await refreshMatches(t);
    const page = await matchesForNeed(firm.client, lonely.id);
    expect(page).toMatchObject({ refreshPending: false, edges: [] });
    expect(page.refreshedAt).not.toBeNull();
  });

  it('leaves out a pair below the relevance floor, however near: neither stored nor shown', async () => {
    // The context of a good match (the same region as the firm, the same sector, a fitting
    // TRL, a field of the same area) but nothing in the texts meets the need.
    const near = await capabilityIn(
      institute.client,
      instituteOrg.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        title: 'Battery swapping stations for e-scooters',
        description: 'We run swapping stations in shopping malls.',
        technologyAreas: ['EF06'],
        sectors: ['29'],
        trl: 5,
      }),
    );
    try {
      await refreshMatches(t);
      const stored = () =>
        t.dataSource.query(
          `SELECT count(*)::int AS n FROM listing_match WHERE need_id = $1 AND capability_id = $2`,
          [need.id, near.id],
        );
      expect((await stored())[0].n).toBe(0);
      // A pair stored earlier (before the listing changed, or under a lower floor) is dropped
      // by the reads, for the owner and for anyone else.
      await t.dataSource.query(
        `INSERT INTO listing_match (need_id, capability_id, score, for_need, computed_at)
         VALUES ($1, $2, 0.99, TRUE, now())`,
        [need.id, near.id],
      );
      expect((await stored())[0].n).toBe(1);
      expect(capabilityIdsOf(await matchesForNeed(firm.client, need.id))).not.toContain(near.id);
      expect(capabilityIdsOf(await matchesForNeed(outsider.client, need.id))).not.toContain(
        near.id,
      );
    } finally {
      await institute.client.ok(ARCHIVE_CAPABILITY, { id: near.id });
      await refreshMatches(t);
    }
  });
  it('shows nothing for a need whose best match is only a neighbour of its field', async () => {
    // Same field code as the catalogue's fuel-cell offers and one field word ("stack"):
    // above the pair floor, but no offer is about humidifier membranes (the list floor).
    const neighbourly = await needIn(firm.client, firmOrg.id, 'OPEN', {
      title: 'Membrane humidifier sealing',
      publicSummary:
        'The humidifier membranes of our stacks leak after 500 hours; we look for sealing know-how.',
      technologyAreas: ['EF05'],
      sectors: ['29'],
      currentTrl: 4,
      targetTrl: 6,
    });
    try {
      await refreshMatches(t);
      // The pairs pass the pair floor (what the engine would have listed before) ...
      const engine = t.app.get(MatchEngine);
      const nearest = await engine.exhaustive('NEED', neighbourly.id, 20);
      expect(nearest.map((pair) => pair.capabilityId)).toContain(offers.fits);
      expect(Math.max(...nearest.map((pair) => pair.score.relevance))).toBeLessThan(
        MATCH_LIST_FLOOR,
      );
      // ... but the need's list stores none, so nothing counts them elsewhere,
      const [stored] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM listing_match WHERE need_id = $1 AND for_need`,
        [neighbourly.id],
      );
      expect(stored.n).toBe(0);
      // and reads show none, to the owner and to anyone else, nor partners built from them.
      for (const client of [firm.client, outsider.client]) {
        const page = await matchesForNeed(client, neighbourly.id);
        expect(page).toMatchObject({ refreshPending: false, edges: [] });
        const partners = await client.ok<{ partnersForNeed: MatchPage<Scored> }>(
          PARTNERS_FOR_NEED,
          { id: neighbourly.id },
        );
        expect(partners.partnersForNeed.edges).toEqual([]);
      }
      // The need's own best pair, stored earlier (under a lower list floor), is dropped too.
      await t.dataSource.query(
        `INSERT INTO listing_match (need_id, capability_id, score, for_need, computed_at)
         VALUES ($1, $2, 0.99, TRUE, now())
         ON CONFLICT (need_id, capability_id) DO UPDATE SET for_need = TRUE, score = 0.99`,
        [neighbourly.id, offers.fits],
      );
      expect((await matchesForNeed(firm.client, neighbourly.id)).edges).toEqual([]);
    } finally {
      await firm.client.ok(CLOSE_NEED, { id: neighbourly.id, reason: 'WITHDRAWN' });
      await refreshMatches(t);
    }
  });
});

describe('bookmarks and dismissals', () => {
  const pair = () => ({ needId: need.id, capabilityId: offers.sibling, side: 'NEED_OWNER' });

  it("bookmark: marked for the owner's members only, audited, and can be taken back", async () => {
    await firmMember.client.ok(BOOKMARK, { input: pair() });
    const mine = await matchesForNeed(firm.client, need.id);
    expect(
      mine.edges.find((edge) => edge.node.capability.id === offers.sibling)!.node.bookmarked,
    ).toBe(true);
    const theirs = await matchesForNeed(outsider.client, need.id);
    expect(theirs.edges.every((edge) => !edge.node.bookmarked)).toBe(true);
    expect((await auditOf(t, need.id)).map((row) => row.action)).toContain('match.bookmarked');
    expect(
      (await firm.client.ok<{ clearMatchFeedback: boolean }>(CLEAR, { input: pair() }))
        .clearMatchFeedback,
    ).toBe(true);
    expect(
      (await firm.client.ok<{ clearMatchFeedback: boolean }>(CLEAR, { input: pair() }))
        .clearMatchFeedback,
    ).toBe(false);
  });

  it('dismiss: gone from the owner’s list only, counted by reason, restorable', async () => {
    const dismissed = await firmMember.client.ok<{
      dismissMatch: { reason: string; action: string };
    }>(DISMISS, { input: { ...pair(), reason: 'NOT_OUR_FIELD' } });
    expect(dismissed.dismissMatch).toMatchObject({ action: 'DISMISS', reason: 'NOT_OUR_FIELD' });
    expect(capabilityIdsOf(await matchesForNeed(firm.client, need.id))).not.toContain(
      offers.sibling,
    );
    expect(capabilityIdsOf(await matchesForNeed(outsider.client, need.id))).toContain(
      offers.sibling,
    );
    const tally = await t.dataSource.query(
      `SELECT side, reason, count FROM match_dismissal_tally WHERE organization_id = $1`,
      [firmOrg.id],
    );
    expect(tally).toEqual([{ side: 'NEED_OWNER', reason: 'NOT_OUR_FIELD', count: 1 }]);
    await firm.client.ok(CLEAR, { input: pair() });
    expect(capabilityIdsOf(await matchesForNeed(firm.client, need.id))).toContain(offers.sibling);
    // The statistics keep what happened even after the match was restored.
    expect(
      (
        await t.dataSource.query(
          `SELECT count FROM match_dismissal_tally WHERE organization_id = $1`,
          [firmOrg.id],
        )
      )[0].count,
    ).toBe(1);
  });

  it('refuses bad input with the field, and changes nothing', async () => {
    await expectRefused(
      t,
      () => firm.client.gql(DISMISS, { input: { ...pair(), reason: 'OTHER' } }),
      'BAD_USER_INPUT',
      'note',
    );
    await expectRefused(
      t,
      () => firm.client.gql(DISMISS, { input: { ...pair(), reason: 'OTHER', note: '   ' } }),
      'BAD_USER_INPUT',
      'note',
    );
    await expectRefused(
      t,
      () => firm.client.gql(DISMISS, { input: { ...pair(), reason: 'BORING' } }),
      'BAD_USER_INPUT',
      'reason',
    );
    await expectRefused(
      t,
      () =>
        firm.client.gql(DISMISS, { input: { ...pair(), reason: 'OTHER', note: 'x'.repeat(501) } }),
      'BAD_USER_INPUT',
      'note',
    );
    await expectRefused(
      t,
      () => firm.client.gql(BOOKMARK, { input: { ...pair(), needId: 'not-an-id' } }),
      'BAD_USER_INPUT',
      'needId',
    );
    await expectRefused(
      t,
      () => firm.client.gql(BOOKMARK, { input: { ...pair(), side: 'EVERYONE' } }),
      'BAD_USER_INPUT',
    );
  });

  it('lets only members of the owner judge, and hides what the caller may not see', async () => {
    await expectRefused(t, () => outsider.client.gql(BOOKMARK, { input: pair() }), 'FORBIDDEN');
    await expectRefused(
      t,
      () => institute.client.gql(DISMISS, { input: { ...pair(), reason: 'TOO_EARLY' } }),
      'FORBIDDEN',
    );
    await expectRefused(t, () => t.client().gql(BOOKMARK, { input: pair() }), 'UNAUTHENTICATED');
    const hidden = await capabilityIn(
      institute.client,
      instituteOrg.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', {
        visibility: 'PRIVATE',
        // Seen by its owner and the organization it invites, not by the firm.
        invitedOrganizationIds: [outsiderOrg.id],
      }),
    );
    await expectRefused(
      t,
      () => firm.client.gql(BOOKMARK, { input: { ...pair(), capabilityId: hidden.id } }),
      'NOT_FOUND',
    );
    expect(outcome(await institute.client.gql(ARCHIVE_CAPABILITY, { id: hidden.id }))).toBe('OK');
    // The capability's owner judges needs on its own list.
    const own = await institute.client.ok<{ bookmarkMatch: { side: string } }>(BOOKMARK, {
      input: { ...pair(), capabilityId: offers.fits, side: 'CAPABILITY_OWNER' },
    });
    expect(own.bookmarkMatch.side).toBe('CAPABILITY_OWNER');
  });

  it('learns from repeated "too early": the preference moves and the explanation says so', async () => {
    expect(capabilityIdsOf(await matchesForNeed(firm.client, need.id))).toContain(offers.early);
    // Three other immature capabilities dismissed as too early.
    for (const title of ['Early rig A', 'Early rig B', 'Early rig C']) {
      const early = await capabilityIn(
        institute.client,
        instituteOrg.id,
        'PUBLISHED',
        capabilityInput('EXPERTISE', { title, technologyAreas: ['EF05'], trl: 1 }),
      );
      await firm.client.ok(DISMISS, {
        input: { needId: need.id, capabilityId: early.id, side: 'NEED_OWNER', reason: 'TOO_EARLY' },
      });
    }
    const page = await matchesForNeed(firm.client, need.id);
    const moved = page.edges.filter((edge) => edge.node.learned);
    expect(moved.length).toBeGreaterThan(0);
    expect(
      moved[0]!.node.reasons.some((reason) => reason.code === 'LEARNED_TRL' && reason.learned),
    ).toBe(true);
    const trlOf = (id: string) =>
      page.edges
        .find((edge) => edge.node.capability.id === id)!
        .node.components.find((component) => component.name === 'trl')!.value;
    const trlBefore = (await matchesForNeed(outsider.client, need.id)).edges
      .find((edge) => edge.node.capability.id === offers.early)!
      .node.components.find((component) => component.name === 'trl')!.value;
    // The owner's TRL preference moved up: the immature capability fits worse for them than for anyone else.
    expect(trlOf(offers.early!)).toBeLessThan(trlBefore);
    // Nobody else's ranking learned anything.
    expect(
      (await matchesForNeed(outsider.client, need.id)).edges.every((edge) => !edge.node.learned),
    ).toBe(true);
  });
});

describe('the candidate step', () => {
  // Many capabilities and needs in related and unrelated fields, of many organizations: the
  // stored best pairs (the matching index, exact scores in ceiling order) must hold the
  // exhaustive top 20, of a need and of capabilities.
  it('loses nothing of the exhaustive top 20', async () => {
    const areas = GENERATED_AREAS;
    const words = GENERATED_WORDS;
    const owners: { client: SignedIn['client']; organizationId: string }[] = [];
    for (let i = 0; i < 6; i += 1) {
      const owner = await signUp(t);
      const org = await createOrganization(owner.client, {
        name: `Recall Lab ${i}`,
        region: i % 2 ? 'KR-27' : 'KR-48',
        ...(i === 5 ? { country: 'DE', region: 'DE-BW' } : {}),
      });
      owners.push({ client: owner.client, organizationId: org.id });
    }
    let n = 0;
    const capabilities: string[] = [];
    for (const owner of owners)
      for (let j = 0; j < 12; j += 1) {
        n += 1;
        const { id } = await capabilityIn(
          owner.client,
          owner.organizationId,
          'PUBLISHED',
          capabilityInput(n % 3 === 0 ? 'EQUIPMENT' : 'EXPERTISE', {
            title: `${words[n % words.length]} ${words[(n * 7) % words.length]} ${n}`,
            description: `${words[(n * 3) % words.length]} work`,
            technologyAreas: [
              areas[n % areas.length],
              ...(n % 4 === 0 ? [areas[(n + 1) % areas.length]] : []),
            ],
            sectors: [n % 2 ? '29' : '72'],
            trl: (n % 9) + 1,
          }),
        );
        capabilities.push(id);
      }
    // Needs too, so that a capability has more partners than its first page holds.
    for (let j = 0; j < 24; j += 1)
      await needIn(owners[j % 6]!.client, owners[j % 6]!.organizationId, 'OPEN', {
        title: `${words[j % words.length]} ${words[(j * 3 + 1) % words.length]} need ${j}`,
        publicSummary: `${words[(j * 7) % words.length]} problems`,
        technologyAreas: [areas[j % areas.length]!],
        sectors: [j % 2 ? '29' : '72'],
      });
    await refreshMatches(t);
    const engine = t.app.get(MatchEngine);
    // The capabilities' side: each one's stored list holds its exhaustive top 20.
    let expected = 0;
    let foundOfCapabilities = 0;
    for (const id of capabilities.slice(0, 24)) {
      const truth = (await engine.exhaustive('CAPABILITY', id, 20)).map((pair) => pair.needId);
      const storedNeeds = new Set(
        (
          (await t.dataSource.query(
            `SELECT need_id FROM listing_match WHERE capability_id = $1 AND for_capability`,
            [id],
          )) as { need_id: string }[]
        ).map((row) => row.need_id),
      );
      expected += truth.length;
      foundOfCapabilities += truth.filter((needId) => storedNeeds.has(needId)).length;
    }
    expect(expected).toBeGreaterThan(60);
    expect(foundOfCapabilities / expected).toBeGreaterThanOrEqual(0.95);
    const best = await engine.exhaustive('NEED', need.id, 20);
    const exhaustive = best.map((pair) => pair.capabilityId);
    const stored = await t.dataSource.query(
      `SELECT capability_id FROM listing_match WHERE need_id = $1 ORDER BY score DESC LIMIT $2`,
      [need.id, STORED_MATCHES],
    );
    const kept = new Set(stored.map((row: { capability_id: string }) => row.capability_id));
    const found = exhaustive.filter((id) => kept.has(id)).length;
    expect(exhaustive.length).toBe(20);
    expect(found / exhaustive.length).toBeGreaterThanOrEqual(0.95);
    // And a reader (who may see all of them) gets the exhaustive top: the same scores in order.
    const top = (await matchesForNeed(outsider.client, need.id, { first: 20 })).edges.map(
      (edge) => edge.node.score,
    );
    expect(top).toEqual(best.map((pair) => pair.score.score));
  }, 120_000);
});

describe('word counts', () => {
  it('are remembered for every process, so a read does not count the words again', async () => {
    const repository = t.app.get(MatchRepository);
    // The refresh counted the need's words among capabilities and kept the counts.
    const kept = await t.dataSource.query(
      `SELECT count FROM match_word_count WHERE kind = 'CAPABILITY' AND word = 'cool'`,
    );
    expect(kept).toHaveLength(1);
    // A count less than a day old is read, not counted again...
    await t.dataSource.query(
      `UPDATE match_word_count SET count = 777 WHERE kind = 'CAPABILITY' AND word = 'cool'`,
    );
    expect((await repository.wordFrequencies('CAPABILITY', ['cool'], 2000)).get('cool')).toBe(777);
    // ...an older one is counted again and replaced.
    await t.dataSource.query(
      `UPDATE match_word_count SET counted_at = now() - interval '2 days' WHERE word = 'cool'`,
    );
    const fresh = (await repository.wordFrequencies('CAPABILITY', ['cool'], 2000)).get('cool');
    expect(fresh).not.toBe(777);
    expect(fresh).toBeGreaterThan(0);
    const [row] = await t.dataSource.query(
      `SELECT count, counted_at > now() - interval '1 minute' AS recent FROM match_word_count WHERE kind = 'CAPABILITY' AND word = 'cool'`,
    );
    expect(row).toEqual({ count: fresh, recent: true });
  });
});

describe('a dismissal sent twice at once', () => {
  it('is counted once in the statistics and audited once', async () => {
    const owner = await signUp(t);
    const ownerOrg = await createOrganization(owner.client, { technologyAreas: ['EF05'] });
    const own = await needIn(owner.client, ownerOrg.id, 'OPEN', {
      title: 'Fuel cell stack cooling plates',
    });
    const offer = await capabilityIn(
      institute.client,
      instituteOrg.id,
      'PUBLISHED',
      capabilityInput('EXPERTISE', { title: 'Cooling plate testing', technologyAreas: ['EF05'] }),
    );
    const input = {
      needId: own.id,
      capabilityId: offer.id,
      side: 'NEED_OWNER',
      reason: 'HAS_PARTNER',
    };
    // A transaction that writes the same pair and then gives up holds both requests at the
    // same point, so they overlap for certain once it is gone.
    const holder = await begin(t);
    try {
      await holder.runner.query(
        `INSERT INTO match_feedback (need_id, capability_id, side, organization_id, action, reason, user_id) VALUES ($1, $2, 'NEED_OWNER', $3, 'BOOKMARK', NULL, $4)`,
        [own.id, offer.id, ownerOrg.id, owner.userId],
      );
      const requests = [
        start(owner.client.gql(DISMISS, { input })),
        start(owner.client.gql(DISMISS, { input })),
      ];
      expect(
        await someoneWaitsFor(t, holder, () => requests.every((request) => request.done())),
      ).toBe(true);
      await sleep(300);
      await holder.runner.rollbackTransaction();
      expect((await Promise.all(requests.map((request) => request.result))).map(outcome)).toEqual([
        'OK',
        'OK',
      ]);
    } finally {
      await end(holder);
    }
    const tally = await t.dataSource.query(
      `SELECT reason, count FROM match_dismissal_tally WHERE organization_id = $1`,
      [ownerOrg.id],
    );
    expect(tally).toEqual([{ reason: 'HAS_PARTNER', count: 1 }]);
    expect(
      (await auditOf(t, own.id)).filter((row) => row.action === 'match.dismissed'),
    ).toHaveLength(1);
  });
});

describe('partners for a need', () => {
  it('lists a partner’s fitting capabilities, as many as its reason counts, its best scored as the capabilities tab rounds it', async () => {
    // A need of a firm that never judged a match (no learned preferences), and a lab abroad whose
    // second capability shares the need's technology area and little else: matched, but not fitting.
    const buyer = await signUp(t, { displayName: 'Buyer Admin' });
    const buyerOrg = await createOrganization(buyer.client, { name: 'Dalseo Trucks' });
    const buyerNeed = await needIn(buyer.client, buyerOrg.id, 'OPEN', {
      title: 'Fuel cell stack cooling for trucks',
      publicSummary: 'Better cooling of fuel cell stacks for hydrogen trucks.',
      technologyAreas: ['EF05'],
      sectors: ['29'],
      currentTrl: 4,
      targetTrl: 6,
    });
    const lab = await signUp(t, { displayName: 'Lab Admin' });
    const labOrg = await createOrganization(lab.client, {
      name: 'Stuttgart Thermal Lab',
      country: 'DE',
      region: null,
    });
    const labOffer = (title: string, overrides: Record<string, unknown>) =>
      capabilityIn(
        lab.client,
        labOrg.id,
        'PUBLISHED',
        capabilityInput('EXPERTISE', { title, technologyAreas: ['EF05'], ...overrides }),
      );
    await labOffer('Fuel cell stack cooling simulation', {
      description: 'Fuel cell stack cooling and thermal analysis.',
      sectors: ['29'],
      trl: 5,
    });
    await labOffer('Fuel cell membrane durability testing', {
      kind: 'SERVICE',
      description: 'Accelerated stress tests of fuel cell membranes.',
      sectors: ['38'],
      trl: 9,
    });
    await refreshMatches(t);
    const labCapabilities = new Set(
      (
        await t.dataSource.query<{ id: string }[]>(
          `SELECT id FROM capability WHERE organization_id = $1`,
          [labOrg.id],
        )
      ).map((row) => row.id),
    );
    const scores = new Map(
      (await matchesForNeed(buyer.client, buyerNeed.id)).edges
        .filter((edge) => labCapabilities.has(edge.node.capability.id))
        .map((edge) => [edge.node.capability.id, edge.node.score]),
    );
    const fitting = [...scores].filter(([, score]) => capabilityFits(score)).map(([id]) => id);
    // One of the lab's matched capabilities does not fit: the list and the count leave it out alike.
    expect(fitting.length).toBeGreaterThan(0);
    expect(fitting.length).toBeLessThan(scores.size);
    const partners = (
      await buyer.client.ok<{
        partnersForNeed: MatchPage<
          Scored & { organization: { id: string }; capabilities: { id: string }[] }
        >;
      }>(PARTNERS_FOR_NEED, { id: buyerNeed.id, first: 20 })
    ).partnersForNeed;
    const partner = partners.edges.find((edge) => edge.node.organization.id === labOrg.id)!.node;
    expect(partner.capabilities.map((capability) => capability.id)).toEqual(fitting);
    const best = scorePercent(Math.max(...scores.values()));
    const reason = partner.reasons.find((r) => r.code === 'MATCHING_CAPABILITIES');
    expect(reason?.text).toBe(
      `${fitting.length} ${fitting.length === 1 ? 'capability fits' : 'capabilities fit'} this need (best ${best}%)`,
    );
  });
});

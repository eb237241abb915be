import { randomUUID } from 'node:crypto';
import type { ReviewerCandidate } from '../../src/review/review-pool.service';
import { createOrganization, expectRefused, signUp, type SignedIn } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';
import { draftCall } from '../call/call-support';
import { ADD_REVIEWER, addReviewer, expert, reviewWorld, type ReviewWorld } from './review-support';

// The platform-user picker of a call's pool: who may search, what a candidate shows (never
// an e-mail address), how an address is matched (only whole), and bad searches refused.

jest.setTimeout(240_000);

const CANDIDATES = `query Candidates($callId: ID!, $search: String!) {
  reviewerCandidates(callId: $callId, search: $search) {
    userId displayName organizationNames technologyAreas affinity inPool } }`;

/** What the API answers for a candidate: the service's own shape (no e-mail in it). */
type Candidate = ReviewerCandidate;

let t: TestApp;
let w: ReviewWorld;
let hydrogen: SignedIn & { organizationName: string };
let display: SignedIn;
const tag = Math.random().toString(36).slice(2, 7);

beforeAll(async () => {
  t = await createTestApp();
  w = await reviewWorld(t);
  // Two experts with one family name: alphabetically the display engineer comes first, but
  // the hydrogen engineer's lab fits the call's hydrogen-valve application.
  hydrogen = {
    ...(await signUp(t, { displayName: `Seo ${tag} Hydro` })),
    organizationName: `Hydrogen Valve Lab ${tag}`,
  };
  await createOrganization(hydrogen.client, {
    name: hydrogen.organizationName,
    kind: 'RESEARCH_INSTITUTE',
    size: null,
    technologyAreas: ['EF05'],
    description: 'High-pressure hydrogen valves, fuel cell stack cooling and refuelling.',
  });
  display = await signUp(t, { displayName: `Seo ${tag} Display` });
  await createOrganization(display.client, {
    name: `Panel Works ${tag}`,
    technologyAreas: ['ED07'],
    description: 'OLED display panels for televisions.',
  });
});
afterAll(async () => {
  jest.useRealTimers();
  await t.close();
});

const search = async (who: SignedIn, text: string, callId = w.call.id): Promise<Candidate[]> =>
  (await who.client.ok<{ reviewerCandidates: Candidate[] }>(CANDIDATES, { callId, search: text }))
    .reviewerCandidates;

describe('the call’s managers find platform users', () => {
  it('by part of a name, ranked by fit with the call, with organizations and no address', async () => {
    const found = await search(w.cast.manager, `seo ${tag}`);
    expect(found.map((c) => c.userId)).toEqual([hydrogen.userId, display.userId]);
    const [first, second] = found;
    expect(first?.affinity).toBeGreaterThan(second?.affinity ?? 1);
    expect(first).toMatchObject({
      displayName: `Seo ${tag} Hydro`,
      organizationNames: [hydrogen.organizationName],
      technologyAreas: ['EF05'],
      inPool: false,
    });
    // No address travels, not even inside another field.
    expect(JSON.stringify(found)).not.toMatch(/@/);
  });

  it('by part of an organization’s name, whatever the case', async () => {
    const found = await search(w.funderManager, `HYDROGEN VALVE LAB ${tag}`);
    expect(found.map((c) => c.userId)).toEqual([hydrogen.userId]);
  });

  it('by a whole e-mail address only, never by a part of one', async () => {
    expect(
      (await search(w.cast.manager, hydrogen.email.toUpperCase())).map((c) => c.userId),
    ).toEqual([hydrogen.userId]);
    const local = hydrogen.email.split('@')[0] ?? '';
    expect(await search(w.cast.manager, local)).toEqual([]);
    expect(await search(w.cast.manager, `${local}@`)).toEqual([]);
    expect(await search(w.cast.manager, 'example.org')).toEqual([]);
  });

  it('says who is already in the pool, and the picked user joins it with expertise', async () => {
    await w.cast.manager.client.ok(ADD_REVIEWER, {
      callId: w.call.id,
      input: {
        userId: hydrogen.userId,
        maxLoad: 2,
        expertise: { technologyCodes: ['EF05'], sectors: ['28'], text: 'Valve seats' },
      },
    });
    const found = await search(w.cast.manager, `seo ${tag}`);
    expect(found.find((c) => c.userId === hydrogen.userId)?.inPool).toBe(true);
    expect(found.find((c) => c.userId === display.userId)?.inPool).toBe(false);
  });
});

describe('refusals', () => {
  it('is the business of the managers of the running and funding clusters only', async () => {
    const reviewer = await expert(t, `Reviewer ${tag}`);
    await addReviewer(w.cast.manager, w.call.id, reviewer.userId);
    const variables = { callId: w.call.id, search: `seo ${tag}` };
    for (const outsider of [w.cast.otherManager, w.cast.orgAdmin, w.leadB, reviewer])
      await expectRefused(t, () => outsider.client.gql(CANDIDATES, variables), 'FORBIDDEN');
    await expectRefused(t, () => w.cast.anonymous.gql(CANDIDATES, variables), 'UNAUTHENTICATED');
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(CANDIDATES, { ...variables, callId: randomUUID() }),
      'NOT_FOUND',
    );
    // A draft of another cluster does not exist for this manager, nor for its experts.
    const draft = await draftCall(w.cast.otherManager.client, w.cast.otherCluster.id);
    for (const outsider of [w.cast.manager, reviewer])
      await expectRefused(
        t,
        () => outsider.client.gql(CANDIDATES, { ...variables, callId: draft.id }),
        'NOT_FOUND',
      );
  });

  it('refuses a bad search with BAD_USER_INPUT and the field', async () => {
    for (const bad of ['seo\u0000', 'seo\ud800', 'x'.repeat(101), ' s ', '\u200b\u200b'])
      await expectRefused(
        t,
        () => w.cast.manager.client.gql(CANDIDATES, { callId: w.call.id, search: bad }),
        'BAD_USER_INPUT',
        'search',
      );
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(CANDIDATES, { callId: 'not-an-id', search: 'seo' }),
      'BAD_USER_INPUT',
      'callId',
    );
  });

  it('has no e-mail field to ask for', async () => {
    const result = await w.cast.manager.client.gql(
      `query { reviewerCandidates(callId: "${w.call.id}", search: "seo") { userId email } }`,
      {},
    );
    expect(result.errors?.[0]?.message).toMatch(/Cannot query field "email"/);
  });
});

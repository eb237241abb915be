import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import {
  ACCEPT,
  DECLINE,
  SHORTLIST,
  expressed,
  interestCast,
  interestInput,
  openNeed,
  publishedCapability,
  type InterestCast,
} from './interest-support';

const HOME = `query Home($since: DateTime) {
  homeSummary(since: $since) {
    interestsAwaitingAnswer { count latest { id status need { id } capability { id } } }
    interestAnswersSince
  }
}`;

interface Home {
  interestsAwaitingAnswer: {
    count: number;
    latest: { id: string; status: string; need: { id: string } | null }[];
  };
  interestAnswersSince: number;
}

let t: TestApp;
let cast: InterestCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await interestCast(t);
});
afterAll(async () => {
  await t.close();
});

const home = async (client: TestClient, since?: string) =>
  (await client.ok<{ homeSummary: Home }>(HOME, since ? { since } : {})).homeSummary;

describe('the home summary: interests waiting for an answer', () => {
  it("counts the owner's received interests while SUBMITTED or SHORTLISTED, lists the latest, and tells the sender about answers since the last visit", async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    expect((await home(cast.orgMember.client)).interestsAwaitingAnswer).toEqual({
      count: 0,
      latest: [],
    });
    const need = await openNeed(cast);
    const capability = await publishedCapability(cast);
    const first = await expressed(
      cast.senderMember.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    const second = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { capabilityId: capability.id }),
    );
    await cast.orgAdmin.client.ok(SHORTLIST, { id: first.id });

    const owner = await home(cast.orgMember.client);
    expect(owner.interestsAwaitingAnswer.count).toBe(2);
    expect(owner.interestsAwaitingAnswer.latest.map((i) => [i.id, i.status])).toEqual([
      [second.id, 'SUBMITTED'],
      [first.id, 'SHORTLISTED'],
    ]);
    expect(owner.interestsAwaitingAnswer.latest[1]?.need).toEqual({ id: need.id });
    // The sender waits for nobody's answer; a stranger sees nothing of either side.
    expect((await home(cast.senderMember.client)).interestsAwaitingAnswer.count).toBe(0);
    expect((await home(cast.stranger.client)).interestsAwaitingAnswer.count).toBe(0);
    expect((await home(cast.senderMember.client, before)).interestAnswersSince).toBe(0);

    await cast.orgAdmin.client.ok(ACCEPT, { id: first.id });
    await cast.orgAdmin.client.ok(DECLINE, { id: second.id, reason: 'Not this quarter.' });

    const after = await home(cast.orgMember.client);
    expect(after.interestsAwaitingAnswer).toEqual({ count: 0, latest: [] });
    expect((await home(cast.senderMember.client, before)).interestAnswersSince).toBe(2);
    expect((await home(cast.stranger.client, before)).interestAnswersSince).toBe(0);
    expect((await home(cast.orgMember.client, before)).interestAnswersSince).toBe(0);
  });
});

import { homeCast, type HomeCast } from '../home/home-cast';
import { BOOKMARK } from '../match/match-support';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import { SHORTLIST, expressed, interestInput } from './interest-support';

const BOOKMARKS = `query Bookmarks($org: ID!) {
  bookmarkedMatches(organizationId: $org, first: 20) {
    edges { node { need { id } capability { id } interest { id status viewerRole } } }
  }
}`;

type Row = {
  need: { id: string };
  capability: { id: string };
  interest: { id: string; status: string; viewerRole: string } | null;
};

let t: TestApp;
let cast: HomeCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await homeCast(t);
});
afterAll(async () => {
  await t.close();
});

const states = async (client: TestClient, org: string) => {
  const page = await client.ok<{ bookmarkedMatches: { edges: { node: Row }[] } }>(BOOKMARKS, {
    org,
  });
  return Object.fromEntries(
    page.bookmarkedMatches.edges.map(({ node }) => [
      node.need.id,
      node.interest ? [node.interest.id, node.interest.status, node.interest.viewerRole] : null,
    ]),
  );
};

describe('a bookmarked match carries the interest state of its pair', () => {
  it('shows both organizations the interest between them about the pair, never a third party’s, and follows its status', async () => {
    const pair = (needId: string) => ({ needId, capabilityId: cast.capability.id });
    for (const needId of [cast.soonNeed.id, cast.laterNeed.id])
      await cast.firm.client.ok(BOOKMARK, { input: { ...pair(needId), side: 'NEED_OWNER' } });
    await cast.institute.client.ok(BOOKMARK, {
      input: { ...pair(cast.soonNeed.id), side: 'CAPABILITY_OWNER' },
    });
    expect(await states(cast.firm.client, cast.firmOrg.id)).toEqual({
      [cast.soonNeed.id]: null,
      [cast.laterNeed.id]: null,
    });

    // A third organization's interest in the need is not the pair's.
    await expressed(
      cast.outsider.client,
      interestInput(cast.outsiderOrg.id, { needId: cast.soonNeed.id }),
    );
    expect((await states(cast.firm.client, cast.firmOrg.id))[cast.soonNeed.id]).toBeNull();

    const interest = await expressed(
      cast.institute.client,
      interestInput(cast.instituteOrg.id, { needId: cast.soonNeed.id }),
    );
    await cast.firm.client.ok(SHORTLIST, { id: interest.id });
    const firm = await states(cast.firm.client, cast.firmOrg.id);
    expect(firm[cast.soonNeed.id]).toEqual([interest.id, 'SHORTLISTED', 'OWNER_ADMIN']);
    expect(firm[cast.laterNeed.id]).toBeNull();
    expect(await states(cast.institute.client, cast.instituteOrg.id)).toEqual({
      [cast.soonNeed.id]: [interest.id, 'SHORTLISTED', 'SENDER_ADMIN'],
    });
  });
});

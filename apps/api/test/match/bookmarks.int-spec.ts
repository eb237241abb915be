import { expectRefused } from '../support/factories';
import { UPDATE_CAPABILITY } from '../support/listings';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import { homeCast, type HomeCast } from '../home/home-cast';
import { BOOKMARK, DISMISS } from './match-support';

const BOOKMARKS = `query Bookmarks($org: ID!, $first: Int, $after: String) {
  bookmarkedMatches(organizationId: $org, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id side note bookmarkedAt need { id title } capability { id title } bookmarkedBy { id } } }
  }
}`;

interface BookmarkPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: {
    node: {
      id: string;
      side: string;
      need: { id: string };
      capability: { id: string };
      bookmarkedBy: { id: string } | null;
    };
  }[];
}

let t: TestApp;
let cast: HomeCast;
const bookmarks = async (
  client: TestClient,
  org: string,
  variables: Record<string, unknown> = {},
) =>
  (
    await client.ok<{ bookmarkedMatches: BookmarkPage }>(BOOKMARKS, {
      org,
      first: 20,
      ...variables,
    })
  ).bookmarkedMatches;

beforeAll(async () => {
  t = await createTestApp();
  cast = await homeCast(t);
});
afterAll(async () => {
  await t.close();
});

describe('an organization’s bookmarked matches (its shortlist)', () => {
  it('lists each side’s bookmarks for its own organization only, newest first, page by page', async () => {
    const pair = (needId: string) => ({ needId, capabilityId: cast.capability.id });
    await cast.firmMember.client.ok(BOOKMARK, {
      input: { ...pair(cast.laterNeed.id), side: 'NEED_OWNER' },
    });
    await cast.firm.client.ok(BOOKMARK, {
      input: { ...pair(cast.soonNeed.id), side: 'NEED_OWNER' },
    });
    await cast.institute.client.ok(BOOKMARK, {
      input: { ...pair(cast.soonNeed.id), side: 'CAPABILITY_OWNER' },
    });
    // A dismissal is not a bookmark.
    await cast.institute.client.ok(DISMISS, {
      input: {
        ...pair(cast.laterNeed.id),
        side: 'CAPABILITY_OWNER',
        reason: 'OTHER',
        note: 'Not our field',
      },
    });

    const first = await bookmarks(cast.firmMember.client, cast.firmOrg.id, { first: 1 });
    expect(first.totalCount).toBe(2);
    expect(first.edges.map((e) => [e.node.need.id, e.node.side, e.node.bookmarkedBy?.id])).toEqual([
      [cast.soonNeed.id, 'NEED_OWNER', cast.firm.userId],
    ]);
    const second = await bookmarks(cast.firmMember.client, cast.firmOrg.id, {
      first: 1,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((e) => e.node.need.id)).toEqual([cast.laterNeed.id]);
    expect(second.pageInfo.hasNextPage).toBe(false);

    const institute = await bookmarks(cast.institute.client, cast.instituteOrg.id);
    expect(institute.edges.map((e) => [e.node.need.id, e.node.capability.id, e.node.side])).toEqual(
      [[cast.soonNeed.id, cast.capability.id, 'CAPABILITY_OWNER']],
    );
  });

  it('leaves out, from the list and its count, a bookmark whose listing the viewer may no longer see', async () => {
    await cast.institute.client.ok(UPDATE_CAPABILITY, {
      id: cast.capability.id,
      input: { visibility: 'PRIVATE', invitedOrganizationIds: [cast.outsiderOrg.id] },
    });
    const page = await bookmarks(cast.firmMember.client, cast.firmOrg.id);
    expect([page.totalCount, page.edges.length]).toEqual([0, 0]);
    await cast.institute.client.ok(UPDATE_CAPABILITY, {
      id: cast.capability.id,
      input: { visibility: 'PUBLIC', invitedOrganizationIds: [] },
    });
    expect((await bookmarks(cast.firmMember.client, cast.firmOrg.id)).totalCount).toBe(2);
  });
});

describe('bookmarked matches: refusals', () => {
  it('refuses members of other organizations and visitors', async () => {
    await expectRefused(
      t,
      () => cast.outsider.client.gql(BOOKMARKS, { org: cast.firmOrg.id }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => cast.institute.client.gql(BOOKMARKS, { org: cast.firmOrg.id }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => t.client().gql(BOOKMARKS, { org: cast.firmOrg.id }),
      'UNAUTHENTICATED',
    );
  });

  it('refuses a forged cursor on its field', async () => {
    await expectRefused(
      t,
      () => cast.firm.client.gql(BOOKMARKS, { org: cast.firmOrg.id, after: 'bm90LWEtY3Vyc29y' }),
      'BAD_USER_INPUT',
      'after',
    );
  });
});

import { refreshMatches } from '../match/match-support';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import {
  ACCEPT,
  BOARD,
  DECLINE,
  INTEREST,
  MINE,
  SHORTLIST,
  WITHDRAW,
  auditActionsOf,
  codeOf,
  express,
  expressed,
  interestCast,
  interestInput,
  notificationsOf,
  openNeed,
  publishedCapability,
  type InterestCast,
  type InterestView,
} from './interest-support';

let t: TestApp;
let cast: InterestCast;
beforeAll(async () => {
  t = await createTestApp();
  cast = await interestCast(t);
});
afterAll(async () => {
  await t.close();
});

const read = async (client: TestClient, id: string) =>
  (await client.ok<{ interest: InterestView }>(INTEREST, { id })).interest;
type Board = {
  totalCount: number;
  edges: { node: { id: string; status: string; matchScore: number | null } }[];
};
const board = async (client: TestClient, variables: Record<string, unknown>) =>
  (await client.ok<{ interestsForListing: Board }>(BOARD, variables)).interestsForListing;

describe('interests: happy path', () => {
  it('lets a sender member answer an open need with its own capability; the owner is told and sees it on its board, the sender on its list', async () => {
    const need = await openNeed(cast);
    const interest = await expressed(
      cast.senderMember.client,
      interestInput(
        cast.sender.id,
        { needId: need.id },
        { capabilityIds: [cast.senderCapability.id] },
      ),
    );
    expect(interest).toMatchObject({
      status: 'SUBMITTED',
      viewerRole: 'SENDER_MEMBER',
      viewerActions: ['withdraw'],
      need: { id: need.id },
      capability: null,
      matchScore: null,
    });
    expect(interest.linkedCapabilities).toEqual([{ id: cast.senderCapability.id }]);
    expect(await auditActionsOf(t, interest.id)).toEqual(['interest.submitted']);
    // Submitting opened the two organizations' conversation about it, in the same transaction.
    expect(
      await t.dataSource.query(
        `SELECT title FROM conversation WHERE subject_kind = 'INTEREST' AND subject_id = $1`,
        [interest.id],
      ),
    ).toEqual([{ title: need.title }]);
    const told = await notificationsOf(t, cast.orgAdmin.userId, 'interest.received');
    expect(told.map((row) => row.params)).toContainEqual({
      organization: cast.sender.name,
      listing: need.title,
    });
    // The sender who acted is not notified of its own interest; the owner's members are.
    expect(await notificationsOf(t, cast.senderMember.userId, 'interest.received')).toEqual([]);
    expect(
      (await notificationsOf(t, cast.orgMember.userId, 'interest.received')).length,
    ).toBeGreaterThan(0);
    const owners = await board(cast.orgMember.client, { needId: need.id });
    expect(owners.edges.map((edge) => edge.node.id)).toEqual([interest.id]);
    expect((await read(cast.orgMember.client, interest.id)).viewerActions).toEqual(['shortlist']);
    expect((await read(cast.orgAdmin.client, interest.id)).viewerActions).toEqual([
      'shortlist',
      'decline',
    ]);
    const mine = (
      await cast.senderAdmin.client.ok<{ myInterests: { edges: { node: { id: string } }[] } }>(MINE)
    ).myInterests;
    expect(mine.edges.map((edge) => edge.node.id)).toContain(interest.id);
  });

  it('walks SUBMITTED → SHORTLISTED → ACCEPTED: audited, the sender told each time, and a collaboration starts', async () => {
    const need = await openNeed(cast);
    const interest = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    expect(
      (
        await cast.orgMember.client.ok<{ shortlistInterest: InterestView }>(SHORTLIST, {
          id: interest.id,
        })
      ).shortlistInterest.status,
    ).toBe('SHORTLISTED');
    const accepted = (
      await cast.orgAdmin.client.ok<{ acceptInterest: InterestView }>(ACCEPT, { id: interest.id })
    ).acceptInterest;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', viewerActions: [] });
    expect(await auditActionsOf(t, interest.id)).toEqual([
      'interest.submitted',
      'interest.shortlisted',
      'interest.accepted',
    ]);
    const collaborations: { title: string; type: string; needId: string; status: string }[] =
      await t.dataSource.query(
        `SELECT title, collaboration_type AS type, need_id AS "needId", status FROM collaboration WHERE interest_id = $1`,
        [interest.id],
      );
    // The need's first collaboration type (needInput: RESEARCH_COOPERATION), its source, ACTIVE.
    expect(collaborations).toEqual([
      { title: need.title, type: 'RESEARCH_COOPERATION', needId: need.id, status: 'ACTIVE' },
    ]);
    expect(
      (await notificationsOf(t, cast.senderMember.userId, 'interest.shortlisted')).map(
        (row) => row.params.listing,
      ),
    ).toContain(need.title);
    expect(
      (await notificationsOf(t, cast.senderMember.userId, 'interest.accepted')).map(
        (row) => row.params.listing,
      ),
    ).toContain(need.title);
  });

  it('declines with a reason the sender reads, which frees the slot for a new interest', async () => {
    const need = await openNeed(cast);
    const interest = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    const declined = (
      await cast.orgAdmin.client.ok<{ declineInterest: InterestView }>(DECLINE, {
        id: interest.id,
        reason: '  We chose a partner with a pilot line.  ',
      })
    ).declineInterest;
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declineReason: 'We chose a partner with a pilot line.',
    });
    expect((await read(cast.senderMember.client, interest.id)).declineReason).toBe(
      'We chose a partner with a pilot line.',
    );
    expect(
      (await notificationsOf(t, cast.senderAdmin.userId, 'interest.declined')).map(
        (row) => row.params.reason,
      ),
    ).toContain('We chose a partner with a pilot line.');
    expect(
      (await expressed(cast.senderAdmin.client, interestInput(cast.sender.id, { needId: need.id })))
        .status,
    ).toBe('SUBMITTED');
  });

  it('lets the sender withdraw an undecided interest', async () => {
    const need = await openNeed(cast);
    const interest = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    await cast.orgMember.client.ok(SHORTLIST, { id: interest.id });
    const withdrawn = (
      await cast.senderMember.client.ok<{ withdrawInterest: InterestView }>(WITHDRAW, {
        id: interest.id,
      })
    ).withdrawInterest;
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await auditActionsOf(t, interest.id)).toEqual([
      'interest.submitted',
      'interest.shortlisted',
      'interest.withdrawn',
    ]);
  });

  it('lets a firm answer a capability', async () => {
    const capability = await publishedCapability(cast);
    const interest = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { capabilityId: capability.id }),
    );
    expect(interest).toMatchObject({
      status: 'SUBMITTED',
      capability: { id: capability.id },
      need: null,
    });
    expect((await board(cast.orgAdmin.client, { capabilityId: capability.id })).totalCount).toBe(1);
  });

  it('shows the owner every interest of its listing, filtered and sorted by score; a sender only its own; a stranger none', async () => {
    const need = await openNeed(cast);
    const fromSender = await expressed(
      cast.senderAdmin.client,
      interestInput(cast.sender.id, { needId: need.id }),
    );
    const fromUniversity = await expressed(
      cast.universityAdmin.client,
      interestInput(cast.university.id, { needId: need.id }),
    );
    await t.dataSource.query(`UPDATE interest SET match_score = 0.9 WHERE id = $1`, [
      fromSender.id,
    ]);
    await cast.orgMember.client.ok(SHORTLIST, { id: fromUniversity.id });
    const byScore = await board(cast.orgAdmin.client, { needId: need.id, orderBy: 'SCORE' });
    expect(byScore.edges.map((edge) => edge.node.id)).toEqual([fromSender.id, fromUniversity.id]);
    const byDate = await board(cast.orgAdmin.client, { needId: need.id, orderBy: 'DATE' });
    expect(byDate.edges.map((edge) => edge.node.id)).toEqual([fromUniversity.id, fromSender.id]);
    const paged = await board(cast.orgAdmin.client, {
      needId: need.id,
      orderBy: 'SCORE',
      first: 1,
    });
    expect(paged).toMatchObject({ totalCount: 2, edges: [{ node: { id: fromSender.id } }] });
    const second = await cast.orgAdmin.client.ok<{
      interestsForListing: Board & { pageInfo: { endCursor: string } };
    }>(BOARD, { needId: need.id, orderBy: 'SCORE', first: 1 });
    const next = await board(cast.orgAdmin.client, {
      needId: need.id,
      orderBy: 'SCORE',
      first: 1,
      after: second.interestsForListing.pageInfo.endCursor,
    });
    expect(next.edges.map((edge) => edge.node.id)).toEqual([fromUniversity.id]);
    expect(
      (await board(cast.orgAdmin.client, { needId: need.id, statuses: ['SHORTLISTED'] })).edges.map(
        (edge) => edge.node.id,
      ),
    ).toEqual([fromUniversity.id]);
    expect(
      (await board(cast.senderMember.client, { needId: need.id })).edges.map(
        (edge) => edge.node.id,
      ),
    ).toEqual([fromSender.id]);
    expect(await board(cast.stranger.client, { needId: need.id })).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect(await board(cast.admin.client, { needId: need.id })).toMatchObject({
      totalCount: 0,
      edges: [],
    });
    expect(codeOf(await cast.stranger.client.gql(INTEREST, { id: fromSender.id }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await cast.universityAdmin.client.gql(INTEREST, { id: fromSender.id }))).toBe(
      'NOT_FOUND',
    );
  });

  it("carries a match card's score and reasons along, readable in either language", async () => {
    const need = await openNeed(cast);
    await refreshMatches(t);
    const stored: { score: number }[] = await t.dataSource.query(
      `SELECT score FROM listing_match WHERE need_id = $1 AND capability_id = $2`,
      [need.id, cast.senderCapability.id],
    );
    expect(stored).toHaveLength(1);
    const interest = await expressed(
      cast.senderMember.client,
      interestInput(
        cast.sender.id,
        { needId: need.id },
        {
          match: { needId: need.id, capabilityId: cast.senderCapability.id },
          capabilityIds: [cast.senderCapability.id],
        },
      ),
    );
    expect(interest.matchScore).toBeGreaterThan(0);
    const reasons = async (language: 'en' | 'ko') =>
      (
        await cast.orgAdmin.client.ok<{
          interest: { fromMatch: boolean; matchReasons: { code: string; text: string }[] };
        }>(
          `query R($id: ID!, $language: Language!) { interest(id: $id) { fromMatch matchReasons(language: $language) { code text } } }`,
          { id: interest.id, language },
        )
      ).interest;
    const english = await reasons('en');
    expect(english.fromMatch).toBe(true);
    expect(english.matchReasons.length).toBeGreaterThan(0);
    const korean = await reasons('ko');
    expect(korean.matchReasons.map((reason) => reason.code)).toEqual(
      english.matchReasons.map((reason) => reason.code),
    );
    expect(korean.matchReasons[0]?.text).not.toBe(english.matchReasons[0]?.text);
    expect(
      (await board(cast.orgAdmin.client, { needId: need.id, orderBy: 'SCORE' })).edges[0]?.node
        .matchScore,
    ).toBe(interest.matchScore);
  });

  it('lets exactly one of two simultaneous interests of one organization in one item through; the other is CONFLICT', async () => {
    const need = await openNeed(cast);
    const results = await Promise.all([
      express(cast.senderAdmin.client, interestInput(cast.sender.id, { needId: need.id })),
      express(cast.senderMember.client, interestInput(cast.sender.id, { needId: need.id })),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'OK']);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions?.field).toBe('needId');
  });
});

import {
  expectRefused,
  linkTokenFor,
  signUp,
  VERIFY_EMAIL,
  type SignedIn,
} from '../support/factories';
import { auditOf, refusal } from '../support/roles';
import { runFanOuts } from '../notification/notification-support';
import { createTestApp, type TestApp } from '../support/test-app';
import { draftCall } from '../call/call-support';
import {
  ACCEPT,
  ADD_REVIEWER,
  ASSIGNMENT,
  CALL_REVIEWERS,
  CONFLICT_CHECK,
  CONFLICT_SETTINGS,
  CONTENT,
  DECLARE_CONFLICT,
  DECLARE_NONE,
  INVITATIONS,
  MY_ASSIGNMENTS,
  PROGRESS,
  REASSIGN,
  REMIND,
  REOPEN,
  REVIEW,
  RUN,
  SAVE_REVIEW,
  START_EVALUATION,
  UPDATE_REVIEWER,
  addReviewer,
  expert,
  reviewWorld,
  type Assignment,
  type Reviewer,
  type ReviewWorld,
  type Shortfall,
} from './review-support';

// The review panel of a call: pool (users and e-mail invitations), conflicts of interest
// from the platform's records, the optimal assignment, declarations, scoring and locking,
// and who may do what.

jest.setTimeout(240_000);

let t: TestApp;
let w: ReviewWorld;
let consortiumMember: SignedIn;
let collaborator: SignedIn & { organizationId: string };
let reviewers: (SignedIn & { organizationId: string })[];
let pool: Reviewer[] = [];
let assignments: Assignment[] = [];

type Conflict = {
  userId: string;
  applicationId: string;
  rule: string;
  recordKind: string;
  recordId: string;
};

beforeAll(async () => {
  t = await createTestApp();
  w = await reviewWorld(t);
  // A member of the lead firm of `withPartner` (a consortium member), and an expert whose lab
  // collaborated with the hydrogen firm last year.
  consortiumMember = w.cast.orgMember;
  collaborator = await expert(t, 'Collaborator');
  const [a, b] = [collaborator.organizationId, w.firmB.id].sort();
  await t.dataSource.query(
    `INSERT INTO collaboration (organization_a_id, organization_b_id, title, started_on)
     VALUES ($1, $2, 'Valve seals study', now()::date - 365)`,
    [a, b],
  );
  reviewers = [];
  for (const name of ['Kim', 'Lee', 'Park']) reviewers.push(await expert(t, name));
});
afterAll(async () => {
  jest.useRealTimers();
  await t.close();
});

const poolOf = async (): Promise<Reviewer[]> =>
  (
    await w.cast.manager.client.ok<{ callReviewers: Reviewer[] }>(CALL_REVIEWERS, {
      callId: w.call.id,
    })
  ).callReviewers;
const progress = async () =>
  (
    await w.cast.manager.client.ok<{
      reviewProgress: {
        totalAffinity: number;
        assignments: Assignment[];
        applications: {
          applicationId: string;
          needed: number;
          assigned: number;
          submitted: number;
        }[];
        reviewers: { reviewer: { id: string }; assigned: number; submitted: number }[];
      };
    }>(PROGRESS, { callId: w.call.id })
  ).reviewProgress;

describe('conflicts of interest, before anyone is invited', () => {
  it('finds a consortium member and a recent collaboration, with the rule and the record, and honours the call’s switches', async () => {
    const { conflictCheck } = await w.cast.manager.client.ok<{ conflictCheck: Conflict[] }>(
      CONFLICT_CHECK,
      {
        callId: w.call.id,
        candidates: [consortiumMember.userId, collaborator.userId, reviewers[0]?.userId],
      },
    );
    expect(conflictCheck).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userId: consortiumMember.userId,
          applicationId: w.applications.withPartner,
          rule: 'CONSORTIUM_MEMBER',
          recordKind: 'MEMBERSHIP',
          recordId: w.cast.orgMember.membershipId,
        }),
        expect.objectContaining({
          userId: collaborator.userId,
          applicationId: w.applications.hydrogen,
          rule: 'COLLABORATION',
          recordKind: 'COLLABORATION',
        }),
      ]),
    );
    expect(conflictCheck.filter((c) => c.userId === reviewers[0]?.userId)).toEqual([]);
    expect(conflictCheck.filter((c) => c.userId === collaborator.userId)).toHaveLength(1);

    // A look-back shorter than a year forgets the collaboration; switching the rule off too.
    await w.cast.manager.client.ok(CONFLICT_SETTINGS, {
      callId: w.call.id,
      input: { lookbackYears: 0 },
    });
    let again = await w.cast.manager.client.ok<{ conflictCheck: Conflict[] }>(CONFLICT_CHECK, {
      callId: w.call.id,
      candidates: [collaborator.userId, consortiumMember.userId],
    });
    expect(again.conflictCheck.map((c) => c.rule)).toEqual(['CONSORTIUM_MEMBER']);
    await w.cast.manager.client.ok(CONFLICT_SETTINGS, {
      callId: w.call.id,
      input: { lookbackYears: 3, rules: { CONSORTIUM_MEMBER: false } },
    });
    again = await w.cast.manager.client.ok<{ conflictCheck: Conflict[] }>(CONFLICT_CHECK, {
      callId: w.call.id,
      candidates: [collaborator.userId, consortiumMember.userId],
    });
    expect(again.conflictCheck.map((c) => c.rule)).toEqual(['COLLABORATION']);
    const { updateConflictSettings } = await w.cast.manager.client.ok<{
      updateConflictSettings: {
        conflictSettings: { rules: Record<string, boolean>; lookbackYears: number };
      };
    }>(CONFLICT_SETTINGS, { callId: w.call.id, input: { rules: { CONSORTIUM_MEMBER: true } } });
    expect(updateConflictSettings.conflictSettings.lookbackYears).toBe(3);
    expect(Object.values(updateConflictSettings.conflictSettings.rules).every(Boolean)).toBe(true);
    expect((await auditOf(t, w.call.id)).map((e) => e.action)).toContain(
      'review.conflictSettingsChanged',
    );
  });

  it('finds accepted interests and NDAs from either side of the record', async () => {
    // Four experts tied to the hydrogen firm (the lead of `hydrogen`) last month: one's
    // organization sent it an accepted interest, one's received one from it, one accepted
    // its NDA, and it accepted one's NDA. Each tie is found from the reviewer's side.
    const [sender, owner, acceptor, ndaOwner] = [
      await expert(t, 'Sender'),
      await expert(t, 'Owner'),
      await expert(t, 'Acceptor'),
      await expert(t, 'NdaOwner'),
    ];
    const need = async (organizationId: string): Promise<string> =>
      (
        (await t.dataSource.query(
          `INSERT INTO technology_need (organization_id, title) VALUES ($1, 'Valve seal need') RETURNING id`,
          [organizationId],
        )) as { id: string }[]
      )[0]!.id;
    const firmNeed = await need(w.firmB.id);
    const interest = async (needId: string, ownerId: string, senderId: string) =>
      t.dataSource.query(
        `INSERT INTO interest (listing_kind, need_id, owner_organization_id, sender_organization_id, status, message, proposed_approach, decided_at)
         VALUES ('NEED', $1, $2, $3, 'ACCEPTED', 'm', 'p', now() - interval '30 days')`,
        [needId, ownerId, senderId],
      );
    await interest(firmNeed, w.firmB.id, sender.organizationId);
    await interest(await need(owner.organizationId), owner.organizationId, w.firmB.id);
    const nda = async (needId: string, organizationId: string) =>
      t.dataSource.query(
        `INSERT INTO nda_acceptance (need_id, organization_id, version, text, accepted_at)
         VALUES ($1, $2, 'v1', 'terms', now() - interval '30 days')`,
        [needId, organizationId],
      );
    await nda(firmNeed, acceptor.organizationId);
    await nda(await need(ndaOwner.organizationId), w.firmB.id);

    const { conflictCheck } = await w.cast.manager.client.ok<{ conflictCheck: Conflict[] }>(
      CONFLICT_CHECK,
      { callId: w.call.id, candidates: [sender, owner, acceptor, ndaOwner].map((u) => u.userId) },
    );
    const of = (user: SignedIn) =>
      conflictCheck
        .filter((c) => c.userId === user.userId)
        .map((c) => [c.rule, c.recordKind, c.applicationId]);
    expect(of(sender)).toEqual([['ACCEPTED_INTEREST', 'INTEREST', w.applications.hydrogen]]);
    expect(of(owner)).toEqual([['ACCEPTED_INTEREST', 'INTEREST', w.applications.hydrogen]]);
    expect(of(acceptor)).toEqual([['NDA_ACCEPTED', 'NDA_ACCEPTANCE', w.applications.hydrogen]]);
    expect(of(ndaOwner)).toEqual([['NDA_ACCEPTED', 'NDA_ACCEPTANCE', w.applications.hydrogen]]);
  });

  it('refuses bad settings with the field, changing nothing', async () => {
    await expectRefused(
      t,
      () =>
        w.cast.manager.client.gql(CONFLICT_SETTINGS, {
          callId: w.call.id,
          input: { lookbackYears: 21 },
        }),
      'BAD_USER_INPUT',
      'lookbackYears',
    );
  });
});

describe('the pool', () => {
  it('adds platform users at once, and invites an expert by e-mail who accepts only with the confirmed address', async () => {
    for (const r of reviewers)
      pool.push(
        await addReviewer(
          w.cast.manager,
          w.call.id,
          r.userId,
          2,
          'battery cooling hydrogen valves',
        ),
      );
    // A funder's manager runs the panel too.
    pool.push(
      await addReviewer(w.funderManager, w.call.id, consortiumMember.userId, 3, 'die casting'),
    );
    pool.push(
      await addReviewer(w.cast.manager, w.call.id, collaborator.userId, 3, 'hydrogen valves'),
    );
    expect(pool.every((r) => r.status === 'ACTIVE')).toBe(true);

    const address = `Expert-${Date.now()}@Example.org`;
    const { addCallReviewer: invited } = await w.cast.manager.client.ok<{
      addCallReviewer: Reviewer;
    }>(ADD_REVIEWER, {
      callId: w.call.id,
      input: {
        email: address,
        maxLoad: 2,
        expertise: { technologyCodes: [], sectors: [], text: 'thermal' },
      },
    });
    expect(invited).toMatchObject({
      status: 'INVITED',
      userId: null,
      email: address.toLowerCase(),
    });
    await runFanOuts(t);
    const mail: { to_address: string; type: string }[] = await t.dataSource.query(
      `SELECT to_address, type FROM email_message WHERE to_address = $1`,
      [address.toLowerCase()],
    );
    expect(mail[0]?.type).toBe('review.invited');

    // The same address again: CONFLICT on the field, nothing changed.
    await expectRefused(
      t,
      () =>
        w.cast.manager.client.gql(ADD_REVIEWER, {
          callId: w.call.id,
          input: { email: address, maxLoad: 1 },
        }),
      'CONFLICT',
      'email',
    );
    const newcomer = await signUp(t, {
      email: address.toLowerCase(),
      verified: false,
      displayName: 'Invited Expert',
    });
    const { reviewerInvitations } = await newcomer.client.ok<{ reviewerInvitations: Reviewer[] }>(
      INVITATIONS,
    );
    expect(reviewerInvitations.map((r) => r.id)).toEqual([invited.id]);
    await expectRefused(t, () => newcomer.client.gql(ACCEPT, { id: invited.id }), 'CONFLICT', 'id');
    // Somebody else does not even learn it exists.
    await expectRefused(t, () => w.leadB.client.gql(ACCEPT, { id: invited.id }), 'NOT_FOUND');
    await newcomer.client.ok(VERIFY_EMAIL, {
      input: { token: await linkTokenFor(t, newcomer.userId, 'account.verifyEmail') },
    });
    const { acceptReviewerInvitation } = await newcomer.client.ok<{
      acceptReviewerInvitation: Reviewer;
    }>(ACCEPT, {
      id: invited.id,
      input: { maxLoad: 1 },
    });
    expect(acceptReviewerInvitation).toMatchObject({
      status: 'ACTIVE',
      userId: newcomer.userId,
      maxLoad: 1,
    });
    expect((await auditOf(t, invited.id)).map((e) => e.action)).toEqual([
      'review.reviewerInvited',
      'review.invitationAccepted',
    ]);
    pool = await poolOf();
    expect(pool).toHaveLength(6);
  });

  it('refuses bad pool input with code and field, changing nothing', async () => {
    await expectRefused(
      t,
      () =>
        w.cast.manager.client.gql(ADD_REVIEWER, {
          callId: w.call.id,
          input: { userId: reviewers[0]?.userId, maxLoad: 0 },
        }),
      'BAD_USER_INPUT',
      'maxLoad',
    );
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(ADD_REVIEWER, { callId: w.call.id, input: { maxLoad: 2 } }),
      'BAD_USER_INPUT',
      'email',
    );
    await expectRefused(
      t,
      () =>
        w.cast.manager.client.gql(ADD_REVIEWER, {
          callId: w.call.id,
          input: {
            userId: reviewers[0]?.userId,
            maxLoad: 2,
            expertise: { technologyCodes: ['NOPE'] },
          },
        }),
      'BAD_USER_INPUT',
    );
    await expectRefused(
      t,
      () =>
        w.cast.manager.client.gql(ADD_REVIEWER, {
          callId: w.call.id,
          input: { userId: reviewers[0]?.userId, maxLoad: 2 },
        }),
      'CONFLICT',
      'userId',
    );
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(UPDATE_REVIEWER, { id: pool[0]?.id, input: { maxLoad: 51 } }),
      'BAD_USER_INPUT',
      'maxLoad',
    );
  });

  it('is the business of the managers of the running and funding clusters only', async () => {
    const input = { userId: w.leadC.userId, maxLoad: 1 };
    await expectRefused(
      t,
      () => w.cast.otherManager.client.gql(CALL_REVIEWERS, { callId: w.call.id }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => w.cast.otherManager.client.gql(ADD_REVIEWER, { callId: w.call.id, input }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => w.cast.orgAdmin.client.gql(ADD_REVIEWER, { callId: w.call.id, input }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => w.leadB.client.gql(CONFLICT_CHECK, { callId: w.call.id }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () =>
        reviewers[0]?.client.gql(UPDATE_REVIEWER, {
          id: pool[1]?.id,
          input: { maxLoad: 9 },
        }) as never,
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => w.cast.anonymous.gql(CALL_REVIEWERS, { callId: w.call.id }),
      'UNAUTHENTICATED',
    );
    const { callReviewers } = await w.funderManager.client.ok<{ callReviewers: Reviewer[] }>(
      CALL_REVIEWERS,
      { callId: w.call.id },
    );
    expect(callReviewers).toHaveLength(6);
  });
});

describe('assignment', () => {
  it('reports LOAD when the conflict-free reviewers have too few seats left, changing nothing', async () => {
    const before = await snapshotAssignments();
    const ids = pool.map((p) => p.id);
    const newcomer = pool.find(
      (p) =>
        !reviewers.some((r) => r.userId === p.userId) &&
        p.userId !== consortiumMember.userId &&
        p.userId !== collaborator.userId,
    ) as Reviewer;
    // Six seats (three applications, two each) and five reviewers with one seat each.
    await t.dataSource.query(`UPDATE call_reviewer SET max_load = 1 WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    await t.dataSource.query(`UPDATE call_reviewer SET status = 'REMOVED' WHERE id = $1`, [
      newcomer.id,
    ]);
    const { runReviewAssignment } = await w.cast.manager.client.ok<{
      runReviewAssignment: { feasible: boolean; assigned: number; shortfalls: Shortfall[] };
    }>(RUN, { callId: w.call.id });
    expect(runReviewAssignment.feasible).toBe(false);
    expect(runReviewAssignment.assigned).toBe(0);
    expect(runReviewAssignment.shortfalls).toHaveLength(1);
    expect(runReviewAssignment.shortfalls[0]).toMatchObject({
      reason: 'LOAD',
      seats: 2,
      filled: 1,
    });
    expect(await snapshotAssignments()).toEqual(before);
    await t.dataSource.query(`UPDATE call_reviewer SET status = 'ACTIVE' WHERE id = $1`, [
      newcomer.id,
    ]);
    for (const r of pool)
      await t.dataSource.query(`UPDATE call_reviewer SET max_load = $2 WHERE id = $1`, [
        r.id,
        r.maxLoad,
      ]);
  });

  it('names CONFLICTS when too few reviewers are free of conflict with an application', async () => {
    // With only the consortium member and one other, the e-axle application has 1 free reviewer for 2 seats.
    const keep = new Set([
      pool.find((p) => p.userId === consortiumMember.userId)?.id,
      pool.find((p) => p.userId === reviewers[0]?.userId)?.id,
    ]);
    const others = pool.filter((p) => !keep.has(p.id)).map((p) => p.id);
    await t.dataSource.query(
      `UPDATE call_reviewer SET status = 'REMOVED' WHERE id = ANY($1::uuid[])`,
      [others],
    );
    const { runReviewAssignment } = await w.cast.manager.client.ok<{
      runReviewAssignment: { feasible: boolean; shortfalls: Shortfall[] };
    }>(RUN, {
      callId: w.call.id,
    });
    expect(runReviewAssignment.feasible).toBe(false);
    expect(
      runReviewAssignment.shortfalls.find((s) => s.applicationId === w.applications.withPartner),
    ).toMatchObject({
      reason: 'CONFLICTS',
      conflictFree: 1,
      seats: 2,
    });
    await t.dataSource.query(
      `UPDATE call_reviewer SET status = 'ACTIVE' WHERE id = ANY($1::uuid[])`,
      [others],
    );
  });

  it('assigns N conflict-free reviewers to every eligible application within every load, and tells the reviewers', async () => {
    await expectRefused(
      t,
      () => w.cast.otherManager.client.gql(RUN, { callId: w.call.id }),
      'FORBIDDEN',
    );
    await expectRefused(
      t,
      () => w.cast.orgAdmin.client.gql(RUN, { callId: w.call.id }),
      'FORBIDDEN',
    );
    // Two managers press it together: the call's row lock lets one assign, the other finds every seat taken.
    type Run = {
      runReviewAssignment: { feasible: boolean; assigned: number; totalAffinity: number };
    };
    const runs = await Promise.all([
      w.cast.manager.client.ok<Run>(RUN, { callId: w.call.id }),
      w.funderManager.client.ok<Run>(RUN, { callId: w.call.id }),
    ]);
    expect(runs.map((r) => r.runReviewAssignment.assigned).sort()).toEqual([0, 6]);
    const runReviewAssignment = runs.find((r) => r.runReviewAssignment.assigned === 6)
      ?.runReviewAssignment as Run['runReviewAssignment'];
    expect(runReviewAssignment).toMatchObject({ feasible: true, assigned: 6 });
    expect(runReviewAssignment.totalAffinity).toBeGreaterThan(0);
    const view = await progress();
    assignments = view.assignments;
    expect(view.applications.map((a) => a.assigned)).toEqual([2, 2, 2]);
    const byId = new Map(pool.map((p) => [p.id, p]));
    for (const a of assignments) {
      const userId = byId.get(a.reviewerId)?.userId;
      expect(
        !(userId === consortiumMember.userId && a.applicationId === w.applications.withPartner),
      ).toBe(true);
      expect(!(userId === collaborator.userId && a.applicationId === w.applications.hydrogen)).toBe(
        true,
      );
    }
    for (const r of view.reviewers)
      expect(r.assigned).toBeLessThanOrEqual(byId.get(r.reviewer.id)?.maxLoad ?? 0);
    expect(view.totalAffinity).toBeCloseTo(runReviewAssignment.totalAffinity, 4);
    // Running again assigns nobody: every seat is taken.
    const again = await w.cast.manager.client.ok<{ runReviewAssignment: { assigned: number } }>(
      RUN,
      { callId: w.call.id },
    );
    expect(again.runReviewAssignment.assigned).toBe(0);
    await runFanOuts(t);
    const notes: { type: string }[] = await t.dataSource.query(
      `SELECT type FROM notification WHERE type = 'review.assigned'`,
    );
    expect(notes.length).toBeGreaterThan(0);
  });

  it('refuses a manual reassignment to a conflicted reviewer with CONFLICT and the rule, changing nothing', async () => {
    const seat = assignments.find(
      (a) => a.applicationId === w.applications.withPartner,
    ) as Assignment;
    const member = pool.find((p) => p.userId === consortiumMember.userId) as Reviewer;
    const result = await w.cast.manager.client.gql(REASSIGN, {
      assignmentId: seat.id,
      reviewerId: member.id,
    });
    expect(refusal(result)).toEqual({ code: 'CONFLICT', field: 'reviewerId' });
    expect(
      (result.errors?.[0]?.extensions as { params?: unknown } | undefined)?.params,
    ).toMatchObject({ rule: 'CONSORTIUM_MEMBER' });
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(REASSIGN, { assignmentId: seat.id, reviewerId: member.id }),
      'CONFLICT',
      'reviewerId',
    );
    await expectRefused(
      t,
      () =>
        w.cast.otherManager.client.gql(REASSIGN, { assignmentId: seat.id, reviewerId: member.id }),
      'NOT_FOUND',
    );
  });
});

describe('reviews', () => {
  let seat: Assignment;
  let mine: SignedIn;

  it('shows a reviewer only their own assignments, and the content only after declaring no conflict', async () => {
    await w.cast.manager.client.ok(START_EVALUATION, { callId: w.call.id });
    const byId = new Map(pool.map((p) => [p.id, p]));
    seat = assignments.find((a) =>
      reviewers.some((r) => r.userId === byId.get(a.reviewerId)?.userId),
    ) as Assignment;
    const reviewer = reviewers.find(
      (r) => r.userId === byId.get(seat.reviewerId)?.userId,
    ) as SignedIn;
    mine = reviewer;
    const { myReviewAssignments } = await mine.client.ok<{ myReviewAssignments: Assignment[] }>(
      MY_ASSIGNMENTS,
    );
    expect(myReviewAssignments.every((a) => a.reviewerId === seat.reviewerId)).toBe(true);
    expect(myReviewAssignments.map((a) => a.id)).toContain(seat.id);
    const before = await mine.client.gql(CONTENT, { id: seat.id });
    expect(refusal(before)).toEqual({ code: 'CONFLICT', field: 'assignmentId' });
    await expectRefused(
      t,
      () =>
        mine.client.gql(SAVE_REVIEW, {
          assignmentId: seat.id,
          scores: [
            { score: 4, comment: 'x' },
            { score: 8, comment: 'y' },
          ],
        }),
      'CONFLICT',
      'assignmentId',
    );
    // Another reviewer, the applicant and another cluster's manager do not see it at all.
    const other = reviewers.find((r) => r.userId !== mine.userId) as SignedIn;
    for (const stranger of [other, w.cast.orgAdmin, w.leadB, w.cast.otherManager])
      await expectRefused(t, () => stranger.client.gql(ASSIGNMENT, { id: seat.id }), 'NOT_FOUND');
    // The call's manager sees it but does not declare in the reviewer's place.
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(DECLARE_NONE, { assignmentId: seat.id }),
      'FORBIDDEN',
    );
    await mine.client.ok(DECLARE_NONE, { assignmentId: seat.id });
    const after = await mine.client.ok<{ reviewAssignment: { content: { abstract: string } } }>(
      CONTENT,
      { id: seat.id },
    );
    expect(after.reviewAssignment.content.abstract.length).toBeGreaterThan(0);
    await expectRefused(
      t,
      () => mine.client.gql(DECLARE_NONE, { assignmentId: seat.id }),
      'CONFLICT',
      'assignmentId',
    );
  });

  it('scores within range, saves drafts, submits, then locks until a manager reopens it', async () => {
    await expectRefused(
      t,
      () =>
        mine.client.gql(SAVE_REVIEW, {
          assignmentId: seat.id,
          scores: [
            { score: 6, comment: '' },
            { score: 8, comment: '' },
          ],
        }),
      'BAD_USER_INPUT',
      'scores.0.score',
    );
    await expectRefused(
      t,
      () =>
        mine.client.gql(SAVE_REVIEW, {
          assignmentId: seat.id,
          scores: [{ score: 3, comment: '' }],
        }),
      'BAD_USER_INPUT',
      'scores',
    );
    const draft = await mine.client.ok<{ saveReview: { status: string } }>(SAVE_REVIEW, {
      assignmentId: seat.id,
      scores: [
        { score: 4, comment: 'Sound method.' },
        { score: null, comment: '' },
      ],
    });
    expect(draft.saveReview.status).toBe('DRAFT');
    await expectRefused(
      t,
      () =>
        mine.client.gql(SAVE_REVIEW, {
          assignmentId: seat.id,
          scores: [
            { score: 4, comment: 'Sound method.' },
            { score: 7, comment: '' },
          ],
          submit: true,
        }),
      'BAD_USER_INPUT',
      'scores.1.comment',
    );
    const submitted = await mine.client.ok<{ saveReview: { status: string; submittedAt: string } }>(
      SAVE_REVIEW,
      {
        assignmentId: seat.id,
        scores: [
          { score: 4, comment: 'Sound method.' },
          { score: 7, comment: 'Clear market.' },
        ],
        submit: true,
      },
    );
    expect(submitted.saveReview.status).toBe('SUBMITTED');
    await expectRefused(
      t,
      () =>
        mine.client.gql(SAVE_REVIEW, {
          assignmentId: seat.id,
          scores: [
            { score: 5, comment: 'a' },
            { score: 9, comment: 'b' },
          ],
        }),
      'CONFLICT',
      'assignmentId',
    );
    // Scores are hidden from the other reviewers and applicants, shown to the call's managers.
    const other = reviewers.find((r) => r.userId !== mine.userId) as SignedIn;
    await expectRefused(t, () => other.client.gql(REVIEW, { id: seat.id }), 'NOT_FOUND');
    await expectRefused(t, () => w.cast.orgAdmin.client.gql(REVIEW, { id: seat.id }), 'NOT_FOUND');
    const seen = await w.funderManager.client.ok<{
      reviewAssignment: { review: { scores: { score: number }[] } };
    }>(REVIEW, { id: seat.id });
    expect(seen.reviewAssignment.review.scores.map((s) => s.score)).toEqual([4, 7]);
    // Only managers reopen; the reviewer may not.
    await expectRefused(
      t,
      () => mine.client.gql(REOPEN, { assignmentId: seat.id }),
      'FORBIDDEN',
      'assignmentId',
    );
    const { reopenReview } = await w.cast.manager.client.ok<{
      reopenReview: { status: string; reopenedCount: number };
    }>(REOPEN, {
      assignmentId: seat.id,
      reason: 'The impact comment names the wrong bus model.',
    });
    expect(reopenReview).toEqual({ id: expect.any(String), status: 'DRAFT', reopenedCount: 1 });
    await expectRefused(
      t,
      () => w.cast.manager.client.gql(REOPEN, { assignmentId: seat.id }),
      'CONFLICT',
      'assignmentId',
    );
    const actions = (await t.dataSource.query(
      `SELECT action FROM audit_event WHERE object_type = 'Review' ORDER BY created_at`,
    )) as { action: string }[];
    expect(actions.map((a) => a.action)).toEqual(['review.submitted', 'review.reopened']);
  });

  it('reassigns a declared conflict to the next best conflict-free reviewer, audited', async () => {
    const byId = new Map(pool.map((p) => [p.id, p]));
    const open = (await progress()).assignments.filter((a) => a.status === 'ASSIGNED');
    const target = open.find((a) =>
      reviewers.some((r) => r.userId === byId.get(a.reviewerId)?.userId),
    ) as Assignment;
    const person = reviewers.find(
      (r) => r.userId === byId.get(target.reviewerId)?.userId,
    ) as SignedIn;
    const { declareConflict } = await person.client.ok<{ declareConflict: { status: string } }>(
      DECLARE_CONFLICT,
      {
        assignmentId: target.id,
        reason: 'My former student leads it.',
      },
    );
    expect(declareConflict.status).toBe('CONFLICT_DECLARED');
    const audit = await auditOf(t, target.id);
    const declared = audit.find((e) => e.action === 'review.conflictDeclared');
    expect(declared?.after).toMatchObject({ reason: 'My former student leads it.' });
    const after = await progress();
    const seats = after.assignments.filter(
      (a) => a.applicationId === target.applicationId && a.status !== 'CONFLICT_DECLARED',
    );
    // The pool has room to spare: somebody free of conflict takes the seat.
    const replacement = declared?.after?.reassignedTo as string;
    expect(typeof replacement).toBe('string');
    expect(seats.map((a) => a.reviewerId)).toContain(replacement);
    const replacementUser = byId.get(replacement)?.userId;
    const conflicts = await w.cast.manager.client.ok<{ conflictCheck: Conflict[] }>(
      CONFLICT_CHECK,
      { callId: w.call.id },
    );
    expect(
      conflicts.conflictCheck.some(
        (c) => c.userId === replacementUser && c.applicationId === target.applicationId,
      ),
    ).toBe(false);
    expect(seats).toHaveLength(2);
    // The declared reviewer no longer holds the seat and may not be put back.
    await expectRefused(
      t,
      () =>
        w.cast.manager.client.gql(REASSIGN, {
          assignmentId: seats[0]?.id,
          reviewerId: target.reviewerId,
        }),
      'CONFLICT',
      'reviewerId',
    );
  });

  it('reminds reviewers with unfinished reviews', async () => {
    await expectRefused(
      t,
      () => w.cast.otherManager.client.gql(REMIND, { callId: w.call.id }),
      'FORBIDDEN',
    );
    const { remindReviewers } = await w.cast.manager.client.ok<{ remindReviewers: number }>(
      REMIND,
      { callId: w.call.id },
    );
    expect(remindReviewers).toBeGreaterThan(0);
    await runFanOuts(t);
    const reminders: { recipient_id: string }[] = await t.dataSource.query(
      `SELECT recipient_id FROM notification WHERE type = 'review.reminder'`,
    );
    expect(reminders).toHaveLength(remindReviewers);
  });

  it('keeps a reviewer of another call out of this one', async () => {
    const otherCall = await draftCall(w.cast.manager.client, w.cast.cluster.id);
    const outsider = await expert(t, 'Outsider');
    await addReviewer(w.cast.manager, otherCall.id, outsider.userId, 2);
    await expectRefused(t, () => outsider.client.gql(ASSIGNMENT, { id: seat.id }), 'NOT_FOUND');
    await expectRefused(
      t,
      () => outsider.client.gql(CALL_REVIEWERS, { callId: w.call.id }),
      'FORBIDDEN',
    );
    const { myReviewAssignments } = await outsider.client.ok<{ myReviewAssignments: Assignment[] }>(
      MY_ASSIGNMENTS,
    );
    expect(myReviewAssignments).toEqual([]);
  });
});

async function snapshotAssignments(): Promise<unknown> {
  return t.dataSource.query(`SELECT id, status FROM review_assignment ORDER BY id`);
}

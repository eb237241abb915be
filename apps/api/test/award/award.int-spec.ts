import ExcelJS from 'exceljs';
import {
  createOrganization,
  eventsSettled,
  expectRefused,
  signUp,
  snapshot,
  type SignedIn,
} from '../support/factories';
import { auditOf, castOfRoles, refusal, type Cast } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import { serverClockAt, touch } from '../call/application-support';
import { openCall } from '../call/call-support';
import {
  ANSWER_REDRESS,
  CALL_AWARD,
  CUT,
  DECLINE,
  PUBLISH,
  REQUEST_REDRESS,
  RESULT,
  eligibleApplication,
  submittedReviews,
  toEvaluation,
  type AwardRowView,
} from './award-support';

// Ranking preview, publication (once, even when pressed together), results and "why not
// funded" for the consortium, redress within the window, cuts and declines with automatic
// promotion from the reserve list, and the exports. Hand-worked numbers:
//   criteria Excellence (weight 50, max 5, minimum 3) and Impact (50, max 5); threshold 60;
//   one funder with 25,000,000 (EUR minor units); budget rule STOP.
//   Alpha   15M (lead 10M + partner 5M)  reviews (5,5) (4,5) → 45 + 50 = 95   FUNDED
//   Bravo   12M                           (4,4) (4,4)       → 80             RESERVE: 10M left at rank 2
//   Charlie  5M                           (4,3) (4,3)       → 70             RESERVE: funding stopped at rank 2
//   Delta    5M                           (2,5) (2,5)       → 70, but Excellence 2 < 3: REJECTED
//   Echo     5M                           (3,2) (3,2)       → 50 < 60: REJECTED

jest.setTimeout(240_000);

let t: TestApp;
let cast: Cast;
let callId: string;
const ids: Record<string, string> = {};
const leads: Record<string, SignedIn> = {};
const M = 1_000_000;

type AwardData = {
  callAward: {
    published: boolean;
    rows: AwardRowView[];
    funders: { granted: number; remaining: number; funded: { applicationId: string }[] }[];
  };
};

beforeAll(async () => {
  t = await createTestApp();
  cast = await castOfRoles(t);
  const call = await openCall(cast.manager.client, cast.cluster.id);
  callId = call.id;
  await toEvaluation(t, callId, { budget: 25 * M, budgetRule: 'STOP', redressDays: 10 });
  const orgOf = async (name: string) => {
    const person = await signUp(t, { displayName: `${name} Admin` });
    leads[name] = person;
    return (
      await createOrganization(person.client, {
        name: `${name} Motors ${Math.random().toString(36).slice(2, 6)}`,
      })
    ).id;
  };
  ids.Alpha = await eligibleApplication(t, callId, cast.org.id, 'Alpha cooling', 10 * M, [
    { organizationId: cast.otherOrg.id, requestedBudget: 5 * M },
  ]);
  ids.Bravo = await eligibleApplication(t, callId, await orgOf('Bravo'), 'Bravo drives', 12 * M);
  ids.Charlie = await eligibleApplication(
    t,
    callId,
    await orgOf('Charlie'),
    'Charlie cells',
    5 * M,
  );
  ids.Delta = await eligibleApplication(t, callId, await orgOf('Delta'), 'Delta sensors', 5 * M);
  ids.Echo = await eligibleApplication(t, callId, await orgOf('Echo'), 'Echo frames', 5 * M);
  await submittedReviews(t, callId, ids.Alpha!, [
    [5, 5],
    [4, 5],
  ]);
  await submittedReviews(t, callId, ids.Bravo!, [
    [4, 4],
    [4, 4],
  ]);
  await submittedReviews(t, callId, ids.Charlie!, [
    [4, 3],
    [4, 3],
  ]);
  await submittedReviews(t, callId, ids.Delta!, [
    [2, 5],
    [2, 5],
  ]);
  await submittedReviews(t, callId, ids.Echo!, [
    [3, 2],
    [3, 2],
  ]);
});
afterAll(async () => {
  jest.useRealTimers();
  await t.close();
});

const statusesOf = (rows: readonly AwardRowView[]) =>
  Object.fromEntries(
    rows.map((r) => [
      Object.keys(ids).find((k) => ids[k] === r.applicationId),
      `${r.rank}:${r.status}`,
    ]),
  );

describe('before publication', () => {
  it('managers preview the ranking: hand-worked scores, statuses and reasons; a preview writes nothing', async () => {
    const before = await snapshot(t.dataSource);
    const { callAward } = await cast.manager.client.ok<AwardData>(CALL_AWARD, { callId });
    expect(callAward.published).toBe(false);
    expect(statusesOf(callAward.rows)).toEqual({
      Alpha: '1:FUNDED',
      Bravo: '2:RESERVE',
      Charlie: '3:RESERVE',
      Delta: '4:REJECTED',
      Echo: '5:REJECTED',
    });
    expect(callAward.rows.map((r) => r.score)).toEqual([95, 80, 70, 70, 50]);
    const bravo = callAward.rows.find((r) => r.applicationId === ids.Bravo)!;
    expect(bravo.reasons.map((r) => r.code)).toEqual(['BUDGET_EXHAUSTED']);
    expect(bravo.reasons[0]!.params).toEqual(
      expect.arrayContaining([
        { name: 'remaining', value: String(10 * M) },
        { name: 'rank', value: '2' },
      ]),
    );
    expect(bravo.reasons[0]!.en).toContain('At rank 2');
    expect(bravo.reasons[0]!.ko).toContain('2위');
    const delta = callAward.rows.find((r) => r.applicationId === ids.Delta)!;
    expect(delta.reasons[0]).toMatchObject({ code: 'BELOW_CRITERION_MINIMUM' });
    expect(delta.reasons[0]!.en).toContain('Excellence');
    expect(callAward.funders[0]).toMatchObject({ granted: 15 * M, remaining: 10 * M });
    expect(await snapshot(t.dataSource)).toEqual(before);
  });

  it('only the managers of the running and funding clusters see the ranking', async () => {
    expect(refusal(await cast.otherManager.client.gql(CALL_AWARD, { callId }))).toEqual({
      code: 'FORBIDDEN',
      field: 'callId',
    });
    expect(refusal(await cast.orgAdmin.client.gql(CALL_AWARD, { callId }))).toEqual({
      code: 'FORBIDDEN',
      field: 'callId',
    });
    expect(refusal(await cast.admin.client.gql(CALL_AWARD, { callId }))).toEqual({
      code: 'FORBIDDEN',
      field: 'callId',
    });
    expect(refusal(await cast.anonymous.gql(CALL_AWARD, { callId })).code).toMatch(
      /UNAUTHENTICATED|FORBIDDEN/,
    );
    expect(
      refusal(
        await cast.manager.client.gql(CALL_AWARD, {
          callId: '00000000-0000-4000-8000-000000000000',
        }),
      ).code,
    ).toBe('NOT_FOUND');
  });

  it('applicants cannot read their result before publication, nor file redress', async () => {
    expect(refusal(await cast.orgMember.client.gql(RESULT, { id: ids.Alpha }))).toEqual({
      code: 'FORBIDDEN',
      field: 'applicationId',
    });
    await expectRefused(
      t,
      () =>
        cast.orgAdmin.client.gql(REQUEST_REDRESS, {
          id: ids.Alpha,
          text: 'Please look at our score again.',
        }),
      'CONFLICT',
      'applicationId',
    );
  });

  it('refuses publication to anyone but the call’s managers, changing nothing', async () => {
    await expectRefused(
      t,
      () => cast.otherManager.client.gql(PUBLISH, { callId }),
      'FORBIDDEN',
      'callId',
    );
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(PUBLISH, { callId }),
      'FORBIDDEN',
      'callId',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(PUBLISH, { callId: 'not-a-uuid' }),
      'BAD_USER_INPUT',
    );
  });
});

describe('publication', () => {
  it('runs exactly once when pressed many times at once: one award set, the others CONFLICT', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => cast.manager.client.gql(PUBLISH, { callId })),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => refusal(r))).toEqual(
      Array.from({ length: 7 }, () => ({ code: 'CONFLICT', field: 'status' })),
    );
    const rows: { rank: number; award_status: string; status: string }[] = await t.dataSource.query(
      `SELECT rank, award_status, status FROM application WHERE call_id = $1 ORDER BY rank`,
      [callId],
    );
    expect(rows.map((r) => `${r.rank}:${r.status}`)).toEqual([
      '1:FUNDED',
      '2:RESERVE',
      '3:RESERVE',
      '4:REJECTED',
      '5:REJECTED',
    ]);
    const [grants] = (await t.dataSource.query(
      `SELECT sum(granted)::bigint AS total FROM award_grant WHERE call_id = $1`,
      [callId],
    )) as { total: string }[];
    expect(Number(grants!.total)).toBe(15 * M);
    const [call] = (await t.dataSource.query(
      `SELECT status, results_published_at FROM call WHERE id = $1`,
      [callId],
    )) as { status: string; results_published_at: Date | null }[];
    expect(call).toMatchObject({ status: 'RESULTS_PUBLISHED' });
    expect(call!.results_published_at).not.toBeNull();
    expect((await auditOf(t, callId)).filter((a) => a.action === 'award.published')).toHaveLength(
      1,
    );
    // Every consortium hears its own result, once.
    const queued: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM job_outbox WHERE idempotency_key LIKE 'award.published:%'`,
    );
    expect(queued[0]!.n).toBe(5);
    await expectRefused(
      t,
      () => cast.manager.client.gql(PUBLISH, { callId }),
      'CONFLICT',
      'status',
    );
  });

  it('shows the consortium its scores, anonymised reviews and why not funded, in English and Korean', async () => {
    const { applicationResult: alpha } = await cast.orgMember.client.ok<{
      applicationResult: Record<string, unknown> & {
        reviews: { reviewer: number; comments: { comment: string }[] }[];
        criteria: { mean: number }[];
      };
    }>(RESULT, { id: ids.Alpha });
    expect(alpha).toMatchObject({
      status: 'FUNDED',
      rank: 1,
      rankedCount: 5,
      score: 95,
      requested: 15 * M,
      granted: 15 * M,
      mayRequestRedress: true,
      mayDecline: true,
    });
    expect(alpha.criteria.map((c) => c.mean)).toEqual([4.5, 5]);
    expect(alpha.reviews.map((r) => r.reviewer)).toEqual([1, 2]);
    expect(alpha.reviews[0]!.comments[0]!.comment).toMatch(/^Reviewer note/);
    expect(JSON.stringify(alpha)).not.toMatch(/reviewer-|@example\.org/);
    // The accepted partner reads it too; an outsider does not know it exists.
    await cast.otherOrgAdmin.client.ok(RESULT, { id: ids.Alpha });
    expect(refusal(await leads.Bravo!.client.gql(RESULT, { id: ids.Alpha })).code).toBe(
      'NOT_FOUND',
    );
    const { applicationResult: echo } = await leads.Echo!.client.ok<{
      applicationResult: { status: string; reasons: { code: string; en: string; ko: string }[] };
    }>(RESULT, { id: ids.Echo });
    expect(echo.status).toBe('REJECTED');
    expect(echo.reasons).toEqual([
      {
        code: 'BELOW_THRESHOLD',
        params: [
          { name: 'score', value: '50' },
          { name: 'threshold', value: '60' },
        ],
        en: 'Its overall score of 50 is below the call’s threshold of 60.',
        ko: '총점 50점이 선정 기준 60점에 미달합니다.',
      },
    ]);
  });

  it('exports the ranking and the per-funder allocation as CSV and XLSX, for managers only', async () => {
    const csv = await cast.manager.client.get(
      `/exports/award.csv?callId=${callId}&sheet=ranking&language=ko`,
    );
    expect(csv.status).toBe(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text).toContain('순위');
    expect(text).toContain('Alpha cooling');
    expect(text).toContain('미선정');
    const funders = await cast.manager.client.get(
      `/exports/award.csv?callId=${callId}&sheet=funders&language=en`,
    );
    expect((funders.body as Buffer).toString('utf8')).toContain('Total granted');
    const xlsx = await cast.manager.client.get(`/exports/award.xlsx?callId=${callId}&language=en`);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Ranking', 'Per funder']);
    expect(workbook.worksheets[0]!.getRow(2).getCell(2).value).toBe('Alpha cooling');
    expect((await cast.orgAdmin.client.get(`/exports/award.csv?callId=${callId}`)).status).toBe(
      403,
    );
    expect(
      (await cast.otherManager.client.get(`/exports/award.xlsx?callId=${callId}`)).status,
    ).toBe(403);
    expect(
      (await cast.manager.client.get(`/exports/award.csv?callId=${callId}&sheet=people`)).status,
    ).toBe(400);
  });
});

describe('redress', () => {
  let redressId: string;

  it('refuses bad input by field, changing nothing', async () => {
    await expectRefused(
      t,
      () =>
        cast.orgMember.client.gql(REQUEST_REDRESS, {
          id: ids.Bravo,
          text: 'Look again at it please.',
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => leads.Bravo!.client.gql(REQUEST_REDRESS, { id: ids.Bravo, text: 'short' }),
      'BAD_USER_INPUT',
      'text',
    );
    await expectRefused(
      t,
      () =>
        leads.Bravo!.client.gql(REQUEST_REDRESS, {
          id: ids.Bravo,
          text: 'Bad\u0000byte in the request text',
        }),
      'BAD_USER_INPUT',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(REQUEST_REDRESS, {
          id: ids.Bravo,
          text: 'A manager is not the consortium.',
        }),
      'FORBIDDEN',
      'applicationId',
    );
  });

  it('a consortium member files one request; a manager answers it once, on the record', async () => {
    const { requestRedress } = await leads.Bravo!.client.ok<{
      requestRedress: { id: string; text: string };
    }>(REQUEST_REDRESS, {
      id: ids.Bravo,
      text: 'Our budget was read as 12M; the partner share was withdrawn before close.',
    });
    redressId = requestRedress.id;
    await expectRefused(
      t,
      () =>
        leads.Bravo!.client.gql(REQUEST_REDRESS, {
          id: ids.Bravo,
          text: 'And a second request on the same result.',
        }),
      'CONFLICT',
      'applicationId',
    );
    await expectRefused(
      t,
      () =>
        cast.otherManager.client.gql(ANSWER_REDRESS, {
          id: redressId,
          answer: 'We checked it and it stands.',
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        leads.Bravo!.client.gql(ANSWER_REDRESS, {
          id: redressId,
          answer: 'We answer ourselves, kindly.',
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(ANSWER_REDRESS, { id: redressId, answer: 'no' }),
      'BAD_USER_INPUT',
      'answer',
    );
    const { answerRedress } = await cast.manager.client.ok<{ answerRedress: { answer: string } }>(
      ANSWER_REDRESS,
      {
        id: redressId,
        answer: 'The request as submitted was 12M; the ranking stands.',
      },
    );
    expect(answerRedress.answer).toContain('ranking stands');
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(ANSWER_REDRESS, {
          id: redressId,
          answer: 'A second answer to change it.',
        }),
      'CONFLICT',
      'answer',
    );
    expect((await auditOf(t, redressId)).map((a) => a.action)).toEqual([
      'award.redressFiled',
      'award.redressAnswered',
    ]);
    const { applicationResult } = await leads.Bravo!.client.ok<{
      applicationResult: { redress: { answer: string }; mayRequestRedress: boolean };
    }>(RESULT, { id: ids.Bravo });
    expect(applicationResult).toMatchObject({
      mayRequestRedress: false,
      redress: { answer: expect.stringContaining('stands') },
    });
  });

  it('closes at the end of the call’s window (server clock)', async () => {
    serverClockAt(Date.now() + 11 * 86_400_000);
    await touch(leads.Charlie!.client);
    await expectRefused(
      t,
      () =>
        leads.Charlie!.client.gql(REQUEST_REDRESS, {
          id: ids.Charlie,
          text: 'Eleven days later, past the ten-day window.',
        }),
      'CONFLICT',
      'text',
    );
    jest.useRealTimers();
    await touch(leads.Charlie!.client);
  });
});

describe('after publication: cuts, declines and promotion', () => {
  it('refuses a cut to non-managers and of a project that is not funded', async () => {
    await expectRefused(
      t,
      () => cast.orgAdmin.client.gql(CUT, { id: ids.Alpha, note: 'We cut ourselves out of it.' }),
      'FORBIDDEN',
      'applicationId',
    );
    await expectRefused(
      t,
      () =>
        cast.manager.client.gql(CUT, { id: ids.Bravo, note: 'Bravo is in reserve, not funded.' }),
      'CONFLICT',
      'applicationId',
    );
    await expectRefused(
      t,
      () => cast.manager.client.gql(CUT, { id: ids.Alpha, note: '' }),
      'BAD_USER_INPUT',
      'note',
    );
    await expectRefused(
      t,
      () => leads.Bravo!.client.gql(DECLINE, { id: ids.Bravo }),
      'CONFLICT',
      'applicationId',
    );
    await expectRefused(
      t,
      () => leads.Charlie!.client.gql(DECLINE, { id: ids.Alpha }),
      'NOT_FOUND',
    );
  });

  it('a cut funded project frees its money: the reserve projects that fit are promoted, audited and notified', async () => {
    const { cutAward } = await cast.manager.client.ok<{ cutAward: { promoted: string[] } }>(CUT, {
      id: ids.Alpha,
      note: 'The consortium dissolved after publication.',
    });
    expect(cutAward.promoted).toEqual([ids.Bravo, ids.Charlie]);
    const { callAward } = await cast.manager.client.ok<AwardData>(CALL_AWARD, { callId });
    expect(statusesOf(callAward.rows)).toEqual({
      Alpha: '1:REJECTED',
      Bravo: '2:FUNDED',
      Charlie: '3:FUNDED',
      Delta: '4:REJECTED',
      Echo: '5:REJECTED',
    });
    expect(callAward.funders[0]).toMatchObject({ granted: 17 * M, remaining: 8 * M });
    expect(callAward.rows[0]!.reasons.map((r) => r.code)).toEqual(['CUT_BY_MANAGER']);
    expect((await auditOf(t, ids.Alpha!)).map((a) => a.action)).toContain('award.cut');
    expect((await auditOf(t, ids.Bravo!)).map((a) => a.action)).toContain('award.promoted');
    await eventsSettled(t);
    const queued: { n: number }[] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM job_outbox WHERE idempotency_key LIKE 'award.changed:%'`,
    );
    expect(queued[0]!.n).toBe(3);
    const { applicationResult } = await cast.orgMember.client.ok<{
      applicationResult: { reasons: { en: string }[]; mayDecline: boolean };
    }>(RESULT, { id: ids.Alpha });
    expect(applicationResult.reasons[0]!.en).toContain('consortium dissolved');
    expect(applicationResult.mayDecline).toBe(false);
  });

  it('a consortium declines its award: WITHDRAWN, audited, nothing left to promote', async () => {
    const { declineAward } = await leads.Charlie!.client.ok<{
      declineAward: { promoted: string[] };
    }>(DECLINE, { id: ids.Charlie });
    expect(declineAward.promoted).toEqual([]);
    const [row] = (await t.dataSource.query(`SELECT status FROM application WHERE id = $1`, [
      ids.Charlie,
    ])) as { status: string }[];
    expect(row!.status).toBe('WITHDRAWN');
    expect((await auditOf(t, ids.Charlie!)).map((a) => a.action)).toContain('award.declined');
    const { callAward } = await cast.manager.client.ok<AwardData>(CALL_AWARD, { callId });
    expect(callAward.funders[0]).toMatchObject({ granted: 12 * M, remaining: 13 * M });
  });
});

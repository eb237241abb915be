import { AccountService } from '../../src/account/account.service';
import { DEMO_PASSWORD } from '../../src/demo/demo-data';
import { DemoSeeder } from '../../src/demo/demo-seeder';
import { snapshot } from '../support/factories';
import { createTestApp, type TestApp } from '../support/test-app';

const LOG_IN = `mutation L($input: LogInInput!) { logIn(input: $input) { user { email roles } } }`;
const DIRECTORY = `query D($filter: OrganizationFilter) { organizations(first: 100, filter: $filter) { totalCount edges { node { name kind } } } }`;
const CLUSTERS = `query { clusters(first: 20) { totalCount edges { node { nameKo country memberCount members(status: PENDING) { id } } } } }`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('demo data', () => {
  it('loads a real-looking programme once, and a second start keeps every row as it was', async () => {
    const seeder = t.app.get(DemoSeeder);
    const first = await seeder.seedOnce();
    expect(first?.logins.length).toBeGreaterThanOrEqual(8);
    const afterFirst = await snapshot(t.dataSource);
    const second = await seeder.seedOnce();
    expect(second?.logins).toEqual(first?.logins);
    expect(await snapshot(t.dataSource)).toEqual(afterFirst);

    const directory = await t
      .client()
      .ok<{ organizations: { totalCount: number; edges: { node: { kind: string } }[] } }>(
        DIRECTORY,
      );
    expect(directory.organizations.totalCount).toBeGreaterThanOrEqual(30);
    expect(new Set(directory.organizations.edges.map((e) => e.node.kind)).size).toBe(5);
    const clusters = await t
      .client()
      .ok<{ clusters: { edges: { node: { country: string; memberCount: number } }[] } }>(CLUSTERS);
    const countries = clusters.clusters.edges.map((e) => e.node.country);
    expect(countries.filter((c) => c === 'KR').length).toBeGreaterThanOrEqual(2);
    expect(countries.filter((c) => c !== 'KR').length).toBeGreaterThanOrEqual(2);
    expect(clusters.clusters.edges.every((e) => e.node.memberCount > 0)).toBe(true);
  });

  it('prints logins that work', async () => {
    const logins = (await t.app.get(DemoSeeder).seedOnce())?.logins ?? [];
    for (const login of logins.slice(0, 3)) {
      const result = await t.client().gql<{ logIn: { user: { email: string } } }>(LOG_IN, {
        input: { email: login.email, password: DEMO_PASSWORD },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.logIn.user.email).toBe(login.email);
    }
  });

  it('has confirmed addresses, and a few e-mails in the outbox, each in its recipient language', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    expect(
      await t.dataSource.query(`SELECT email FROM user_account WHERE email_verified_at IS NULL`),
    ).toEqual([]);
    const mails = (await t.dataSource.query(
      `SELECT to_address, language, subject FROM email_message ORDER BY to_address`,
    )) as { to_address: string; language: string; subject: string }[];
    expect(mails.length).toBeGreaterThanOrEqual(3);
    expect(mails).toContainEqual({
      to_address: 'visiting.researcher@example.org',
      language: 'en',
      subject: '한국산업단지공단(KICOX) 경북지역본부 invites you to Spillover',
    });
    expect(mails).toContainEqual({
      to_address: 'manager.gumi@spillover.demo',
      language: 'ko',
      subject: '한국산업단지공단(KICOX) 대구지역본부에서 Spillover로 초대했습니다',
    });
  });
});

describe('demo notifications', () => {
  it('a demo user signing in finds unread notifications in the inbox', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const client = t.client();
    await client.ok(LOG_IN, {
      input: { email: 'ceo.seongseo@spillover.demo', password: DEMO_PASSWORD },
    });
    const inbox = await client.ok<{
      notifications: { edges: { node: { type: string; readAt: string | null } }[] };
      unreadNotificationCount: number;
    }>(
      `query { notifications(first: 10) { edges { node { type readAt } } } unreadNotificationCount }`,
    );
    expect(inbox.notifications.edges.length).toBeGreaterThanOrEqual(2);
    expect(inbox.unreadNotificationCount).toBe(
      inbox.notifications.edges.filter((e) => e.node.readAt === null).length,
    );
    expect(inbox.unreadNotificationCount).toBeGreaterThanOrEqual(1);
  });
});

describe('demo interests', () => {
  it("an owner finds interests in several states on its need's board, and a sender its own with their answers", async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const owner = t.client();
    await owner.ok(LOG_IN, {
      input: { email: 'ceo.seongseo@spillover.demo', password: DEMO_PASSWORD },
    });
    const [declined] = (await t.dataSource.query(
      `SELECT need_id FROM interest WHERE status = 'DECLINED'`,
    )) as { need_id: string }[];
    const board = await owner.ok<{
      interestsForListing: { edges: { node: { status: string } }[] };
    }>(
      `query B($id: ID) { interestsForListing(needId: $id, orderBy: SCORE) { edges { node { status } } } }`,
      { id: declined?.need_id },
    );
    expect(board.interestsForListing.edges.map((e) => e.node.status)).toEqual([
      'SHORTLISTED',
      'SUBMITTED',
      'DECLINED',
    ]);
    const sender = t.client();
    await sender.ok(LOG_IN, {
      input: { email: 'tlo.knu@spillover.demo', password: DEMO_PASSWORD },
    });
    const mine = await sender.ok<{ myInterests: { edges: { node: { status: string } }[] } }>(
      `query { myInterests { edges { node { status } } } }`,
    );
    expect(mine.myInterests.edges.map((e) => e.node.status).sort()).toEqual([
      'ACCEPTED',
      'SHORTLISTED',
    ]);
    expect(
      await t.dataSource.query(
        `SELECT count(*)::int AS n FROM collaboration WHERE interest_id IS NOT NULL`,
      ),
    ).toEqual([{ n: 1 }]);
  });
});

describe('demo cluster partnerships', () => {
  const signedIn = async (email: string) => {
    const client = t.client();
    await client.ok(LOG_IN, { input: { email, password: DEMO_PASSWORD } });
    return client;
  };
  const PARTNERSHIPS = `query { clusters(first: 20) { edges { node { nameEn partnerships { status kind viewerActions proposerCluster { nameEn } recipientCluster { nameEn } } } } } }`;
  type Row = {
    status: string;
    kind: string;
    viewerActions: string[];
    proposerCluster: { nameEn: string };
    recipientCluster: { nameEn: string };
  };
  const partnershipsOf = async (email: string, cluster: RegExp) => {
    const data = await (
      await signedIn(email)
    ).ok<{ clusters: { edges: { node: { nameEn: string; partnerships: Row[] } }[] } }>(
      PARTNERSHIPS,
    );
    return data.clusters.edges.find((e) => cluster.test(e.node.nameEn))!.node.partnerships;
  };

  it('Daegu and Baden-Württemberg are partners, and Daegu’s manager has a domestic proposal from Changwon to answer', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const daegu = await partnershipsOf('manager.daegu@spillover.demo', /Daegu/);
    expect(daegu).toContainEqual(
      expect.objectContaining({
        status: 'ACTIVE',
        kind: 'INTERNATIONAL',
        viewerActions: ['END'],
        recipientCluster: { nameEn: 'Baden-Württemberg Automotive Cluster' },
      }),
    );
    expect(daegu).toContainEqual(
      expect.objectContaining({
        status: 'PROPOSED',
        kind: 'DOMESTIC',
        viewerActions: ['ACCEPT', 'DECLINE'],
        proposerCluster: { nameEn: 'Changwon Machinery & Hydrogen Cluster' },
      }),
    );
  });

  it('a Baden-Württemberg firm reads a Daegu member’s cluster-only capability through the partnership', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const [row] = (await t.dataSource.query(
      `SELECT id FROM capability WHERE title = '알루미늄 단조·주조 부품 5축 정밀가공' AND visibility = 'CLUSTER'`,
    )) as { id: string }[];
    const read = async (email: string) =>
      (
        await (
          await signedIn(email)
        ).gql(`query C($id: ID!) { capability(id: $id) { id } }`, { id: row!.id })
      ).errors?.[0]?.extensions?.code ?? 'OK';
    expect(await read('ceo.schwaben@spillover.demo')).toBe('OK');
    // Brainport is no partner of Daegu's: its members do not.
    expect(await read('ceo.brabantmech@spillover.demo')).toBe('NOT_FOUND');
  });
});

describe('demo conversation', () => {
  it('the firm and the institute read their Korean and English conversation, each with its own unread count', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const read = async (email: string) => {
      const client = t.client();
      await client.ok(LOG_IN, { input: { email, password: DEMO_PASSWORD } });
      return client.ok<{
        viewerConversations: {
          edges: {
            node: {
              id: string;
              unreadCount: number;
              messages: { edges: { node: { body: string } }[] };
            };
          }[];
        };
        unreadMessageCount: number;
      }>(
        `query { viewerConversations(first: 10) { edges { node { id unreadCount messages(last: 10) { edges { node { body } } } } } } unreadMessageCount }`,
      );
    };
    const firm = await read('ceo.seongseo@spillover.demo');
    // Each demo interest opened a conversation; the one with messages is the most recent.
    expect(firm.viewerConversations.edges.length).toBeGreaterThanOrEqual(1);
    expect(firm.viewerConversations.edges[0]!.node.messages.edges).toHaveLength(4);
    const bodies = firm.viewerConversations.edges[0]!.node.messages.edges.map(
      (edge) => edge.node.body,
    );
    expect(bodies.some((body) => /[가-힣]/.test(body))).toBe(true);
    expect(bodies.some((body) => /https?:\/\//.test(body))).toBe(true);
    expect(firm.unreadMessageCount).toBe(1);
    const institute = await read('partnering.ipa@spillover.demo');
    expect(institute.viewerConversations.edges[0]!.node.id).toBe(
      firm.viewerConversations.edges[0]!.node.id,
    );
    expect(institute.unreadMessageCount).toBe(0);
  });
});

describe('demo calls', () => {
  it('shows the joint Korea–Germany call OPEN to a firm, where its demo consortium is eligible, and the draft to the Daegu manager only', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const signIn = async (email: string) => {
      const client = t.client();
      await client.ok(LOG_IN, { input: { email, password: DEMO_PASSWORD } });
      return client;
    };
    const calls = `query { calls(first: 20) { edges { node { id status phase titleEn fundingMode funders { cluster { nameEn } } } } } }`;
    type Calls = {
      calls: {
        edges: {
          node: {
            id: string;
            status: string;
            phase: string;
            titleEn: string | null;
            funders: unknown[];
          };
        }[];
      };
    };
    const firm = await signIn('ceo.seongseo@spillover.demo');
    const seen = (await firm.ok<Calls>(calls)).calls.edges.map((e) => e.node);
    expect(seen).toEqual([
      expect.objectContaining({ status: 'OPEN', phase: 'OPEN', fundingMode: 'VIRTUAL_COMMON_POT' }),
      expect.objectContaining({ status: 'IN_EVALUATION', titleEn: 'Hydrogen mobility parts 2026' }),
      expect.objectContaining({ status: 'RESULTS_PUBLISHED', fundingMode: 'REAL_COMMON_POT' }),
    ]);
    expect(seen[0]?.funders).toHaveLength(2);
    const idOf = async (name: string): Promise<string> =>
      (
        (await t.dataSource.query(`SELECT id FROM organization WHERE name = $1`, [name])) as {
          id: string;
        }[]
      )[0]?.id ?? '';
    const member = async (name: string) => ({
      organizationId: await idOf(name),
      requestedBudget: 15_000_000,
      ownContribution: 10_000_000,
    });
    const consortium = {
      lead: await member('(주)성서정밀'),
      partners: [
        await member('경북대학교 산학협력단'),
        await member('Fraunhofer Institute for Manufacturing Engineering and Automation IPA'),
      ],
    };
    const check = `query C($callId: ID!, $consortium: ConsortiumInput!) { checkEligibility(callId: $callId, consortium: $consortium) { rule } }`;
    expect(
      (await firm.ok<{ checkEligibility: unknown[] }>(check, { callId: seen[0]?.id, consortium }))
        .checkEligibility,
    ).toEqual([]);
    const manager = await signIn('manager.daegu@spillover.demo');
    // The second joint call is complete but DRAFT: only its manager sees it, ready to open.
    expect((await manager.ok<Calls>(calls)).calls.edges.map((e) => e.node.status).sort()).toEqual([
      'DRAFT',
      'DRAFT',
      'IN_EVALUATION',
      'OPEN',
      'RESULTS_PUBLISHED',
    ]);
    // The German funder's manager reads the submitted application, eligible; the draft stays its lead's.
    const applications = `query A($callId: ID!) { callApplications(callId: $callId) { status title eligibility { rule } } }`;
    type Applications = {
      callApplications: { status: string; title: string; eligibility: { rule: string }[] }[];
    };
    const bw = await signIn('manager.bw@spillover.demo');
    expect(
      (await bw.ok<Applications>(applications, { callId: seen[0]?.id })).callApplications,
    ).toEqual([expect.objectContaining({ status: 'SUBMITTED', eligibility: [] })]);
    const palgong = await signIn('ceo.palgong@spillover.demo');
    expect(
      (await palgong.ok<Applications>(applications, { callId: seen[0]?.id })).callApplications.map(
        (a) => a.status,
      ),
    ).toEqual(['DRAFT']);
  });
});

describe('demo review panel', () => {
  it('has the hydrogen call in evaluation with a pool, conflict-free assignments and some reviews', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const signIn = async (email: string) => {
      const client = t.client();
      await client.ok(LOG_IN, { input: { email, password: DEMO_PASSWORD } });
      return client;
    };
    const reviewer = await signIn('reviewer@spillover.demo');
    const mine = await reviewer.ok<{
      myReviewAssignments: { status: string; callId: string; review: { status: string } | null }[];
    }>(`query { myReviewAssignments { status callId review { status } } }`);
    expect(
      mine.myReviewAssignments.map((a) => [a.status, a.review?.status ?? null]).sort(),
    ).toEqual([
      ['ASSIGNED', null],
      ['NO_CONFLICT_DECLARED', 'SUBMITTED'],
    ]);
    const callId = mine.myReviewAssignments[0]?.callId;
    const manager = await signIn('manager.daegu@spillover.demo');
    const { reviewProgress, callReviewers, conflictCheck } = await manager.ok<{
      reviewProgress: {
        assignments: { reviewerId: string; applicationId: string }[];
        applications: { assigned: number }[];
      };
      callReviewers: { id: string; userId: string | null; status: string }[];
      conflictCheck: { userId: string; applicationId: string; rule: string }[];
    }>(
      `query P($callId: ID!) { reviewProgress(callId: $callId) { assignments { reviewerId applicationId } applications { assigned } }
        callReviewers(callId: $callId) { id userId status } conflictCheck(callId: $callId) { userId applicationId rule } }`,
      { callId },
    );
    expect(callReviewers.map((r) => r.status).sort()).toEqual([
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
      'ACTIVE',
      'INVITED',
    ]);
    expect(reviewProgress.applications.map((a) => a.assigned)).toEqual([2, 2, 2]);
    expect(conflictCheck.map((c) => c.rule)).toContain('CONSORTIUM_MEMBER');
    const userOf = new Map(callReviewers.map((r) => [r.id, r.userId]));
    const conflicted = new Set(conflictCheck.map((c) => `${c.userId}:${c.applicationId}`));
    for (const seat of reviewProgress.assignments)
      expect(conflicted.has(`${userOf.get(seat.reviewerId)}:${seat.applicationId}`)).toBe(false);
  });
});

describe('demo award', () => {
  it('shows the Daegu manager a published award (funded, reserve, rejected, a redress request) and the rejected firm why', async () => {
    await t.app.get(DemoSeeder).seedOnce();
    const signIn = async (email: string) => {
      const client = t.client();
      await client.ok(LOG_IN, { input: { email, password: DEMO_PASSWORD } });
      return client;
    };
    const [call] = (await t.dataSource.query(
      `SELECT id FROM call WHERE status = 'RESULTS_PUBLISHED'`,
    )) as { id: string }[];
    const manager = await signIn('manager.daegu@spillover.demo');
    const award = `query A($callId: ID!) { callAward(callId: $callId) { published rows { applicationId rank status reasons { code } } redressRequests { text answer } } }`;
    type Award = {
      callAward: {
        published: boolean;
        rows: {
          applicationId: string;
          rank: number;
          status: string;
          reasons: { code: string }[];
        }[];
        redressRequests: { answer: string | null }[];
      };
    };
    const { callAward } = await manager.ok<Award>(award, { callId: call?.id });
    expect(callAward.published).toBe(true);
    expect(callAward.rows.map((r) => r.status)).toEqual([
      'FUNDED',
      'FUNDED',
      'RESERVE',
      'REJECTED',
    ]);
    expect(callAward.rows[2]!.reasons.map((r) => r.code)).toEqual(['BUDGET_EXHAUSTED']);
    expect(callAward.redressRequests).toEqual([expect.objectContaining({ answer: null })]);
    const dalgubeol = await signIn('ceo.dalgubeol@spillover.demo');
    const result = `query R($id: ID!) { applicationResult(applicationId: $id) { status reasons { code ko } redress { text } } }`;
    const { applicationResult } = await dalgubeol.ok<{
      applicationResult: {
        status: string;
        reasons: { code: string; ko: string }[];
        redress: { text: string } | null;
      };
    }>(result, { id: callAward.rows[3]!.applicationId });
    expect(applicationResult.status).toBe('REJECTED');
    expect(applicationResult.reasons[0]).toMatchObject({ code: 'BELOW_THRESHOLD' });
    expect(applicationResult.reasons[0]!.ko).toContain('선정 기준 70점에 미달');
    expect(applicationResult.redress?.text).toContain('인증');
  });
});

describe('admin bootstrap (SPILLOVER_ADMIN_EMAIL / SPILLOVER_ADMIN_PASSWORD)', () => {
  it('creates the first platform admin on a database without one, and does nothing afterwards', async () => {
    const app = await createTestApp();
    try {
      const accounts = app.app.get(AccountService);
      await accounts.bootstrapAdmin(
        'root@cluster.example',
        'a bootstrap passphrase',
        () => undefined,
      );
      const login = await app.client().ok<{ logIn: { user: { roles: string[] } } }>(LOG_IN, {
        input: { email: 'root@cluster.example', password: 'a bootstrap passphrase' },
      });
      expect(login.logIn.user.roles).toEqual(['ADMIN']);
      const before = await snapshot(app.dataSource);
      await accounts.bootstrapAdmin(
        'second@cluster.example',
        'another bootstrap phrase',
        () => undefined,
      );
      expect(await snapshot(app.dataSource)).toEqual(before);
    } finally {
      await app.close();
    }
  });

  it.each([
    ['a new account', false],
    ['an existing account', true],
  ])('makes %s the admin once when several processes start at once', async (_name, exists) => {
    const app = await createTestApp();
    try {
      const email = 'root@cluster.example';
      if (exists)
        await app
          .client()
          .ok(`mutation R($input: RegisterInput!) { register(input: $input) { user { id } } }`, {
            input: {
              email,
              password: 'a bootstrap passphrase',
              displayName: 'Root',
              preferredLanguage: 'en',
            },
          });
      const accounts = app.app.get(AccountService);
      const started = await Promise.allSettled(
        Array.from({ length: 5 }, () =>
          accounts.bootstrapAdmin(email, 'a bootstrap passphrase', () => undefined),
        ),
      );
      expect(started.map((result) => result.status)).toEqual(Array(5).fill('fulfilled'));
      const admins = (await app.dataSource.query(
        `SELECT email FROM user_account WHERE 'ADMIN' = ANY(roles)`,
      )) as { email: string }[];
      expect(admins).toEqual([{ email }]);
      const [events] = (await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event WHERE action = 'user.madeAdmin'`,
      )) as { n: number }[];
      expect(events!.n).toBe(1);
    } finally {
      await app.close();
    }
  });
});

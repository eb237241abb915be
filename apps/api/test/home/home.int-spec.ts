import {
  createCluster,
  createOrganization,
  signUpAdmin,
  type SignedIn,
} from '../support/factories';
import { DISMISS } from '../match/match-support';
import { applyToCluster, appointManager } from '../support/roles';
import { createTestApp, type TestApp, type TestClient } from '../support/test-app';
import { openConversation, post } from '../support/conversations';
import { homeCast, type HomeCast } from './home-cast';

const HOME = `query Home($since: DateTime) {
  homeSummary(since: $since) {
    since generatedAt
    newMatches { count top { side score foundAt need { id } capability { id } } }
    ownDeadlinesThisWeek { id }
    answerableClosingThisWeek { id }
    pendingDecisions { count oldest { id status organization { id } } }
    unreadMessages
    adminOverview { emailsQueued emailsLastDay auditEventsLastDay }
  }
}`;

interface Home {
  since: string;
  newMatches: {
    count: number;
    top: { side: string; score: number; need: { id: string }; capability: { id: string } }[];
  };
  ownDeadlinesThisWeek: { id: string }[];
  answerableClosingThisWeek: { id: string }[];
  pendingDecisions: {
    count: number;
    oldest: { id: string; status: string; organization: { id: string } }[];
  };
  unreadMessages: number;
  adminOverview: { emailsQueued: number; emailsLastDay: number; auditEventsLastDay: number } | null;
}

let t: TestApp;
let cast: HomeCast;
let admin: SignedIn;
let manager: SignedIn;
const home = async (client: TestClient, since?: string) =>
  (await client.ok<{ homeSummary: Home }>(HOME, since ? { since } : {})).homeSummary;
const pairs = (summary: Home) =>
  summary.newMatches.top.map((m) => [m.side, m.need.id, m.capability.id]);

beforeAll(async () => {
  t = await createTestApp();
  cast = await homeCast(t);
  admin = await signUpAdmin(t);
  const agency = await createOrganization(admin.client, {
    name: 'Gyeongnam Cluster Agency',
    kind: 'CLUSTER_ORGANIZATION',
    size: null,
  });
  const cluster = await createCluster(admin.client, agency.id);
  manager = await appointManager(t, admin.client, cluster.id);
  await applyToCluster(cast.firm.client, cluster.id, cast.firmOrg.id);
});
afterAll(async () => {
  await t.close();
});

describe('the home summary: what needs the user now', () => {
  it('shows a firm member its new matches and its own needs closing this week', async () => {
    const summary = await home(cast.firmMember.client);
    expect(summary.newMatches.count).toBe(2);
    expect(pairs(summary).sort()).toEqual(
      [
        ['NEED_OWNER', cast.laterNeed.id, cast.capability.id],
        ['NEED_OWNER', cast.soonNeed.id, cast.capability.id],
      ].sort(),
    );
    expect(summary.ownDeadlinesThisWeek.map((n) => n.id)).toEqual([cast.soonNeed.id]);
    expect(summary.answerableClosingThisWeek).toEqual([]);
    expect(summary.pendingDecisions).toEqual({ count: 0, oldest: [] });
    expect(summary.adminOverview).toBeNull();
    expect(summary.unreadMessages).toBe(0);
  });

  it('shows an institute the needs its capabilities could answer that close this week', async () => {
    const summary = await home(cast.institute.client);
    expect(summary.answerableClosingThisWeek.map((n) => n.id)).toEqual([cast.soonNeed.id]);
    expect(summary.ownDeadlinesThisWeek).toEqual([]);
    expect(summary.newMatches.top.every((m) => m.side === 'CAPABILITY_OWNER')).toBe(true);
    expect(summary.newMatches.count).toBe(2);
  });

  it('counts only matches found since the last visit, and never dismissed ones', async () => {
    expect(
      (await home(cast.firm.client, new Date(Date.now() + 60_000).toISOString())).newMatches.count,
    ).toBe(0);
    await cast.institute.client.ok(DISMISS, {
      input: {
        needId: cast.laterNeed.id,
        capabilityId: cast.capability.id,
        side: 'CAPABILITY_OWNER',
        reason: 'OTHER',
        note: 'Not our field',
      },
    });
    const summary = await home(cast.institute.client);
    expect([summary.newMatches.count, pairs(summary)]).toEqual([
      1,
      [['CAPABILITY_OWNER', cast.soonNeed.id, cast.capability.id]],
    ]);
    // A last visit long ago reaches back 30 days at most.
    const old = await home(cast.institute.client, '2020-01-01T00:00:00Z');
    expect(Date.now() - Date.parse(old.since)).toBeLessThanOrEqual(30 * 86_400_000 + 60_000);
  });

  it('shows a cluster manager the applications waiting for a decision, and an admin the platform pointers', async () => {
    const decisions = (await home(manager.client)).pendingDecisions;
    expect(decisions.count).toBe(1);
    expect(decisions.oldest.map((m) => [m.status, m.organization.id])).toEqual([
      ['PENDING', cast.firmOrg.id],
    ]);
    const overview = (await home(admin.client)).adminOverview;
    expect(overview?.auditEventsLastDay).toBeGreaterThan(0);
    expect(overview?.emailsLastDay).toBeGreaterThan(0);
  });

  it('counts the unread messages of the user’s conversations', async () => {
    const conversation = await openConversation(t, [cast.firmOrg.id, cast.instituteOrg.id]);
    await post(cast.institute, conversation.id, 'Could we test your stack next month?');
    expect((await home(cast.firmMember.client)).unreadMessages).toBe(1);
    expect((await home(cast.institute.client)).unreadMessages).toBe(0);
    expect((await home(cast.outsider.client)).unreadMessages).toBe(0);
  });

  it('asks visitors to sign in', async () => {
    const result = await t.client().gql(HOME, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

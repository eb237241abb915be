/**
 * The events that notify today: a cluster application decided (with its reason), an NDA
 * accepted on your need, a need's deadline in 3 days (once per need), a saved search with
 * new results (at its frequency) and a strong new match (by each member's threshold).
 */
import { NeedDeadlineNoticeJob } from '../../src/need/need-deadline-notice.job';
import { SavedSearchAlertJob } from '../../src/search/saved-search-alert.job';
import { createCluster, createOrganization, signUp, signUpAdmin } from '../support/factories';
import { ACCEPT_NDA, SET_NDA, inDays, needIn } from '../support/listings';
import { refreshMatches } from '../match/match-support';
import { applyToCluster, joinOrganization } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import { count, emailsTo, inbox, param, runFanOuts, strongMatchCast } from './notification-support';

jest.setTimeout(120_000);

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const REJECT = `mutation Reject($input: ClusterDecisionInput!) { rejectClusterMember(input: $input) { id status } }`;
const SAVE = `mutation Save($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;

describe('producers', () => {
  it('a rejected cluster application tells the applicant organization, with the reason, in an e-mail at once', async () => {
    const admin = await signUpAdmin(t);
    const operator = await createOrganization(admin.client, {
      kind: 'CLUSTER_ORGANIZATION',
      size: null,
    });
    const cluster = await createCluster(admin.client, operator.id, {
      nameEn: 'Gyeongbuk Hydrogen',
      nameKo: '경북 수소',
    });
    const applicant = await signUp(t);
    const org = await createOrganization(applicant.client, { name: 'Pohang Cells' });
    const colleague = await joinOrganization(t, applicant.client, org.id);
    const membershipId = await applyToCluster(applicant.client, cluster.id, org.id);
    await runFanOuts(t);
    await admin.client.ok(REJECT, {
      input: { membershipId, reason: 'Not in the industrial complex.' },
    });
    await runFanOuts(t);

    for (const member of [applicant, colleague]) {
      const [node] = (await inbox(member)).nodes.filter(
        (n) => n.type === 'cluster.applicationDecided',
      );
      expect(node).toMatchObject({ path: `/clusters/${cluster.id}` });
      expect(param(node!, 'reason')).toBe('Not in the industrial complex.');
      expect(await emailsTo(t, member.userId, 'cluster.applicationDecided')).toBe(1);
    }
    const [mail] = (await t.dataSource.query(
      `SELECT text_body AS text FROM email_message WHERE recipient_id = $1 AND type = 'cluster.applicationDecided'`,
      [applicant.userId],
    )) as { text: string }[];
    expect(mail!.text).toContain(
      'Gyeongbuk Hydrogen declined the application of Pohang Cells. Reason: Not in the industrial complex.',
    );
  });

  it("an NDA accepted on a need tells the need's organization", async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const need = await needIn(owner.client, org.id, 'OPEN');
    await owner.client.ok(SET_NDA, {
      id: need.id,
      input: { text: 'Keep every detail of this need confidential.', version: 'v1' },
    });
    const reader = await signUp(t);
    const readerOrg = await createOrganization(reader.client, { name: 'Ulsan Membranes' });
    await reader.client.ok(ACCEPT_NDA, {
      input: { needId: need.id, organizationId: readerOrg.id, version: 'v1' },
    });
    await runFanOuts(t);

    const nodes = (await inbox(owner)).nodes.filter((n) => n.type === 'need.ndaAccepted');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      subjectKind: 'NEED',
      subjectId: need.id,
      path: `/needs/${need.id}`,
    });
    expect(param(nodes[0]!, 'organization')).toBe('Ulsan Membranes');
    expect((await inbox(reader)).nodes.filter((n) => n.type === 'need.ndaAccepted')).toHaveLength(
      0,
    );
  });

  it("a need's deadline in 3 days is announced once to its organization; a later one is not", async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const soon = await needIn(owner.client, org.id, 'OPEN', { responseDeadline: inDays(2) });
    const later = await needIn(owner.client, org.id, 'OPEN', { responseDeadline: inDays(10) });
    const job = t.app.get(NeedDeadlineNoticeJob);
    await job.run();
    await job.run();
    await runFanOuts(t);
    await job.run();
    await runFanOuts(t);

    const rows = await count(
      t,
      `SELECT count(*) AS n FROM notification WHERE type = 'need.deadlineSoon' AND subject_id = $1`,
      [soon.id],
    );
    expect(rows).toBe(1);
    expect(
      await count(t, `SELECT count(*) AS n FROM notification WHERE subject_id = $1`, [later.id]),
    ).toBe(0);
    // DAILY_DIGEST by default: in the inbox, no e-mail now.
    expect((await inbox(owner)).nodes.map((n) => n.subjectId)).toContain(soon.id);
    expect(await emailsTo(t, owner.userId, 'need.deadlineSoon')).toBe(0);
  });

  it('a saved search alerts its owner of new results at its frequency, and never when its alert is NONE', async () => {
    const searcher = await signUp(t);
    const quiet = await signUp(t);
    const word = `Electrolyser${Date.now()}`;
    const filter = { query: word, kinds: ['NEED'] };
    const saved = (
      await searcher.client.ok<{ saveSearch: { id: string } }>(SAVE, {
        input: { name: 'Electrolysers', alert: 'DAILY', filter },
      })
    ).saveSearch;
    await quiet.client.ok(SAVE, { input: { name: 'Quiet', alert: 'NONE', filter } });
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    await needIn(owner.client, org.id, 'OPEN', { title: `${word} stack for trucks` });

    const alerts = t.app.get(SavedSearchAlertJob);
    const now = new Date(Date.now() + 1000);
    expect(await alerts.run(now)).toBe(1);
    // Not due again within the day, however often the job runs.
    expect(await alerts.run(new Date(now.getTime() + 3_600_000))).toBe(0);
    await runFanOuts(t);

    const nodes = (await inbox(searcher)).nodes.filter((n) => n.type === 'search.newResults');
    expect(nodes).toHaveLength(1);
    expect(param(nodes[0]!, 'count')).toBe('1');
    expect(param(nodes[0]!, 'search')).toBe('Electrolysers');
    expect((await inbox(quiet)).nodes).toHaveLength(0);
    // A day later there is nothing newer: no second notification.
    await alerts.run(new Date(now.getTime() + 86_400_000));
    await runFanOuts(t);
    expect(
      (await inbox(searcher)).nodes.filter((n) => n.type === 'search.newResults'),
    ).toHaveLength(1);
    expect(saved.id).toBeDefined();
  });

  it("a strong new match tells the need's members whose threshold it reaches, once", async () => {
    const { owner, demanding, provider, need, capability } = await strongMatchCast(
      t,
      'Changwon Thermal Lab',
    );
    await refreshMatches(t);
    await runFanOuts(t);
    const [stored] = (await t.dataSource.query(
      `SELECT score FROM listing_match WHERE need_id = $1 AND capability_id = $2`,
      [need.id, capability.id],
    )) as { score: number }[];
    expect(stored!.score).toBeGreaterThanOrEqual(0.5);
    expect(stored!.score).toBeLessThan(0.995);

    const nodes = (await inbox(owner)).nodes.filter((n) => n.type === 'match.strong');
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({
      subjectKind: 'CAPABILITY',
      subjectId: capability.id,
      path: `/needs/${need.id}`,
    });
    expect(param(nodes[0]!, 'organization')).toBe('Changwon Thermal Lab');
    expect((await inbox(demanding)).nodes.filter((n) => n.type === 'match.strong')).toHaveLength(0);
    expect((await inbox(provider)).nodes.filter((n) => n.type === 'match.strong')).toHaveLength(0);

    // Re-scoring a stored pair is not news.
    await t.dataSource.query(
      `INSERT INTO match_refresh_request (listing_id, kind) VALUES ($1, 'NEED') ON CONFLICT (listing_id) DO UPDATE SET requested_at = clock_timestamp()`,
      [need.id],
    );
    await refreshMatches(t);
    await runFanOuts(t);
    expect((await inbox(owner)).nodes.filter((n) => n.type === 'match.strong')).toHaveLength(1);
  });
});

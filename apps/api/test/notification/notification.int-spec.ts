/**
 * Notifications: the fan-out job stores one row per recipient however often it runs,
 * respects each recipient's delivery (OFF, EMAIL_NOW, DAILY_DIGEST), and the inbox, the
 * unread count and live delivery keep only notifications about what the recipient may
 * still read. Producers: an invitation to an organization.
 */
import type { AddressInfo } from 'node:net';
import { EmailRepository } from '../../src/email/email.repository';
import { Transactions } from '../../src/platform/database/transactions';
import { NotificationDigest } from '../../src/notification/notification-digest';
import type { NotificationEvent } from '../../src/notification/notification-event';
import { NotificationService } from '../../src/notification/notification.service';
import { createOrganization, expectRefused, signUp } from '../support/factories';
import { needIn, UPDATE_NEED } from '../support/listings';
import { openSocket, sessionCookie, subscribe, type Socket } from '../support/live';
import { joinOrganization } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import {
  count as countOf,
  emailsTo as emailsToOf,
  inbox,
  runFanOuts as runFanOutsOf,
} from './notification-support';

jest.setTimeout(120_000);

let t: TestApp;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await createTestApp();
  await new Promise<void>((resolve) => t.server.listen(0, '127.0.0.1', resolve));
  port = (t.server.address() as AddressInfo).port;
});
afterAll(async () => {
  for (const socket of sockets) await socket.client.dispose();
  await t.close();
});

const MARK_READ = `mutation MarkRead($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const PREFERENCES = `query { notificationPreferences { type delivery isDefault } strongMatchThreshold }`;
const SET_PREFERENCE = `mutation SetPreference($type: String!, $delivery: NotificationDelivery!) {
  setNotificationPreference(type: $type, delivery: $delivery) { type delivery isDefault }
}`;
const SET_THRESHOLD = `mutation SetThreshold($percent: Int!) { setStrongMatchThreshold(percent: $percent) }`;
const INVITE = `mutation Invite($input: InviteMemberInput!) { inviteMember(input: $input) { id } }`;

let seq = 0;
/** Queues an event the way a producer does: inside a transaction. */
const notify = (event: NotificationEvent, key = `test-${++seq}-${Date.now()}`) =>
  t.app.get(Transactions).run(() => t.app.get(NotificationService).notify(event, key));

const runFanOuts = (times = 1) => runFanOutsOf(t, times);
const count = (sql: string, params: unknown[]) => countOf(t, sql, params);
const emailsTo = (userId: string, type: string) => emailsToOf(t, userId, type);

const decided = (userIds: string[]): NotificationEvent => ({
  type: 'cluster.applicationDecided',
  recipients: { userIds },
  subject: null,
  params: {
    cluster: 'Gyeongbuk Hydrogen',
    clusterKo: '경북 수소',
    organization: 'Pohang Cells',
    reason: 'Fits the roadmap',
    context: 'ADMITTED',
  },
  path: '/clusters',
});

describe('fan-out', () => {
  it('stores exactly one notification per recipient even when the job runs twice, and not for the one who acted', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const member = await joinOrganization(t, owner.client, org.id);
    const actor = await joinOrganization(t, owner.client, org.id);
    const need = await needIn(owner.client, org.id, 'OPEN');
    await runFanOuts();

    await notify({
      type: 'need.ndaAccepted',
      recipients: { organizationIds: [org.id] },
      exceptUserId: actor.userId,
      subject: { kind: 'NEED', id: need.id },
      params: { organization: 'Daegu Robotics', need: need.title },
      path: `/needs/${need.id}`,
    });
    await runFanOuts(2);

    const rows = (await t.dataSource.query(
      `SELECT recipient_id AS id, count(*)::int AS n FROM notification WHERE type = 'need.ndaAccepted' AND subject_id = $1 GROUP BY recipient_id`,
      [need.id],
    )) as { id: string; n: number }[];
    expect(rows.map((row) => row.id).sort()).toEqual([owner.userId, member.userId].sort());
    expect(rows.every((row) => row.n === 1)).toBe(true);
    const { nodes, unread } = await inbox(member);
    expect(nodes.filter((node) => node.type === 'need.ndaAccepted')).toHaveLength(1);
    expect(unread).toBeGreaterThanOrEqual(1);
  });
});

describe('preferences', () => {
  it('OFF stores nothing, EMAIL_NOW queues an e-mail, DAILY_DIGEST waits for the digest (sent once a day)', async () => {
    const off = await signUp(t);
    const now = await signUp(t);
    const digest = await signUp(t, { preferredLanguage: 'ko' });
    await off.client.ok(SET_PREFERENCE, { type: 'cluster.applicationDecided', delivery: 'OFF' });
    await now.client.ok(SET_PREFERENCE, {
      type: 'cluster.applicationDecided',
      delivery: 'EMAIL_NOW',
    });
    await digest.client.ok(SET_PREFERENCE, {
      type: 'cluster.applicationDecided',
      delivery: 'DAILY_DIGEST',
    });

    await notify(decided([off.userId, now.userId, digest.userId]));
    await runFanOuts();

    expect((await inbox(off)).nodes).toHaveLength(0);
    expect(await emailsTo(off.userId, 'cluster.applicationDecided')).toBe(0);
    expect((await inbox(now)).nodes.map((node) => node.type)).toEqual([
      'cluster.applicationDecided',
    ]);
    expect(await emailsTo(now.userId, 'cluster.applicationDecided')).toBe(1);
    const [mail] = (await t.dataSource.query(
      `SELECT text_body AS text FROM email_message WHERE recipient_id = $1 AND type = 'cluster.applicationDecided'`,
      [now.userId],
    )) as { text: string }[];
    expect(mail!.text).toContain(
      'Gyeongbuk Hydrogen admitted Pohang Cells. Reason: Fits the roadmap',
    );
    expect((await inbox(digest)).nodes).toHaveLength(1);
    expect(await emailsTo(digest.userId, 'cluster.applicationDecided')).toBe(0);

    const digests = t.app.get(NotificationDigest);
    await digests.run(new Date());
    await digests.run(new Date());
    expect(await emailsTo(digest.userId, 'notification.digest')).toBe(1);
    expect(await emailsTo(now.userId, 'notification.digest')).toBe(0);
    const [sent] = (await t.dataSource.query(
      `SELECT subject, text_body AS text FROM email_message WHERE recipient_id = $1 AND type = 'notification.digest'`,
      [digest.userId],
    )) as { subject: string; text: string }[];
    expect(sent!.subject).toBe('오늘의 Spillover 알림');
    expect(sent!.text).toContain('경북 수소: Pohang Cells 가입 신청 결과');
  });

  it('the one-click unsubscribe is the e-mail-off choice: the type stays in the inbox; choosing e-mail again re-subscribes', async () => {
    const user = await signUp(t);
    await user.client.ok(SET_PREFERENCE, {
      type: 'cluster.applicationDecided',
      delivery: 'EMAIL_NOW',
    });
    await t.app
      .get(Transactions)
      .run(() => t.app.get(EmailRepository).optOut(user.userId, 'cluster.applicationDecided'));
    const after = await user.client.ok<{
      notificationPreferences: { type: string; delivery: string }[];
    }>(PREFERENCES);
    expect(after.notificationPreferences).toContainEqual(
      expect.objectContaining({ type: 'cluster.applicationDecided', delivery: 'IN_APP' }),
    );
    await notify(decided([user.userId]));
    await runFanOuts();
    expect((await inbox(user)).nodes).toHaveLength(1);
    expect(await emailsTo(user.userId, 'cluster.applicationDecided')).toBe(0);

    await user.client.ok(SET_PREFERENCE, {
      type: 'cluster.applicationDecided',
      delivery: 'EMAIL_NOW',
    });
    await notify(decided([user.userId]));
    await runFanOuts();
    expect(await emailsTo(user.userId, 'cluster.applicationDecided')).toBe(1);
  });

  it("lists every type with its default until chosen, and keeps a user's threshold", async () => {
    const user = await signUp(t);
    const before = await user.client.ok<{
      notificationPreferences: { type: string; delivery: string; isDefault: boolean }[];
      strongMatchThreshold: number;
    }>(PREFERENCES);
    expect(before.notificationPreferences).toContainEqual({
      type: 'need.deadlineSoon',
      delivery: 'DAILY_DIGEST',
      isDefault: true,
    });
    expect(before.strongMatchThreshold).toBe(80);
    await user.client.ok(SET_PREFERENCE, { type: 'need.deadlineSoon', delivery: 'EMAIL_NOW' });
    await user.client.ok(SET_THRESHOLD, { percent: 65 });
    const after = await user.client.ok<typeof before>(PREFERENCES);
    expect(after.notificationPreferences).toContainEqual({
      type: 'need.deadlineSoon',
      delivery: 'EMAIL_NOW',
      isDefault: false,
    });
    expect(after.strongMatchThreshold).toBe(65);
  });
});

describe('visibility at read time', () => {
  it('a notification about a need the recipient can no longer read is neither listed, counted, readable nor delivered live', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const need = await needIn(owner.client, org.id, 'OPEN');
    const reader = await signUp(t);
    const aboutNeed = (): NotificationEvent => ({
      type: 'need.deadlineSoon',
      recipients: { userIds: [reader.userId] },
      subject: { kind: 'NEED', id: need.id },
      params: { need: need.title, deadline: '2026-12-09' },
      path: `/needs/${need.id}`,
    });
    await notify(aboutNeed());
    await runFanOuts();
    const listed = await inbox(reader);
    expect(listed.nodes.map((node) => node.subjectId)).toEqual([need.id]);
    expect(listed.unread).toBe(1);
    const hiddenId = listed.nodes[0]!.id;

    const partner = await createOrganization(owner.client);
    await owner.client.ok(UPDATE_NEED, {
      id: need.id,
      input: { visibility: 'PRIVATE', invitedOrganizationIds: [partner.id] },
    });
    const after = await inbox(reader);
    expect(after.nodes).toHaveLength(0);
    expect(after.unread).toBe(0);
    await expectRefused(t, () => reader.client.gql(MARK_READ, { id: hiddenId }), 'NOT_FOUND');

    const socket = openSocket(port, {
      cookie: sessionCookie(reader.client.cookie('spillover_session')),
      origin: `http://127.0.0.1:${port}`,
    });
    sockets.push(socket);
    const live = subscribe<{ notificationReceived: { notificationId: string } }>(
      socket,
      `subscription { notificationReceived { notificationId } }`,
      {},
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    await notify(aboutNeed());
    await notify(decided([reader.userId]));
    await runFanOuts();
    const [event] = await live.received(1);
    const visible = (await inbox(reader)).nodes;
    expect(visible.map((node) => node.type)).toEqual(['cluster.applicationDecided']);
    expect(event!.notificationReceived.notificationId).toBe(visible[0]!.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(live.events).toHaveLength(1);
    live.stop();
  });
});

describe('live delivery of a large fan-out', () => {
  it('reaches a subscriber named in a later batch of recipients, once', async () => {
    const reader = await signUp(t);
    const others = (
      (await t.app.get(Transactions).manager.query(
        `INSERT INTO user_account (id, email, password_hash, display_name, preferred_language)
           SELECT ('00000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid,
                  'crowd-' || i || '-' || $2 || '@example.org', 'x', 'Crowd ' || i, 'en'
             FROM generate_series(1, $1) AS i RETURNING id`,
        [400, Date.now()],
      )) as { id: string }[]
    ).map((row) => row.id);
    const socket = openSocket(port, {
      cookie: sessionCookie(reader.client.cookie('spillover_session')),
      origin: `http://127.0.0.1:${port}`,
    });
    sockets.push(socket);
    const live = subscribe<{ notificationReceived: { notificationId: string } }>(
      socket,
      `subscription { notificationReceived { notificationId } }`,
      {},
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    // 401 recipients travel in id order in three events of at most 150: the crowd's ids sort
    // first, so the reader is named in the third.
    await notify(decided([...others, reader.userId]));
    await runFanOuts();
    const [event] = await live.received(1);
    const stored = (await inbox(reader)).nodes;
    expect(stored).toHaveLength(1);
    expect(event!.notificationReceived.notificationId).toBe(stored[0]!.id);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(live.events).toHaveLength(1);
    live.stop();
  });
});

describe('reading', () => {
  it('marks one read, filters unread, marks all read', async () => {
    const user = await signUp(t);
    await notify(decided([user.userId]));
    await notify(decided([user.userId]));
    await notify(decided([user.userId]));
    await runFanOuts();
    const { nodes, unread } = await inbox(user);
    expect(unread).toBe(3);
    const read = await user.client.ok<{
      markNotificationRead: { id: string; readAt: string | null };
    }>(MARK_READ, { id: nodes[0]!.id });
    expect(read.markNotificationRead.readAt).not.toBeNull();
    const unreadOnly = await inbox(user, true);
    expect(unreadOnly.nodes).toHaveLength(2);
    expect(unreadOnly.unread).toBe(2);
    expect(
      (await user.client.ok<{ markAllNotificationsRead: number }>(MARK_ALL))
        .markAllNotificationsRead,
    ).toBe(2);
    expect((await inbox(user)).unread).toBe(0);
  });
});

describe('refusals', () => {
  it("someone else's notification is NOT_FOUND and stays unread", async () => {
    const owner = await signUp(t);
    const other = await signUp(t);
    await notify(decided([owner.userId]));
    await runFanOuts();
    const [node] = (await inbox(owner)).nodes;
    await expectRefused(t, () => other.client.gql(MARK_READ, { id: node!.id }), 'NOT_FOUND');
    expect((await inbox(owner)).unread).toBe(1);
  });

  it('an unknown type or a threshold out of range is refused by field, nothing changed', async () => {
    const user = await signUp(t);
    await expectRefused(
      t,
      () => user.client.gql(SET_PREFERENCE, { type: 'weather.sunny', delivery: 'OFF' }),
      'BAD_USER_INPUT',
      'type',
    );
    await expectRefused(
      t,
      () => user.client.gql(SET_THRESHOLD, { percent: 101 }),
      'BAD_USER_INPUT',
      'percent',
    );
    await expectRefused(
      t,
      () => user.client.gql(SET_THRESHOLD, { percent: 49 }),
      'BAD_USER_INPUT',
      'percent',
    );
  });

  it('a visitor is UNAUTHENTICATED', async () => {
    await expectRefused(t, () => t.client().gql(MARK_ALL), 'UNAUTHENTICATED');
  });
});

describe('producers', () => {
  it('an invitation notifies the account with the address (and e-mails it); an address without account gets the e-mail alone', async () => {
    const owner = await signUp(t);
    const org = await createOrganization(owner.client);
    const invitee = await signUp(t);
    await owner.client.ok(INVITE, {
      input: { organizationId: org.id, email: invitee.email, role: 'ORG_MEMBER' },
    });
    const stranger = `stranger-${Date.now()}@example.org`;
    await owner.client.ok(INVITE, {
      input: { organizationId: org.id, email: stranger, role: 'ORG_MEMBER' },
    });
    await runFanOuts();

    const { nodes } = await inbox(invitee);
    expect(nodes.map((node) => [node.type, node.path])).toEqual([
      ['organization.invited', '/invitations'],
    ]);
    expect(nodes[0]!.params).toContainEqual({ name: 'organization', value: org.name });
    expect(await emailsTo(invitee.userId, 'organization.invited')).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM email_message WHERE to_address = $1 AND type = 'organization.invited'`,
        [stranger],
      ),
    ).toBe(1);
    expect(
      await count(
        `SELECT count(*) AS n FROM notification WHERE type = 'organization.invited' AND params->>'organization' = $1`,
        [org.name],
      ),
    ).toBe(1);
  });
});

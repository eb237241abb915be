/**
 * Conversations between two organizations: only their members read and write; unread
 * counts come from read markers; a new message notifies the other side once per burst and
 * reaches open pages live; a reported conversation may be read by a platform admin
 * (audited), nothing more; bad inputs are refused with their code and field, changing nothing.
 */
import type { AddressInfo } from 'node:net';
import { ConversationService } from '../../src/conversation/conversation.service';
import {
  createOrganization,
  expectRefused,
  signUp,
  signUpAdmin,
  type SignedIn,
} from '../support/factories';
import { openSocket, sessionCookie, subscribe, type Socket } from '../support/live';
import { joinOrganization } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import { count, inbox, runFanOuts } from '../notification/notification-support';
import {
  CONVERSATION,
  LIST,
  MARK_READ,
  POST_MESSAGE,
  REPORT,
  openConversation,
  post,
  read,
  unreadTotal,
} from '../support/conversations';

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

/** A firm and a university, each with an ORG_ADMIN and a member, and their conversation. */
async function pair() {
  const firmAdmin = await signUp(t);
  const firm = await createOrganization(firmAdmin.client);
  const firmMember = await joinOrganization(t, firmAdmin.client, firm.id);
  const uniAdmin = await signUp(t);
  const uni = await createOrganization(uniAdmin.client, {
    kind: 'UNIVERSITY',
    size: null,
    name: `Kyungpook Lab ${Math.random()}`,
  });
  const uniMember = await joinOrganization(t, uniAdmin.client, uni.id);
  const conversation = await openConversation(t, [firm.id, uni.id]);
  return { firm, uni, firmAdmin, firmMember, uniAdmin, uniMember, conversation };
}

const bodies = (conversation: Awaited<ReturnType<typeof read>>) =>
  conversation.messages.edges.map((edge) => edge.node.body);

describe('talking', () => {
  it('both sides post and read, newest last, paged backwards; unread counts follow the read markers', async () => {
    const { firm, uni, firmAdmin, firmMember, uniAdmin, conversation } = await pair();
    const first = await post(
      firmAdmin,
      conversation.id,
      '  안녕하세요, 시제품 일정 공유드립니다.  ',
    );
    await post(firmMember, conversation.id, 'Draft plan: https://example.org/plan');
    const reply = await post(uniAdmin, conversation.id, 'Thanks — we can test in March.');

    const seenByUni = await read(uniAdmin, conversation.id);
    expect(bodies(seenByUni)).toEqual([
      '안녕하세요, 시제품 일정 공유드립니다.',
      'Draft plan: https://example.org/plan',
      'Thanks — we can test in March.',
    ]);
    expect(seenByUni.viewerOrganizationId).toBe(uni.id);
    // Replying marked what came before it read for its author.
    expect(seenByUni.messages.edges.map((edge) => [edge.node.mine, edge.node.unread])).toEqual([
      [false, false],
      [false, false],
      [true, false],
    ]);
    expect(seenByUni.unreadCount).toBe(0);
    expect(await unreadTotal(uniAdmin)).toBe(0);

    // A colleague's message is new to you too; your own never is.
    const seenByFirm = await read(firmAdmin, conversation.id);
    expect(seenByFirm.viewerOrganizationId).toBe(firm.id);
    expect(seenByFirm.messages.edges.map((edge) => [edge.node.mine, edge.node.unread])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
    expect(seenByFirm.unreadCount).toBe(2);
    expect(await unreadTotal(firmMember)).toBe(1);

    const page = await read(firmAdmin, conversation.id, { last: 2 });
    expect(bodies(page)).toHaveLength(2);
    expect(page.messages.pageInfo.hasPreviousPage).toBe(true);
    const older = await read(firmAdmin, conversation.id, {
      last: 2,
      before: page.messages.pageInfo.startCursor!,
    });
    expect(bodies(older)).toEqual(['안녕하세요, 시제품 일정 공유드립니다.']);
    expect(older.messages.pageInfo.hasPreviousPage).toBe(false);

    const marked = await firmMember.client.ok<{ markConversationRead: { unreadCount: number } }>(
      MARK_READ,
      { conversationId: conversation.id, upToMessageId: reply.id },
    );
    expect(marked.markConversationRead.unreadCount).toBe(0);
    // Marking an older message read never moves the marker back.
    await firmMember.client.ok(MARK_READ, {
      conversationId: conversation.id,
      upToMessageId: first.id,
    });
    expect(await unreadTotal(firmMember)).toBe(0);
    expect(await unreadTotal(firmAdmin)).toBe(2);

    const list = await firmAdmin.client.ok<{
      viewerConversations: {
        edges: { node: { id: string; unreadCount: number; organizations: { id: string }[] } }[];
      };
    }>(LIST, {});
    expect(
      list.viewerConversations.edges.map((edge) => [edge.node.id, edge.node.unreadCount]),
    ).toEqual([[conversation.id, 2]]);
  });

  it('opening is idempotent per subject and keeps the two organizations', async () => {
    const { firm, uni, conversation } = await pair();
    const service = t.app.get(ConversationService);
    const again = await service.open({
      subject: { kind: 'INTEREST', id: conversation.subjectId },
      organizationIds: [uni.id, firm.id],
    });
    expect(again.id).toBe(conversation.id);
    const other = await createOrganization((await signUp(t)).client);
    await expect(
      service.open({
        subject: { kind: 'INTEREST', id: conversation.subjectId },
        organizationIds: [firm.id, other.id],
      }),
    ).rejects.toThrow(/other organizations/);
    expect(
      await count(t, `SELECT count(*) AS n FROM conversation WHERE subject_id = $1`, [
        conversation.subjectId,
      ]),
    ).toBe(1);
  });

  it("a burst of messages is one notification for the other side's members; reading there re-arms it", async () => {
    const { firmAdmin, firmMember, uniAdmin, uniMember, conversation } = await pair();
    await runFanOuts(t);
    for (const body of ['one', 'two', 'three']) await post(firmAdmin, conversation.id, body);
    await runFanOuts(t);
    const messagesIn = async (user: SignedIn) =>
      (await inbox(user)).nodes.filter((node) => node.type === 'message.received');
    expect(
      (await messagesIn(uniMember)).map((node) => [
        node.type,
        node.subjectKind,
        node.subjectId,
        node.path,
      ]),
    ).toEqual([
      ['message.received', 'CONVERSATION', conversation.id, `/conversations/${conversation.id}`],
    ]);
    expect(await messagesIn(uniAdmin)).toHaveLength(1);
    expect(await messagesIn(firmMember)).toHaveLength(0);
    expect(await messagesIn(firmAdmin)).toHaveLength(0);

    const last = (await read(uniMember, conversation.id)).messages.edges.at(-1)!.node;
    await uniMember.client.ok(MARK_READ, {
      conversationId: conversation.id,
      upToMessageId: last.id,
    });
    await post(firmMember, conversation.id, 'four');
    await runFanOuts(t);
    expect(await messagesIn(uniAdmin)).toHaveLength(2);
  });

  it('a new message reaches open pages of both sides live, and nobody else', async () => {
    const { firmAdmin, uniMember, conversation } = await pair();
    const outsider = await signUp(t);
    await createOrganization(outsider.client);
    const socketOf = (user: SignedIn) => {
      const socket = openSocket(port, {
        cookie: sessionCookie(user.client.cookie('spillover_session')),
        origin: `http://127.0.0.1:${port}`,
      });
      sockets.push(socket);
      return socket;
    };
    const query = `subscription Posted($id: ID) { conversationMessagePosted(conversationId: $id) { conversationId messageId } }`;
    const one = subscribe<{
      conversationMessagePosted: { conversationId: string; messageId: string };
    }>(socketOf(uniMember), query, { id: conversation.id });
    const all = subscribe<{ conversationMessagePosted: { conversationId: string } }>(
      socketOf(firmAdmin),
      query,
      {},
    );
    const outsiderAll = subscribe<{ conversationMessagePosted: { conversationId: string } }>(
      socketOf(outsider),
      query,
      {},
    );
    const refused = subscribe(socketOf(outsider), query, { id: conversation.id });
    await refused.ended;
    expect(refused.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    await new Promise((resolve) => setTimeout(resolve, 500));

    const message = await post(firmAdmin, conversation.id, 'Live?');
    const [event] = await one.received(1);
    expect(event!.conversationMessagePosted).toEqual({
      conversationId: conversation.id,
      messageId: message.id,
    });
    await all.received(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(outsiderAll.events).toHaveLength(0);
    for (const live of [one, all, outsiderAll]) live.stop();
  });
});

describe('moderation', () => {
  it('a platform admin reads a conversation only once a participant reported it, audited, and may not write in it', async () => {
    const { firm, uniMember, conversation } = await pair();
    await post(uniMember, conversation.id, 'Please stop sending us offers.');
    const admin = await signUpAdmin(t);
    await expectRefused(
      t,
      () => admin.client.gql(CONVERSATION, { id: conversation.id }),
      'NOT_FOUND',
    );

    const reported = await uniMember.client.ok<{ reportConversation: { viewerReported: boolean } }>(
      REPORT,
      { input: { conversationId: conversation.id, reason: 'Unsolicited sales offers' } },
    );
    expect(reported.reportConversation.viewerReported).toBe(true);
    await expectRefused(
      t,
      () =>
        uniMember.client.gql(REPORT, {
          input: { conversationId: conversation.id, reason: 'Again' },
        }),
      'CONFLICT',
    );

    const reportedList = await admin.client.ok<{
      reportedConversations: { edges: { node: { id: string; reports: { reason: string }[] } }[] };
    }>(
      `query { reportedConversations(first: 50) { edges { node { id title reports { reason reporterName createdAt } organizations { name } } } } }`,
    );
    const listed = reportedList.reportedConversations.edges.find(
      (edge) => edge.node.id === conversation.id,
    );
    expect(listed?.node.reports.map((report) => report.reason)).toEqual([
      'Unsolicited sales offers',
    ]);
    // Listing is not reading: only opening the conversation is audited.
    expect(
      await count(
        t,
        `SELECT count(*) AS n FROM audit_event WHERE action = 'conversation.moderatorRead' AND object_id = $1`,
        [conversation.id],
      ),
    ).toBe(0);
    await expectRefused(
      t,
      () =>
        uniMember.client.gql(`query { reportedConversations(first: 5) { edges { node { id } } } }`),
      'FORBIDDEN',
    );

    const seen = await read(admin, conversation.id);
    expect(seen.viewerOrganizationId).toBeNull();
    expect(bodies(seen)).toEqual(['Please stop sending us offers.']);
    expect(
      await count(
        t,
        `SELECT count(*) AS n FROM audit_event WHERE action = 'conversation.moderatorRead' AND object_id = $1 AND actor_id = $2 AND organization_id IS NOT NULL`,
        [conversation.id, admin.userId],
      ),
    ).toBe(1);
    expect(
      await count(
        t,
        `SELECT count(*) AS n FROM audit_event WHERE action = 'conversation.reported' AND object_id = $1`,
        [conversation.id],
      ),
    ).toBe(1);

    await expectRefused(
      t,
      () =>
        admin.client.gql(POST_MESSAGE, {
          input: { conversationId: conversation.id, body: 'Moderator here' },
        }),
      'FORBIDDEN',
    );
    expect(firm.id).toBeTruthy();
  });
});

describe('refusals', () => {
  it.each([
    ['empty', ''],
    ['only white space and zero-width spaces', ' \n\u200B '],
    ['too long', 'x'.repeat(4001)],
    ['with a NUL', 'a\u0000b'],
  ])('a message that is %s: BAD_USER_INPUT on body, nothing stored', async (_label, body) => {
    const { firmAdmin, conversation } = await pair();
    await expectRefused(
      t,
      () =>
        firmAdmin.client.gql(POST_MESSAGE, { input: { conversationId: conversation.id, body } }),
      'BAD_USER_INPUT',
      'body',
    );
  });

  it("someone else's conversation is NOT_FOUND for reading, posting, marking read and reporting", async () => {
    const { firmAdmin, conversation } = await pair();
    const message = await post(firmAdmin, conversation.id, 'Hello');
    const outsider = await signUp(t);
    await createOrganization(outsider.client);
    const admin = await signUpAdmin(t);
    for (const user of [outsider, admin]) {
      await expectRefused(
        t,
        () => user.client.gql(CONVERSATION, { id: conversation.id }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () =>
          user.client.gql(POST_MESSAGE, { input: { conversationId: conversation.id, body: 'Hi' } }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () =>
          user.client.gql(MARK_READ, {
            conversationId: conversation.id,
            upToMessageId: message.id,
          }),
        'NOT_FOUND',
      );
      await expectRefused(
        t,
        () =>
          user.client.gql(REPORT, {
            input: { conversationId: conversation.id, reason: 'Looks odd' },
          }),
        'NOT_FOUND',
      );
    }
    expect(await unreadTotal(outsider)).toBe(0);
    const list = await outsider.client.ok<{ viewerConversations: { edges: unknown[] } }>(LIST, {});
    expect(list.viewerConversations.edges).toHaveLength(0);
  });

  it('a message of another conversation cannot be marked read here; a short report reason is refused on its field', async () => {
    const first = await pair();
    const second = await pair();
    const elsewhere = await post(second.firmAdmin, second.conversation.id, 'Elsewhere');
    await expectRefused(
      t,
      () =>
        first.firmAdmin.client.gql(MARK_READ, {
          conversationId: first.conversation.id,
          upToMessageId: elsewhere.id,
        }),
      'NOT_FOUND',
    );
    await expectRefused(
      t,
      () =>
        first.firmAdmin.client.gql(REPORT, {
          input: { conversationId: first.conversation.id, reason: ' a ' },
        }),
      'BAD_USER_INPUT',
      'reason',
    );
    await expectRefused(
      t,
      () =>
        first.firmAdmin.client.gql(POST_MESSAGE, { input: { conversationId: 'nope', body: 'Hi' } }),
      'BAD_USER_INPUT',
      'conversationId',
    );
  });
});

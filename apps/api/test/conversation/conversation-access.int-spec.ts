/**
 * Conversations over time: someone who leaves an organization leaves its conversations
 * (reads, counts and message notifications alike); a recipient who chose e-mail gets one
 * e-mail per burst; simultaneous posts are numbered without gaps or duplicates, so unread
 * counts stay exact.
 */
import { createOrganization, signUp } from '../support/factories';
import { CONVERSATION, openConversation, post, read, unreadTotal } from '../support/conversations';
import { joinOrganization } from '../support/roles';
import { createTestApp, type TestApp } from '../support/test-app';
import { count, emailsTo, inbox, runFanOuts } from '../notification/notification-support';

jest.setTimeout(120_000);

const REMOVE_MEMBER = `mutation Remove($membershipId: ID!) { removeMember(membershipId: $membershipId) { id } }`;
const SET_PREFERENCE = `mutation Pref($type: String!, $delivery: NotificationDelivery!) { setNotificationPreference(type: $type, delivery: $delivery) { type } }`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function pair() {
  const firmAdmin = await signUp(t);
  const firm = await createOrganization(firmAdmin.client);
  const labAdmin = await signUp(t);
  const lab = await createOrganization(labAdmin.client, { kind: 'RESEARCH_INSTITUTE', size: null });
  const labMember = await joinOrganization(t, labAdmin.client, lab.id);
  const conversation = await openConversation(t, [firm.id, lab.id]);
  return { firm, lab, firmAdmin, labAdmin, labMember, conversation };
}

const messageNotifications = async (user: Awaited<ReturnType<typeof signUp>>) =>
  (await inbox(user)).nodes.filter((node) => node.type === 'message.received');

describe('membership', () => {
  it('a member removed from the organization no longer reads, counts or is notified of its conversation', async () => {
    const { firmAdmin, labAdmin, labMember, conversation } = await pair();
    await post(firmAdmin, conversation.id, 'Can your lab test 20 samples?');
    await runFanOuts(t);
    expect(await messageNotifications(labMember)).toHaveLength(1);
    expect(await unreadTotal(labMember)).toBe(1);

    await labAdmin.client.ok(REMOVE_MEMBER, { membershipId: labMember.membershipId });
    const refused = await labMember.client.gql(CONVERSATION, { id: conversation.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await unreadTotal(labMember)).toBe(0);
    expect(await messageNotifications(labMember)).toHaveLength(0);
    // The organization keeps its conversation.
    expect((await read(labAdmin, conversation.id)).unreadCount).toBe(1);
  });
});

describe('e-mail', () => {
  it('a recipient who chose e-mail at once gets one e-mail for a burst of messages', async () => {
    const { firmAdmin, labAdmin, conversation } = await pair();
    await labAdmin.client.ok(SET_PREFERENCE, { type: 'message.received', delivery: 'EMAIL_NOW' });
    for (const body of ['Samples ship Monday.', 'Tracking number follows.', 'Here it is: 1Z999'])
      await post(firmAdmin, conversation.id, body);
    await runFanOuts(t);
    expect(await emailsTo(t, labAdmin.userId, 'message.received')).toBe(1);
  });
});

describe('simultaneous posts', () => {
  it('are numbered 1..n without gaps or duplicates, and all count as unread for the other side', async () => {
    const { firmAdmin, labAdmin, labMember, conversation } = await pair();
    const posts = Array.from({ length: 12 }, (_, i) =>
      post(i % 2 ? firmAdmin : labMember, conversation.id, `message ${i}`),
    );
    await Promise.all(posts);
    const seqs = (await t.dataSource.query(
      `SELECT seq FROM conversation_message WHERE conversation_id = $1 ORDER BY seq`,
      [conversation.id],
    )) as { seq: number }[];
    expect(seqs.map((row) => row.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(
      await count(t, `SELECT last_seq AS n FROM conversation WHERE id = $1`, [conversation.id]),
    ).toBe(12);
    // The lab's admin wrote none: every message is unread for them.
    expect(await unreadTotal(labAdmin)).toBe(12);
  });
});

import { randomUUID } from 'node:crypto';
import { conversationPair } from '@spillover/domain';
import type { EntityManager } from 'typeorm';

/**
 * A conversation between a Daegu firm and a Stuttgart institute, in Korean and English, so
 * a newcomer signing in as either side sees messages, links and an unread count. Its
 * subject is an interest id minted here: the interests feature attaches demo interests to
 * conversations once it exists (until then, no interest page points at it).
 */
export const DEMO_CONVERSATION = {
  firm: '(주)성서정밀',
  institute: 'Fraunhofer Institute for Manufacturing Engineering and Automation IPA',
  title: '알루미늄–고장력강 이종접합 배터리팩 브래킷 공동개발',
  messages: [
    {
      author: 'partnering.ipa@spillover.demo',
      hoursAgo: 52,
      body: 'Hello from Stuttgart! We join aluminium and high-strength steel for battery brackets every week: see our joining lab at https://www.ipa.fraunhofer.de. Could you share the bracket drawings and your target cycle time?',
    },
    {
      author: 'ceo.seongseo@spillover.demo',
      hoursAgo: 49,
      body: '안녕하세요, 성서정밀 김민준입니다. 관심 가져 주셔서 감사합니다.\nThank you for your interest. We will send the drawings after the NDA; our target cycle time is 60 seconds per bracket.',
    },
    {
      author: 'engineer.seongseo@spillover.demo',
      hoursAgo: 26,
      body: '도면 초안과 시험 조건을 정리했습니다. Draft drawings and test conditions: www.example.org/seongseo/bracket-v2 (login needed).',
    },
    {
      author: 'partnering.ipa@spillover.demo',
      hoursAgo: 3,
      body: 'Thanks, the drawings are clear. Could we have a video call next Tuesday, 10:00 KST (02:00 CET is fine for us)?',
    },
  ],
  /** How far each person has read (messages 1-based); the others have read nothing. */
  readUpTo: {
    'ceo.seongseo@spillover.demo': 3,
    'engineer.seongseo@spillover.demo': 3,
    'partnering.ipa@spillover.demo': 4,
  },
} as const;

export async function insertDemoConversations(manager: EntityManager, now: Date): Promise<void> {
  const demo = DEMO_CONVERSATION;
  const organizations = (await manager.query(
    `SELECT id, name FROM organization WHERE name = ANY($1)`,
    [[demo.firm, demo.institute]],
  )) as { id: string; name: string }[];
  const idOf = (name: string) => {
    const found = organizations.find((organization) => organization.name === name);
    if (!found) throw new Error(`demo organization ${name} is missing`);
    return found.id;
  };
  const firm = idOf(demo.firm);
  const institute = idOf(demo.institute);
  const [a, b] = conversationPair([firm, institute]);
  const users = (await manager.query(
    `SELECT id, email FROM user_account WHERE email LIKE '%@spillover.demo'`,
  )) as { id: string; email: string }[];
  const userId = (email: string) => users.find((user) => user.email === email)?.id ?? null;
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
  const conversationId = randomUUID();
  const last = demo.messages.at(-1)!;
  await manager.query(
    `INSERT INTO conversation (id, subject_kind, subject_id, title, organization_a_id, organization_b_id, last_seq, last_message_at, created_at)
     VALUES ($1, 'INTEREST', $2, $3, $4, $5, $6, $7, $8)`,
    [
      conversationId,
      randomUUID(),
      demo.title,
      a,
      b,
      demo.messages.length,
      at(last.hoursAgo),
      at(demo.messages[0].hoursAgo + 1),
    ],
  );
  for (const [index, message] of demo.messages.entries())
    await manager.query(
      `INSERT INTO conversation_message (conversation_id, seq, author_user_id, author_organization_id, body, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        conversationId,
        index + 1,
        userId(message.author),
        message.author === 'partnering.ipa@spillover.demo' ? institute : firm,
        message.body,
        at(message.hoursAgo),
      ],
    );
  for (const [email, seq] of Object.entries(demo.readUpTo))
    await manager.query(
      `INSERT INTO conversation_read (conversation_id, user_id, last_read_seq, read_at) VALUES ($1, $2, $3, $4)`,
      [conversationId, userId(email), seq, at(demo.messages[seq - 1]!.hoursAgo)],
    );
  // The newest message's notification, unread, in the firm's inboxes.
  for (const email of ['ceo.seongseo@spillover.demo', 'engineer.seongseo@spillover.demo'])
    await manager.query(
      `INSERT INTO notification (recipient_id, type, event_key, delivery, subject_kind, subject_id, params, path, created_at)
       VALUES ($1, 'message.received', $2, 'IN_APP', 'CONVERSATION', $3, $4::jsonb, $5, $6)`,
      [
        userId(email),
        `demo:conversation:${conversationId}`,
        conversationId,
        JSON.stringify({ organization: 'Fraunhofer IPA', listing: demo.title }),
        `/conversations/${conversationId}`,
        at(last.hoursAgo),
      ],
    );
}

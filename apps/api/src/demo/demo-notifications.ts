import type { NotificationType } from '@spillover/domain';
import type { EntityManager } from 'typeorm';

/**
 * A few notifications in demo users' inboxes, so a newcomer signing in as one of them sees
 * the bell and the inbox at work. About the recipients themselves (no listing), so no
 * visibility rule hides them; one of each user's is already read.
 */
export const DEMO_NOTIFICATIONS: readonly {
  user: string;
  type: NotificationType;
  params: Record<string, string | number>;
  path: string;
  hoursAgo: number;
  read: boolean;
}[] = [
  {
    user: 'ceo.seongseo@spillover.demo',
    type: 'cluster.applicationDecided',
    params: {
      cluster: 'Daegu Seongseo Industrial Complex Mini-Cluster',
      clusterKo: '대구 성서산업단지 미니클러스터',
      organization: '(주)성서정밀',
      reason: '성서산업단지 입주 기업으로 확인되었습니다.',
      context: 'ADMITTED',
    },
    path: '/clusters',
    hoursAgo: 30,
    read: true,
  },
  // Changwon's proposal waiting for Daegu's answer (demo-partnerships.ts).
  {
    user: 'manager.daegu@spillover.demo',
    type: 'cluster.partnershipProposed',
    params: {
      proposer: 'Changwon Machinery & Hydrogen Cluster',
      proposerKo: '창원국가산업단지 기계·수소 클러스터',
      recipient: 'Daegu Seongseo Industrial Complex Mini-Cluster',
      recipientKo: '대구 성서산업단지 미니클러스터',
      kind: 'domestic (pan-regional)',
      kindKo: '국내(초광역)',
      note: '창원 수소·기계 부품 기업과 대구 자동차부품 기업의 초광역 협력을 제안합니다.',
    },
    path: '/clusters',
    hoursAgo: 48,
    read: false,
  },
  {
    user: 'ceo.seongseo@spillover.demo',
    type: 'search.newResults',
    params: { search: '수소 연료전지', count: 3 },
    path: '/search/saved',
    hoursAgo: 2,
    read: false,
  },
  {
    user: 'engineer.seongseo@spillover.demo',
    type: 'search.newResults',
    params: { search: '정밀 가공', count: 1 },
    path: '/search/saved',
    hoursAgo: 5,
    read: false,
  },
  {
    user: 'partnering.ipa@spillover.demo',
    type: 'search.newResults',
    params: { search: 'Lightweight design', count: 2 },
    path: '/search/saved',
    hoursAgo: 4,
    read: false,
  },
  {
    user: 'partnering.ipa@spillover.demo',
    type: 'organization.invited',
    params: { organization: 'Fraunhofer IPA', inviter: 'Lukas Schmid' },
    path: '/invitations',
    hoursAgo: 50,
    read: true,
  },
];

export async function insertDemoNotifications(manager: EntityManager, now: Date): Promise<void> {
  for (const [index, demo] of DEMO_NOTIFICATIONS.entries()) {
    const at = new Date(now.getTime() - demo.hoursAgo * 3_600_000);
    await manager.query(
      `INSERT INTO notification (recipient_id, type, event_key, delivery, params, path, created_at, read_at)
       SELECT id, $2, $3, 'IN_APP', $4::jsonb, $5, $6, CASE WHEN $7 THEN $6::timestamptz END
         FROM user_account WHERE email = $1`,
      [
        demo.user,
        demo.type,
        `demo:${index}`,
        JSON.stringify(demo.params),
        demo.path,
        at,
        demo.read,
      ],
    );
  }
}

import type { InterestStatus } from '@spillover/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CollaborationEntity, collaborationPair } from '../collaboration/collaboration.entity';
import { InterestCapabilityEntity } from '../interest/interest-capability.entity';
import { InterestEntity } from '../interest/interest.entity';
import type { DemoOrganizationKey } from './demo-data';

/**
 * Expressions of interest between demo organizations, one in each state, so that the
 * owners' boards (성서정밀's knuckle need, 구미디스플레이텍's encapsulation need) and the
 * senders' "My interests" pages (경북대, Fraunhofer IPA, Schwaben Leichtbau) show them at work.
 */
export interface DemoInterest {
  readonly need?: string;
  readonly capability?: string;
  readonly from: DemoOrganizationKey;
  readonly by: string;
  readonly status: InterestStatus;
  readonly message: string;
  readonly proposedApproach: string;
  readonly linked: readonly string[];
  readonly declineReason?: string;
  /** The score of the match card it was sent from, if it was. */
  readonly matchScore?: number;
  readonly daysAgo: number;
  readonly decidedDaysAgo?: number;
}

export const DEMO_INTERESTS: readonly DemoInterest[] = [
  {
    need: 'seongseo-aluminium-knuckle',
    from: 'knu',
    by: 'tlo.knu@spillover.demo',
    status: 'SHORTLISTED',
    message:
      '경북대 경량설계연구실은 알루미늄 너클 위상최적화를 2022년에 함께 수행했습니다. 후속 단계로 주조 조건까지 포함한 최적화를 제안합니다.',
    proposedApproach:
      '1단계(3개월): 하중 조건 재정의와 위상최적화. 2단계(4개월): 주조 해석 연계 형상 보정과 시제품 시험.',
    linked: ['knu-lightweight-topology'],
    matchScore: 0.82,
    daysAgo: 9,
  },
  {
    need: 'seongseo-aluminium-knuckle',
    from: 'fraunhofer-ipa',
    by: 'partnering.ipa@spillover.demo',
    status: 'SUBMITTED',
    message:
      'Fraunhofer IPA has redesigned cast chassis parts for two German OEMs and would like to bring that experience to your knuckle.',
    proposedApproach:
      'A joint feasibility study of six months: simulation-driven redesign in Stuttgart, casting trials with your line in Daegu, funded through a Korea–Germany joint call.',
    linked: ['ipa-robot-assembly'],
    daysAgo: 3,
  },
  {
    need: 'seongseo-aluminium-knuckle',
    from: 'kitech-daegu',
    by: 'partnering.kitech@spillover.demo',
    status: 'DECLINED',
    message:
      '한국생산기술연구원 대경본부의 고압 다이캐스팅 설비로 시작품 제작을 지원할 수 있습니다.',
    proposedApproach: '기존 금형을 활용한 시작품 30개 제작과 기공률 분석을 2개월 안에 진행합니다.',
    linked: [],
    declineReason:
      '이번 과제는 설계 최적화가 우선이라 시작품 제작은 다음 단계에서 다시 협의하겠습니다.',
    daysAgo: 12,
    decidedDaysAgo: 6,
  },
  {
    need: 'gumi-display-tfe',
    from: 'knu',
    by: 'tlo.knu@spillover.demo',
    status: 'ACCEPTED',
    message: '경북대 ALD 박막봉지 특허를 이전하고, 공정 최적화를 함께 수행하고자 합니다.',
    proposedApproach: '특허 통상실시권 계약 후 6개월간 공동연구로 투습률 목표치를 검증합니다.',
    linked: ['knu-ald-encapsulation-ip'],
    matchScore: 0.88,
    daysAgo: 20,
    decidedDaysAgo: 5,
  },
  {
    need: 'gumi-display-tfe',
    from: 'dgist',
    by: 'tlo.dgist@spillover.demo',
    status: 'WITHDRAWN',
    message: 'DGIST 나노소재 연구팀이 봉지막 결함 분석을 지원할 수 있습니다.',
    proposedApproach: '결함 분석 용역(3개월)으로 시작하고 필요 시 공동연구로 확대합니다.',
    linked: [],
    daysAgo: 15,
    decidedDaysAgo: 11,
  },
  {
    need: 'seongseo-hybrid-bracket',
    from: 'fraunhofer-ipa',
    by: 'partnering.ipa@spillover.demo',
    status: 'SUBMITTED',
    message:
      'Fraunhofer IPA joins aluminium and high-strength steel for battery brackets every week and would like to develop yours with you.',
    proposedApproach:
      'Joining trials on your drawings in our Stuttgart lab, then a pilot series on your line; see our messages for the details.',
    linked: [],
    daysAgo: 3,
  },
  {
    capability: 'ipa-hydrogen-lab',
    from: 'schwaben-leichtbau',
    by: 'ceo.schwaben@spillover.demo',
    status: 'SUBMITTED',
    message:
      'Schwaben Leichtbau needs hydrogen permeation tests for a composite tank liner and would like to book your lab.',
    proposedApproach:
      'Three test campaigns over the next quarter, on liners we supply, with a joint report.',
    linked: [],
    daysAgo: 2,
  },
  {
    capability: 'knu-fe-sem',
    from: 'seongseo-precision',
    by: 'ceo.seongseo@spillover.demo',
    status: 'SHORTLISTED',
    message: '알루미늄 주조품 파단면 분석을 위해 FE-SEM 장비를 활용하고 싶습니다.',
    proposedApproach: '월 2회, 반나절씩 장비를 예약하고 분석은 연구실의 지원을 받습니다.',
    linked: [],
    daysAgo: 4,
  },
];

interface Ids {
  organizationId: (key: DemoOrganizationKey) => string;
  userId: (email: string) => string;
  needId: (key: string) => string;
  capabilityId: (key: string) => string;
  ownerOf: (listing: { need?: string; capability?: string }) => string;
  titleOf: (listing: { need?: string; capability?: string }) => string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Inserts the demo interests (and the collaboration the accepted one became); returns their count. */
export async function insertDemoInterests(
  manager: EntityManager,
  now: Date,
  ids: Ids,
): Promise<number> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  for (const demo of DEMO_INTERESTS) {
    const id = randomUUID();
    const ownerOrganizationId = ids.ownerOf(demo);
    const senderOrganizationId = ids.organizationId(demo.from);
    await manager.insert(InterestEntity, {
      id,
      listingKind: demo.need ? 'NEED' : 'CAPABILITY',
      needId: demo.need ? ids.needId(demo.need) : null,
      capabilityId: demo.capability ? ids.capabilityId(demo.capability) : null,
      ownerOrganizationId,
      senderOrganizationId,
      createdById: ids.userId(demo.by),
      status: demo.status,
      message: demo.message,
      proposedApproach: demo.proposedApproach,
      declineReason: demo.declineReason ?? null,
      matchScore: demo.matchScore ?? null,
      matchReasons: [],
      createdAt: daysAgo(demo.daysAgo),
      updatedAt: daysAgo(demo.decidedDaysAgo ?? demo.daysAgo),
      decidedAt: demo.decidedDaysAgo === undefined ? null : daysAgo(demo.decidedDaysAgo),
    });
    if (demo.linked.length)
      await manager.insert(
        InterestCapabilityEntity,
        demo.linked.map((key) => ({ interestId: id, capabilityId: ids.capabilityId(key) })),
      );
    // Submitting opened the two organizations' conversation (empty until someone writes).
    const [a, b] = collaborationPair(senderOrganizationId, ownerOrganizationId);
    await manager.query(
      `INSERT INTO conversation (subject_kind, subject_id, title, organization_a_id, organization_b_id, created_at) VALUES ('INTEREST', $1, $2, $3, $4, $5)`,
      [id, ids.titleOf(demo).slice(0, 200), a, b, daysAgo(demo.daysAgo)],
    );
    if (demo.status === 'ACCEPTED') {
      const [organizationAId, organizationBId] = collaborationPair(
        senderOrganizationId,
        ownerOrganizationId,
      );
      await manager.insert(CollaborationEntity, {
        id: randomUUID(),
        organizationAId,
        organizationBId,
        interestId: id,
        // As an accepted interest records it: its source listing and the kind of work.
        type: 'LICENSE',
        needId: demo.need ? ids.needId(demo.need) : null,
        capabilityId: demo.capability ? ids.capabilityId(demo.capability) : null,
        status: 'ACTIVE',
        title: ids.titleOf(demo),
        technologyAreas: [],
        startedOn: daysAgo(demo.decidedDaysAgo ?? 0)
          .toISOString()
          .slice(0, 10),
      });
    }
  }
  return DEMO_INTERESTS.length;
}

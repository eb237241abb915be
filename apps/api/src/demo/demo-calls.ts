import type { CallDraftInput, CallFunderInput, CallStatus } from '@spillover/domain';
import type { DemoClusterKey, DemoOrganizationKey } from './demo-data';

const DAY_MS = 24 * 60 * 60 * 1000;

/** 18:00 in Seoul, `days` from `now`: how a Korean programme states its deadline. */
export function seoulSixPm(now: Date, days: number): string {
  const seoul = new Date(now.getTime() + days * DAY_MS + 9 * 3_600_000);
  return `${seoul.toISOString().slice(0, 10)}T18:00:00+09:00`;
}

export interface DemoCall {
  key: string;
  cluster: DemoClusterKey;
  createdBy: string;
  status: Extract<CallStatus, 'DRAFT' | 'OPEN' | 'IN_EVALUATION'>;
  openedDaysAgo: number | null;
  /** For a call past its deadline: when it closed. */
  closedDaysAgo?: number;
  values: (now: Date) => CallDraftInput;
  funders: readonly (Omit<CallFunderInput, 'clusterId'> & { cluster: DemoClusterKey })[];
}

/**
 * Four calls of the Daegu Seongseo mini-cluster: an OPEN Korea–Germany joint call co-funded
 * by Baden-Württemberg (virtual common pot: Korea pays Korean partners, BW pays partners
 * from its region); a second Korea–Germany joint call on forming technology, complete and
 * DRAFT, waiting for the manager to open it; a pan-regional DRAFT still being written; and a
 * hydrogen call that closed ten days ago and is IN_EVALUATION with its review panel
 * (demo-reviews.ts).
 */
export const DEMO_CALLS: readonly DemoCall[] = [
  {
    key: 'kr-de-emobility-2027',
    cluster: 'daegu-seongseo',
    createdBy: 'manager.daegu@spillover.demo',
    status: 'OPEN',
    openedDaysAgo: 10,
    values: (now) => ({
      programmeName: 'Global collaborative R&DB (글로벌 협력 R&DB)',
      titleEn: 'Korea–Germany joint call 2027: e-mobility parts and lightweight construction',
      titleKo: '2027 한-독 국제공동 공모: 전기차 부품·경량화',
      descriptionEn:
        'Daegu Seongseo and Baden-Württemberg fund joint R&DB projects of firms, universities and institutes from both regions on electric drive components, lightweight structures and automated production. Each funder pays the partners from its own side (virtual common pot).',
      descriptionKo:
        '대구 성서산업단지 미니클러스터와 바덴뷔르템베르크가 전기차 구동부품, 경량 구조물, 자동화 생산 분야에서 양 지역 기업·대학·연구기관의 공동 R&DB 과제를 지원합니다. 각 지원기관은 자기 지역 참여기관을 지원합니다(가상 공동기금).',
      timeZone: 'Asia/Seoul',
      opensAt: seoulSixPm(now, -10),
      closesAt: seoulSixPm(now, 45),
      currency: 'EUR',
      maxGrantPerProject: 60_000_000,
      maxFundingRate: 70,
      fundingMode: 'VIRTUAL_COMMON_POT',
      eligibility: {
        minPartners: 3,
        maxPartners: 6,
        requiredKinds: [
          { kinds: ['FIRM'], min: 1 },
          { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
        ],
        leadKinds: ['FIRM'],
        leadSizes: ['MICRO', 'SMALL', 'MEDIUM'],
        minCountries: 2,
        internationalPartnerRequired: true,
        membership: 'LEAD',
        maxBudgetPerPartner: 30_000_000,
      },
      criteria: [
        {
          name: 'Excellence (기술성)',
          description: 'Novelty and soundness of the technical approach.',
          weight: 40,
          maxScore: 5,
          minScore: 3,
        },
        {
          name: 'Impact (사업성)',
          description: 'Market, spillover to the cluster and jobs.',
          weight: 35,
          maxScore: 5,
        },
        {
          name: 'Implementation (수행역량)',
          description: 'Consortium, work plan and budget.',
          weight: 25,
          maxScore: 5,
        },
      ],
      threshold: 65,
      reviewersPerApplication: 3,
    }),
    funders: [
      {
        cluster: 'daegu-seongseo',
        budget: 1_500_000_000,
        currency: 'KRW',
        funds: 'COUNTRY',
        maxPerProject: 35_000_000,
      },
      {
        cluster: 'bw-automotive',
        budget: 150_000_000,
        currency: 'EUR',
        funds: 'REGION',
        maxPerProject: 30_000_000,
      },
    ],
  },
  {
    key: 'kr-de-forming-2027',
    cluster: 'daegu-seongseo',
    createdBy: 'manager.daegu@spillover.demo',
    status: 'DRAFT',
    openedDaysAgo: null,
    values: (now) => ({
      programmeName: 'Global collaborative R&DB (글로벌 협력 R&DB)',
      titleEn: 'Korea–Germany forming technology joint call 2027',
      titleKo: '2027 한-독 성형기술 국제공동 공모',
      descriptionEn:
        'Daegu Seongseo and Baden-Württemberg fund joint projects on press hardening, trimming and forming of ultra-high-strength steel and aluminium for car bodies. Each funder pays the partners from its own side (virtual common pot). Ready to open: every rule is set.',
      descriptionKo:
        '대구 성서산업단지 미니클러스터와 바덴뷔르템베르크가 차체용 초고강도 강판·알루미늄의 핫스탬핑, 트리밍, 성형 기술 공동과제를 지원합니다. 각 지원기관은 자기 지역 참여기관을 지원합니다(가상 공동기금). 모든 요건이 갖춰져 개시만 남았습니다.',
      timeZone: 'Asia/Seoul',
      // Already past: once the manager opens it, applicants may apply at once.
      opensAt: seoulSixPm(now, -1),
      closesAt: seoulSixPm(now, 60),
      currency: 'EUR',
      maxGrantPerProject: 60_000_000,
      maxFundingRate: 70,
      fundingMode: 'VIRTUAL_COMMON_POT',
      eligibility: {
        minPartners: 3,
        maxPartners: 6,
        requiredKinds: [
          { kinds: ['FIRM'], min: 1 },
          { kinds: ['UNIVERSITY', 'RESEARCH_INSTITUTE'], min: 1 },
        ],
        leadKinds: ['FIRM'],
        leadSizes: ['MICRO', 'SMALL', 'MEDIUM'],
        minCountries: 2,
        internationalPartnerRequired: true,
        membership: 'LEAD',
        maxBudgetPerPartner: 30_000_000,
      },
      criteria: [
        {
          name: 'Excellence (기술성)',
          description: 'Novelty and soundness of the technical approach.',
          weight: 50,
          maxScore: 5,
          minScore: 3,
        },
        {
          name: 'Impact (사업성)',
          description: 'Market, spillover to the cluster and jobs.',
          weight: 50,
          maxScore: 5,
        },
      ],
      threshold: 60,
      reviewersPerApplication: 3,
    }),
    funders: [
      {
        cluster: 'daegu-seongseo',
        budget: 800_000_000,
        currency: 'KRW',
        funds: 'COUNTRY',
        maxPerProject: 35_000_000,
      },
      {
        cluster: 'bw-automotive',
        budget: 80_000_000,
        currency: 'EUR',
        funds: 'REGION',
        maxPerProject: 30_000_000,
      },
    ],
  },
  {
    key: 'daegu-gumi-smart-factory',
    cluster: 'daegu-seongseo',
    createdBy: 'manager.daegu@spillover.demo',
    status: 'DRAFT',
    openedDaysAgo: null,
    values: (now) => ({
      programmeName: '산업단지 대개조 초광역 협력',
      titleKo: '대구-구미 초광역 스마트공장 고도화 공모(안)',
      descriptionKo:
        '대구·구미 산업단지 입주기업과 대학·연구기관의 스마트공장 고도화 공동과제 공모 초안입니다.',
      timeZone: 'Asia/Seoul',
      opensAt: seoulSixPm(now, 20),
      closesAt: seoulSixPm(now, 80),
      currency: 'KRW',
      maxGrantPerProject: 300_000_000,
      maxFundingRate: 75,
      fundingMode: 'REAL_COMMON_POT',
      eligibility: {
        minPartners: 2,
        minRegions: 2,
        requiredKinds: [{ kinds: ['FIRM'], min: 1 }],
        membership: 'EVERY_PARTNER',
      },
      criteria: [{ name: '기술성', weight: 60, maxScore: 100 }],
    }),
    funders: [
      { cluster: 'daegu-seongseo', budget: 2_000_000_000, currency: 'KRW', funds: 'MEMBERS' },
    ],
  },
  {
    key: 'daegu-hydrogen-2026',
    cluster: 'daegu-seongseo',
    createdBy: 'manager.daegu@spillover.demo',
    status: 'IN_EVALUATION',
    openedDaysAgo: 70,
    closedDaysAgo: 10,
    values: (now) => ({
      programmeName: '수소산업 R&DB (Hydrogen industry R&DB)',
      titleEn: 'Hydrogen mobility parts 2026',
      titleKo: '2026 수소 모빌리티 부품 공모',
      descriptionEn:
        'Joint R&DB projects of firms and research partners on hydrogen refuelling, fuel-cell vehicle parts and hydrogen safety.',
      descriptionKo:
        '수소충전, 연료전지 차량 부품, 수소 안전 분야 기업·연구기관 공동 R&DB 과제를 지원합니다.',
      timeZone: 'Asia/Seoul',
      opensAt: seoulSixPm(now, -70),
      closesAt: seoulSixPm(now, -10),
      currency: 'KRW',
      maxGrantPerProject: 200_000_000,
      maxFundingRate: 75,
      fundingMode: 'REAL_COMMON_POT',
      eligibility: {
        minPartners: 2,
        requiredKinds: [{ kinds: ['FIRM'], min: 1 }],
        leadKinds: ['FIRM'],
      },
      criteria: [
        {
          name: '기술성 (Excellence)',
          description: 'Novelty and soundness.',
          weight: 40,
          maxScore: 5,
          minScore: 3,
        },
        { name: '사업성 (Impact)', description: 'Market and spillover.', weight: 35, maxScore: 5 },
        {
          name: '수행역량 (Implementation)',
          description: 'Consortium and plan.',
          weight: 25,
          maxScore: 5,
        },
      ],
      threshold: 60,
      reviewersPerApplication: 2,
    }),
    funders: [
      { cluster: 'daegu-seongseo', budget: 500_000_000, currency: 'KRW', funds: 'COUNTRY' },
    ],
  },
];

/** An eligible consortium for the joint call (the demo spec checks it passes): a Daegu SME, KNU, Fraunhofer IPA. */
export const DEMO_JOINT_CONSORTIUM: {
  lead: DemoOrganizationKey;
  partners: readonly DemoOrganizationKey[];
} = {
  lead: 'seongseo-precision',
  partners: ['knu', 'fraunhofer-ipa'],
};

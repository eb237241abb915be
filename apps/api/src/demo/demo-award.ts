import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  callDraftSchema,
  parseInput,
  rankAndAllocate,
  type AwardApplication,
  type Funder,
} from '@spillover/domain';
import { ApplicationPartnerEntity } from '../application/application-partner.entity';
import { ApplicationEntity } from '../application/application.entity';
import { AwardGrantEntity } from '../award/award-grant.entity';
import { RedressRequestEntity } from '../award/redress-request.entity';
import { CallFunderEntity } from '../call/call-funder.entity';
import { callColumnsOf } from '../call/call-values';
import { CallEntity } from '../call/call.entity';
import { seoulSixPm } from './demo-calls';
import type { DemoClusterKey, DemoOrganizationKey } from './demo-data';

const DAY_MS = 86_400_000;

/** A consortium of the published call and the scores its three reviewers gave (technical, impact, feasibility, of 10). */
interface DemoAwardApplication {
  lead: DemoOrganizationKey;
  createdBy: string;
  title: string;
  leadRequestedBudget: number;
  partners: readonly { organization: DemoOrganizationKey; requestedBudget: number }[];
  scores: readonly (readonly number[])[];
}

/**
 * Last spring's Seongseo smart-manufacturing call, results published three days ago so a
 * newcomer sees an award: two projects funded, one in reserve (the budget ran out at rank
 * 3), one rejected below the threshold, whose lead filed a redress request the manager has
 * yet to answer. The award is computed by the domain's `rankAndAllocate` from the scores
 * below, as publication computes it (the reviews themselves belong to the review feature's
 * demo).
 */
export const DEMO_PUBLISHED_CALL = {
  key: 'seongseo-smart-manufacturing-2026',
  cluster: 'daegu-seongseo' as DemoClusterKey,
  createdBy: 'manager.daegu@spillover.demo',
  budget: 500_000_000,
  values: (now: Date) => ({
    programmeName: '산업단지 대개조 (Industrial complex renewal)',
    titleEn: 'Seongseo smart manufacturing call 2026',
    titleKo: '2026 성서 스마트제조 혁신 공모',
    descriptionEn:
      'Member firms of the Seongseo industrial complex with a university or institute partner: smart manufacturing upgrades funded from one pooled budget.',
    descriptionKo:
      '성서산업단지 입주기업과 대학·연구기관이 함께하는 스마트제조 고도화 과제를 단일 예산으로 지원합니다.',
    timeZone: 'Asia/Seoul',
    opensAt: seoulSixPm(now, -120),
    closesAt: seoulSixPm(now, -60),
    currency: 'KRW',
    maxGrantPerProject: 250_000_000,
    maxFundingRate: 75,
    fundingMode: 'REAL_COMMON_POT' as const,
    eligibility: {
      minPartners: 1,
      requiredKinds: [{ kinds: ['FIRM' as const], min: 1 }],
      membership: 'LEAD' as const,
    },
    criteria: [
      { name: '기술성 (Technical excellence)', weight: 40, maxScore: 10, minScore: 5 },
      { name: '파급효과 (Impact)', weight: 35, maxScore: 10 },
      { name: '수행역량 (Feasibility)', weight: 25, maxScore: 10 },
    ],
    threshold: 70,
    reviewersPerApplication: 3,
    budgetRule: 'STOP' as const,
    redressDays: 14,
  }),
  applications: [
    {
      lead: 'palgong-mobility',
      createdBy: 'ceo.palgong@spillover.demo',
      title: 'Die-cast EV motor housings on a monitored line',
      leadRequestedBudget: 200_000_000,
      partners: [{ organization: 'knu', requestedBudget: 50_000_000 }],
      scores: [
        [9, 9, 8],
        [9, 8, 8],
        [8, 9, 9],
      ],
    },
    {
      lead: 'hanbit-autotech',
      createdBy: 'ceo.hanbit@spillover.demo',
      title: 'Lightweight lidar brackets from recycled aluminium',
      leadRequestedBudget: 180_000_000,
      partners: [{ organization: 'kitech-daegu', requestedBudget: 0 }],
      scores: [
        [8, 8, 8],
        [9, 8, 7],
        [8, 8, 8],
      ],
    },
    {
      lead: 'seongseo-smart-machine',
      createdBy: 'ceo.seongseosmart@spillover.demo',
      title: 'Predictive maintenance for servo presses',
      leadRequestedBudget: 150_000_000,
      partners: [{ organization: 'dgist', requestedBudget: 0 }],
      scores: [
        [8, 7, 7],
        [7, 8, 7],
        [8, 7, 8],
      ],
    },
    {
      lead: 'dalgubeol-meditech',
      createdBy: 'ceo.dalgubeol@spillover.demo',
      title: 'Cleanroom injection moulding for medical parts',
      leadRequestedBudget: 100_000_000,
      partners: [{ organization: 'knu', requestedBudget: 0 }],
      scores: [
        [6, 6, 7],
        [5, 6, 6],
        [6, 5, 6],
      ],
    },
  ] satisfies readonly DemoAwardApplication[],
  redress: {
    lead: 'dalgubeol-meditech' as DemoOrganizationKey,
    by: 'ceo.dalgubeol@spillover.demo',
    text: '평가위원 2의 파급효과 점수가 의료기기 인증 일정을 반영하지 않았습니다. 인증 계획서를 다시 검토해 주세요. (The impact score of reviewer 2 missed our certification plan; please review it again.)',
  },
};

/** Inserts the published call and its award; returns how many applications it ranked. */
export async function insertDemoAward(
  manager: EntityManager,
  now: Date,
  clusterId: (key: DemoClusterKey) => string,
  organizationId: (key: DemoOrganizationKey) => string,
  userId: (email: string) => string,
): Promise<number> {
  const demo = DEMO_PUBLISHED_CALL;
  const values = parseInput(callDraftSchema, demo.values(now));
  const callId = randomUUID();
  const cluster = clusterId(demo.cluster);
  const publishedAt = new Date(now.getTime() - 3 * DAY_MS);
  await manager.insert(CallEntity, {
    id: callId,
    clusterId: cluster,
    createdById: userId(demo.createdBy),
    status: 'RESULTS_PUBLISHED',
    ...callColumnsOf(values),
    openedAt: values.opensAt ?? null,
    closedAt: values.closesAt ?? null,
    resultsPublishedAt: publishedAt,
    createdAt: new Date(now.getTime() - 130 * DAY_MS),
  });
  await manager.insert(CallFunderEntity, {
    callId,
    clusterId: cluster,
    budget: demo.budget,
    currency: 'KRW',
    funds: 'MEMBERS',
    maxPerProject: null,
    position: 1,
  });
  const [place] = (await manager.query(`SELECT country, region FROM cluster WHERE id = $1`, [
    cluster,
  ])) as { country: string; region: string | null }[];
  const funders: Funder[] = [
    {
      clusterId: cluster,
      funds: 'MEMBERS',
      country: place?.country ?? 'KR',
      region: place?.region ?? null,
      budget: demo.budget,
      currency: 'KRW',
      maxPerProject: null,
    },
  ];
  const ids = new Map<string, string>();
  const inputs: AwardApplication[] = [];
  for (const [i, app] of demo.applications.entries()) {
    const id = randomUUID();
    ids.set(app.lead, id);
    const submittedAt = new Date(now.getTime() - (62 + i) * DAY_MS);
    await manager.insert(ApplicationEntity, {
      id,
      callId,
      leadOrganizationId: organizationId(app.lead),
      status: 'ELIGIBLE',
      title: app.title,
      abstract: '',
      workPlanSummary: '',
      leadRequestedBudget: app.leadRequestedBudget,
      leadOwnContribution: app.leadRequestedBudget,
      submittedAt,
      decidedAt: values.closesAt ?? null,
      failedRules: [],
      createdById: userId(app.createdBy),
      createdAt: submittedAt,
    });
    await manager.insert(
      ApplicationPartnerEntity,
      app.partners.map((p) => ({
        applicationId: id,
        organizationId: organizationId(p.organization),
        status: 'ACCEPTED' as const,
        requestedBudget: p.requestedBudget,
        ownContribution: p.requestedBudget,
        answeredAt: submittedAt,
      })),
    );
    inputs.push({
      applicationId: id,
      submittedAt,
      organizations: [
        {
          organizationId: organizationId(app.lead),
          requestedBudget: app.leadRequestedBudget,
          country: 'KR',
          region: 'KR-27',
          activeClusterIds: [cluster],
          sme: true,
        },
        ...app.partners.map((p) => ({
          organizationId: organizationId(p.organization),
          requestedBudget: p.requestedBudget,
          country: 'KR',
          region: 'KR-27',
          activeClusterIds: [],
          sme: false,
        })),
      ],
      reviews: app.scores.map((s) => [...s]),
    });
  }
  const outcome = rankAndAllocate(
    {
      currency: 'KRW',
      criteria: values.criteria ?? [],
      threshold: values.threshold ?? 0,
      budgetRule: values.budgetRule ?? 'STOP',
      fundingMode: 'REAL_COMMON_POT',
      funders,
    },
    inputs,
  );
  for (const r of outcome.results) {
    await manager.update(
      ApplicationEntity,
      { id: r.applicationId },
      {
        status: r.status,
        awardStatus: r.status,
        rank: r.rank,
        score: r.score,
        awardPartial: r.partial,
        awardCriteria: r.criteria,
        awardReasons: r.reasons,
      },
    );
    const share = r.shares.find((s) => s.clusterId === cluster)?.amount ?? 0;
    const granted = r.grants.find((g) => g.clusterId === cluster)?.amount ?? 0;
    if (share || granted)
      await manager.insert(AwardGrantEntity, {
        applicationId: r.applicationId,
        clusterId: cluster,
        callId,
        share,
        granted,
      });
  }
  const redressApplication = ids.get(demo.redress.lead);
  if (redressApplication)
    await manager.insert(RedressRequestEntity, {
      callId,
      applicationId: redressApplication,
      organizationId: organizationId(demo.redress.lead),
      filedById: userId(demo.redress.by),
      text: demo.redress.text,
      filedAt: new Date(now.getTime() - 1 * DAY_MS),
    });
  return outcome.results.length;
}

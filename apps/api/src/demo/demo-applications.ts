import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  applicationDraftSchema,
  parseInput,
  type ApplicationStatus,
  type PartnerStatus,
} from '@spillover/domain';
import { ApplicationPartnerEntity } from '../application/application-partner.entity';
import { ApplicationEntity } from '../application/application.entity';
import { DEMO_JOINT_CONSORTIUM } from './demo-calls';
import type { DemoOrganizationKey } from './demo-data';

interface DemoApplication {
  call: string;
  lead: DemoOrganizationKey;
  createdBy: string;
  status: Extract<ApplicationStatus, 'DRAFT' | 'SUBMITTED' | 'UNDER_REVIEW'>;
  daysAgo: number;
  title: string;
  abstract: string;
  workPlanSummary: string;
  durationMonths: number;
  leadRequestedBudget: number;
  leadOwnContribution: number;
  partners: readonly {
    organization: DemoOrganizationKey;
    status: PartnerStatus;
    requestedBudget: number;
    ownContribution: number;
  }[];
}

const DAY_MS = 86_400_000;

/**
 * On the open Korea–Germany joint call: the eligible consortium submitted (a Daegu SME, KNU,
 * Fraunhofer IPA; amounts in euro cents within each funder's share and the 70 % rate), and
 * a second Daegu firm's draft with its university partner still invited.
 */
export const DEMO_APPLICATIONS: readonly DemoApplication[] = [
  {
    call: 'kr-de-emobility-2027',
    lead: DEMO_JOINT_CONSORTIUM.lead,
    createdBy: 'ceo.seongseo@spillover.demo',
    status: 'SUBMITTED',
    daysAgo: 2,
    title: 'Lightweight aluminium battery housings for e-trucks (LiBHouse)',
    abstract:
      'A Daegu SME, Kyungpook National University and Fraunhofer IPA develop a die-cast aluminium battery housing 25 % lighter than steel, validated on a Stuttgart pilot line.',
    workPlanSummary:
      'WP1 alloy and design (KNU), WP2 casting trials (성서정밀), WP3 automated assembly and testing (Fraunhofer IPA), WP4 exploitation.',
    durationMonths: 24,
    leadRequestedBudget: 15_000_000,
    leadOwnContribution: 7_000_000,
    partners: [
      {
        organization: 'knu',
        status: 'ACCEPTED',
        requestedBudget: 12_000_000,
        ownContribution: 6_000_000,
      },
      {
        organization: 'fraunhofer-ipa',
        status: 'ACCEPTED',
        requestedBudget: 20_000_000,
        ownContribution: 9_000_000,
      },
    ],
  },
  {
    call: 'kr-de-emobility-2027',
    lead: 'palgong-mobility',
    createdBy: 'ceo.palgong@spillover.demo',
    status: 'DRAFT',
    daysAgo: 1,
    title: '전기차 구동모터 냉각 모듈 공동개발',
    abstract:
      'Cooling modules for e-axle motors, with DGIST; a German partner is still to be found.',
    workPlanSummary: 'WP1 thermal simulation (DGIST), WP2 prototypes, WP3 road tests.',
    durationMonths: 18,
    leadRequestedBudget: 10_000_000,
    leadOwnContribution: 5_000_000,
    partners: [
      {
        organization: 'dgist',
        status: 'INVITED',
        requestedBudget: 8_000_000,
        ownContribution: 4_000_000,
      },
    ],
  },
  ...(
    [
      {
        lead: 'masan-hydrogen',
        createdBy: 'ceo.masanh2@spillover.demo',
        title: 'High-pressure valves for hydrogen refuelling stations (H2Valve)',
        abstract:
          'A Masan firm and KERI localise 87.5 MPa valves for hydrogen refuelling stations, with seat materials resistant to hydrogen embrittlement.',
        partner: 'keri',
      },
      {
        lead: 'changwon-hydraulics',
        createdBy: 'ceo.changwonhyd@spillover.demo',
        title: '수소 연료전지 트럭용 유압 액추에이터',
        abstract:
          'Hydraulic actuators for fuel-cell trucks, light and leak-free, designed with Changwon National University.',
        partner: 'changwon-national-university',
      },
      {
        lead: 'nakdong-sensor',
        createdBy: 'ceo.nakdong@spillover.demo',
        title: 'Hydrogen leak sensors for industrial complexes',
        abstract:
          'Low-cost hydrogen leak sensors networked across an industrial complex, with Kumoh National Institute of Technology.',
        partner: 'kumoh',
      },
    ] as const
  ).map((a): DemoApplication => ({
    call: 'daegu-hydrogen-2026',
    lead: a.lead,
    createdBy: a.createdBy,
    status: 'UNDER_REVIEW',
    daysAgo: 30,
    title: a.title,
    abstract: a.abstract,
    workPlanSummary: 'WP1 design, WP2 prototypes, WP3 field tests, WP4 exploitation.',
    durationMonths: 24,
    leadRequestedBudget: 120_000_000,
    leadOwnContribution: 60_000_000,
    partners: [
      {
        organization: a.partner,
        status: 'ACCEPTED',
        requestedBudget: 60_000_000,
        ownContribution: 20_000_000,
      },
    ],
  })),
];

/** Inserts the demo applications as the service stores them; linked needs are the lead's open ones. */
export async function insertDemoApplications(
  manager: EntityManager,
  now: Date,
  callId: (key: string) => string,
  organizationId: (key: DemoOrganizationKey) => string,
  userId: (email: string) => string,
): Promise<number> {
  for (const demo of DEMO_APPLICATIONS) {
    const lead = organizationId(demo.lead);
    const needs: { id: string }[] = await manager.query(
      `SELECT id FROM technology_need WHERE organization_id = $1 AND status = 'OPEN' ORDER BY created_at LIMIT 2`,
      [lead],
    );
    const values = parseInput(applicationDraftSchema, {
      title: demo.title,
      abstract: demo.abstract,
      workPlanSummary: demo.workPlanSummary,
      durationMonths: demo.durationMonths,
      leadRequestedBudget: demo.leadRequestedBudget,
      leadOwnContribution: demo.leadOwnContribution,
      linkedNeedIds: needs.map((n) => n.id),
    });
    const at = new Date(now.getTime() - demo.daysAgo * DAY_MS);
    const id = randomUUID();
    await manager.insert(ApplicationEntity, {
      id,
      callId: callId(demo.call),
      leadOrganizationId: lead,
      status: demo.status,
      ...values,
      durationMonths: values.durationMonths ?? null,
      submittedAt: demo.status === 'DRAFT' ? null : at,
      // Under review: found eligible at the call's close (failedRules empty).
      ...(demo.status === 'UNDER_REVIEW'
        ? { failedRules: [], decidedAt: new Date(at.getTime() + 15 * DAY_MS) }
        : {}),
      createdById: userId(demo.createdBy),
      createdAt: at,
    });
    await manager.insert(
      ApplicationPartnerEntity,
      demo.partners.map((partner) => ({
        applicationId: id,
        organizationId: organizationId(partner.organization),
        status: partner.status,
        requestedBudget: partner.requestedBudget,
        ownContribution: partner.ownContribution,
        invitedAt: at,
        answeredAt: partner.status === 'INVITED' ? null : at,
      })),
    );
  }
  return DEMO_APPLICATIONS.length;
}

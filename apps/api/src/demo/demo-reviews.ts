import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  reviewerExpertiseSchema,
  parseInput,
  type ReviewAssignmentStatus,
  type ReviewScore,
} from '@spillover/domain';
import { CallReviewerEntity } from '../review/call-reviewer.entity';
import { ReviewAssignmentEntity } from '../review/review-assignment.entity';
import { ReviewEntity } from '../review/review.entity';

/**
 * The panel of the demo's hydrogen call, in evaluation: an independent expert (the advertised
 * reviewer login), GERI, DGIST and KERI, platform users seated with their expertise in the
 * taxonomy's technology areas and NACE sectors, plus an expert invited by e-mail who has not
 * registered yet. KERI is a partner of the valve consortium, so it is assigned elsewhere;
 * the assignments below are conflict-free (the demo test runs the conflict check on them).
 */
export const DEMO_REVIEW_CALL = 'daegu-hydrogen-2026';
export const DEMO_REVIEWER_EMAIL = 'reviewer@spillover.demo';

interface DemoPoolMember {
  email: string;
  /** Whether the address has an account in the demo (an invitee may not have one yet). */
  registered: boolean;
  maxLoad: number;
  expertise: { technologyCodes: string[]; sectors: string[]; text: string };
}

export const DEMO_POOL: readonly DemoPoolMember[] = [
  {
    email: DEMO_REVIEWER_EMAIL,
    registered: true,
    maxLoad: 3,
    expertise: {
      technologyCodes: ['EF05', 'EF09'],
      sectors: ['28', '29'],
      text: 'Hydrogen refuelling stations, high-pressure valves and fuel cell systems; 수소충전소, 고압 밸브',
    },
  },
  {
    email: 'partnering.geri@spillover.demo',
    registered: true,
    maxLoad: 2,
    expertise: {
      technologyCodes: ['ED03', 'EA18'],
      sectors: ['27'],
      text: 'Power electronics and sensors for electric vehicles',
    },
  },
  {
    email: 'tlo.dgist@spillover.demo',
    registered: true,
    maxLoad: 2,
    expertise: {
      technologyCodes: ['EA04', 'EA17'],
      sectors: ['29'],
      text: 'Hydraulic actuators, thermal management, robotics',
    },
  },
  {
    email: 'partnering.keri@spillover.demo',
    registered: true,
    maxLoad: 2,
    expertise: {
      technologyCodes: ['ED03', 'EF05'],
      sectors: ['27'],
      text: 'Electrical safety of hydrogen systems',
    },
  },
  {
    email: 'h2.expert@example.org',
    registered: false,
    maxLoad: 2,
    expertise: { technologyCodes: [], sectors: [], text: 'Hydrogen embrittlement of steels' },
  },
];

interface DemoSeat {
  application: string;
  reviewer: string;
  status: ReviewAssignmentStatus;
  affinity: number;
  review?: { status: 'DRAFT' | 'SUBMITTED'; scores: ReviewScore[] };
}

/** Titles of the call's applications (demo-applications.ts) and who sits on each. */
export const DEMO_SEATS: readonly DemoSeat[] = [
  {
    application: 'High-pressure valves for hydrogen refuelling stations (H2Valve)',
    reviewer: DEMO_REVIEWER_EMAIL,
    status: 'NO_CONFLICT_DECLARED',
    affinity: 0.42,
    review: {
      status: 'SUBMITTED',
      scores: [
        { score: 4, comment: 'Sound valve design; the seat materials are well chosen.' },
        { score: 4, comment: 'Clear market in Korean refuelling stations.' },
        { score: 3, comment: 'KERI’s testing role could be more concrete.' },
      ],
    },
  },
  {
    application: 'High-pressure valves for hydrogen refuelling stations (H2Valve)',
    reviewer: 'partnering.geri@spillover.demo',
    status: 'NO_CONFLICT_DECLARED',
    affinity: 0.12,
    review: {
      status: 'DRAFT',
      scores: [
        { score: 4, comment: 'Convincing test plan.' },
        { score: null, comment: '' },
        { score: null, comment: '' },
      ],
    },
  },
  {
    application: '수소 연료전지 트럭용 유압 액추에이터',
    reviewer: DEMO_REVIEWER_EMAIL,
    status: 'ASSIGNED',
    affinity: 0.18,
  },
  {
    application: '수소 연료전지 트럭용 유압 액추에이터',
    reviewer: 'tlo.dgist@spillover.demo',
    status: 'ASSIGNED',
    affinity: 0.31,
  },
  {
    application: 'Hydrogen leak sensors for industrial complexes',
    reviewer: 'partnering.geri@spillover.demo',
    status: 'ASSIGNED',
    affinity: 0.28,
  },
  {
    application: 'Hydrogen leak sensors for industrial complexes',
    reviewer: 'tlo.dgist@spillover.demo',
    status: 'ASSIGNED',
    affinity: 0.09,
  },
];

const DAY_MS = 86_400_000;

/** Inserts the pool, the seats and their reviews, as the review services store them. */
export async function insertDemoReviews(
  manager: EntityManager,
  now: Date,
  callId: string,
  userId: (email: string) => string,
  invitedBy: string,
): Promise<number> {
  const reviewerIds = new Map<string, string>();
  for (const member of DEMO_POOL) {
    const id = randomUUID();
    reviewerIds.set(member.email, id);
    await manager.insert(CallReviewerEntity, {
      id,
      callId,
      userId: member.registered ? userId(member.email) : null,
      email: member.email,
      expertise: parseInput(reviewerExpertiseSchema, member.expertise),
      maxLoad: member.maxLoad,
      status: member.registered ? 'ACTIVE' : 'INVITED',
      invitedById: invitedBy,
      createdAt: new Date(now.getTime() - 9 * DAY_MS),
    });
  }
  const applications: { id: string; title: string }[] = await manager.query(
    `SELECT id, title FROM application WHERE call_id = $1`,
    [callId],
  );
  const applicationId = (title: string) => {
    const found = applications.find((a) => a.title === title);
    if (!found) throw new Error(`Demo review refers to an unknown application: ${title}`);
    return found.id;
  };
  for (const seat of DEMO_SEATS) {
    const id = randomUUID();
    await manager.insert(ReviewAssignmentEntity, {
      id,
      callId,
      applicationId: applicationId(seat.application),
      reviewerId: reviewerIds.get(seat.reviewer) as string,
      affinity: seat.affinity,
      status: seat.status,
      assignedBy: 'SOLVER',
      createdAt: new Date(now.getTime() - 8 * DAY_MS),
    });
    if (seat.review)
      await manager.insert(ReviewEntity, {
        assignmentId: id,
        scores: seat.review.scores,
        status: seat.review.status,
        submittedAt:
          seat.review.status === 'SUBMITTED' ? new Date(now.getTime() - 3 * DAY_MS) : null,
        reopenedCount: 0,
      });
  }
  return DEMO_SEATS.length;
}

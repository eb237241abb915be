import type { Language } from '../common/fields';
import { badInput, errorKey } from '../errors/domain-error';

/**
 * How a user receives one type of notification: in the inbox only, in the inbox and by
 * e-mail at once, in the inbox and in one e-mail a day, or not at all.
 */
export const NOTIFICATION_DELIVERIES = ['IN_APP', 'EMAIL_NOW', 'DAILY_DIGEST', 'OFF'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

/**
 * What a notification is about. The inbox checks, at every read, that the recipient may
 * still read that object (a need that became private is neither listed, counted nor
 * delivered live); `NONE` is about the recipient only (e.g. an invitation to them).
 */
export const NOTIFICATION_SUBJECTS = ['NEED', 'CAPABILITY', 'CONVERSATION', 'NONE'] as const;
export type NotificationSubject = (typeof NOTIFICATION_SUBJECTS)[number];

interface NotificationTypeSpec {
  /** Delivery for users who did not choose one. */
  defaultDelivery: NotificationDelivery;
  subject: NotificationSubject;
  label: Record<Language, string>;
}

/**
 * Every notification type, one registry. A feature adds its events by adding an entry here
 * (and its e-mail texts under `notification` in the e-mail catalogs); the fan-out job, the
 * preferences, the inbox, the digest and the web take it from there.
 */
export const NOTIFICATION_TYPES = {
  'match.strong': {
    defaultDelivery: 'IN_APP',
    subject: 'NEED',
    label: { en: 'A new strong match for your need', ko: '내 수요에 새로 맞는 강한 매칭' },
  },
  'interest.received': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'An interest received', ko: '받은 관심표명' },
  },
  'interest.shortlisted': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Your interest was shortlisted', ko: '관심표명이 후보로 선정됨' },
  },
  'interest.accepted': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Your interest was accepted', ko: '관심표명이 수락됨' },
  },
  'interest.declined': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Your interest was declined', ko: '관심표명이 거절됨' },
  },
  'message.received': {
    defaultDelivery: 'IN_APP',
    subject: 'CONVERSATION',
    label: { en: 'A new message', ko: '새 메시지' },
  },
  'organization.invited': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'An invitation to an organization', ko: '기관 초대' },
  },
  'cluster.applicationDecided': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A cluster application decided', ko: '클러스터 가입 신청 결과' },
  },
  'cluster.partnershipProposed': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: {
      en: 'A partnership proposed to your cluster',
      ko: '내 클러스터에 제안된 협력(파트너십)',
    },
  },
  'cluster.partnershipAnswered': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'An answer to your partnership proposal', ko: '협력(파트너십) 제안에 대한 응답' },
  },
  'cluster.partnershipEnded': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A cluster partnership ended', ko: '클러스터 협력(파트너십) 종료' },
  },
  'need.ndaAccepted': {
    defaultDelivery: 'IN_APP',
    subject: 'NEED',
    label: { en: 'An NDA accepted on your need', ko: '내 수요에 대한 비밀유지 동의' },
  },
  'need.deadlineSoon': {
    defaultDelivery: 'DAILY_DIGEST',
    subject: 'NEED',
    label: { en: "A need's deadline in 3 days", ko: '3일 후 마감되는 수요' },
  },
  // Members of the funding clusters hear of a call they may apply to (an OPEN call is readable by everyone signed in).
  'call.opened': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A call opened in your cluster', ko: '내 클러스터의 공모 개시' },
  },
  'application.partnerInvited': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'An invitation to join a consortium', ko: '컨소시엄 참여 초대' },
  },
  'application.partnerAnswered': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A partner answered your invitation', ko: '참여기관의 초대 응답' },
  },
  'application.deadlineSoon': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A call you apply to closes soon', ko: '신청한 공모의 마감 임박' },
  },
  'application.deadlineExtended': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A call you apply to extended its deadline', ko: '신청한 공모의 마감 연장' },
  },
  'application.eligibilityDecided': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Your application’s eligibility was decided', ko: '신청서의 신청자격 판정' },
  },
  // The lead's and the accepted partners' members hear of their result, and of any change to it.
  'award.published': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'The results of a call you applied to', ko: '신청한 공모의 결과 발표' },
  },
  'award.changed': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Your project was promoted or its funding cut', ko: '과제의 선정 승격 또는 취소' },
  },
  'award.redressAnswered': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Your redress request was answered', ko: '이의신청 답변' },
  },
  'search.newResults': {
    defaultDelivery: 'DAILY_DIGEST',
    subject: 'NONE',
    label: { en: 'New results for a saved search', ko: '저장한 검색의 새 결과' },
  },
  'collaboration.completed': {
    defaultDelivery: 'IN_APP',
    subject: 'NONE',
    label: { en: 'A collaboration marked completed', ko: '협력 완료 처리' },
  },
  'review.invited': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'An invitation to a review panel', ko: '평가위원 위촉 요청' },
  },
  'review.assigned': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'Applications assigned to you for review', ko: '배정된 평가 대상' },
  },
  'review.reminder': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A reminder of unfinished reviews', ko: '미완료 평가 독려' },
  },
  'review.reopened': {
    defaultDelivery: 'EMAIL_NOW',
    subject: 'NONE',
    label: { en: 'A submitted review reopened', ko: '제출한 평가의 재개' },
  },
} as const satisfies Record<string, NotificationTypeSpec>;

export type NotificationType = keyof typeof NOTIFICATION_TYPES;

export const NOTIFICATION_TYPE_NAMES = Object.keys(NOTIFICATION_TYPES) as NotificationType[];

export const isNotificationType = (value: string): value is NotificationType =>
  Object.hasOwn(NOTIFICATION_TYPES, value);

export const isNotificationDelivery = (value: string): value is NotificationDelivery =>
  (NOTIFICATION_DELIVERIES as readonly string[]).includes(value);

/** The delivery a user gets for a type: their choice, else the type's default. */
export const effectiveDelivery = (
  type: NotificationType,
  chosen: NotificationDelivery | null | undefined,
): NotificationDelivery => chosen ?? NOTIFICATION_TYPES[type].defaultDelivery;

/** Whether a notification of this delivery is stored in the recipient's inbox. */
export const storedInInbox = (delivery: NotificationDelivery): boolean => delivery !== 'OFF';

/** Checks a preference sent by a client; refuses unknown types and deliveries by field. */
export function parseNotificationPreference(input: { type: string; delivery: string }): {
  type: NotificationType;
  delivery: NotificationDelivery;
} {
  if (!isNotificationType(input.type))
    throw badInput(
      'type',
      'Choose one of the notification types listed on the preferences page.',
      errorKey('notification.unknownType'),
    );
  if (!isNotificationDelivery(input.delivery))
    throw badInput(
      'delivery',
      'Choose in-app, e-mail at once, daily digest or off.',
      errorKey('notification.unknownDelivery'),
    );
  return { type: input.type, delivery: input.delivery };
}

/** Strong-match threshold, as the percentage every screen shows a score in. */
export const STRONG_MATCH_THRESHOLD_MIN = 50;
export const STRONG_MATCH_THRESHOLD_MAX = 100;
export const STRONG_MATCH_THRESHOLD_DEFAULT = 80;

export function parseStrongMatchThreshold(percent: number): number {
  if (
    !Number.isInteger(percent) ||
    percent < STRONG_MATCH_THRESHOLD_MIN ||
    percent > STRONG_MATCH_THRESHOLD_MAX
  )
    throw badInput(
      'percent',
      `Choose a whole percentage from ${STRONG_MATCH_THRESHOLD_MIN} to ${STRONG_MATCH_THRESHOLD_MAX}.`,
      errorKey('notification.thresholdRange'),
      { min: STRONG_MATCH_THRESHOLD_MIN, max: STRONG_MATCH_THRESHOLD_MAX },
    );
  return percent;
}

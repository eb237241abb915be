import type { Language } from '../common/fields';

/**
 * Every action the platform records in its audit trail. The API's audit writer accepts only
 * these, so a new action cannot be recorded without a label in both languages below.
 */
export const AUDIT_ACTIONS = [
  'user.registered',
  'user.profileUpdated',
  'user.passwordChanged',
  'user.madeAdmin',
  'user.emailVerified',
  'user.passwordResetRequested',
  'user.passwordReset',
  'apiToken.created',
  'apiToken.revoked',
  'organization.created',
  'organization.updated',
  'membership.created',
  'membership.roleChanged',
  'membership.removed',
  'invitation.created',
  'invitation.accepted',
  'invitation.declined',
  'invitation.revoked',
  'cluster.created',
  'cluster.managerAppointed',
  'cluster.managerRemoved',
  'clusterMembership.applied',
  'clusterMembership.admitted',
  'clusterMembership.rejected',
  'clusterMembership.removed',
  'clusterPartnership.proposed',
  'clusterPartnership.accepted',
  'clusterPartnership.declined',
  'clusterPartnership.ended',
  'need.created',
  'need.updated',
  'need.published',
  'need.closed',
  'need.expired',
  'need.deleted',
  'need.ndaTermsSet',
  'nda.accepted',
  'capability.created',
  'capability.updated',
  'capability.published',
  'capability.archived',
  'capability.deleted',
  'match.dismissed',
  'match.restored',
  'match.bookmarked',
  'match.unbookmarked',
  'conversation.reported',
  'conversation.moderatorRead',
  'call.created',
  'call.updated',
  'call.funderAdded',
  'call.funderRemoved',
  'call.opened',
  'call.deadlineExtended',
  'call.closed',
  'application.created',
  'application.updated',
  'application.partnerInvited',
  'application.partnerRemoved',
  'application.partnerAnswered',
  'application.submitted',
  'application.withdrawn',
  'application.eligibilityDecided',
  'application.eligibilityOverridden',
  'demo.loaded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(value);

/** The kinds of object an audit event is about. */
export const AUDIT_OBJECT_TYPES = [
  'User',
  'ApiToken',
  'Organization',
  'Membership',
  'Invitation',
  'Cluster',
  'ClusterMembership',
  'ClusterPartnership',
  'TechnologyNeed',
  'Capability',
  'Conversation',
  'Call',
  'Application',
  'Platform',
] as const;
export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

/**
 * How a person reads an action, in each language: the audit page shows these and the CSV
 * export writes them, so both say the same.
 */
export const AUDIT_ACTION_LABELS: Readonly<Record<AuditAction, Record<Language, string>>> = {
  'user.registered': { en: 'Signed up', ko: '회원 가입' },
  'user.profileUpdated': { en: 'Updated their profile', ko: '프로필 수정' },
  'user.passwordChanged': { en: 'Changed their password', ko: '비밀번호 변경' },
  'user.madeAdmin': { en: 'Made a platform administrator', ko: '플랫폼 관리자 지정' },
  'user.emailVerified': { en: 'Confirmed their e-mail address', ko: '이메일 주소 확인' },
  'user.passwordResetRequested': {
    en: 'Asked for a password reset e-mail',
    ko: '비밀번호 재설정 메일 요청',
  },
  'user.passwordReset': { en: 'Reset their password by e-mail', ko: '이메일로 비밀번호 재설정' },
  'apiToken.created': { en: 'Created an API token', ko: 'API 토큰 생성' },
  'apiToken.revoked': { en: 'Revoked an API token', ko: 'API 토큰 폐기' },
  'organization.created': { en: 'Registered an organization', ko: '기관 등록' },
  'organization.updated': { en: 'Edited an organization', ko: '기관 정보 수정' },
  'membership.created': { en: 'Joined an organization', ko: '기관 구성원 추가' },
  'membership.roleChanged': { en: 'Changed a member’s role', ko: '구성원 역할 변경' },
  'membership.removed': { en: 'Removed a member', ko: '구성원 내보내기' },
  'invitation.created': { en: 'Invited a member', ko: '구성원 초대' },
  'invitation.accepted': { en: 'Accepted an invitation', ko: '초대 수락' },
  'invitation.declined': { en: 'Declined an invitation', ko: '초대 거절' },
  'invitation.revoked': { en: 'Revoked an invitation', ko: '초대 취소' },
  'cluster.created': { en: 'Created a cluster', ko: '클러스터 생성' },
  'cluster.managerAppointed': { en: 'Appointed a cluster manager', ko: '클러스터 운영자 지정' },
  'cluster.managerRemoved': { en: 'Removed a cluster manager', ko: '클러스터 운영자 해제' },
  'clusterMembership.applied': { en: 'Applied to join a cluster', ko: '클러스터 가입 신청' },
  'clusterMembership.admitted': { en: 'Admitted a cluster member', ko: '클러스터 가입 승인' },
  'clusterMembership.rejected': { en: 'Rejected a cluster application', ko: '클러스터 가입 거절' },
  'clusterMembership.removed': { en: 'Removed a cluster member', ko: '클러스터 회원 제외' },
  'clusterPartnership.proposed': {
    en: 'Proposed a cluster partnership',
    ko: '클러스터 협력(파트너십) 제안',
  },
  'clusterPartnership.accepted': {
    en: 'Accepted a cluster partnership',
    ko: '클러스터 협력(파트너십) 수락',
  },
  'clusterPartnership.declined': {
    en: 'Declined a cluster partnership',
    ko: '클러스터 협력(파트너십) 거절',
  },
  'clusterPartnership.ended': {
    en: 'Ended a cluster partnership',
    ko: '클러스터 협력(파트너십) 종료',
  },
  'need.created': { en: 'Drafted a technology need', ko: '기술수요 작성' },
  'need.updated': { en: 'Edited a technology need', ko: '기술수요 수정' },
  'need.published': { en: 'Published a technology need', ko: '기술수요 게시' },
  'need.closed': { en: 'Closed a technology need', ko: '기술수요 마감' },
  'need.expired': { en: 'A technology need expired', ko: '기술수요 기한 만료' },
  'need.deleted': { en: 'Deleted a draft need', ko: '기술수요 임시저장 삭제' },
  'need.ndaTermsSet': { en: 'Set NDA terms', ko: '비밀유지 약관 설정' },
  'nda.accepted': { en: 'Accepted NDA terms', ko: '비밀유지 약관 동의' },
  'capability.created': { en: 'Drafted a capability', ko: '보유역량 작성' },
  'capability.updated': { en: 'Edited a capability', ko: '보유역량 수정' },
  'capability.published': { en: 'Published a capability', ko: '보유역량 게시' },
  'capability.archived': { en: 'Archived a capability', ko: '보유역량 보관' },
  'capability.deleted': { en: 'Deleted a draft capability', ko: '보유역량 임시저장 삭제' },
  'match.dismissed': { en: 'Dismissed a match', ko: '매칭 제외' },
  'match.restored': { en: 'Restored a dismissed match', ko: '제외한 매칭 복원' },
  'match.bookmarked': { en: 'Bookmarked a match', ko: '매칭 관심 표시' },
  'match.unbookmarked': { en: 'Removed a match bookmark', ko: '매칭 관심 해제' },
  'conversation.reported': { en: 'Reported a conversation', ko: '대화 신고' },
  'conversation.moderatorRead': {
    en: 'Read a reported conversation (moderation)',
    ko: '신고된 대화 열람(운영 검토)',
  },
  'call.created': { en: 'Drafted a call', ko: '공모 작성' },
  'call.updated': { en: 'Edited a draft call', ko: '공모 임시저장 수정' },
  'call.funderAdded': { en: 'Added a funder to a call', ko: '공모 지원기관 추가' },
  'call.funderRemoved': { en: 'Removed a funder from a call', ko: '공모 지원기관 제외' },
  'call.opened': { en: 'Opened a call', ko: '공모 개시' },
  'call.deadlineExtended': { en: 'Extended a call’s deadline', ko: '공모 마감 연장' },
  'call.closed': { en: 'Closed a call', ko: '공모 마감' },
  'application.created': { en: 'Drafted an application', ko: '신청서 작성' },
  'application.updated': { en: 'Edited a draft application', ko: '신청서 임시저장 수정' },
  'application.partnerInvited': { en: 'Invited a partner to an application', ko: '참여기관 초대' },
  'application.partnerRemoved': {
    en: 'Removed a partner from an application',
    ko: '참여기관 제외',
  },
  'application.partnerAnswered': {
    en: 'Answered an invitation to a consortium',
    ko: '컨소시엄 초대 응답',
  },
  'application.submitted': { en: 'Submitted an application', ko: '신청서 제출' },
  'application.withdrawn': { en: 'Withdrew an application', ko: '신청 철회' },
  'application.eligibilityDecided': {
    en: 'Decided an application’s eligibility',
    ko: '신청자격 판정',
  },
  'application.eligibilityOverridden': {
    en: 'Overrode an application’s eligibility',
    ko: '신청자격 판정 변경',
  },
  'demo.loaded': { en: 'Loaded the demo data', ko: '데모 데이터 적재' },
};

/** The label of an action; an unknown code (from an older release) reads as itself. */
export const auditActionLabel = (action: string, language: Language): string =>
  isAuditAction(action) ? AUDIT_ACTION_LABELS[action][language] : action;

export const AUDIT_OBJECT_TYPE_LABELS: Readonly<Record<AuditObjectType, Record<Language, string>>> =
  {
    User: { en: 'Person', ko: '사용자' },
    ApiToken: { en: 'API token', ko: 'API 토큰' },
    Organization: { en: 'Organization', ko: '기관' },
    Membership: { en: 'Membership', ko: '기관 구성원' },
    Invitation: { en: 'Invitation', ko: '초대' },
    Cluster: { en: 'Cluster', ko: '클러스터' },
    ClusterMembership: { en: 'Cluster membership', ko: '클러스터 회원' },
    ClusterPartnership: { en: 'Cluster partnership', ko: '클러스터 협력(파트너십)' },
    TechnologyNeed: { en: 'Technology need', ko: '기술수요' },
    Capability: { en: 'Capability', ko: '보유역량' },
    Conversation: { en: 'Conversation', ko: '대화' },
    Call: { en: 'Call', ko: '공모' },
    Application: { en: 'Application', ko: '신청서' },
    Platform: { en: 'Platform', ko: '플랫폼' },
  };

export const auditObjectTypeLabel = (objectType: string, language: Language): string =>
  (AUDIT_OBJECT_TYPES as readonly string[]).includes(objectType)
    ? AUDIT_OBJECT_TYPE_LABELS[objectType as AuditObjectType][language]
    : objectType;

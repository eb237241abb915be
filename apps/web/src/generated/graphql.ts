import type { TypedDocumentNode as DocumentNode } from '@apollo/client';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant as an RFC 3339 date-time with its offset, like 2026-12-31T18:00:00+09:00 or 2026-12-31T09:00:00Z. Answers are at UTC. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type AcceptNdaInput = {
  needId: Scalars['ID']['input'];
  /** The organization that accepts (you must be its ORG_ADMIN). */
  organizationId: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['String']['input'];
};

/** A platform user (userId) or an expert to invite by e-mail (email), not both. */
export type AddReviewerInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  expertise?: InputMaybe<ReviewerExpertiseInput>;
  maxLoad: Scalars['Int']['input'];
  userId?: InputMaybe<Scalars['ID']['input']>;
};

/** A submitted review without who wrote it: reviewers are numbered in an order unrelated to assignment. */
export type AnonymousReview = {
  __typename: 'AnonymousReview';
  comments: Array<ReviewerComment>;
  reviewer: Scalars['Int']['output'];
};

export type ApiToken = {
  __typename: 'ApiToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The first characters of the token, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

export type Application = {
  __typename: 'Application';
  abstract: Scalars['String']['output'];
  call: Call;
  /** The lead’s and every invited partner’s facts the eligibility rules read, lead first: with Call.eligibility, Call.funders and Call.partnerClusterIds, the form runs the rules live (checkConsortium) as the server does at submission. */
  consortiumFacts: Array<ConsortiumOrganizationFacts>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  durationMonths: Maybe<Scalars['Int']['output']>;
  /** Every rule the consortium (lead and accepted partners) fails now; empty when eligible. */
  eligibility: Array<EligibilityFailure>;
  /** The rules it failed when eligibility was decided at close; null before. */
  failedRules: Maybe<Array<EligibilityFailure>>;
  id: Scalars['ID']['output'];
  leadOrganization: Organization;
  leadOwnContribution: Scalars['SafeInt']['output'];
  leadRequestedBudget: Scalars['SafeInt']['output'];
  linkedCollaborationIds: Array<Scalars['ID']['output']>;
  linkedNeedIds: Array<Scalars['ID']['output']>;
  /** The lead’s technology needs this project answers, those the viewer may read (another need is left out, as if not linked). */
  linkedNeeds: Array<TechnologyNeed>;
  /** A manager’s written reason for an override. */
  overrideReason: Maybe<Scalars['String']['output']>;
  /** For each failed rule another partner could fix: organizations that would, ranked by the matching engine for the linked needs (drafts, for the lead’s members). */
  partnerSuggestions: Array<PartnerSuggestion>;
  /** Invited, accepted and declined partners. */
  partners: Array<ApplicationPartner>;
  status: ApplicationStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** What you may do now: edit, submit, withdraw, override. */
  viewerActions: Array<Scalars['String']['output']>;
  workPlanSummary: Scalars['String']['output'];
};

export type ApplicationDraftInput = {
  abstract?: InputMaybe<Scalars['String']['input']>;
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  leadOwnContribution?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Minor units of the call’s currency, 0 to 10^14. */
  leadRequestedBudget?: InputMaybe<Scalars['SafeInt']['input']>;
  /** Collaborations of the lead organization. */
  linkedCollaborationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Needs of the lead organization. */
  linkedNeedIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  title: Scalars['String']['input'];
  workPlanSummary?: InputMaybe<Scalars['String']['input']>;
};

/** An invitation as the invited organization reads it (the application itself once accepted). */
export type ApplicationInvitation = {
  __typename: 'ApplicationInvitation';
  applicationId: Scalars['ID']['output'];
  applicationStatus: ApplicationStatus;
  call: Call;
  invitedAt: Scalars['DateTime']['output'];
  leadOrganization: Organization;
  /** The invited organization. */
  organization: Organization;
  ownContribution: Scalars['SafeInt']['output'];
  requestedBudget: Scalars['SafeInt']['output'];
  status: ApplicationPartnerStatus;
  title: Scalars['String']['output'];
};

export type ApplicationPartner = {
  __typename: 'ApplicationPartner';
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  invitedAt: Scalars['DateTime']['output'];
  organization: Organization;
  ownContribution: Scalars['SafeInt']['output'];
  /** Minor units of the call’s currency. */
  requestedBudget: Scalars['SafeInt']['output'];
  status: ApplicationPartnerStatus;
};

export type ApplicationPartnerInput = {
  organizationId: Scalars['ID']['input'];
  ownContribution: Scalars['SafeInt']['input'];
  /** Minor units of the call’s currency, 0 to 10^14. */
  requestedBudget: Scalars['SafeInt']['input'];
};

export type ApplicationPartnerStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'INVITED';

/** An application’s published result as its consortium reads it. */
export type ApplicationResult = {
  __typename: 'ApplicationResult';
  applicationId: Scalars['ID']['output'];
  callId: Scalars['ID']['output'];
  criteria: Array<CriterionResult>;
  currency: Scalars['String']['output'];
  granted: Scalars['SafeInt']['output'];
  /** Whether the viewer may decline the award (FUNDED, consortium member). */
  mayDecline: Scalars['Boolean']['output'];
  /** Whether the viewer may file a redress request now. */
  mayRequestRedress: Scalars['Boolean']['output'];
  partial: Scalars['Boolean']['output'];
  rank: Scalars['Int']['output'];
  rankedCount: Scalars['Int']['output'];
  reasons: Array<AwardReason>;
  redress: Maybe<RedressRequest>;
  redressDeadline: Scalars['DateTime']['output'];
  requested: Scalars['SafeInt']['output'];
  reviews: Array<AnonymousReview>;
  score: Scalars['Float']['output'];
  status: AwardStatus;
  /** The call’s overall threshold. */
  threshold: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ApplicationReviewProgress = {
  __typename: 'ApplicationReviewProgress';
  applicationId: Scalars['ID']['output'];
  assigned: Scalars['Int']['output'];
  conflicts: Scalars['Int']['output'];
  needed: Scalars['Int']['output'];
  submitted: Scalars['Int']['output'];
  title: Scalars['String']['output'];
};

export type ApplicationStatus =
  | 'DRAFT'
  | 'ELIGIBLE'
  | 'FUNDED'
  | 'INELIGIBLE'
  | 'REJECTED'
  | 'RESERVE'
  | 'SUBMITTED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

export type ApplyToClusterInput = {
  clusterId: Scalars['ID']['input'];
  message?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
};

export type AppointClusterManagerInput = {
  clusterId: Scalars['ID']['input'];
  /** The e-mail of a registered user. */
  email: Scalars['String']['input'];
};

export type AssignedBy =
  | 'MANAGER'
  | 'SOLVER';

/** The optimal assignment: saved when feasible; otherwise why not, and nothing changed. */
export type AssignmentRun = {
  __typename: 'AssignmentRun';
  assigned: Scalars['Int']['output'];
  feasible: Scalars['Boolean']['output'];
  shortfalls: Array<AssignmentShortfall>;
  /** Sum of the new assignments’ affinities. */
  totalAffinity: Scalars['Float']['output'];
};

export type AssignmentShortfall = {
  __typename: 'AssignmentShortfall';
  applicationId: Scalars['ID']['output'];
  applicationTitle: Scalars['String']['output'];
  conflictFree: Scalars['Int']['output'];
  filled: Scalars['Int']['output'];
  reason: ShortfallReason;
  seats: Scalars['Int']['output'];
};

export type AuditEvent = {
  __typename: 'AuditEvent';
  /** What happened, e.g. clusterMembership.admitted. */
  action: Scalars['String']['output'];
  actor: Maybe<User>;
  after: Maybe<Scalars['JSON']['output']>;
  before: Maybe<Scalars['JSON']['output']>;
  clusterId: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  objectId: Scalars['ID']['output'];
  /** The name of the object the event is about, in this language (clusters have two). */
  objectName: Maybe<Scalars['String']['output']>;
  objectType: Scalars['String']['output'];
  organizationId: Maybe<Scalars['ID']['output']>;
};


export type AuditEventObjectNameArgs = {
  language?: Scalars['String']['input'];
};

export type AuditEventConnection = {
  __typename: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

/** Narrows the events the caller may read; it never widens them. */
export type AuditEventFilter = {
  /** Any of these actions, e.g. need.published. */
  actions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Events by this person. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** Events about this object. */
  objectId?: InputMaybe<Scalars['ID']['input']>;
  /** Events about this kind of object, e.g. TechnologyNeed. */
  objectType?: InputMaybe<Scalars['String']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** From this moment on (inclusive). */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Before this moment (exclusive). */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AwardChange = {
  __typename: 'AwardChange';
  /** Applications promoted from the reserve list (or topped up). */
  promoted: Array<Scalars['ID']['output']>;
};

/** "Why not funded": a machine-readable code and parameters, and the sentence in English and Korean. */
export type AwardReason = {
  __typename: 'AwardReason';
  code: Scalars['String']['output'];
  en: Scalars['String']['output'];
  ko: Scalars['String']['output'];
  params: Array<NamedValue>;
};

export type AwardRow = {
  __typename: 'AwardRow';
  applicationId: Scalars['ID']['output'];
  criteria: Array<CriterionResult>;
  granted: Scalars['SafeInt']['output'];
  grants: Array<FunderAmount>;
  leadName: Scalars['String']['output'];
  partial: Scalars['Boolean']['output'];
  rank: Scalars['Int']['output'];
  reasons: Array<AwardReason>;
  requested: Scalars['SafeInt']['output'];
  reviewCount: Scalars['Int']['output'];
  score: Scalars['Float']['output'];
  status: AwardStatus;
  title: Scalars['String']['output'];
};

/** FUNDED 선정, RESERVE 예비, REJECTED 미선정. */
export type AwardStatus =
  | 'FUNDED'
  | 'REJECTED'
  | 'RESERVE';

export type BookmarkedMatch = {
  __typename: 'BookmarkedMatch';
  bookmarkedAt: Scalars['DateTime']['output'];
  /** The member who bookmarked it. */
  bookmarkedBy: Maybe<User>;
  capability: Capability;
  id: Scalars['ID']['output'];
  /** The latest interest between the pair's two organizations about its need or its capability; null when none. */
  interest: Maybe<Interest>;
  need: TechnologyNeed;
  note: Maybe<Scalars['String']['output']>;
  /** NEED_OWNER: a capability for one of its needs; CAPABILITY_OWNER: a need for one of its capabilities. */
  side: MatchSide;
};

export type BookmarkedMatchConnection = {
  __typename: 'BookmarkedMatchConnection';
  edges: Array<BookmarkedMatchEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type BookmarkedMatchEdge = {
  __typename: 'BookmarkedMatchEdge';
  cursor: Scalars['String']['output'];
  node: BookmarkedMatch;
};

/** STOP: funding stops at the first project that does not fit (no gaps); SKIP: the next that fits is funded (gaps possible); PARTIAL: the first that does not fit is offered the remainder. */
export type BudgetRule =
  | 'PARTIAL'
  | 'SKIP'
  | 'STOP';

export type Call = {
  __typename: 'Call';
  budgetRule: BudgetRule;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  closesAt: Maybe<Scalars['DateTime']['output']>;
  /** The cluster that runs the call. */
  cluster: Cluster;
  /** The conflict rules and look-back (the call’s review managers; null for others). */
  conflictSettings: Maybe<ConflictSettings>;
  createdAt: Scalars['DateTime']['output'];
  criteria: Array<EvaluationCriterion>;
  currency: Maybe<Scalars['String']['output']>;
  descriptionEn: Maybe<Scalars['String']['output']>;
  descriptionKo: Maybe<Scalars['String']['output']>;
  eligibility: Maybe<EligibilityRules>;
  /** The funding clusters, in paying order. */
  funders: Array<CallFunder>;
  fundingMode: Maybe<FundingMode>;
  id: Scalars['ID']['output'];
  /** Percent. */
  maxFundingRate: Maybe<Scalars['Int']['output']>;
  maxGrantPerProject: Maybe<Scalars['SafeInt']['output']>;
  /** What stands between the draft and opening, for its managers; empty otherwise. */
  openProblems: Array<FieldProblem>;
  openedAt: Maybe<Scalars['DateTime']['output']>;
  opensAt: Maybe<Scalars['DateTime']['output']>;
  /** Clusters in an ACTIVE partnership with a funding cluster: their ACTIVE members count for the membership rule (as the funders’ own do). */
  partnerClusterIds: Array<Scalars['ID']['output']>;
  phase: CallPhase;
  programmeName: Scalars['String']['output'];
  /** Days after publication applicants may request redress. */
  redressDays: Scalars['Int']['output'];
  resultsPublishedAt: Maybe<Scalars['DateTime']['output']>;
  reviewersPerApplication: Maybe<Scalars['Int']['output']>;
  /** The rules in words: keys (call.rule.*) and parameters. */
  rulesInWords: Array<RuleSentence>;
  status: CallStatus;
  /** Percent of the maximum weighted score. */
  threshold: Maybe<Scalars['Int']['output']>;
  /** IANA zone, e.g. Asia/Seoul */
  timeZone: Maybe<Scalars['String']['output']>;
  titleEn: Maybe<Scalars['String']['output']>;
  titleKo: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** What you may do now: open, extendDeadline, close… (managers only). */
  viewerActions: Array<Scalars['String']['output']>;
  /** Whether you manage the cluster that runs it. */
  viewerCanManage: Scalars['Boolean']['output'];
  /** Whether you run the call’s review panel (a manager of a running or funding cluster). */
  viewerCanManageReview: Scalars['Boolean']['output'];
  /** Whether you may preview, publish and manage this call’s award. */
  viewerManagesAward: Scalars['Boolean']['output'];
};

/** A call’s ranking and allocation: a live preview before publication, the published award after. */
export type CallAward = {
  __typename: 'CallAward';
  callId: Scalars['ID']['output'];
  currency: Scalars['String']['output'];
  funders: Array<FunderAllocation>;
  published: Scalars['Boolean']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  redressRequests: Array<RedressRequest>;
  rows: Array<AwardRow>;
};

export type CallConnection = {
  __typename: 'CallConnection';
  edges: Array<CallEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type CallDraftInput = {
  /** What the award does with a project that does not fit the remaining budget; STOP when unset. */
  budgetRule?: InputMaybe<BudgetRule>;
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  criteria?: InputMaybe<Array<EvaluationCriterionInput>>;
  /** ISO 4217 */
  currency?: InputMaybe<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionKo?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<EligibilityRulesInput>;
  fundingMode?: InputMaybe<FundingMode>;
  /** Percent, 1–100. */
  maxFundingRate?: InputMaybe<Scalars['Int']['input']>;
  /** Minor units of the call’s currency. */
  maxGrantPerProject?: InputMaybe<Scalars['SafeInt']['input']>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  programmeName: Scalars['String']['input'];
  /** Days after publication applicants may request redress, 0–90. */
  redressDays?: InputMaybe<Scalars['Int']['input']>;
  reviewersPerApplication?: InputMaybe<Scalars['Int']['input']>;
  /** Percent of the maximum weighted score. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
  /** IANA time zone of the call, e.g. Asia/Seoul. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
  titleKo?: InputMaybe<Scalars['String']['input']>;
};

export type CallEdge = {
  __typename: 'CallEdge';
  cursor: Scalars['String']['output'];
  node: Call;
};

export type CallFilterInput = {
  /** The call’s cluster or one of its funders. */
  clusterId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 3166-1: the country of the call’s cluster or of a funder. */
  country?: InputMaybe<Scalars['String']['input']>;
  phase?: InputMaybe<CallPhase>;
};

export type CallFunder = {
  __typename: 'CallFunder';
  /** Minor units of the funder’s own currency. */
  budget: Scalars['SafeInt']['output'];
  cluster: Cluster;
  currency: Scalars['String']['output'];
  funds: FunderScope;
  /** Minor units of the call’s currency. */
  maxPerProject: Maybe<Scalars['SafeInt']['output']>;
  /** Paying order: a partner two funders could pay is paid by the first. */
  position: Scalars['Int']['output'];
};

export type CallFunderInput = {
  /** Minor units of the funder’s own currency. */
  budget: Scalars['SafeInt']['input'];
  clusterId: Scalars['ID']['input'];
  currency: Scalars['String']['input'];
  funds: FunderScope;
  /** Minor units of the call’s currency: the most it pays one project. */
  maxPerProject?: InputMaybe<Scalars['SafeInt']['input']>;
};

/** By the server clock: DRAFT, UPCOMING (open, window ahead), OPEN (taking submissions), CLOSED (deadline passed). */
export type CallPhase =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'UPCOMING';

/** A member of a call’s review pool (평가위원). */
export type CallReviewer = {
  __typename: 'CallReviewer';
  /** The call, when you may see it. */
  call: Maybe<Call>;
  callId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The account’s display name, once joined. */
  displayName: Maybe<Scalars['String']['output']>;
  email: Scalars['String']['output'];
  expertise: ReviewerExpertise;
  id: Scalars['ID']['output'];
  maxLoad: Scalars['Int']['output'];
  status: CallReviewerStatus;
  /** Null while an invited expert has not accepted. */
  userId: Maybe<Scalars['ID']['output']>;
};

export type CallReviewerStatus =
  | 'ACTIVE'
  | 'DECLINED'
  | 'INVITED'
  | 'REMOVED';

export type CallStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'IN_EVALUATION'
  | 'OPEN'
  | 'RESULTS_PUBLISHED';

export type Capability = {
  __typename: 'Capability';
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  availability: Maybe<Scalars['String']['output']>;
  /** Equipment and facilities */
  bookingTerms: Maybe<Scalars['String']['output']>;
  /** Shown to signed-in users only. */
  contactEmail: Maybe<Scalars['String']['output']>;
  contactName: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Organizations invited to a PRIVATE capability; shown to the owner’s members only. */
  invitedOrganizations: Array<Organization>;
  kind: CapabilityKind;
  /** IP */
  licensingStatus: Maybe<LicensingStatus>;
  /** Equipment and facilities */
  location: Maybe<Scalars['String']['output']>;
  /** Equipment and facilities */
  model: Maybe<Scalars['String']['output']>;
  organization: Organization;
  /** IP */
  patentNumber: Maybe<Scalars['String']['output']>;
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  sectors: Array<Scalars['String']['output']>;
  status: CapabilityStatus;
  technologyAreas: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  trl: Maybe<Scalars['Int']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Whether you may change who sees it (visibility, invited organizations): any member of the owner on a draft, an ORG_ADMIN once published. */
  viewerCanChangeAudience: Scalars['Boolean']['output'];
  viewerCanEdit: Scalars['Boolean']['output'];
  viewerCanPublish: Scalars['Boolean']['output'];
  visibility: Visibility;
};

export type CapabilityConnection = {
  __typename: 'CapabilityConnection';
  edges: Array<CapabilityEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type CapabilityDraftInput = {
  availability?: InputMaybe<Scalars['String']['input']>;
  /** EQUIPMENT, FACILITY */
  bookingTerms?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** For PRIVATE capabilities: the organizations invited to see it. */
  invitedOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind: CapabilityKind;
  /** IP */
  licensingStatus?: InputMaybe<LicensingStatus>;
  /** EQUIPMENT, FACILITY */
  location?: InputMaybe<Scalars['String']['input']>;
  /** EQUIPMENT, FACILITY */
  model?: InputMaybe<Scalars['String']['input']>;
  /** IP */
  patentNumber?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  trl?: InputMaybe<Scalars['Int']['input']>;
  visibility?: InputMaybe<Visibility>;
};

export type CapabilityEdge = {
  __typename: 'CapabilityEdge';
  cursor: Scalars['String']['output'];
  node: Capability;
};

export type CapabilityKind =
  | 'EQUIPMENT'
  | 'EXPERTISE'
  | 'FACILITY'
  | 'IP'
  | 'SERVICE';

/** A capability that could meet a need. */
export type CapabilityMatch = {
  __typename: 'CapabilityMatch';
  /** Bookmarked by the need’s owner (false for everyone else). */
  bookmarked: Scalars['Boolean']['output'];
  capability: Capability;
  components: Array<MatchComponent>;
  /** A learned preference of the owner moved this match. */
  learned: Scalars['Boolean']['output'];
  /** Strongest first. */
  reasons: Array<MatchReason>;
  /** In [0, 1]. */
  score: Scalars['Float']['output'];
};

export type CapabilityMatchConnection = {
  __typename: 'CapabilityMatchConnection';
  edges: Array<CapabilityMatchEdge>;
  pageInfo: PageInfo;
  /** A change is waiting for the background refresh: matches may move soon. */
  refreshPending: Scalars['Boolean']['output'];
  /** When the background refresh last computed these matches; null before the first. */
  refreshedAt: Maybe<Scalars['DateTime']['output']>;
};

export type CapabilityMatchEdge = {
  __typename: 'CapabilityMatchEdge';
  cursor: Scalars['String']['output'];
  node: CapabilityMatch;
};

export type CapabilityStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

export type ChangeMemberRoleInput = {
  membershipId: Scalars['ID']['input'];
  role: OrgRole;
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type Cluster = {
  __typename: 'Cluster';
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** NACE Rev.2 codes */
  focusSectors: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  managers: Array<User>;
  /** ACTIVE member organizations. */
  memberCount: Scalars['Int']['output'];
  /** ACTIVE members for everyone; other statuses only for its managers, admins and the organizations concerned. */
  members: Array<ClusterMembership>;
  nameEn: Scalars['String']['output'];
  nameKo: Scalars['String']['output'];
  /** The cluster organization that runs the cluster. */
  organization: Organization;
  /** ACTIVE partnerships for everyone; proposals, declined and ended ones for the clusters’ managers and admins. Newest first. */
  partnerships: Array<ClusterPartnership>;
  region: Maybe<Scalars['String']['output']>;
  viewerIsManager: Scalars['Boolean']['output'];
};


export type ClusterMembersArgs = {
  status?: InputMaybe<ClusterMembershipStatus>;
};


export type ClusterPartnershipsArgs = {
  statuses?: InputMaybe<Array<ClusterPartnershipStatus>>;
};

export type ClusterConnection = {
  __typename: 'ClusterConnection';
  edges: Array<ClusterEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type ClusterDecisionInput = {
  membershipId: Scalars['ID']['input'];
  /** Required to reject or remove; shown to the organization. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

export type ClusterEdge = {
  __typename: 'ClusterEdge';
  cursor: Scalars['String']['output'];
  node: Cluster;
};

export type ClusterFilter = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  query?: InputMaybe<Scalars['String']['input']>;
};

export type ClusterInput = {
  country: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  focusSectors: Array<Scalars['String']['input']>;
  nameEn: Scalars['String']['input'];
  nameKo: Scalars['String']['input'];
  /** The cluster organization that runs it. */
  organizationId: Scalars['ID']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
};

export type ClusterMembership = {
  __typename: 'ClusterMembership';
  appliedAt: Scalars['DateTime']['output'];
  cluster: Cluster;
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  decidedBy: Maybe<User>;
  id: Scalars['ID']['output'];
  /** The applicant's message to the managers. */
  message: Scalars['String']['output'];
  organization: Organization;
  /** Why it was rejected or removed. */
  reason: Maybe<Scalars['String']['output']>;
  status: ClusterMembershipStatus;
};

export type ClusterMembershipStatus =
  | 'ACTIVE'
  | 'PENDING'
  | 'REJECTED'
  | 'REMOVED';

export type ClusterPartnership = {
  __typename: 'ClusterPartnership';
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** Collaborations between members of the two clusters: all of them for the clusters' managers, one's own for anyone else. */
  collaborations: Array<CrossClusterCollaboration>;
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** The cluster whose manager ended it. */
  endedByCluster: Maybe<Cluster>;
  id: Scalars['ID']['output'];
  /** Calls both clusters run or fund (signed-in viewers; empty for visitors). */
  jointCalls: Array<Call>;
  kind: ClusterPartnershipKind;
  /** Both clusters' ACTIVE members. */
  members: Array<ClusterMembership>;
  /** The proposing manager's note. */
  note: Scalars['String']['output'];
  proposedAt: Scalars['DateTime']['output'];
  proposerCluster: Cluster;
  /** Why it was declined, withdrawn or ended. */
  reason: Maybe<Scalars['String']['output']>;
  recipientCluster: Cluster;
  status: ClusterPartnershipStatus;
  /** What the caller may do now. */
  viewerActions: Array<ClusterPartnershipAction>;
};

export type ClusterPartnershipAction =
  | 'ACCEPT'
  | 'DECLINE'
  | 'END'
  | 'WITHDRAW';

export type ClusterPartnershipDecisionInput = {
  partnershipId: Scalars['ID']['input'];
  /** Required to decline or end; the other cluster's managers read it. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** DOMESTIC: pan-regional, one country; INTERNATIONAL: two countries. */
export type ClusterPartnershipKind =
  | 'DOMESTIC'
  | 'INTERNATIONAL';

export type ClusterPartnershipStatus =
  | 'ACTIVE'
  | 'DECLINED'
  | 'ENDED'
  | 'PROPOSED'
  | 'WITHDRAWN';

export type Collaboration = {
  __typename: 'Collaboration';
  /** The capability it came from, when you may see it. */
  capability: Maybe<Capability>;
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who marked it completed (shown to the two organizations only). */
  completedBy: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** False when the collaboration came from a need or capability you may not see: then title is null and technologyAreas empty. */
  detailsVisible: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The need it came from, when you may see it. */
  need: Maybe<TechnologyNeed>;
  /** The two organizations, in id order. */
  organizations: Array<Organization>;
  outcome: Maybe<CollaborationOutcome>;
  /** The day the work started, YYYY-MM-DD. */
  startedOn: Scalars['String']['output'];
  status: CollaborationStatus;
  /** Technology taxonomy codes */
  technologyAreas: Array<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
  type: Maybe<CollaborationType>;
  /** You may mark it completed now. */
  viewerCanComplete: Scalars['Boolean']['output'];
};

export type CollaborationConnection = {
  __typename: 'CollaborationConnection';
  edges: Array<CollaborationEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type CollaborationEdge = {
  __typename: 'CollaborationEdge';
  cursor: Scalars['String']['output'];
  node: Collaboration;
};

/** SOLVED (the need it came from closes as SOLVED), ONGOING (goes on outside the platform), DISCONTINUED. */
export type CollaborationOutcome =
  | 'DISCONTINUED'
  | 'ONGOING'
  | 'SOLVED';

/** ACTIVE from the accepted interest; COMPLETED by either side, with an outcome. */
export type CollaborationStatus =
  | 'ACTIVE'
  | 'COMPLETED';

export type CollaborationType =
  | 'EQUIPMENT_ACCESS'
  | 'JOINT_VENTURE'
  | 'LICENSE'
  | 'RESEARCH_COOPERATION'
  | 'SERVICE'
  | 'TECHNICAL_COOPERATION';

/** Why the viewer does or does not see the confidential details. */
export type ConfidentialAccess =
  | 'ACCEPTED'
  | 'NDA_REQUIRED'
  | 'NO_NDA'
  | 'OWNER';

/** One conflict found in the platform’s records: the rule, and the record behind it. */
export type ConflictOfInterest = {
  __typename: 'ConflictOfInterest';
  applicationId: Scalars['ID']['output'];
  applicationTitle: Scalars['String']['output'];
  consortiumOrganizationId: Scalars['ID']['output'];
  consortiumOrganizationName: Scalars['String']['output'];
  /** Null for a membership (it holds now). */
  recordDate: Maybe<Scalars['DateTime']['output']>;
  recordId: Scalars['ID']['output'];
  recordKind: ConflictRecordKind;
  reviewerOrganizationId: Scalars['ID']['output'];
  reviewerOrganizationName: Scalars['String']['output'];
  rule: ConflictRule;
  userId: Scalars['ID']['output'];
  userName: Scalars['String']['output'];
};

export type ConflictRecordKind =
  | 'APPLICATION'
  | 'COLLABORATION'
  | 'INTEREST'
  | 'MEMBERSHIP'
  | 'NDA_ACCEPTANCE';

export type ConflictRule =
  | 'ACCEPTED_INTEREST'
  | 'COLLABORATION'
  | 'CONSORTIUM_MEMBER'
  | 'NDA_ACCEPTED'
  | 'SHARED_CONSORTIUM';

export type ConflictRules = {
  __typename: 'ConflictRules';
  ACCEPTED_INTEREST: Scalars['Boolean']['output'];
  COLLABORATION: Scalars['Boolean']['output'];
  CONSORTIUM_MEMBER: Scalars['Boolean']['output'];
  NDA_ACCEPTED: Scalars['Boolean']['output'];
  SHARED_CONSORTIUM: Scalars['Boolean']['output'];
};

/** Omitted rules keep their setting. */
export type ConflictRulesInput = {
  ACCEPTED_INTEREST?: InputMaybe<Scalars['Boolean']['input']>;
  COLLABORATION?: InputMaybe<Scalars['Boolean']['input']>;
  CONSORTIUM_MEMBER?: InputMaybe<Scalars['Boolean']['input']>;
  NDA_ACCEPTED?: InputMaybe<Scalars['Boolean']['input']>;
  SHARED_CONSORTIUM?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ConflictSettings = {
  __typename: 'ConflictSettings';
  lookbackYears: Scalars['Int']['output'];
  rules: ConflictRules;
};

export type ConflictSettingsInput = {
  lookbackYears?: InputMaybe<Scalars['Int']['input']>;
  rules?: InputMaybe<ConflictRulesInput>;
};

export type ConsortiumInput = {
  lead: ConsortiumMemberInput;
  /** Accepted partners, the lead not repeated. */
  partners: Array<ConsortiumMemberInput>;
};

export type ConsortiumMemberInput = {
  organizationId: Scalars['ID']['input'];
  ownContribution: Scalars['SafeInt']['input'];
  /** Minor units of the call’s currency. */
  requestedBudget: Scalars['SafeInt']['input'];
};

/** What the eligibility rules read of one organization of the consortium: the facts the server checks, for the form to run the same rules live. */
export type ConsortiumOrganizationFacts = {
  __typename: 'ConsortiumOrganizationFacts';
  /** Its ACTIVE memberships among the call’s funding clusters and their partner clusters (no other cluster). */
  activeClusterIds: Array<Scalars['ID']['output']>;
  country: Scalars['String']['output'];
  kind: OrganizationKind;
  organizationId: Scalars['ID']['output'];
  region: Maybe<Scalars['String']['output']>;
  size: Maybe<OrganizationSize>;
};

/** Two organizations' conversation about one subject. Only their members read it (a platform admin only once a participant reported it, and each such read is audited). */
export type Conversation = {
  __typename: 'Conversation';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastMessageAt: Maybe<Scalars['DateTime']['output']>;
  /** All its messages. */
  messageCount: Scalars['Int']['output'];
  /** The newest `last` messages before `before`, oldest first. */
  messages: ConversationMessageConnection;
  organizations: Array<ConversationOrganization>;
  subjectId: Scalars['ID']['output'];
  subjectKind: ConversationSubjectKind;
  /** What it is about, e.g. the need’s title, as given when it was opened. */
  title: Scalars['String']['output'];
  /** Messages by others after your read marker. */
  unreadCount: Scalars['Int']['output'];
  /** Your side; null when you read it as a moderator. */
  viewerOrganizationId: Maybe<Scalars['ID']['output']>;
  /** You reported it to the moderators. */
  viewerReported: Scalars['Boolean']['output'];
};


/** Two organizations' conversation about one subject. Only their members read it (a platform admin only once a participant reported it, and each such read is audited). */
export type ConversationMessagesArgs = {
  before?: InputMaybe<Scalars['String']['input']>;
  last?: Scalars['Int']['input'];
};

export type ConversationConnection = {
  __typename: 'ConversationConnection';
  edges: Array<ConversationEdge>;
  pageInfo: PageInfo;
};

export type ConversationEdge = {
  __typename: 'ConversationEdge';
  cursor: Scalars['String']['output'];
  node: Conversation;
};

/** A plain-text message; links are found by the domain rule `messageSegments`. */
export type ConversationMessage = {
  __typename: 'ConversationMessage';
  /** Null once the author account is gone. */
  authorId: Maybe<Scalars['ID']['output']>;
  authorName: Maybe<Scalars['String']['output']>;
  /** Plain text, never HTML. */
  body: Scalars['String']['output'];
  conversationId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Written by you. */
  mine: Scalars['Boolean']['output'];
  /** The side it was written for. */
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  /** By someone else and after your read marker. */
  unread: Scalars['Boolean']['output'];
};

/** Messages, oldest first; page backwards with `before`. */
export type ConversationMessageConnection = {
  __typename: 'ConversationMessageConnection';
  edges: Array<ConversationMessageEdge>;
  pageInfo: ConversationMessagePageInfo;
};

export type ConversationMessageEdge = {
  __typename: 'ConversationMessageEdge';
  cursor: Scalars['String']['output'];
  node: ConversationMessage;
};

export type ConversationMessagePageInfo = {
  __typename: 'ConversationMessagePageInfo';
  /** Older messages exist: ask again with `before: startCursor`. */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A message was posted: read the conversation again. */
export type ConversationMessagePosted = {
  __typename: 'ConversationMessagePosted';
  conversationId: Scalars['ID']['output'];
  messageId: Scalars['ID']['output'];
};

/** One of the two organizations of a conversation. */
export type ConversationOrganization = {
  __typename: 'ConversationOrganization';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Why a participant reported a conversation (moderators only). */
export type ConversationReport = {
  __typename: 'ConversationReport';
  createdAt: Scalars['DateTime']['output'];
  reason: Scalars['String']['output'];
  reporterName: Scalars['String']['output'];
};

export type ConversationSubjectInput = {
  id: Scalars['ID']['input'];
  kind: ConversationSubjectKind;
};

/** What a conversation is about: an interest. */
export type ConversationSubjectKind =
  | 'INTEREST';

export type CreateApiTokenInput = {
  /** Days until the token stops working (1–365); none means until revoked. */
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};

export type CreatedApiToken = {
  __typename: 'CreatedApiToken';
  apiToken: ApiToken;
  /** The secret, shown only in this answer. Send it as `Authorization: Bearer <token>`. */
  token: Scalars['String']['output'];
};

export type CriterionResult = {
  __typename: 'CriterionResult';
  /** The criterion’s index in the call. */
  index: Scalars['Int']['output'];
  maxScore: Scalars['Int']['output'];
  /** Mean of the submitted reviews’ scores, on the criterion’s scale. */
  mean: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  reviews: Scalars['Int']['output'];
  weight: Scalars['Int']['output'];
  /** Its part of the 0–100 score. */
  weighted: Scalars['Float']['output'];
};

/** A collaboration between ACTIVE members of two partner clusters. */
export type CrossClusterCollaboration = {
  __typename: 'CrossClusterCollaboration';
  id: Scalars['ID']['output'];
  organizationA: Organization;
  organizationB: Organization;
  /** ISO date. */
  startedOn: Scalars['String']['output'];
  technologyAreas: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type CutAwardInput = {
  note: Scalars['String']['input'];
};

export type DismissMatchInput = {
  capabilityId: Scalars['ID']['input'];
  needId: Scalars['ID']['input'];
  /** Required with OTHER: why it does not fit. */
  note?: InputMaybe<Scalars['String']['input']>;
  reason: MatchDismissReason;
  /** NEED_OWNER on a need's list of capabilities, CAPABILITY_OWNER on a capability's list of needs. */
  side: MatchSide;
};

export type EligibilityFailure = {
  __typename: 'EligibilityFailure';
  /** i18n key, call.eligibility.<rule> */
  key: Scalars['String']['output'];
  organizations: Array<FailingOrganization>;
  params: Array<NamedValue>;
  rule: EligibilityRule;
};

export type EligibilityRule =
  | 'distinctOrganizations'
  | 'fundable'
  | 'funderShare'
  | 'fundingRate'
  | 'internationalPartner'
  | 'leadKind'
  | 'leadSize'
  | 'maxBudgetPerPartner'
  | 'maxGrantPerProject'
  | 'maxPartners'
  | 'membership'
  | 'minCountries'
  | 'minPartners'
  | 'minRegions'
  | 'requiredKinds';

/** Counts include the lead; null or empty: no rule. */
export type EligibilityRules = {
  __typename: 'EligibilityRules';
  internationalPartnerRequired: Scalars['Boolean']['output'];
  leadKinds: Array<OrganizationKind>;
  leadSizes: Array<OrganizationSize>;
  /** Minor units of the call’s currency. */
  maxBudgetPerPartner: Maybe<Scalars['SafeInt']['output']>;
  maxPartners: Maybe<Scalars['Int']['output']>;
  membership: MembershipRequirement;
  minCountries: Maybe<Scalars['Int']['output']>;
  minPartners: Maybe<Scalars['Int']['output']>;
  minRegions: Maybe<Scalars['Int']['output']>;
  requiredKinds: Array<RequiredKinds>;
};

/** Counts include the lead. Omitted or null: no rule. */
export type EligibilityRulesInput = {
  internationalPartnerRequired?: InputMaybe<Scalars['Boolean']['input']>;
  leadKinds?: InputMaybe<Array<OrganizationKind>>;
  /** For a firm lead, e.g. MICRO, SMALL, MEDIUM for an SME lead. */
  leadSizes?: InputMaybe<Array<OrganizationSize>>;
  maxBudgetPerPartner?: InputMaybe<Scalars['SafeInt']['input']>;
  maxPartners?: InputMaybe<Scalars['Int']['input']>;
  /** Who must be an ACTIVE member of a funding (or partner) cluster. */
  membership?: InputMaybe<MembershipRequirement>;
  minCountries?: InputMaybe<Scalars['Int']['input']>;
  minPartners?: InputMaybe<Scalars['Int']['input']>;
  minRegions?: InputMaybe<Scalars['Int']['input']>;
  requiredKinds?: InputMaybe<Array<RequiredKindsInput>>;
};

/** An e-mail the platform sent or keeps, as the recipient receives it (platform admins only). */
export type EmailMessage = {
  __typename: 'EmailMessage';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  language: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: EmailStatus;
  subject: Scalars['String']['output'];
  /** The plain-text part. */
  textBody: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
  /** Its type, e.g. account.verifyEmail. */
  type: Scalars['String']['output'];
};

/** QUEUED: waiting for delivery; SENT: handed to SMTP; KEPT: no SMTP_URL, kept here. */
export type EmailStatus =
  | 'KEPT'
  | 'QUEUED'
  | 'SENT';

export type EvaluationCriterion = {
  __typename: 'EvaluationCriterion';
  description: Scalars['String']['output'];
  maxScore: Scalars['Int']['output'];
  minScore: Maybe<Scalars['Int']['output']>;
  name: Scalars['String']['output'];
  /** Percent of the overall score. */
  weight: Scalars['Int']['output'];
};

export type EvaluationCriterionInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  maxScore: Scalars['Int']['input'];
  minScore?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  weight: Scalars['Int']['input'];
};

export type ExpressInterestInput = {
  /** The capability answered (firms only). */
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  /** Your organization's own published capabilities to link. */
  capabilityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  match?: InputMaybe<InterestMatchInput>;
  message: Scalars['String']['input'];
  /** The need answered (exactly one of needId and capabilityId). */
  needId?: InputMaybe<Scalars['ID']['input']>;
  /** Your organization, which sends the interest. */
  organizationId: Scalars['ID']['input'];
  proposedApproach: Scalars['String']['input'];
};

export type FacetCount = {
  __typename: 'FacetCount';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

export type FailingOrganization = {
  __typename: 'FailingOrganization';
  organizationId: Scalars['ID']['output'];
  /** What failed: a budget, a rate, a kind, a size, a country. */
  value: Maybe<Scalars['String']['output']>;
};

export type FieldProblem = {
  __typename: 'FieldProblem';
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** What one funder funds, and what it could not pay (virtual common pot). */
export type FunderAllocation = {
  __typename: 'FunderAllocation';
  budget: Scalars['SafeInt']['output'];
  clusterId: Scalars['ID']['output'];
  couldNotPay: Array<FunderAwardLine>;
  funded: Array<FunderAwardLine>;
  granted: Scalars['SafeInt']['output'];
  name: Scalars['String']['output'];
  nameKo: Scalars['String']['output'];
  remaining: Scalars['SafeInt']['output'];
};

export type FunderAmount = {
  __typename: 'FunderAmount';
  /** Minor units of the call’s currency. */
  amount: Scalars['SafeInt']['output'];
  clusterId: Scalars['ID']['output'];
};

export type FunderAwardLine = {
  __typename: 'FunderAwardLine';
  amount: Scalars['SafeInt']['output'];
  applicationId: Scalars['ID']['output'];
  partial: Scalars['Boolean']['output'];
  rank: Scalars['Int']['output'];
  /** What the funder had left (could-not-pay lines). */
  remaining: Maybe<Scalars['SafeInt']['output']>;
  title: Scalars['String']['output'];
};

/** Whom a funder funds: its ACTIVE MEMBERS, or organizations of its REGION or COUNTRY. */
export type FunderScope =
  | 'COUNTRY'
  | 'MEMBERS'
  | 'REGION';

export type FundingMode =
  | 'MIXED'
  | 'REAL_COMMON_POT'
  | 'VIRTUAL_COMMON_POT';

/** Pointers for platform admins. */
export type HomeAdminOverview = {
  __typename: 'HomeAdminOverview';
  /** Audit events recorded in the last 24 hours. */
  auditEventsLastDay: Scalars['Int']['output'];
  /** E-mails written in the last 24 hours. */
  emailsLastDay: Scalars['Int']['output'];
  /** E-mails queued and not yet sent. */
  emailsQueued: Scalars['Int']['output'];
};

export type HomeInterestsAwaiting = {
  __typename: 'HomeInterestsAwaiting';
  /** Interests your organizations received, SUBMITTED or SHORTLISTED. */
  count: Scalars['Int']['output'];
  /** The latest few of them, newest first. */
  latest: Array<Interest>;
};

/** A match new since the last visit, on one of your lists. */
export type HomeMatch = {
  __typename: 'HomeMatch';
  capability: Capability;
  foundAt: Scalars['DateTime']['output'];
  need: TechnologyNeed;
  /** The stored score, in [0, 1]. */
  score: Scalars['Float']['output'];
  /** NEED_OWNER: a capability for your need; CAPABILITY_OWNER: a need for your capability. */
  side: MatchSide;
};

export type HomeNewMatches = {
  __typename: 'HomeNewMatches';
  /** New matches on the lists of your organizations (dismissed ones left out). */
  count: Scalars['Int']['output'];
  /** The best few of them. */
  top: Array<HomeMatch>;
};

export type HomePendingDecisions = {
  __typename: 'HomePendingDecisions';
  count: Scalars['Int']['output'];
  /** The oldest applications first. */
  oldest: Array<ClusterMembership>;
};

export type HomeSummary = {
  __typename: 'HomeSummary';
  /** Outbox and audit pointers; platform admins only (null for others). */
  adminOverview: Maybe<HomeAdminOverview>;
  /** Others' open needs your capabilities were matched with that close in the next 7 days. */
  answerableClosingThisWeek: Array<TechnologyNeed>;
  generatedAt: Scalars['DateTime']['output'];
  /** Interests your organizations sent that were accepted or declined since the last visit. */
  interestAnswersSince: Scalars['Int']['output'];
  /** Interests your organizations received that wait for your answer. */
  interestsAwaitingAnswer: HomeInterestsAwaiting;
  /** New matches on your organizations' lists since the last visit. */
  newMatches: HomeNewMatches;
  /** Your organizations' open needs whose response deadline is in the next 7 days. */
  ownDeadlinesThisWeek: Array<TechnologyNeed>;
  /** Applications waiting for your decision in the clusters you manage. */
  pendingDecisions: HomePendingDecisions;
  /** New things are those since this instant (the last visit, at most 30 days back). */
  since: Scalars['DateTime']['output'];
  /** Unread messages across all your conversations. */
  unreadMessages: Scalars['Int']['output'];
};

/** PREVIEW checks only; VALID_ROWS imports the good rows; ALL_OR_NOTHING only a file without bad rows. */
export type ImportMode =
  | 'ALL_OR_NOTHING'
  | 'PREVIEW'
  | 'VALID_ROWS';

/** One bad cell: its row (the header is row 1), field, message key and English message. */
export type ImportRowProblem = {
  __typename: 'ImportRowProblem';
  field: Scalars['String']['output'];
  /** A key of the errors catalog, e.g. import.unknownCode. */
  key: Scalars['String']['output'];
  message: Scalars['String']['output'];
  row: Scalars['Int']['output'];
};

/** A bulk import of needs or capabilities, its progress and its report of bad rows. */
export type ImportRun = {
  __typename: 'ImportRun';
  badRows: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdRows: Scalars['Int']['output'];
  fileName: Scalars['String']['output'];
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** NEED or CAPABILITY. */
  kind: Scalars['String']['output'];
  /** Imported listings whose matches have been computed since the import. */
  matchedRows: Scalars['Int']['output'];
  mode: ImportMode;
  /** Null when a platform admin imported for many organizations. */
  organizationId: Maybe<Scalars['ID']['output']>;
  problems: Array<ImportRowProblem>;
  publish: Scalars['Boolean']['output'];
  status: ImportStatus;
  totalRows: Scalars['Int']['output'];
  updatedRows: Scalars['Int']['output'];
  validatedRows: Scalars['Int']['output'];
};

/** QUEUED → VALIDATING → IMPORTING → DONE; VALIDATED (a preview), REJECTED or FAILED. */
export type ImportStatus =
  | 'DONE'
  | 'FAILED'
  | 'IMPORTING'
  | 'QUEUED'
  | 'REJECTED'
  | 'VALIDATED'
  | 'VALIDATING';

export type Interest = {
  __typename: 'Interest';
  /** The capability it answers, while you may see it. */
  capability: Maybe<Capability>;
  createdAt: Scalars['DateTime']['output'];
  /** When it was accepted, declined or withdrawn. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The owner's reason for declining; the sender reads it. */
  declineReason: Maybe<Scalars['String']['output']>;
  /** Sent from a match card: its reasons travel along. */
  fromMatch: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The sender's capabilities linked to it (those you may see). */
  linkedCapabilities: Array<Capability>;
  listingKind: ListingKind;
  /** The reasons of the match it was sent from, in the language asked for. */
  matchReasons: Array<MatchReason>;
  /** The score (0 to 1) of the match it was sent from; null when not sent from a match. */
  matchScore: Maybe<Scalars['Float']['output']>;
  message: Scalars['String']['output'];
  /** The need it answers, while you may see it. */
  need: Maybe<TechnologyNeed>;
  /** The organization whose listing it answers. */
  ownerOrganization: Organization;
  proposedApproach: Scalars['String']['output'];
  /** The organization that sent it. */
  senderOrganization: Organization;
  status: InterestStatus;
  updatedAt: Scalars['DateTime']['output'];
  /** What you may do to it now (its state and your role allow). */
  viewerActions: Array<InterestAction>;
  /** How you stand to it. */
  viewerRole: InterestRole;
};


export type InterestMatchReasonsArgs = {
  language?: Language;
};

export type InterestAction =
  | 'accept'
  | 'decline'
  | 'shortlist'
  | 'withdraw';

/** An interest was submitted or changed state: read it (or its list) again. */
export type InterestChanged = {
  __typename: 'InterestChanged';
  interestId: Scalars['ID']['output'];
  listingId: Scalars['ID']['output'];
  listingKind: ListingKind;
  status: InterestStatus;
};

export type InterestConnection = {
  __typename: 'InterestConnection';
  edges: Array<InterestEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type InterestEdge = {
  __typename: 'InterestEdge';
  cursor: Scalars['String']['output'];
  node: Interest;
};

/** The match card an interest is sent from: its reasons travel along. */
export type InterestMatchInput = {
  capabilityId: Scalars['ID']['input'];
  needId: Scalars['ID']['input'];
};

/** DATE: newest first. SCORE: best match first (interests without a match last), then newest. */
export type InterestOrder =
  | 'DATE'
  | 'SCORE';

/** How you stand to an interest: a member (or ORG_ADMIN) of the sender or of the listing's owner. */
export type InterestRole =
  | 'NONE'
  | 'OWNER_ADMIN'
  | 'OWNER_MEMBER'
  | 'SENDER_ADMIN'
  | 'SENDER_MEMBER';

/** SUBMITTED → SHORTLISTED → ACCEPTED | DECLINED, or WITHDRAWN by the sender. */
export type InterestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type Invitation = {
  __typename: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitedBy: Maybe<User>;
  organization: Organization;
  role: OrgRole;
  status: InvitationStatus;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING'
  | 'REVOKED';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  role: OrgRole;
};

export type Language =
  | 'en'
  | 'ko';

export type LicensingStatus =
  | 'AVAILABLE'
  | 'EXCLUSIVE_LICENSED'
  | 'NON_EXCLUSIVE_LICENSED'
  | 'NOT_AVAILABLE';

/** A technology need or a capability. */
export type ListingKind =
  | 'CAPABILITY'
  | 'NEED';

export type LogInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

/** One weighted part of a score: contribution = weight × value. */
export type MatchComponent = {
  __typename: 'MatchComponent';
  contribution: Scalars['Float']['output'];
  /** A preference learned from the owner's dismissals changed this part. */
  learned: Scalars['Boolean']['output'];
  name: MatchComponentName;
  /** How well this part fits, 0 to 1. */
  value: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

/** The named parts of a score: a match (MATCH_WEIGHTS in packages/domain) or a partner (PARTNER_WEIGHTS). */
export type MatchComponentName =
  | 'breadth'
  | 'capabilities'
  | 'collaboration'
  | 'history'
  | 'profile'
  | 'proximity'
  | 'sectors'
  | 'technology'
  | 'text'
  | 'trackRecord'
  | 'trl';

export type MatchDismissReason =
  | 'BENEFIT_UNCLEAR'
  | 'HAS_PARTNER'
  | 'NOT_OUR_FIELD'
  | 'OTHER'
  | 'TOO_EARLY'
  | 'TOO_MATURE';

export type MatchFeedback = {
  __typename: 'MatchFeedback';
  action: Scalars['String']['output'];
  capabilityId: Scalars['String']['output'];
  needId: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  reason: Maybe<MatchDismissReason>;
  side: MatchSide;
};

export type MatchPairInput = {
  capabilityId: Scalars['ID']['input'];
  needId: Scalars['ID']['input'];
  /** NEED_OWNER on a need's list of capabilities, CAPABILITY_OWNER on a capability's list of needs. */
  side: MatchSide;
};

/** Listings with a match refresh request, and how many still wait for one. */
export type MatchProgress = {
  __typename: 'MatchProgress';
  pending: Scalars['Int']['output'];
  /** The last full matching in one pass (a sweep), when there was one: its requests are completed only once every pair is stored, so `pending` stays put until it ends. */
  sweep: Maybe<MatchSweepProgress>;
  total: Scalars['Int']['output'];
};

/** Why a match scored as it did, readable in the language asked for. */
export type MatchReason = {
  __typename: 'MatchReason';
  code: MatchReasonCode;
  component: MatchComponentName;
  /** The reason reports a preference learned from the owner's dismissals. */
  learned: Scalars['Boolean']['output'];
  text: Scalars['String']['output'];
};

export type MatchReasonCode =
  | 'ABROAD'
  | 'ABROAD_WELCOME'
  | 'COLLABORATION_DIFFERS'
  | 'COLLABORATION_FITS'
  | 'EARLIER_COLLABORATION'
  | 'LEARNED_FIELD'
  | 'LEARNED_TRL'
  | 'MATCHED_CONCEPTS'
  | 'MATCHED_TERMS'
  | 'MATCHING_CAPABILITIES'
  | 'PARTNER_CLUSTER'
  | 'RELATED_CONCEPTS'
  | 'RELATED_SECTORS'
  | 'RELATED_TECHNOLOGY'
  | 'SAME_CLUSTER'
  | 'SAME_COUNTRY'
  | 'SAME_REGION'
  | 'SHARED_SECTORS'
  | 'SHARED_TECHNOLOGY'
  | 'TRACK_RECORD'
  | 'TRL_ABOVE'
  | 'TRL_BELOW'
  | 'TRL_FITS'
  | 'TRL_MATURE_SUPPLIER'
  | 'TRL_NOT_APPLICABLE';

/** Whose list a match is on: the need's owner (capabilities for its need) or the capability's owner (needs for its capability). */
export type MatchSide =
  | 'CAPABILITY_OWNER'
  | 'NEED_OWNER';

/** FINDING (needs scored so far) → STORING (pairs written, swapped in) → DONE, or FAILED. */
export type MatchSweepPhase =
  | 'DONE'
  | 'FAILED'
  | 'FINDING'
  | 'STORING';

export type MatchSweepProgress = {
  __typename: 'MatchSweepProgress';
  needsDone: Scalars['Int']['output'];
  needsTotal: Scalars['Int']['output'];
  phase: MatchSweepPhase;
  startedAt: Scalars['DateTime']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A listing's stored matches were recomputed: read them again. */
export type MatchesRefreshed = {
  __typename: 'MatchesRefreshed';
  listingId: Scalars['ID']['output'];
  listingKind: ListingKind;
};

export type Membership = {
  __typename: 'Membership';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organization: Organization;
  role: OrgRole;
  user: User;
};

export type MembershipRequirement =
  | 'EVERY_PARTNER'
  | 'LEAD'
  | 'NONE';

export type Mutation = {
  __typename: 'Mutation';
  /** The other cluster's manager accepts a proposal (ACTIVE). */
  acceptClusterPartnership: ClusterPartnership;
  /** SHORTLISTED → ACCEPTED (the owner's ORG_ADMINs); a collaboration starts. */
  acceptInterest: Interest;
  acceptInvitation: Membership;
  /** Accept the current NDA version for your organization (ORG_ADMIN); then its members see the confidential details. */
  acceptNda: NdaAcceptance;
  /** Accept an invitation to a panel (your confirmed address must be the invited one); optionally set your expertise and load. */
  acceptReviewerInvitation: CallReviewer;
  /** Add a funding cluster to a DRAFT: the call’s cluster or another cluster you manage. */
  addCallFunder: Call;
  /** Add a platform user (ACTIVE at once) or invite an expert by e-mail (INVITED; they register, confirm the address and accept). */
  addCallReviewer: CallReviewer;
  admitClusterMember: ClusterMembership;
  /** Accept or decline, once, an invitation to your organization (its ORG_ADMINs). */
  answerApplicationInvitation: ApplicationInvitation;
  /** A manager of the call answers a redress request, once, on the record. */
  answerRedress: RedressRequest;
  /** An ORG_ADMIN applies for the organization to join (PENDING). */
  applyToCluster: ClusterMembership;
  /** Platform admins only. */
  appointClusterManager: Cluster;
  /** PUBLISHED → ARCHIVED (ORG_ADMIN): no longer on offer; the page stays for the record. */
  archiveCapability: Capability;
  /** Bookmark a match on your organization's list. */
  bookmarkMatch: MatchFeedback;
  changeMemberRole: Membership;
  /** Change the password (browser sessions only); every other session is signed out and every API token revoked. */
  changePassword: Scalars['Boolean']['output'];
  /** Take back a bookmark or a dismissal; false when there was none. */
  clearMatchFeedback: Scalars['Boolean']['output'];
  /** OPEN → CLOSED by a manager: before it opens, or once the deadline passed (the platform closes it then anyway). */
  closeCall: Call;
  /** OPEN → CLOSED as SOLVED or WITHDRAWN (ORG_ADMIN). EXPIRED is set by the platform. */
  closeTechnologyNeed: TechnologyNeed;
  /** ACTIVE → COMPLETED with an outcome (members of either organization). SOLVED on a collaboration that came from a need closes that need as SOLVED. */
  completeCollaboration: Collaboration;
  /** Create an API token (browser sessions only: a token cannot create tokens). */
  createApiToken: CreatedApiToken;
  /** A new DRAFT application to an OPEN call, led by an organization you belong to. */
  createApplicationDraft: Application;
  /** A new DRAFT call of the cluster (its managers). */
  createCallDraft: Call;
  /** A new DRAFT capability of the organization (any member). */
  createCapability: Capability;
  /** Platform admins only. */
  createCluster: Cluster;
  /** Create an organization; you become its ORG_ADMIN. */
  createOrganization: Organization;
  /** A new DRAFT need of the organization (any member). */
  createTechnologyNeed: TechnologyNeed;
  /** A manager cuts a FUNDED project (note on the record); the first reserve projects that fit are promoted. */
  cutAward: AwardChange;
  /** Declare a conflict: the application goes to the best conflict-free reviewer with room. Audited. */
  declareConflict: ReviewAssignment;
  /** Declare no conflict of interest: the application’s content becomes readable. */
  declareNoConflict: ReviewAssignment;
  /** The consortium declines its FUNDED award (the application is WITHDRAWN); reserve projects that fit are promoted. */
  declineAward: AwardChange;
  /** The other cluster's manager declines a proposal, with a reason (DECLINED). */
  declineClusterPartnership: ClusterPartnership;
  /** SUBMITTED | SHORTLISTED → DECLINED with a reason the sender reads (the owner's ORG_ADMINs). */
  declineInterest: Interest;
  declineInvitation: Invitation;
  declineReviewerInvitation: CallReviewer;
  /** Delete a DRAFT (any member of the owner). Returns its id. */
  deleteCapabilityDraft: Scalars['ID']['output'];
  /** Delete one of your saved searches. Returns its id. */
  deleteSavedSearch: Scalars['ID']['output'];
  /** Delete a DRAFT (any member of the owner). Returns its id. */
  deleteTechnologyNeedDraft: Scalars['ID']['output'];
  /** Dismiss a match from your organization's list, with a reason: it is not shown again, and the reason teaches the ranking. */
  dismissMatch: MatchFeedback;
  /** Either cluster's manager ends an active partnership, with a reason (ENDED). */
  endClusterPartnership: ClusterPartnership;
  /** Express interest in a need (any organization that sees it) or a capability (firms), for your organization (any member). One open interest per organization and item (CONFLICT); none on a closed need or after its deadline. */
  expressInterest: Interest;
  /** The one change an OPEN call takes: a later deadline, before the current one passes. Audited. */
  extendCallDeadline: Call;
  /** Invite a partner with its budget (drafts only). */
  inviteApplicationPartner: Application;
  /** Invite someone by e-mail; they accept after signing up or in. */
  inviteMember: Invitation;
  /** Sign in (sets the session cookie and a known-device cookie). Repeated failures are slowed, then refused for a while (RATE_LIMITED). */
  logIn: Viewer;
  /** End this browser session. */
  logOut: Scalars['Boolean']['output'];
  /** Marks all your notifications read; returns how many were unread. */
  markAllNotificationsRead: Scalars['Int']['output'];
  /** Marks the conversation read up to and including this message (never back). */
  markConversationRead: Conversation;
  /** Marks one of your notifications read. */
  markNotificationRead: Notification;
  /** You have seen its results: only later ones are new. */
  markSavedSearchSeen: SavedSearch;
  /** DRAFT → OPEN: every field set, weights summing to 100, the deadline ahead. Tells the funding clusters’ members. */
  openCall: Call;
  /** A funder’s manager overrides the eligibility decided at close, with a written reason (audited). */
  overrideApplicationEligibility: Application;
  /** Posts a message as your organization; the other side is notified. */
  postConversationMessage: ConversationMessage;
  /** A cluster's manager proposes a partnership to another cluster (PROPOSED). */
  proposeClusterPartnership: ClusterPartnership;
  /** Publishes the award of a call IN_EVALUATION: one transaction, once (a concurrent or second press is CONFLICT call.publishNotInEvaluation); every consortium is notified. */
  publishCallResults: CallAward;
  /** DRAFT or ARCHIVED → PUBLISHED (ORG_ADMIN); the values must be complete. */
  publishCapability: Capability;
  /** DRAFT → OPEN (ORG_ADMIN); every field publishing needs must be set and the deadline ahead. */
  publishTechnologyNeed: TechnologyNeed;
  /** Move a seat to another reviewer of the pool; a conflict is refused (CONFLICT, with the rule). */
  reassignReview: ReviewAssignment;
  /** Create an account and sign in (sets the session cookie). */
  register: Viewer;
  rejectClusterMember: ClusterMembership;
  /** Platform admins: asks for every listing to be matched again (after a change of weights); returns how many. */
  rematchEverything: Scalars['Int']['output'];
  /** Reminds reviewers with unfinished reviews; returns how many. */
  remindReviewers: Scalars['Int']['output'];
  /** Remove an invited or accepted partner (drafts only). */
  removeApplicationPartner: Application;
  /** Remove a funding cluster from a DRAFT. */
  removeCallFunder: Call;
  /** Take a reviewer off the panel; their unsubmitted seats are freed. */
  removeCallReviewer: CallReviewer;
  /** Platform admins only. */
  removeClusterManager: Cluster;
  removeClusterMember: ClusterMembership;
  /** Remove a member (ORG_ADMIN), or leave (your own membership). */
  removeMember: Membership;
  /** Reopen a submitted review (the call’s managers). Audited. */
  reopenReview: Review;
  /** Reports the conversation to the platform moderators, who may then read it. */
  reportConversation: Conversation;
  /** E-mail a password reset link to this address if it has an account. Always true: the answer does not reveal who has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** A consortium member requests redress (이의신청), once per application, within the call’s window. */
  requestRedress: RedressRequest;
  /** Send the confirmation e-mail again (a few times an hour). */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Set a new password with a reset link (works once, for 30 minutes); signs out every session and revokes every API token. */
  resetPassword: Scalars['Boolean']['output'];
  revokeApiToken: ApiToken;
  revokeInvitation: Invitation;
  /** Assigns the missing reviewers optimally (HiGHS): maximum total affinity, N per application, loads kept, never a conflict. When infeasible nothing changes and the shortfalls say why. */
  runReviewAssignment: AssignmentRun;
  /** Save your scores (one entry per criterion, in the call’s order) as a draft, or submit them (every score and comment). A submitted review is locked. */
  saveReview: Review;
  /** Save filters; results published from now on are its new results. */
  saveSearch: SavedSearch;
  /** Set the NDA terms (ORG_ADMIN); changed terms take a new version, which organizations accept anew. */
  setNdaTerms: TechnologyNeed;
  /** Chooses how you receive one type of notification. */
  setNotificationPreference: NotificationPreference;
  /** Change how often you hear of new results of one of your saved searches. */
  setSavedSearchAlert: SavedSearch;
  /** Sets your strong-match threshold, 50 to 100 percent. */
  setStrongMatchThreshold: Scalars['Int']['output'];
  /** SUBMITTED → SHORTLISTED (the listing owner's members). */
  shortlistInterest: Interest;
  /** CLOSED → IN_EVALUATION once every eligibility is decided; eligible applications go UNDER_REVIEW. */
  startCallEvaluation: Call;
  /** Submit: eligibility and the deadline are re-checked by the server’s clock (CONFLICT application.callNotTakingSubmissions with the deadline; BAD_USER_INPUT application.ineligible on consortium). */
  submitApplication: Application;
  /** Rewrite a DRAFT (every field). A submitted application is read-only: CONFLICT application.readOnly. */
  updateApplicationDraft: Application;
  /** Change an invited or accepted partner’s requested budget and own contribution, in minor units of the call’s currency (drafts only, the lead’s members). */
  updateApplicationPartnerBudget: Application;
  /** Edit a DRAFT (null clears a field). Once OPEN: CONFLICT call.rulesFrozen on the field. */
  updateCallDraft: Call;
  /** Change a pool member’s expertise or maximum load. */
  updateCallReviewer: CallReviewer;
  /** Edit (any member of the owner); null clears a field. */
  updateCapability: Capability;
  /** Switch conflict rules and set the look-back (years). */
  updateConflictSettings: Call;
  updateOrganization: Organization;
  updateProfile: User;
  /** Edit a need (any member of the owner); null clears a field. */
  updateTechnologyNeed: TechnologyNeed;
  /** Confirm the e-mail address with the link sent to it (works once, expires after 48 hours). */
  verifyEmail: User;
  /** Withdraw a submitted application until the call closes. */
  withdrawApplication: Application;
  /** The proposing cluster's manager takes back a proposal not yet answered, optionally with a reason (WITHDRAWN); the other cluster's managers are notified. */
  withdrawClusterPartnership: ClusterPartnership;
  /** SUBMITTED | SHORTLISTED → WITHDRAWN (the sender's members). */
  withdrawInterest: Interest;
};


export type MutationAcceptClusterPartnershipArgs = {
  input: ClusterPartnershipDecisionInput;
};


export type MutationAcceptInterestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAcceptNdaArgs = {
  input: AcceptNdaInput;
};


export type MutationAcceptReviewerInvitationArgs = {
  id: Scalars['ID']['input'];
  input?: InputMaybe<UpdateReviewerInput>;
};


export type MutationAddCallFunderArgs = {
  callId: Scalars['ID']['input'];
  input: CallFunderInput;
};


export type MutationAddCallReviewerArgs = {
  callId: Scalars['ID']['input'];
  input: AddReviewerInput;
};


export type MutationAdmitClusterMemberArgs = {
  input: ClusterDecisionInput;
};


export type MutationAnswerApplicationInvitationArgs = {
  accept: Scalars['Boolean']['input'];
  applicationId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationAnswerRedressArgs = {
  input: RedressAnswerInput;
  redressId: Scalars['ID']['input'];
};


export type MutationApplyToClusterArgs = {
  input: ApplyToClusterInput;
};


export type MutationAppointClusterManagerArgs = {
  input: AppointClusterManagerInput;
};


export type MutationArchiveCapabilityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationBookmarkMatchArgs = {
  input: MatchPairInput;
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationClearMatchFeedbackArgs = {
  input: MatchPairInput;
};


export type MutationCloseCallArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseTechnologyNeedArgs = {
  id: Scalars['ID']['input'];
  reason: NeedCloseReason;
};


export type MutationCompleteCollaborationArgs = {
  id: Scalars['ID']['input'];
  outcome: CollaborationOutcome;
};


export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


export type MutationCreateApplicationDraftArgs = {
  callId: Scalars['ID']['input'];
  input: ApplicationDraftInput;
  leadOrganizationId: Scalars['ID']['input'];
};


export type MutationCreateCallDraftArgs = {
  clusterId: Scalars['ID']['input'];
  input: CallDraftInput;
};


export type MutationCreateCapabilityArgs = {
  input: CapabilityDraftInput;
  organizationId: Scalars['ID']['input'];
};


export type MutationCreateClusterArgs = {
  input: ClusterInput;
};


export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
};


export type MutationCreateTechnologyNeedArgs = {
  input: NeedDraftInput;
  organizationId: Scalars['ID']['input'];
};


export type MutationCutAwardArgs = {
  applicationId: Scalars['ID']['input'];
  input: CutAwardInput;
};


export type MutationDeclareConflictArgs = {
  assignmentId: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};


export type MutationDeclareNoConflictArgs = {
  assignmentId: Scalars['ID']['input'];
};


export type MutationDeclineAwardArgs = {
  applicationId: Scalars['ID']['input'];
};


export type MutationDeclineClusterPartnershipArgs = {
  input: ClusterPartnershipDecisionInput;
};


export type MutationDeclineInterestArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeclineInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeclineReviewerInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCapabilityDraftArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteSavedSearchArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTechnologyNeedDraftArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissMatchArgs = {
  input: DismissMatchInput;
};


export type MutationEndClusterPartnershipArgs = {
  input: ClusterPartnershipDecisionInput;
};


export type MutationExpressInterestArgs = {
  input: ExpressInterestInput;
};


export type MutationExtendCallDeadlineArgs = {
  closesAt: Scalars['DateTime']['input'];
  id: Scalars['ID']['input'];
};


export type MutationInviteApplicationPartnerArgs = {
  applicationId: Scalars['ID']['input'];
  input: ApplicationPartnerInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationMarkConversationReadArgs = {
  conversationId: Scalars['ID']['input'];
  upToMessageId: Scalars['ID']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkSavedSearchSeenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOpenCallArgs = {
  id: Scalars['ID']['input'];
};


export type MutationOverrideApplicationEligibilityArgs = {
  decision: ApplicationStatus;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationPostConversationMessageArgs = {
  input: PostConversationMessageInput;
};


export type MutationProposeClusterPartnershipArgs = {
  input: ProposeClusterPartnershipInput;
};


export type MutationPublishCallResultsArgs = {
  callId: Scalars['ID']['input'];
};


export type MutationPublishCapabilityArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPublishTechnologyNeedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReassignReviewArgs = {
  assignmentId: Scalars['ID']['input'];
  reviewerId: Scalars['ID']['input'];
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRejectClusterMemberArgs = {
  input: ClusterDecisionInput;
};


export type MutationRemindReviewersArgs = {
  callId: Scalars['ID']['input'];
};


export type MutationRemoveApplicationPartnerArgs = {
  applicationId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
};


export type MutationRemoveCallFunderArgs = {
  callId: Scalars['ID']['input'];
  clusterId: Scalars['ID']['input'];
};


export type MutationRemoveCallReviewerArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveClusterManagerArgs = {
  clusterId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveClusterMemberArgs = {
  input: ClusterDecisionInput;
};


export type MutationRemoveMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


export type MutationReopenReviewArgs = {
  assignmentId: Scalars['ID']['input'];
  reason?: Scalars['String']['input'];
};


export type MutationReportConversationArgs = {
  input: ReportConversationInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationRequestRedressArgs = {
  applicationId: Scalars['ID']['input'];
  input: RedressRequestInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunReviewAssignmentArgs = {
  callId: Scalars['ID']['input'];
};


export type MutationSaveReviewArgs = {
  assignmentId: Scalars['ID']['input'];
  scores: Array<ReviewScoreInput>;
  submit?: Scalars['Boolean']['input'];
};


export type MutationSaveSearchArgs = {
  input: SaveSearchInput;
};


export type MutationSetNdaTermsArgs = {
  input: NdaTermsInput;
  needId: Scalars['ID']['input'];
};


export type MutationSetNotificationPreferenceArgs = {
  delivery: NotificationDelivery;
  type: Scalars['String']['input'];
};


export type MutationSetSavedSearchAlertArgs = {
  alert: SavedSearchAlert;
  id: Scalars['ID']['input'];
};


export type MutationSetStrongMatchThresholdArgs = {
  percent: Scalars['Int']['input'];
};


export type MutationShortlistInterestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartCallEvaluationArgs = {
  callId: Scalars['ID']['input'];
};


export type MutationSubmitApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateApplicationDraftArgs = {
  id: Scalars['ID']['input'];
  input: ApplicationDraftInput;
};


export type MutationUpdateApplicationPartnerBudgetArgs = {
  applicationId: Scalars['ID']['input'];
  input: ApplicationPartnerInput;
};


export type MutationUpdateCallDraftArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCallInput;
};


export type MutationUpdateCallReviewerArgs = {
  id: Scalars['ID']['input'];
  input: UpdateReviewerInput;
};


export type MutationUpdateCapabilityArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCapabilityInput;
};


export type MutationUpdateConflictSettingsArgs = {
  callId: Scalars['ID']['input'];
  input: ConflictSettingsInput;
};


export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


export type MutationUpdateProfileArgs = {
  input: UpdateProfileInput;
};


export type MutationUpdateTechnologyNeedArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNeedInput;
};


export type MutationVerifyEmailArgs = {
  input: VerifyEmailInput;
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawClusterPartnershipArgs = {
  input: ClusterPartnershipDecisionInput;
};


export type MutationWithdrawInterestArgs = {
  id: Scalars['ID']['input'];
};

export type NamedValue = {
  __typename: 'NamedValue';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type NdaAcceptance = {
  __typename: 'NdaAcceptance';
  acceptedAt: Scalars['DateTime']['output'];
  acceptedBy: Maybe<User>;
  id: Scalars['ID']['output'];
  organization: Organization;
  version: Scalars['String']['output'];
};

export type NdaTerms = {
  __typename: 'NdaTerms';
  text: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type NdaTermsInput = {
  text: Scalars['String']['input'];
  /** A new name for changed terms, e.g. v2: organizations accept each version. */
  version: Scalars['String']['input'];
};

export type NeedCloseReason =
  | 'EXPIRED'
  | 'SOLVED'
  | 'WITHDRAWN';

export type NeedDraftInput = {
  budgetMax?: InputMaybe<Scalars['SafeInt']['input']>;
  /** In the currency’s minor units. */
  budgetMin?: InputMaybe<Scalars['SafeInt']['input']>;
  collaborationTypes?: InputMaybe<Array<CollaborationType>>;
  /** Shown to the owner and to organizations that accepted the NDA terms. */
  confidentialDetails?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217, e.g. KRW */
  currency?: InputMaybe<Scalars['String']['input']>;
  currentTrl?: InputMaybe<Scalars['Int']['input']>;
  desiredOutcome?: InputMaybe<Scalars['String']['input']>;
  /** Whether partners from abroad are welcome: matching then ranks them near domestic ones. */
  internationalPartnersWelcome?: InputMaybe<Scalars['Boolean']['input']>;
  /** For PRIVATE needs: the organizations invited to see it. */
  invitedOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Shown to everyone who may see the need. */
  publicSummary?: InputMaybe<Scalars['String']['input']>;
  responseDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  targetTrl?: InputMaybe<Scalars['Int']['input']>;
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
  visibility?: InputMaybe<Visibility>;
};

/** A need a capability could serve. */
export type NeedMatch = {
  __typename: 'NeedMatch';
  /** Bookmarked by the capability’s owner (false for everyone else). */
  bookmarked: Scalars['Boolean']['output'];
  /** The capability it matched (for "needs you could answer": the best of yours). */
  capability: Capability;
  components: Array<MatchComponent>;
  /** A learned preference of the owner moved this match. */
  learned: Scalars['Boolean']['output'];
  need: TechnologyNeed;
  /** Strongest first. */
  reasons: Array<MatchReason>;
  /** In [0, 1]. */
  score: Scalars['Float']['output'];
};

export type NeedMatchConnection = {
  __typename: 'NeedMatchConnection';
  edges: Array<NeedMatchEdge>;
  pageInfo: PageInfo;
  /** A change is waiting for the background refresh: matches may move soon. */
  refreshPending: Scalars['Boolean']['output'];
  /** When the background refresh last computed these matches; null before the first. */
  refreshedAt: Maybe<Scalars['DateTime']['output']>;
};

export type NeedMatchEdge = {
  __typename: 'NeedMatchEdge';
  cursor: Scalars['String']['output'];
  node: NeedMatch;
};

export type NeedStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

/** Something that happened for you. Its words are the e-mail catalog entry of its type (`types.<type>.subject`) with its params. */
export type Notification = {
  __typename: 'Notification';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  params: Array<NotificationParam>;
  /** The page it is about, relative to the web app. */
  path: Scalars['String']['output'];
  readAt: Maybe<Scalars['DateTime']['output']>;
  subjectId: Maybe<Scalars['ID']['output']>;
  subjectKind: NotificationSubject;
  /** Its type, e.g. need.ndaAccepted (see notificationPreferences). */
  type: Scalars['String']['output'];
};

export type NotificationConnection = {
  __typename: 'NotificationConnection';
  edges: Array<NotificationEdge>;
  pageInfo: PageInfo;
};

/** IN_APP: the inbox only; EMAIL_NOW: the inbox and an e-mail at once; DAILY_DIGEST: the inbox and one e-mail a day; OFF: nothing. */
export type NotificationDelivery =
  | 'DAILY_DIGEST'
  | 'EMAIL_NOW'
  | 'IN_APP'
  | 'OFF';

export type NotificationEdge = {
  __typename: 'NotificationEdge';
  cursor: Scalars['String']['output'];
  node: Notification;
};

/** One value the texts of a notification show. */
export type NotificationParam = {
  __typename: 'NotificationParam';
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

/** How you receive one type of notification. */
export type NotificationPreference = {
  __typename: 'NotificationPreference';
  delivery: NotificationDelivery;
  /** True while you have not chosen: the type's default applies. */
  isDefault: Scalars['Boolean']['output'];
  type: Scalars['String']['output'];
};

/** A new notification of yours was stored. */
export type NotificationReceived = {
  __typename: 'NotificationReceived';
  notificationId: Scalars['ID']['output'];
};

/** What a notification is about: a need, a capability, or the recipient only (NONE). */
export type NotificationSubject =
  | 'CAPABILITY'
  | 'CONVERSATION'
  | 'NEED'
  | 'NONE';

export type OrgRole =
  | 'ORG_ADMIN'
  | 'ORG_MEMBER';

export type Organization = {
  __typename: 'Organization';
  capabilities: CapabilityConnection;
  /** ACTIVE memberships for everyone; all statuses for its members, the clusters’ managers and admins. */
  clusterMemberships: Array<ClusterMembership>;
  /** Its collaborations, latest start first. */
  collaborations: CollaborationConnection;
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Visible to ORG_ADMINs; empty for others. */
  invitations: Array<Invitation>;
  kind: OrganizationKind;
  /** Visible to its members and platform admins; empty for others. */
  members: Array<Membership>;
  name: Scalars['String']['output'];
  /** ISO 3166-2 */
  region: Maybe<Scalars['String']['output']>;
  /** NACE Rev.2 codes */
  sectors: Array<Scalars['String']['output']>;
  size: Maybe<OrganizationSize>;
  /** Technology taxonomy codes */
  technologyAreas: Array<Scalars['String']['output']>;
  technologyNeeds: TechnologyNeedConnection;
  /** The viewer's role here, or null. */
  viewerRole: Maybe<OrgRole>;
  website: Maybe<Scalars['String']['output']>;
};


export type OrganizationCapabilitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type OrganizationCollaborationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type OrganizationTechnologyNeedsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type OrganizationConnection = {
  __typename: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type OrganizationEdge = {
  __typename: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationFilter = {
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Words in the name or description, English or Korean; typos tolerated. */
  query?: InputMaybe<Scalars['String']['input']>;
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  sizes?: InputMaybe<Array<OrganizationSize>>;
  /** A technology area includes its fields. */
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type OrganizationInput = {
  /** ISO 3166-1 alpha-2, e.g. KR */
  country: Scalars['String']['input'];
  description: Scalars['String']['input'];
  kind: OrganizationKind;
  name: Scalars['String']['input'];
  /** ISO 3166-2, e.g. KR-27 */
  region?: InputMaybe<Scalars['String']['input']>;
  /** NACE Rev.2 codes */
  sectors: Array<Scalars['String']['input']>;
  /** Required for firms, absent for others. */
  size?: InputMaybe<OrganizationSize>;
  /** Technology taxonomy codes */
  technologyAreas: Array<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationKind =
  | 'CLUSTER_ORGANIZATION'
  | 'FIRM'
  | 'PUBLIC_AGENCY'
  | 'RESEARCH_INSTITUTE'
  | 'UNIVERSITY';

export type OrganizationSize =
  | 'LARGE'
  | 'MEDIUM'
  | 'MICRO'
  | 'SMALL';

export type PageInfo = {
  __typename: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organization that could meet a need, ranked by its capabilities, profile and track record. */
export type PartnerMatch = {
  __typename: 'PartnerMatch';
  /** Its capabilities that match the need, best first. */
  capabilities: Array<Capability>;
  components: Array<MatchComponent>;
  /** A learned preference of the owner moved this match. */
  learned: Scalars['Boolean']['output'];
  organization: Organization;
  /** Strongest first. */
  reasons: Array<MatchReason>;
  /** In [0, 1]. */
  score: Scalars['Float']['output'];
};

export type PartnerMatchConnection = {
  __typename: 'PartnerMatchConnection';
  edges: Array<PartnerMatchEdge>;
  pageInfo: PageInfo;
  /** A change is waiting for the background refresh: matches may move soon. */
  refreshPending: Scalars['Boolean']['output'];
  /** When the background refresh last computed these matches; null before the first. */
  refreshedAt: Maybe<Scalars['DateTime']['output']>;
};

export type PartnerMatchEdge = {
  __typename: 'PartnerMatchEdge';
  cursor: Scalars['String']['output'];
  node: PartnerMatch;
};

/** Organizations that would satisfy a failed rule, ranked for the linked needs. */
export type PartnerSuggestion = {
  __typename: 'PartnerSuggestion';
  failure: EligibilityFailure;
  organizations: Array<SuggestedPartner>;
  rule: EligibilityRule;
};

export type PlatformRole =
  | 'ADMIN';

export type PostConversationMessageInput = {
  /** Plain text, trimmed; 1 to 4000 characters. */
  body: Scalars['String']['input'];
  conversationId: Scalars['ID']['input'];
};

export type ProposeClusterPartnershipInput = {
  /** The cluster you manage. */
  clusterId: Scalars['ID']['input'];
  kind: ClusterPartnershipKind;
  /** A note to the other cluster's managers. */
  note?: InputMaybe<Scalars['String']['input']>;
  partnerClusterId: Scalars['ID']['input'];
};

export type Query = {
  __typename: 'Query';
  /** The signed-in user's API tokens, newest first. */
  apiTokens: Array<ApiToken>;
  /** An application: for the lead’s and accepted partners’ members, and once submitted for the managers of the clusters that run or fund the call. NOT_FOUND otherwise. */
  application: Application;
  /** Invitations to join consortia sent to an organization (its members). */
  applicationInvitations: Array<ApplicationInvitation>;
  /** An application’s published result: scores, anonymised reviews, why not funded, redress. FORBIDDEN before publication for its consortium. */
  applicationResult: ApplicationResult;
  /** Newest first. Admins see all; cluster managers and ORG_ADMINs the events of what they run. */
  auditEvents: AuditEventConnection;
  /** The organization's bookmarked matches (its shortlist), newest first; its members only. Listings you may no longer see are left out. */
  bookmarkedMatches: BookmarkedMatchConnection;
  /** An OPEN (or later) call, for everyone signed in; a DRAFT for its cluster’s managers. NOT_FOUND otherwise. */
  call: Call;
  /** A call’s applications you may read: every submitted one for its funders’ managers, your own (drafts included) for applicants. */
  callApplications: Array<Application>;
  /** The ranking and per-funder allocation of a closed call: a live preview (the award function on current reviews) until published, the published award after. Managers of the running and funding clusters only. */
  callAward: CallAward;
  /** The call’s review pool (its managers). */
  callReviewers: Array<CallReviewer>;
  /** Calls you may see, newest first; filter by phase (server clock), cluster (running or funding) and country. */
  calls: CallConnection;
  /** NOT_FOUND when it does not exist or you may not see it. */
  capability: Capability;
  /** Every eligibility rule the consortium fails for this call (empty: eligible). The same function the web runs live. */
  checkEligibility: Array<EligibilityFailure>;
  cluster: Cluster;
  /** ACTIVE partnerships for everyone; other statuses for the two clusters’ managers and admins. */
  clusterPartnership: ClusterPartnership;
  clusters: ClusterConnection;
  /** NOT_FOUND when it does not exist. */
  collaboration: Collaboration;
  /** Runs the conflict-of-interest check: the pool’s users plus any candidate users, against the call’s eligible applications, with the rule and record behind each conflict. */
  conflictCheck: Array<ConflictOfInterest>;
  /** One conversation of your organizations. NOT_FOUND when you may not read it. */
  conversation: Conversation;
  /** A subject's conversation (an interest's). NOT_FOUND when there is none you may read. */
  conversationBySubject: Conversation;
  /** The newest e-mails, newest first: with no SMTP_URL, the only place they can be read. Platform admins only. */
  emailOutbox: Array<EmailMessage>;
  /** What needs the signed-in user now (each part a field of its own). UNAUTHENTICATED for visitors. */
  homeSummary: HomeSummary;
  /** An import you started or may run; NOT_FOUND otherwise. Poll it for progress. */
  importRun: ImportRun;
  /** An interest your organization sent or received; NOT_FOUND otherwise. */
  interest: Interest;
  /** A listing's interests (exactly one of needId and capabilityId): all of them for its owner's members, your own for a sender. */
  interestsForListing: InterestConnection;
  /** Platform admins: how far the match refresh has come. */
  matchProgress: MatchProgress;
  /** Open needs the capability could serve, best first, with reasons. NOT_FOUND when you may not see the capability. */
  matchesForCapability: NeedMatchConnection;
  /** Capabilities that could meet the need, best first, with reasons. NOT_FOUND when you may not see the need. */
  matchesForNeed: CapabilityMatchConnection;
  /** Interests your organizations sent, newest first. */
  myInterests: InterestConnection;
  /** Your assignments as a reviewer, in every call. */
  myReviewAssignments: Array<ReviewAssignment>;
  /** Open needs of other organizations that the organization's capabilities could answer (its members only). */
  needsYouCouldAnswer: NeedMatchConnection;
  /** How you receive each type of notification. */
  notificationPreferences: Array<NotificationPreference>;
  /** Your notifications, newest first; only those about things you may still read. */
  notifications: NotificationConnection;
  organization: Organization;
  /** The public directory of organizations. */
  organizations: OrganizationConnection;
  /** Organizations that could meet the need, ranked by their capabilities, profile and track record. */
  partnersForNeed: PartnerMatchConnection;
  /** Reported conversations, most recently reported first, with their reports: platform admins only. Reading one is audited. */
  reportedConversations: ReportedConversationConnection;
  /** One assignment: its reviewer and the call’s managers; NOT_FOUND for everyone else. */
  reviewAssignment: ReviewAssignment;
  /** Progress per reviewer and per application, and every open assignment. */
  reviewProgress: ReviewProgress;
  /** Platform users the call’s managers may add to its pool: part of a name or an organization’s name, or a whole e-mail address (matched only exactly). At most 20; no addresses are returned. */
  reviewerCandidates: Array<ReviewerCandidate>;
  /** Invitations to review panels waiting for you (by your address or account). */
  reviewerInvitations: Array<CallReviewer>;
  /** One of your saved searches; NOT_FOUND for anyone else’s. */
  savedSearch: SavedSearch;
  /** Your saved searches, newest first. */
  savedSearches: Array<SavedSearch>;
  /** One search over technology needs, capabilities and organizations: ranked by relevance with words, newest first without; only what you may see. */
  search: SearchResult;
  /** The match score (percent) above which a new match of your needs notifies you. */
  strongMatchThreshold: Scalars['Int']['output'];
  /** NOT_FOUND when it does not exist or you may not see it. */
  technologyNeed: TechnologyNeed;
  /** Unread messages across all your conversations (the header). */
  unreadMessageCount: Scalars['Int']['output'];
  /** How many of your notifications are unread (the header bell). */
  unreadNotificationCount: Scalars['Int']['output'];
  /** The signed-in user, or null. */
  viewer: Maybe<Viewer>;
  /** Your organizations' conversations, most recently active first. */
  viewerConversations: ConversationConnection;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationInvitationsArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryApplicationResultArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryBookmarkedMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
};


export type QueryCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCallApplicationsArgs = {
  callId: Scalars['ID']['input'];
};


export type QueryCallAwardArgs = {
  callId: Scalars['ID']['input'];
};


export type QueryCallReviewersArgs = {
  callId: Scalars['ID']['input'];
};


export type QueryCallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryCapabilityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCheckEligibilityArgs = {
  callId: Scalars['ID']['input'];
  consortium: ConsortiumInput;
};


export type QueryClusterArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClusterPartnershipArgs = {
  id: Scalars['ID']['input'];
};


export type QueryClustersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClusterFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCollaborationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConflictCheckArgs = {
  callId: Scalars['ID']['input'];
  candidateUserIds?: Array<Scalars['ID']['input']>;
};


export type QueryConversationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryConversationBySubjectArgs = {
  subject: ConversationSubjectInput;
};


export type QueryEmailOutboxArgs = {
  first?: Scalars['Int']['input'];
};


export type QueryHomeSummaryArgs = {
  since?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryImportRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryInterestsForListingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  needId?: InputMaybe<Scalars['ID']['input']>;
  orderBy?: InterestOrder;
  statuses?: InputMaybe<Array<InterestStatus>>;
};


export type QueryMatchesForCapabilityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  capabilityId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  language?: Language;
};


export type QueryMatchesForNeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  language?: Language;
  needId: Scalars['ID']['input'];
};


export type QueryMyInterestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  statuses?: InputMaybe<Array<InterestStatus>>;
};


export type QueryNeedsYouCouldAnswerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  language?: Language;
  organizationId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPartnersForNeedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  language?: Language;
  needId: Scalars['ID']['input'];
};


export type QueryReportedConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryReviewAssignmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewProgressArgs = {
  callId: Scalars['ID']['input'];
};


export type QueryReviewerCandidatesArgs = {
  callId: Scalars['ID']['input'];
  search: Scalars['String']['input'];
};


export type QuerySavedSearchArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  filter?: InputMaybe<SearchFilterInput>;
};


export type QueryTechnologyNeedArgs = {
  id: Scalars['ID']['input'];
};


export type QueryViewerConversationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type RedressAnswerInput = {
  answer: Scalars['String']['input'];
};

/** A redress request (이의신청) and its answer on the record. */
export type RedressRequest = {
  __typename: 'RedressRequest';
  answer: Maybe<Scalars['String']['output']>;
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  applicationId: Scalars['ID']['output'];
  applicationTitle: Scalars['String']['output'];
  filedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  organizationId: Scalars['ID']['output'];
  organizationName: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type RedressRequestInput = {
  text: Scalars['String']['input'];
};

export type RegisterInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  preferredLanguage: Language;
};

export type ReportConversationInput = {
  conversationId: Scalars['ID']['input'];
  /** What is wrong, for the moderators; 3 to 1000 characters. */
  reason: Scalars['String']['input'];
};

/** A reported conversation, what it is and why it was reported, for moderators; its messages are read through `conversation(id)`, which is audited. */
export type ReportedConversation = {
  __typename: 'ReportedConversation';
  id: Scalars['ID']['output'];
  lastReportedAt: Scalars['DateTime']['output'];
  organizations: Array<ConversationOrganization>;
  reports: Array<ConversationReport>;
  title: Scalars['String']['output'];
};

export type ReportedConversationConnection = {
  __typename: 'ReportedConversationConnection';
  edges: Array<ReportedConversationEdge>;
  pageInfo: PageInfo;
};

export type ReportedConversationEdge = {
  __typename: 'ReportedConversationEdge';
  cursor: Scalars['String']['output'];
  node: ReportedConversation;
};

export type RequestPasswordResetInput = {
  email: Scalars['String']['input'];
};

export type RequiredKinds = {
  __typename: 'RequiredKinds';
  kinds: Array<OrganizationKind>;
  min: Scalars['Int']['output'];
};

export type RequiredKindsInput = {
  kinds: Array<OrganizationKind>;
  min: Scalars['Int']['input'];
};

export type ResetPasswordInput = {
  newPassword: Scalars['String']['input'];
  /** The token of the link in the reset e-mail. */
  token: Scalars['String']['input'];
};

/** Scores aligned with the call’s criteria by index. Its reviewer and the call’s managers only. */
export type Review = {
  __typename: 'Review';
  id: Scalars['ID']['output'];
  reopenedCount: Scalars['Int']['output'];
  scores: Array<ReviewScore>;
  status: ReviewStatus;
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** The application’s content: its reviewer after declaring no conflict, and managers. */
export type ReviewApplicationContent = {
  __typename: 'ReviewApplicationContent';
  abstract: Scalars['String']['output'];
  durationMonths: Maybe<Scalars['Int']['output']>;
  workPlanSummary: Scalars['String']['output'];
};

/** What a reviewer sees before declaring: the title and the consortium. */
export type ReviewApplicationSummary = {
  __typename: 'ReviewApplicationSummary';
  id: Scalars['ID']['output'];
  leadName: Scalars['String']['output'];
  partnerNames: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type ReviewAssignment = {
  __typename: 'ReviewAssignment';
  affinity: Scalars['Float']['output'];
  application: ReviewApplicationSummary;
  applicationId: Scalars['ID']['output'];
  assignedBy: AssignedBy;
  call: Call;
  callId: Scalars['ID']['output'];
  /** CONFLICT review.declareFirst until its reviewer declared no conflict. */
  content: ReviewApplicationContent;
  createdAt: Scalars['DateTime']['output'];
  /** The call’s criteria, in scoring order. */
  criteria: Array<EvaluationCriterion>;
  id: Scalars['ID']['output'];
  review: Maybe<Review>;
  reviewer: CallReviewer;
  reviewerId: Scalars['ID']['output'];
  status: ReviewAssignmentStatus;
};

/** ASSIGNED (waiting for the declaration), NO_CONFLICT_DECLARED (content visible), CONFLICT_DECLARED (reassigned), REMOVED. */
export type ReviewAssignmentStatus =
  | 'ASSIGNED'
  | 'CONFLICT_DECLARED'
  | 'NO_CONFLICT_DECLARED'
  | 'REMOVED';

export type ReviewProgress = {
  __typename: 'ReviewProgress';
  applications: Array<ApplicationReviewProgress>;
  assignments: Array<ReviewAssignment>;
  reviewers: Array<ReviewerProgress>;
  totalAffinity: Scalars['Float']['output'];
};

export type ReviewScore = {
  __typename: 'ReviewScore';
  comment: Scalars['String']['output'];
  score: Maybe<Scalars['Int']['output']>;
};

export type ReviewScoreInput = {
  comment?: Scalars['String']['input'];
  /** 0..maxScore of the criterion; null in a draft. */
  score?: InputMaybe<Scalars['Int']['input']>;
};

export type ReviewStatus =
  | 'DRAFT'
  | 'SUBMITTED';

/** A platform user a call’s managers may seat on its panel: their name and organizations, never their e-mail address. */
export type ReviewerCandidate = {
  __typename: 'ReviewerCandidate';
  /** Fit in [0, 1] of their organizations’ profile with the best-fitting reviewable application (0 before any). */
  affinity: Scalars['Float']['output'];
  displayName: Scalars['String']['output'];
  /** Already in this call’s pool (in any status). */
  inPool: Scalars['Boolean']['output'];
  /** Their organizations’ names. */
  organizationNames: Array<Scalars['String']['output']>;
  /** Technology areas of their organizations and of their published capabilities. */
  technologyAreas: Array<Scalars['String']['output']>;
  userId: Scalars['ID']['output'];
};

export type ReviewerComment = {
  __typename: 'ReviewerComment';
  comment: Scalars['String']['output'];
  criterion: Scalars['Int']['output'];
  criterionName: Scalars['String']['output'];
  score: Maybe<Scalars['Float']['output']>;
};

export type ReviewerExpertise = {
  __typename: 'ReviewerExpertise';
  sectors: Array<Scalars['String']['output']>;
  technologyCodes: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type ReviewerExpertiseInput = {
  /** NACE Rev.2 codes. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Technology taxonomy codes. */
  technologyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ReviewerProgress = {
  __typename: 'ReviewerProgress';
  assigned: Scalars['Int']['output'];
  /** Waiting for the conflict declaration. */
  awaitingDeclaration: Scalars['Int']['output'];
  conflicts: Scalars['Int']['output'];
  drafts: Scalars['Int']['output'];
  reviewer: CallReviewer;
  submitted: Scalars['Int']['output'];
};

/** A rule in words: an i18n key (call.rule.*) and its parameters. */
export type RuleSentence = {
  __typename: 'RuleSentence';
  key: Scalars['String']['output'];
  params: Array<NamedValue>;
};

export type SaveSearchInput = {
  /** Default WEEKLY. */
  alert?: InputMaybe<SavedSearchAlert>;
  filter: SearchCriteriaInput;
  name: Scalars['String']['input'];
};

/** Filters a user saved; only its owner sees it. */
export type SavedSearch = {
  __typename: 'SavedSearch';
  alert: SavedSearchAlert;
  createdAt: Scalars['DateTime']['output'];
  criteria: SearchCriteria;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** Results published since resultsSeenAt, as you may see them now. */
  newResults: SearchResult;
  /** Results published after this are new (markSavedSearchSeen moves it to now). */
  resultsSeenAt: Scalars['DateTime']['output'];
};


/** Filters a user saved; only its owner sees it. */
export type SavedSearchNewResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** How often to hear of new results (the alerts arrive with notifications). */
export type SavedSearchAlert =
  | 'DAILY'
  | 'NONE'
  | 'WEEKLY';

export type SearchCriteria = {
  __typename: 'SearchCriteria';
  capabilityKinds: Maybe<Array<CapabilityKind>>;
  clusterIds: Maybe<Array<Scalars['ID']['output']>>;
  collaborationTypes: Maybe<Array<CollaborationType>>;
  countries: Maybe<Array<Scalars['String']['output']>>;
  deadlineAfter: Maybe<Scalars['DateTime']['output']>;
  deadlineBefore: Maybe<Scalars['DateTime']['output']>;
  kinds: Maybe<Array<SearchKind>>;
  query: Maybe<Scalars['String']['output']>;
  regions: Maybe<Array<Scalars['String']['output']>>;
  sectors: Maybe<Array<Scalars['String']['output']>>;
  statuses: Maybe<Array<SearchStatus>>;
  technologyAreas: Maybe<Array<Scalars['String']['output']>>;
  trlMax: Maybe<Scalars['Int']['output']>;
  trlMin: Maybe<Scalars['Int']['output']>;
};

export type SearchCriteriaInput = {
  /** Capabilities of these kinds (leaves out needs and organizations). */
  capabilityKinds?: InputMaybe<Array<CapabilityKind>>;
  /** The organization is an ACTIVE member of one of these clusters. */
  clusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Needs seeking one of these (leaves out the other kinds). */
  collaborationTypes?: InputMaybe<Array<CollaborationType>>;
  /** ISO 3166-1 alpha-2 of the organization (the owner of a need or capability). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needs whose response deadline is at or after this instant. */
  deadlineAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Needs whose response deadline is before this instant. */
  deadlineBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Default: all three. */
  kinds?: InputMaybe<Array<SearchKind>>;
  /** Words, English or Korean; accents, case and typos do not matter. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2 of the organization. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** NACE Rev.2 codes; a section includes its divisions. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needs and capabilities in these statuses (leaves out organizations, which have none). Default: OPEN needs, PUBLISHED capabilities and organizations. */
  statuses?: InputMaybe<Array<SearchStatus>>;
  /** Technology taxonomy codes; an area includes its fields. */
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  /** Needs whose current…target TRL overlaps trlMin…trlMax; capabilities whose TRL lies in it. */
  trlMin?: InputMaybe<Scalars['Int']['input']>;
};

/** Counts over every result the caller may see (not only this page). Each facet counts under every filter but its own: with a country chosen, the countries facet still counts the other countries (what choosing them too would add). */
export type SearchFacets = {
  __typename: 'SearchFacets';
  /** Capabilities only. */
  capabilityKinds: Array<FacetCount>;
  /** Country of the organization (the owner of a need or capability). */
  countries: Array<FacetCount>;
  kinds: Array<FacetCount>;
  /** Needs and capabilities. */
  statuses: Array<FacetCount>;
  /** Top-level technology areas (e.g. EF); an item counts once per area. */
  technologyAreas: Array<FacetCount>;
};

export type SearchFilterInput = {
  after?: InputMaybe<Scalars['String']['input']>;
  /** Capabilities of these kinds (leaves out needs and organizations). */
  capabilityKinds?: InputMaybe<Array<CapabilityKind>>;
  /** The organization is an ACTIVE member of one of these clusters. */
  clusterIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Needs seeking one of these (leaves out the other kinds). */
  collaborationTypes?: InputMaybe<Array<CollaborationType>>;
  /** ISO 3166-1 alpha-2 of the organization (the owner of a need or capability). */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needs whose response deadline is at or after this instant. */
  deadlineAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Needs whose response deadline is before this instant. */
  deadlineBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Results per page, 1 to 100 (default 20). */
  first?: InputMaybe<Scalars['Int']['input']>;
  /** Default: all three. */
  kinds?: InputMaybe<Array<SearchKind>>;
  /** Words, English or Korean; accents, case and typos do not matter. */
  query?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-2 of the organization. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** NACE Rev.2 codes; a section includes its divisions. */
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Needs and capabilities in these statuses (leaves out organizations, which have none). Default: OPEN needs, PUBLISHED capabilities and organizations. */
  statuses?: InputMaybe<Array<SearchStatus>>;
  /** Technology taxonomy codes; an area includes its fields. */
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  trlMax?: InputMaybe<Scalars['Int']['input']>;
  /** Needs whose current…target TRL overlaps trlMin…trlMax; capabilities whose TRL lies in it. */
  trlMin?: InputMaybe<Scalars['Int']['input']>;
};

export type SearchHit = {
  __typename: 'SearchHit';
  /** The capability, when kind is CAPABILITY. */
  capability: Maybe<Capability>;
  /** Capabilities. */
  capabilityKind: Maybe<CapabilityKind>;
  /** ISO 3166-1 of the organization (the owner of a need or capability). */
  country: Scalars['String']['output'];
  /** Needs: the response deadline. */
  deadline: Maybe<Scalars['DateTime']['output']>;
  /** The id of the need, capability or organization. */
  id: Scalars['ID']['output'];
  kind: SearchKind;
  /** When it was published (organizations: when they joined). */
  listedAt: Scalars['DateTime']['output'];
  /** The need, when kind is NEED. */
  need: Maybe<TechnologyNeed>;
  /** The organization found, or the one that posted the need or capability. */
  organization: Organization;
  /** The name of the organization found, or of the owner. */
  organizationName: Scalars['String']['output'];
  /** ISO 3166-2 of the organization. */
  region: Maybe<Scalars['String']['output']>;
  /** Relevance; higher first. 0 when browsing without words (newest first). */
  score: Scalars['Float']['output'];
  snippet: SearchSnippet;
  /** Needs and capabilities. */
  status: Maybe<SearchStatus>;
  /** Technology taxonomy codes. */
  technologyAreas: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** Needs: the target TRL; capabilities: their TRL. */
  trlMax: Maybe<Scalars['Int']['output']>;
  /** Needs: the current TRL; capabilities: their TRL. */
  trlMin: Maybe<Scalars['Int']['output']>;
};

export type SearchHitEdge = {
  __typename: 'SearchHitEdge';
  cursor: Scalars['String']['output'];
  node: SearchHit;
};

export type SearchKind =
  | 'CAPABILITY'
  | 'NEED'
  | 'ORGANIZATION';

export type SearchResult = {
  __typename: 'SearchResult';
  edges: Array<SearchHitEdge>;
  facets: SearchFacets;
  pageInfo: PageInfo;
  /** Technology areas the words name (e.g. 수소 연료전지 → EF05): items tagged with them are found and rank higher. */
  queryTechnologyAreas: Array<Scalars['String']['output']>;
  /** True when the words as typed found less than a page, and the same search with likely typos corrected found more: these are its results. */
  similarSpellings: Scalars['Boolean']['output'];
  /** Results matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

/** Where the words matched, from a public field only, as plain text with the matches marked by ranges. */
export type SearchSnippet = {
  __typename: 'SearchSnippet';
  /** The field the text comes from, e.g. publicSummary, description, title. */
  field: Scalars['String']['output'];
  highlights: Array<TextRange>;
  text: Scalars['String']['output'];
};

/** Needs: DRAFT, OPEN, CLOSED. Capabilities: DRAFT, PUBLISHED, ARCHIVED. Organizations have none. */
export type SearchStatus =
  | 'ARCHIVED'
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN'
  | 'PUBLISHED';

/** CONFLICTS: too few conflict-free reviewers; LOAD: enough, but their loads are spent. */
export type ShortfallReason =
  | 'CONFLICTS'
  | 'LOAD';

export type Subscription = {
  __typename: 'Subscription';
  /** Each new message in one conversation (or, without an id, in any of yours) while you may read it: read it again. */
  conversationMessagePosted: ConversationMessagePosted;
  /** Each time an interest you may read is submitted or changes state: of one listing (needId or capabilityId), or with neither, any of your organizations' interests. */
  interestChanged: InterestChanged;
  /** Each time the matches of a need or capability (exactly one) were refreshed, while you may see it; at once when no refresh is pending as it starts. NOT_FOUND when you may not see it. */
  matchesRefreshed: MatchesRefreshed;
  /** Each new notification of yours as it is stored, only ones you may read: read the inbox and the count again. */
  notificationReceived: NotificationReceived;
};


export type SubscriptionConversationMessagePostedArgs = {
  conversationId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionInterestChangedArgs = {
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  needId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionMatchesRefreshedArgs = {
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  needId?: InputMaybe<Scalars['ID']['input']>;
};

export type SuggestedPartner = {
  __typename: 'SuggestedPartner';
  organization: Organization;
  /** The matching engine’s partner score, in [0, 1]. */
  score: Scalars['Float']['output'];
};

export type TechnologyNeed = {
  __typename: 'TechnologyNeed';
  budgetMax: Maybe<Scalars['SafeInt']['output']>;
  /** In the currency’s minor units (won, cents). */
  budgetMin: Maybe<Scalars['SafeInt']['output']>;
  closeReason: Maybe<NeedCloseReason>;
  closedAt: Maybe<Scalars['DateTime']['output']>;
  collaborationTypes: Array<CollaborationType>;
  /** Null unless you belong to the owner or your organization accepted the current NDA version. */
  confidentialDetails: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** ISO 4217 */
  currency: Maybe<Scalars['String']['output']>;
  currentTrl: Maybe<Scalars['Int']['output']>;
  desiredOutcome: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  internationalPartnersWelcome: Scalars['Boolean']['output'];
  /** Organizations invited to a PRIVATE need; shown to the owner’s members only. */
  invitedOrganizations: Array<Organization>;
  /** Who accepted which NDA version; shown to the owner’s members only. */
  ndaAcceptances: Array<NdaAcceptance>;
  ndaTerms: Maybe<NdaTerms>;
  /** The organization that posted it. */
  organization: Organization;
  publicSummary: Scalars['String']['output'];
  publishedAt: Maybe<Scalars['DateTime']['output']>;
  responseDeadline: Maybe<Scalars['DateTime']['output']>;
  /** NACE Rev.2 codes */
  sectors: Array<Scalars['String']['output']>;
  status: NeedStatus;
  targetTrl: Maybe<Scalars['Int']['output']>;
  /** Technology taxonomy codes */
  technologyAreas: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** Whether you may change who sees it (visibility, invited organizations): any member of the owner on a draft, an ORG_ADMIN once published. */
  viewerCanChangeAudience: Scalars['Boolean']['output'];
  /** Whether you may edit it (a member of the owner). */
  viewerCanEdit: Scalars['Boolean']['output'];
  /** Whether you may publish, close it or set its NDA terms (an ORG_ADMIN of the owner). */
  viewerCanPublish: Scalars['Boolean']['output'];
  viewerConfidentialAccess: ConfidentialAccess;
  /** The NDA acceptances of your own organizations for this need (which of them accepted which version). */
  viewerNdaAcceptances: Array<NdaAcceptance>;
  visibility: Visibility;
};

export type TechnologyNeedConnection = {
  __typename: 'TechnologyNeedConnection';
  edges: Array<TechnologyNeedEdge>;
  pageInfo: PageInfo;
  /** Items matching the filter, across all pages (only what the caller may see). */
  totalCount: Scalars['Int']['output'];
};

export type TechnologyNeedEdge = {
  __typename: 'TechnologyNeedEdge';
  cursor: Scalars['String']['output'];
  node: TechnologyNeed;
};

/** A part of a text, in UTF-16 code units as JavaScript indexes strings: text.slice(start, end). */
export type TextRange = {
  __typename: 'TextRange';
  end: Scalars['Int']['output'];
  start: Scalars['Int']['output'];
};

export type UpdateCallInput = {
  /** What the award does with a project that does not fit the remaining budget; STOP when unset. */
  budgetRule?: InputMaybe<BudgetRule>;
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  criteria?: InputMaybe<Array<EvaluationCriterionInput>>;
  /** ISO 4217 */
  currency?: InputMaybe<Scalars['String']['input']>;
  descriptionEn?: InputMaybe<Scalars['String']['input']>;
  descriptionKo?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<EligibilityRulesInput>;
  fundingMode?: InputMaybe<FundingMode>;
  /** Percent, 1–100. */
  maxFundingRate?: InputMaybe<Scalars['Int']['input']>;
  /** Minor units of the call’s currency. */
  maxGrantPerProject?: InputMaybe<Scalars['SafeInt']['input']>;
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  programmeName?: InputMaybe<Scalars['String']['input']>;
  /** Days after publication applicants may request redress, 0–90. */
  redressDays?: InputMaybe<Scalars['Int']['input']>;
  reviewersPerApplication?: InputMaybe<Scalars['Int']['input']>;
  /** Percent of the maximum weighted score. */
  threshold?: InputMaybe<Scalars['Int']['input']>;
  /** IANA time zone of the call, e.g. Asia/Seoul. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  titleEn?: InputMaybe<Scalars['String']['input']>;
  titleKo?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCapabilityInput = {
  availability?: InputMaybe<Scalars['String']['input']>;
  /** EQUIPMENT, FACILITY */
  bookingTerms?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** For PRIVATE capabilities: the organizations invited to see it. */
  invitedOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  kind?: InputMaybe<CapabilityKind>;
  /** IP */
  licensingStatus?: InputMaybe<LicensingStatus>;
  /** EQUIPMENT, FACILITY */
  location?: InputMaybe<Scalars['String']['input']>;
  /** EQUIPMENT, FACILITY */
  model?: InputMaybe<Scalars['String']['input']>;
  /** IP */
  patentNumber?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  trl?: InputMaybe<Scalars['Int']['input']>;
  visibility?: InputMaybe<Visibility>;
};

export type UpdateNeedInput = {
  budgetMax?: InputMaybe<Scalars['SafeInt']['input']>;
  /** In the currency’s minor units. */
  budgetMin?: InputMaybe<Scalars['SafeInt']['input']>;
  collaborationTypes?: InputMaybe<Array<CollaborationType>>;
  /** Shown to the owner and to organizations that accepted the NDA terms. */
  confidentialDetails?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217, e.g. KRW */
  currency?: InputMaybe<Scalars['String']['input']>;
  currentTrl?: InputMaybe<Scalars['Int']['input']>;
  desiredOutcome?: InputMaybe<Scalars['String']['input']>;
  /** Whether partners from abroad are welcome: matching then ranks them near domestic ones. */
  internationalPartnersWelcome?: InputMaybe<Scalars['Boolean']['input']>;
  /** For PRIVATE needs: the organizations invited to see it. */
  invitedOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Shown to everyone who may see the need. */
  publicSummary?: InputMaybe<Scalars['String']['input']>;
  responseDeadline?: InputMaybe<Scalars['DateTime']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  targetTrl?: InputMaybe<Scalars['Int']['input']>;
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
  visibility?: InputMaybe<Visibility>;
};

export type UpdateOrganizationInput = {
  country?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OrganizationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  sectors?: InputMaybe<Array<Scalars['String']['input']>>;
  size?: InputMaybe<OrganizationSize>;
  technologyAreas?: InputMaybe<Array<Scalars['String']['input']>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateProfileInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  preferredLanguage?: InputMaybe<Language>;
};

export type UpdateReviewerInput = {
  expertise?: InputMaybe<ReviewerExpertiseInput>;
  maxLoad?: InputMaybe<Scalars['Int']['input']>;
};

export type User = {
  __typename: 'User';
  createdAt: Scalars['DateTime']['output'];
  displayName: Scalars['String']['output'];
  /** Shown to the user, platform admins and ORG_ADMINs of an organization the user belongs to. */
  email: Maybe<Scalars['String']['output']>;
  /** Whether the user confirmed the e-mail address by a link sent to it; shown where the address is. */
  emailVerified: Maybe<Scalars['Boolean']['output']>;
  id: Scalars['ID']['output'];
  preferredLanguage: Language;
  roles: Array<PlatformRole>;
};

export type VerifyEmailInput = {
  /** The token of the link in the confirmation e-mail. */
  token: Scalars['String']['input'];
};

export type Viewer = {
  __typename: 'Viewer';
  /** Send as the x-csrf-token header with cookie-authenticated requests. Null for API tokens. */
  csrfToken: Maybe<Scalars['String']['output']>;
  managedClusters: Array<Cluster>;
  memberships: Array<Membership>;
  /** Invitations to this e-mail address waiting for an answer. */
  pendingInvitations: Array<Invitation>;
  user: User;
};

/** PUBLIC: everyone. CLUSTER: ACTIVE members of the owner’s clusters. PRIVATE: invited organizations. */
export type Visibility =
  | 'CLUSTER'
  | 'PRIVATE'
  | 'PUBLIC';

export type OrganizationChoicesQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: Scalars['Int']['input'];
}>;


export type OrganizationChoicesQuery = { organizations: { __typename: 'OrganizationConnection', edges: Array<{ __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, country: string } }> } };

export type PageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type UserContactFragment = { __typename: 'User', id: string, displayName: string, email: string | null };

export type ViewerFieldsFragment = { __typename: 'Viewer', csrfToken: string | null, user: { __typename: 'User', preferredLanguage: Language, roles: Array<PlatformRole>, createdAt: string, id: string, displayName: string, email: string | null }, memberships: Array<{ __typename: 'Membership', id: string, role: OrgRole, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }>, managedClusters: Array<{ __typename: 'Cluster', id: string, nameEn: string, nameKo: string }>, pendingInvitations: Array<{ __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, invitedBy: { __typename: 'User', id: string, displayName: string } | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { __typename: 'Viewer', csrfToken: string | null, user: { __typename: 'User', preferredLanguage: Language, roles: Array<PlatformRole>, createdAt: string, id: string, displayName: string, email: string | null }, memberships: Array<{ __typename: 'Membership', id: string, role: OrgRole, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }>, managedClusters: Array<{ __typename: 'Cluster', id: string, nameEn: string, nameKo: string }>, pendingInvitations: Array<{ __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, invitedBy: { __typename: 'User', id: string, displayName: string } | null }> } | null };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { __typename: 'Viewer', csrfToken: string | null, user: { __typename: 'User', preferredLanguage: Language, roles: Array<PlatformRole>, createdAt: string, id: string, displayName: string, email: string | null }, memberships: Array<{ __typename: 'Membership', id: string, role: OrgRole, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }>, managedClusters: Array<{ __typename: 'Cluster', id: string, nameEn: string, nameKo: string }>, pendingInvitations: Array<{ __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, invitedBy: { __typename: 'User', id: string, displayName: string } | null }> } };

export type LogInMutationVariables = Exact<{
  input: LogInInput;
}>;


export type LogInMutation = { logIn: { __typename: 'Viewer', csrfToken: string | null, user: { __typename: 'User', preferredLanguage: Language, roles: Array<PlatformRole>, createdAt: string, id: string, displayName: string, email: string | null }, memberships: Array<{ __typename: 'Membership', id: string, role: OrgRole, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }>, managedClusters: Array<{ __typename: 'Cluster', id: string, nameEn: string, nameKo: string }>, pendingInvitations: Array<{ __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, invitedBy: { __typename: 'User', id: string, displayName: string } | null }> } };

export type LogOutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogOutMutation = { logOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { __typename: 'User', id: string, displayName: string, preferredLanguage: Language } };

export type ApiTokenFieldsFragment = { __typename: 'ApiToken', id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ __typename: 'ApiToken', id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  input: CreateApiTokenInput;
}>;


export type CreateApiTokenMutation = { createApiToken: { __typename: 'CreatedApiToken', token: string, apiToken: { __typename: 'ApiToken', id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { __typename: 'ApiToken', id: string, name: string, prefix: string, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null } };

export type VerifyEmailMutationVariables = Exact<{
  input: VerifyEmailInput;
}>;


export type VerifyEmailMutation = { verifyEmail: { __typename: 'User', id: string, emailVerified: boolean | null } };

export type ResendVerificationEmailMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationEmailMutation = { resendVerificationEmail: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  input: RequestPasswordResetInput;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type EmailVerificationQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailVerificationQuery = { viewer: { __typename: 'Viewer', user: { __typename: 'User', id: string, email: string | null, emailVerified: boolean | null } } | null };

export type CreateClusterMutationVariables = Exact<{
  input: ClusterInput;
}>;


export type CreateClusterMutation = { createCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } };

export type ClusterManagersFragment = { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, managers: Array<{ __typename: 'User', id: string, displayName: string, email: string | null }> };

export type ClusterManagersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterManagersQuery = { cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, managers: Array<{ __typename: 'User', id: string, displayName: string, email: string | null }> } };

export type AppointClusterManagerMutationVariables = Exact<{
  input: AppointClusterManagerInput;
}>;


export type AppointClusterManagerMutation = { appointClusterManager: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, managers: Array<{ __typename: 'User', id: string, displayName: string, email: string | null }> } };

export type RemoveClusterManagerMutationVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type RemoveClusterManagerMutation = { removeClusterManager: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, managers: Array<{ __typename: 'User', id: string, displayName: string, email: string | null }> } };

export type AuditEventsQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  language?: Scalars['String']['input'];
}>;


export type AuditEventsQuery = { auditEvents: { __typename: 'AuditEventConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AuditEventEdge', cursor: string, node: { __typename: 'AuditEvent', id: string, action: string, objectType: string, objectId: string, objectName: string | null, organizationId: string | null, clusterId: string | null, before: unknown | null, after: unknown | null, createdAt: string, actor: { __typename: 'User', id: string, displayName: string } | null } }> } };

export type ClusterOrganizationChoicesQueryVariables = Exact<{
  filter?: InputMaybe<OrganizationFilter>;
}>;


export type ClusterOrganizationChoicesQuery = { organizations: { __typename: 'OrganizationConnection', edges: Array<{ __typename: 'OrganizationEdge', node: { __typename: 'Organization', id: string, name: string, country: string, region: string | null } }> } };

export type EmailOutboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type EmailOutboxQuery = { emailOutbox: Array<{ __typename: 'EmailMessage', id: string, type: string, toAddress: string, language: string, subject: string, textBody: string, status: EmailStatus, createdAt: string, sentAt: string | null }> };

export type EligibilityFailureFieldsFragment = { __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> };

export type ApplicationCallFragment = { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> };

export type ApplicationDetailFragment = { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null };

export type ApplicationSuggestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationSuggestionsQuery = { application: { __typename: 'Application', id: string, partnerSuggestions: Array<{ __typename: 'PartnerSuggestion', rule: EligibilityRule, organizations: Array<{ __typename: 'SuggestedPartner', score: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }> }> } };

export type ApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationQuery = { application: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type CallApplicationsQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type CallApplicationsQuery = { callApplications: Array<{ __typename: 'Application', id: string, status: ApplicationStatus, title: string, submittedAt: string | null, leadOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, eligibility: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule }> | null }> };

export type ApplicationInvitationsQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type ApplicationInvitationsQuery = { applicationInvitations: Array<{ __typename: 'ApplicationInvitation', applicationId: string, title: string, status: ApplicationPartnerStatus, applicationStatus: ApplicationStatus, requestedBudget: number, ownContribution: number, invitedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, leadOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, titleEn: string | null, titleKo: string | null, programmeName: string, currency: string | null } }> };

export type CreateApplicationDraftMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  leadOrganizationId: Scalars['ID']['input'];
  input: ApplicationDraftInput;
}>;


export type CreateApplicationDraftMutation = { createApplicationDraft: { __typename: 'Application', id: string } };

export type UpdateApplicationDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ApplicationDraftInput;
}>;


export type UpdateApplicationDraftMutation = { updateApplicationDraft: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type InviteApplicationPartnerMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: ApplicationPartnerInput;
}>;


export type InviteApplicationPartnerMutation = { inviteApplicationPartner: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type UpdateApplicationPartnerBudgetMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: ApplicationPartnerInput;
}>;


export type UpdateApplicationPartnerBudgetMutation = { updateApplicationPartnerBudget: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type RemoveApplicationPartnerMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
}>;


export type RemoveApplicationPartnerMutation = { removeApplicationPartner: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type AnswerApplicationInvitationMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  organizationId: Scalars['ID']['input'];
  accept: Scalars['Boolean']['input'];
}>;


export type AnswerApplicationInvitationMutation = { answerApplicationInvitation: { __typename: 'ApplicationInvitation', applicationId: string, status: ApplicationPartnerStatus } };

export type SubmitApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitApplicationMutation = { submitApplication: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawApplicationMutation = { withdrawApplication: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type OverrideApplicationEligibilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  decision: ApplicationStatus;
  reason: Scalars['String']['input'];
}>;


export type OverrideApplicationEligibilityMutation = { overrideApplicationEligibility: { __typename: 'Application', id: string, status: ApplicationStatus, title: string, abstract: string, workPlanSummary: string, durationMonths: number | null, leadRequestedBudget: number, leadOwnContribution: number, linkedNeedIds: Array<string>, linkedCollaborationIds: Array<string>, overrideReason: string | null, submittedAt: string | null, decidedAt: string | null, viewerActions: Array<string>, linkedNeeds: Array<{ __typename: 'TechnologyNeed', id: string, title: string }>, leadOrganization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, call: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, currency: string | null, maxGrantPerProject: number | null, maxFundingRate: number | null, fundingMode: FundingMode | null, partnerClusterIds: Array<string>, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, funders: Array<{ __typename: 'CallFunder', position: number, funds: FunderScope, budget: number, currency: string, maxPerProject: number | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string, country: string, region: string | null } }> }, partners: Array<{ __typename: 'ApplicationPartner', status: ApplicationPartnerStatus, requestedBudget: number, ownContribution: number, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind } }>, consortiumFacts: Array<{ __typename: 'ConsortiumOrganizationFacts', organizationId: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, activeClusterIds: Array<string> }>, failedRules: Array<{ __typename: 'EligibilityFailure', rule: EligibilityRule, key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }>, organizations: Array<{ __typename: 'FailingOrganization', organizationId: string, value: string | null }> }> | null } };

export type AwardReasonFieldsFragment = { __typename: 'AwardReason', code: string, en: string, ko: string };

export type CriterionResultFieldsFragment = { __typename: 'CriterionResult', index: number, name: string, weight: number, maxScore: number, mean: number | null, weighted: number, reviews: number };

export type CallAwardQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type CallAwardQuery = { call: { __typename: 'Call', id: string, status: CallStatus, programmeName: string, titleEn: string | null, titleKo: string | null, budgetRule: BudgetRule, redressDays: number }, callAward: { __typename: 'CallAward', callId: string, published: boolean, publishedAt: string | null, currency: string, rows: Array<{ __typename: 'AwardRow', applicationId: string, title: string, leadName: string, rank: number, score: number, reviewCount: number, status: AwardStatus, partial: boolean, requested: number, granted: number, criteria: Array<{ __typename: 'CriterionResult', index: number, name: string, weight: number, maxScore: number, mean: number | null, weighted: number, reviews: number }>, reasons: Array<{ __typename: 'AwardReason', code: string, en: string, ko: string }> }>, funders: Array<{ __typename: 'FunderAllocation', clusterId: string, name: string, nameKo: string, budget: number, granted: number, remaining: number, funded: Array<{ __typename: 'FunderAwardLine', applicationId: string, title: string, rank: number, amount: number, partial: boolean }>, couldNotPay: Array<{ __typename: 'FunderAwardLine', applicationId: string, title: string, rank: number, amount: number, remaining: number | null }> }>, redressRequests: Array<{ __typename: 'RedressRequest', id: string, applicationId: string, applicationTitle: string, organizationName: string, text: string, filedAt: string, answer: string | null, answeredAt: string | null }> } };

export type PublishCallResultsMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type PublishCallResultsMutation = { publishCallResults: { __typename: 'CallAward', callId: string, published: boolean } };

export type CutAwardMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: CutAwardInput;
}>;


export type CutAwardMutation = { cutAward: { __typename: 'AwardChange', promoted: Array<string> } };

export type AnswerRedressMutationVariables = Exact<{
  redressId: Scalars['ID']['input'];
  input: RedressAnswerInput;
}>;


export type AnswerRedressMutation = { answerRedress: { __typename: 'RedressRequest', id: string, answer: string | null, answeredAt: string | null } };

export type ApplicationResultQueryVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type ApplicationResultQuery = { applicationResult: { __typename: 'ApplicationResult', applicationId: string, callId: string, title: string, currency: string, status: AwardStatus, rank: number, rankedCount: number, score: number, threshold: number, partial: boolean, requested: number, granted: number, redressDeadline: string, mayRequestRedress: boolean, mayDecline: boolean, criteria: Array<{ __typename: 'CriterionResult', index: number, name: string, weight: number, maxScore: number, mean: number | null, weighted: number, reviews: number }>, reasons: Array<{ __typename: 'AwardReason', code: string, en: string, ko: string }>, reviews: Array<{ __typename: 'AnonymousReview', reviewer: number, comments: Array<{ __typename: 'ReviewerComment', criterion: number, criterionName: string, score: number | null, comment: string }> }>, redress: { __typename: 'RedressRequest', id: string, text: string, filedAt: string, answer: string | null, answeredAt: string | null } | null } };

export type RequestRedressMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: RedressRequestInput;
}>;


export type RequestRedressMutation = { requestRedress: { __typename: 'RedressRequest', id: string, text: string, answer: string | null } };

export type DeclineAwardMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type DeclineAwardMutation = { declineAward: { __typename: 'AwardChange', promoted: Array<string> } };

export type CallSummaryFragment = { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, funders: Array<{ __typename: 'CallFunder', position: number, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } }> };

export type CallDetailFragment = { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } };

export type CallsQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CallFilterInput>;
}>;


export type CallsQuery = { calls: { __typename: 'CallConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CallEdge', cursor: string, node: { __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, funders: Array<{ __typename: 'CallFunder', position: number, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } }> } }> } };

export type CallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CallQuery = { call: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type CreateCallDraftMutationVariables = Exact<{
  clusterId: Scalars['ID']['input'];
  input: CallDraftInput;
}>;


export type CreateCallDraftMutation = { createCallDraft: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type UpdateCallDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCallInput;
}>;


export type UpdateCallDraftMutation = { updateCallDraft: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type AddCallFunderMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  input: CallFunderInput;
}>;


export type AddCallFunderMutation = { addCallFunder: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type RemoveCallFunderMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  clusterId: Scalars['ID']['input'];
}>;


export type RemoveCallFunderMutation = { removeCallFunder: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type OpenCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OpenCallMutation = { openCall: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type ExtendCallDeadlineMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  closesAt: Scalars['DateTime']['input'];
}>;


export type ExtendCallDeadlineMutation = { extendCallDeadline: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type CloseCallMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseCallMutation = { closeCall: { __typename: 'Call', descriptionEn: string | null, descriptionKo: string | null, maxFundingRate: number | null, threshold: number | null, reviewersPerApplication: number | null, openedAt: string | null, closedAt: string | null, viewerCanManage: boolean, viewerCanManageReview: boolean, viewerActions: Array<string>, viewerManagesAward: boolean, budgetRule: BudgetRule, redressDays: number, id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, eligibility: { __typename: 'EligibilityRules', minPartners: number | null, maxPartners: number | null, leadKinds: Array<OrganizationKind>, leadSizes: Array<OrganizationSize>, minRegions: number | null, minCountries: number | null, internationalPartnerRequired: boolean, membership: MembershipRequirement, maxBudgetPerPartner: number | null, requiredKinds: Array<{ __typename: 'RequiredKinds', kinds: Array<OrganizationKind>, min: number }> } | null, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, funders: Array<{ __typename: 'CallFunder', position: number, budget: number, currency: string, funds: FunderScope, maxPerProject: number | null, cluster: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }>, rulesInWords: Array<{ __typename: 'RuleSentence', key: string, params: Array<{ __typename: 'NamedValue', name: string, value: string }> }>, openProblems: Array<{ __typename: 'FieldProblem', field: string, message: string }>, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } } };

export type CapabilitySummaryFragment = { __typename: 'Capability', id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string };

export type CapabilityDetailFragment = { __typename: 'Capability', description: string, technologyAreas: Array<string>, sectors: Array<string>, trl: number | null, contactName: string | null, contactEmail: string | null, availability: string | null, model: string | null, location: string | null, bookingTerms: string | null, patentNumber: string | null, licensingStatus: LicensingStatus | null, publishedAt: string | null, archivedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } };

export type CapabilityQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CapabilityQuery = { capability: { __typename: 'Capability', description: string, technologyAreas: Array<string>, sectors: Array<string>, trl: number | null, contactName: string | null, contactEmail: string | null, availability: string | null, model: string | null, location: string | null, bookingTerms: string | null, patentNumber: string | null, licensingStatus: LicensingStatus | null, publishedAt: string | null, archivedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type OrganizationCapabilitiesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationCapabilitiesQuery = { organization: { __typename: 'Organization', id: string, capabilities: { __typename: 'CapabilityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CapabilityEdge', cursor: string, node: { __typename: 'Capability', id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string } }> } } };

export type CreateCapabilityMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  input: CapabilityDraftInput;
}>;


export type CreateCapabilityMutation = { createCapability: { __typename: 'Capability', description: string, technologyAreas: Array<string>, sectors: Array<string>, trl: number | null, contactName: string | null, contactEmail: string | null, availability: string | null, model: string | null, location: string | null, bookingTerms: string | null, patentNumber: string | null, licensingStatus: LicensingStatus | null, publishedAt: string | null, archivedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type UpdateCapabilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateCapabilityInput;
}>;


export type UpdateCapabilityMutation = { updateCapability: { __typename: 'Capability', description: string, technologyAreas: Array<string>, sectors: Array<string>, trl: number | null, contactName: string | null, contactEmail: string | null, availability: string | null, model: string | null, location: string | null, bookingTerms: string | null, patentNumber: string | null, licensingStatus: LicensingStatus | null, publishedAt: string | null, archivedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type PublishCapabilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishCapabilityMutation = { publishCapability: { __typename: 'Capability', description: string, technologyAreas: Array<string>, sectors: Array<string>, trl: number | null, contactName: string | null, contactEmail: string | null, availability: string | null, model: string | null, location: string | null, bookingTerms: string | null, patentNumber: string | null, licensingStatus: LicensingStatus | null, publishedAt: string | null, archivedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type ArchiveCapabilityMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ArchiveCapabilityMutation = { archiveCapability: { __typename: 'Capability', description: string, technologyAreas: Array<string>, sectors: Array<string>, trl: number | null, contactName: string | null, contactEmail: string | null, availability: string | null, model: string | null, location: string | null, bookingTerms: string | null, patentNumber: string | null, licensingStatus: LicensingStatus | null, publishedAt: string | null, archivedAt: string | null, createdAt: string, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, kind: CapabilityKind, title: string, status: CapabilityStatus, visibility: Visibility, updatedAt: string, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type DeleteCapabilityDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCapabilityDraftMutation = { deleteCapabilityDraft: string };

export type ClusterNameFragment = { __typename: 'Cluster', id: string, nameEn: string, nameKo: string };

export type ClusterSummaryFragment = { __typename: 'Cluster', country: string, region: string | null, focusSectors: Array<string>, description: string, memberCount: number, createdAt: string, id: string, nameEn: string, nameKo: string };

export type ClustersQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClusterFilter>;
}>;


export type ClustersQuery = { clusters: { __typename: 'ClusterConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ClusterEdge', cursor: string, node: { __typename: 'Cluster', country: string, region: string | null, focusSectors: Array<string>, description: string, memberCount: number, createdAt: string, id: string, nameEn: string, nameKo: string } }> } };

export type ClusterMembershipFieldsFragment = { __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } };

export type ClusterQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterQuery = { cluster: { __typename: 'Cluster', viewerIsManager: boolean, country: string, region: string | null, focusSectors: Array<string>, description: string, memberCount: number, createdAt: string, id: string, nameEn: string, nameKo: string, organization: { __typename: 'Organization', id: string, name: string }, managers: Array<{ __typename: 'User', id: string, displayName: string, email: string | null }>, members: Array<{ __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } }> } };

export type ClusterApplicationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterApplicationsQuery = { cluster: { __typename: 'Cluster', id: string, pending: Array<{ __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } }> } };

export type ClusterDecisionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterDecisionsQuery = { cluster: { __typename: 'Cluster', id: string, rejected: Array<{ __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } }>, removed: Array<{ __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } }> } };

export type ApplyToClusterMutationVariables = Exact<{
  input: ApplyToClusterInput;
}>;


export type ApplyToClusterMutation = { applyToCluster: { __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } } };

export type AdmitClusterMemberMutationVariables = Exact<{
  input: ClusterDecisionInput;
}>;


export type AdmitClusterMemberMutation = { admitClusterMember: { __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } } };

export type RejectClusterMemberMutationVariables = Exact<{
  input: ClusterDecisionInput;
}>;


export type RejectClusterMemberMutation = { rejectClusterMember: { __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } } };

export type RemoveClusterMemberMutationVariables = Exact<{
  input: ClusterDecisionInput;
}>;


export type RemoveClusterMemberMutation = { removeClusterMember: { __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, message: string, reason: string | null, appliedAt: string, decidedAt: string | null, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } } };

export type CollaborationFieldsFragment = { __typename: 'Collaboration', id: string, status: CollaborationStatus, outcome: CollaborationOutcome | null, type: CollaborationType | null, startedOn: string, completedAt: string | null, detailsVisible: boolean, title: string | null, technologyAreas: Array<string>, viewerCanComplete: boolean, organizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null };

export type OrganizationCollaborationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationCollaborationsQuery = { organization: { __typename: 'Organization', id: string, collaborations: { __typename: 'CollaborationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CollaborationEdge', node: { __typename: 'Collaboration', id: string, status: CollaborationStatus, outcome: CollaborationOutcome | null, type: CollaborationType | null, startedOn: string, completedAt: string | null, detailsVisible: boolean, title: string | null, technologyAreas: Array<string>, viewerCanComplete: boolean, organizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null } }> } } };

export type CompleteCollaborationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  outcome: CollaborationOutcome;
}>;


export type CompleteCollaborationMutation = { completeCollaboration: { __typename: 'Collaboration', id: string, status: CollaborationStatus, outcome: CollaborationOutcome | null, type: CollaborationType | null, startedOn: string, completedAt: string | null, detailsVisible: boolean, title: string | null, technologyAreas: Array<string>, viewerCanComplete: boolean, need: { __typename: 'TechnologyNeed', id: string, status: NeedStatus, closeReason: NeedCloseReason | null, title: string } | null, organizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, capability: { __typename: 'Capability', id: string, title: string } | null } };

export type ConversationMessageFieldsFragment = { __typename: 'ConversationMessage', id: string, body: string, authorName: string | null, organizationId: string, organizationName: string, createdAt: string, mine: boolean, unread: boolean };

export type ConversationThreadFieldsFragment = { __typename: 'Conversation', id: string, title: string, subjectKind: ConversationSubjectKind, subjectId: string, viewerOrganizationId: string | null, unreadCount: number, viewerReported: boolean, organizations: Array<{ __typename: 'ConversationOrganization', id: string, name: string }>, messages: { __typename: 'ConversationMessageConnection', edges: Array<{ __typename: 'ConversationMessageEdge', cursor: string, node: { __typename: 'ConversationMessage', id: string, body: string, authorName: string | null, organizationId: string, organizationName: string, createdAt: string, mine: boolean, unread: boolean } }>, pageInfo: { __typename: 'ConversationMessagePageInfo', hasPreviousPage: boolean, startCursor: string | null } } };

export type ConversationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  last: Scalars['Int']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationQuery = { conversation: { __typename: 'Conversation', id: string, title: string, subjectKind: ConversationSubjectKind, subjectId: string, viewerOrganizationId: string | null, unreadCount: number, viewerReported: boolean, organizations: Array<{ __typename: 'ConversationOrganization', id: string, name: string }>, messages: { __typename: 'ConversationMessageConnection', edges: Array<{ __typename: 'ConversationMessageEdge', cursor: string, node: { __typename: 'ConversationMessage', id: string, body: string, authorName: string | null, organizationId: string, organizationName: string, createdAt: string, mine: boolean, unread: boolean } }>, pageInfo: { __typename: 'ConversationMessagePageInfo', hasPreviousPage: boolean, startCursor: string | null } } } };

export type ConversationBySubjectQueryVariables = Exact<{
  subject: ConversationSubjectInput;
  last: Scalars['Int']['input'];
  before?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConversationBySubjectQuery = { conversationBySubject: { __typename: 'Conversation', id: string, title: string, subjectKind: ConversationSubjectKind, subjectId: string, viewerOrganizationId: string | null, unreadCount: number, viewerReported: boolean, organizations: Array<{ __typename: 'ConversationOrganization', id: string, name: string }>, messages: { __typename: 'ConversationMessageConnection', edges: Array<{ __typename: 'ConversationMessageEdge', cursor: string, node: { __typename: 'ConversationMessage', id: string, body: string, authorName: string | null, organizationId: string, organizationName: string, createdAt: string, mine: boolean, unread: boolean } }>, pageInfo: { __typename: 'ConversationMessagePageInfo', hasPreviousPage: boolean, startCursor: string | null } } } };

export type ViewerConversationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ViewerConversationsQuery = { viewerConversations: { __typename: 'ConversationConnection', edges: Array<{ __typename: 'ConversationEdge', node: { __typename: 'Conversation', id: string, title: string, unreadCount: number, lastMessageAt: string | null, createdAt: string, viewerOrganizationId: string | null, organizations: Array<{ __typename: 'ConversationOrganization', id: string, name: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type UnreadMessageCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadMessageCountQuery = { unreadMessageCount: number };

export type PostConversationMessageMutationVariables = Exact<{
  input: PostConversationMessageInput;
}>;


export type PostConversationMessageMutation = { postConversationMessage: { __typename: 'ConversationMessage', id: string } };

export type MarkConversationReadMutationVariables = Exact<{
  conversationId: Scalars['ID']['input'];
  upToMessageId: Scalars['ID']['input'];
}>;


export type MarkConversationReadMutation = { markConversationRead: { __typename: 'Conversation', id: string, unreadCount: number } };

export type ReportConversationMutationVariables = Exact<{
  input: ReportConversationInput;
}>;


export type ReportConversationMutation = { reportConversation: { __typename: 'Conversation', id: string, viewerReported: boolean } };

export type ConversationMessagePostedSubscriptionVariables = Exact<{
  conversationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ConversationMessagePostedSubscription = { conversationMessagePosted: { __typename: 'ConversationMessagePosted', conversationId: string, messageId: string } };

export type ReportedConversationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReportedConversationsQuery = { reportedConversations: { __typename: 'ReportedConversationConnection', edges: Array<{ __typename: 'ReportedConversationEdge', node: { __typename: 'ReportedConversation', id: string, title: string, lastReportedAt: string, organizations: Array<{ __typename: 'ConversationOrganization', id: string, name: string }>, reports: Array<{ __typename: 'ConversationReport', reporterName: string, reason: string, createdAt: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type HomeSummaryQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTime']['input']>;
}>;


export type HomeSummaryQuery = { homeSummary: { __typename: 'HomeSummary', since: string, generatedAt: string, unreadMessages: number, interestAnswersSince: number, newMatches: { __typename: 'HomeNewMatches', count: number, top: Array<{ __typename: 'HomeMatch', side: MatchSide, score: number, need: { __typename: 'TechnologyNeed', id: string, title: string }, capability: { __typename: 'Capability', id: string, title: string } }> }, ownDeadlinesThisWeek: Array<{ __typename: 'TechnologyNeed', id: string, title: string, responseDeadline: string | null }>, answerableClosingThisWeek: Array<{ __typename: 'TechnologyNeed', id: string, title: string, responseDeadline: string | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }>, pendingDecisions: { __typename: 'HomePendingDecisions', count: number, oldest: Array<{ __typename: 'ClusterMembership', id: string, appliedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } }> }, interestsAwaitingAnswer: { __typename: 'HomeInterestsAwaiting', count: number, latest: Array<{ __typename: 'Interest', id: string, status: InterestStatus, createdAt: string, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null }> }, adminOverview: { __typename: 'HomeAdminOverview', emailsQueued: number, emailsLastDay: number, auditEventsLastDay: number } | null } };

export type ImportRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ImportRunQuery = { importRun: { __typename: 'ImportRun', id: string, kind: string, status: ImportStatus, mode: ImportMode, publish: boolean, fileName: string, totalRows: number, validatedRows: number, badRows: number, createdRows: number, updatedRows: number, matchedRows: number, problems: Array<{ __typename: 'ImportRowProblem', row: number, field: string, key: string, message: string }> } };

export type MatchProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchProgressQuery = { matchProgress: { __typename: 'MatchProgress', total: number, pending: number, sweep: { __typename: 'MatchSweepProgress', phase: MatchSweepPhase, needsDone: number, needsTotal: number } | null } };

export type RematchEverythingMutationVariables = Exact<{ [key: string]: never; }>;


export type RematchEverythingMutation = { rematchEverything: number };

export type InterestFieldsFragment = { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> };

export type InterestsForListingQueryVariables = Exact<{
  needId?: InputMaybe<Scalars['ID']['input']>;
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<InterestStatus> | InterestStatus>;
  orderBy?: InputMaybe<InterestOrder>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  language?: Language;
}>;


export type InterestsForListingQuery = { interestsForListing: { __typename: 'InterestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InterestEdge', node: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } }> } };

export type MyInterestsQueryVariables = Exact<{
  statuses?: InputMaybe<Array<InterestStatus> | InterestStatus>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  language?: Language;
}>;


export type MyInterestsQuery = { myInterests: { __typename: 'InterestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InterestEdge', node: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } }> } };

export type InterestSenderCapabilitiesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
}>;


export type InterestSenderCapabilitiesQuery = { organization: { __typename: 'Organization', id: string, capabilities: { __typename: 'CapabilityConnection', edges: Array<{ __typename: 'CapabilityEdge', node: { __typename: 'Capability', id: string, title: string, status: CapabilityStatus } }> } } };

export type ExpressInterestMutationVariables = Exact<{
  input: ExpressInterestInput;
  language?: Language;
}>;


export type ExpressInterestMutation = { expressInterest: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } };

export type ShortlistInterestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  language?: Language;
}>;


export type ShortlistInterestMutation = { shortlistInterest: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } };

export type AcceptInterestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  language?: Language;
}>;


export type AcceptInterestMutation = { acceptInterest: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } };

export type DeclineInterestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  language?: Language;
}>;


export type DeclineInterestMutation = { declineInterest: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } };

export type WithdrawInterestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  language?: Language;
}>;


export type WithdrawInterestMutation = { withdrawInterest: { __typename: 'Interest', id: string, listingKind: ListingKind, status: InterestStatus, message: string, proposedApproach: string, declineReason: string | null, matchScore: number | null, fromMatch: boolean, createdAt: string, decidedAt: string | null, viewerRole: InterestRole, viewerActions: Array<InterestAction>, matchReasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, senderOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, ownerOrganization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, need: { __typename: 'TechnologyNeed', id: string, title: string } | null, capability: { __typename: 'Capability', id: string, title: string } | null, linkedCapabilities: Array<{ __typename: 'Capability', id: string, title: string }> } };

export type InterestChangedSubscriptionVariables = Exact<{
  needId?: InputMaybe<Scalars['ID']['input']>;
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type InterestChangedSubscription = { interestChanged: { __typename: 'InterestChanged', interestId: string, status: InterestStatus, listingKind: ListingKind, listingId: string } };

export type BookmarkedMatchesQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type BookmarkedMatchesQuery = { bookmarkedMatches: { __typename: 'BookmarkedMatchConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'BookmarkedMatchEdge', node: { __typename: 'BookmarkedMatch', id: string, side: MatchSide, note: string | null, bookmarkedAt: string, bookmarkedBy: { __typename: 'User', id: string, displayName: string } | null, need: { __typename: 'TechnologyNeed', id: string, title: string, status: NeedStatus, responseDeadline: string | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }, capability: { __typename: 'Capability', id: string, title: string, status: CapabilityStatus, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }, interest: { __typename: 'Interest', id: string, status: InterestStatus, listingKind: ListingKind, viewerRole: InterestRole } | null } }> } };

export type MatchComponentFieldsFragment = { __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean };

export type MatchReasonFieldsFragment = { __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean };

export type CapabilityMatchFieldsFragment = { __typename: 'CapabilityMatch', score: number, learned: boolean, bookmarked: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, capability: { __typename: 'Capability', id: string, title: string, kind: CapabilityKind, trl: number | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type NeedMatchFieldsFragment = { __typename: 'NeedMatch', score: number, learned: boolean, bookmarked: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, need: { __typename: 'TechnologyNeed', id: string, title: string, responseDeadline: string | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }, capability: { __typename: 'Capability', id: string, title: string } };

export type PartnerMatchFieldsFragment = { __typename: 'PartnerMatch', score: number, learned: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, capabilities: Array<{ __typename: 'Capability', id: string, title: string }> };

export type MatchesForNeedQueryVariables = Exact<{
  needId: Scalars['ID']['input'];
  language: Language;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MatchesForNeedQuery = { matchesForNeed: { __typename: 'CapabilityMatchConnection', refreshedAt: string | null, refreshPending: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CapabilityMatchEdge', cursor: string, node: { __typename: 'CapabilityMatch', score: number, learned: boolean, bookmarked: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, capability: { __typename: 'Capability', id: string, title: string, kind: CapabilityKind, trl: number | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } } }> } };

export type MatchesForCapabilityQueryVariables = Exact<{
  capabilityId: Scalars['ID']['input'];
  language: Language;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MatchesForCapabilityQuery = { matchesForCapability: { __typename: 'NeedMatchConnection', refreshedAt: string | null, refreshPending: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NeedMatchEdge', cursor: string, node: { __typename: 'NeedMatch', score: number, learned: boolean, bookmarked: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, need: { __typename: 'TechnologyNeed', id: string, title: string, responseDeadline: string | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }, capability: { __typename: 'Capability', id: string, title: string } } }> } };

export type PartnersForNeedQueryVariables = Exact<{
  needId: Scalars['ID']['input'];
  language: Language;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnersForNeedQuery = { partnersForNeed: { __typename: 'PartnerMatchConnection', refreshedAt: string | null, refreshPending: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'PartnerMatchEdge', cursor: string, node: { __typename: 'PartnerMatch', score: number, learned: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, organization: { __typename: 'Organization', country: string, id: string, name: string, kind: OrganizationKind }, capabilities: Array<{ __typename: 'Capability', id: string, title: string }> } }> } };

export type NeedsYouCouldAnswerQueryVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  language: Language;
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NeedsYouCouldAnswerQuery = { needsYouCouldAnswer: { __typename: 'NeedMatchConnection', refreshedAt: string | null, refreshPending: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NeedMatchEdge', cursor: string, node: { __typename: 'NeedMatch', score: number, learned: boolean, bookmarked: boolean, components: Array<{ __typename: 'MatchComponent', name: MatchComponentName, weight: number, value: number, contribution: number, learned: boolean }>, reasons: Array<{ __typename: 'MatchReason', code: MatchReasonCode, component: MatchComponentName, text: string, learned: boolean }>, need: { __typename: 'TechnologyNeed', id: string, title: string, responseDeadline: string | null, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } }, capability: { __typename: 'Capability', id: string, title: string } } }> } };

export type BookmarkMatchMutationVariables = Exact<{
  input: MatchPairInput;
}>;


export type BookmarkMatchMutation = { bookmarkMatch: { __typename: 'MatchFeedback', needId: string, capabilityId: string, side: MatchSide, action: string } };

export type DismissMatchMutationVariables = Exact<{
  input: DismissMatchInput;
}>;


export type DismissMatchMutation = { dismissMatch: { __typename: 'MatchFeedback', needId: string, capabilityId: string, side: MatchSide, action: string, reason: MatchDismissReason | null } };

export type ClearMatchFeedbackMutationVariables = Exact<{
  input: MatchPairInput;
}>;


export type ClearMatchFeedbackMutation = { clearMatchFeedback: boolean };

export type MatchesRefreshedSubscriptionVariables = Exact<{
  needId?: InputMaybe<Scalars['ID']['input']>;
  capabilityId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type MatchesRefreshedSubscription = { matchesRefreshed: { __typename: 'MatchesRefreshed', listingKind: ListingKind, listingId: string } };

export type NeedSummaryFragment = { __typename: 'TechnologyNeed', id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string };

export type NeedDetailFragment = { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } };

export type TechnologyNeedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TechnologyNeedQuery = { technologyNeed: { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type OrganizationNeedsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type OrganizationNeedsQuery = { organization: { __typename: 'Organization', id: string, technologyNeeds: { __typename: 'TechnologyNeedConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'TechnologyNeedEdge', cursor: string, node: { __typename: 'TechnologyNeed', id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string } }> } } };

export type CreateTechnologyNeedMutationVariables = Exact<{
  organizationId: Scalars['ID']['input'];
  input: NeedDraftInput;
}>;


export type CreateTechnologyNeedMutation = { createTechnologyNeed: { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type UpdateTechnologyNeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateNeedInput;
}>;


export type UpdateTechnologyNeedMutation = { updateTechnologyNeed: { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type PublishTechnologyNeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishTechnologyNeedMutation = { publishTechnologyNeed: { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type CloseTechnologyNeedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: NeedCloseReason;
}>;


export type CloseTechnologyNeedMutation = { closeTechnologyNeed: { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type SetNdaTermsMutationVariables = Exact<{
  needId: Scalars['ID']['input'];
  input: NdaTermsInput;
}>;


export type SetNdaTermsMutation = { setNdaTerms: { __typename: 'TechnologyNeed', publicSummary: string, desiredOutcome: string, technologyAreas: Array<string>, sectors: Array<string>, currentTrl: number | null, targetTrl: number | null, budgetMin: number | null, budgetMax: number | null, currency: string | null, collaborationTypes: Array<CollaborationType>, internationalPartnersWelcome: boolean, publishedAt: string | null, closedAt: string | null, createdAt: string, confidentialDetails: string | null, viewerConfidentialAccess: ConfidentialAccess, viewerCanEdit: boolean, viewerCanPublish: boolean, viewerCanChangeAudience: boolean, id: string, title: string, status: NeedStatus, closeReason: NeedCloseReason | null, visibility: Visibility, responseDeadline: string | null, updatedAt: string, ndaTerms: { __typename: 'NdaTerms', text: string, version: string } | null, ndaAcceptances: Array<{ __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind }, acceptedBy: { __typename: 'User', id: string, displayName: string } | null }>, invitedOrganizations: Array<{ __typename: 'Organization', id: string, name: string, kind: OrganizationKind }>, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type AcceptNdaMutationVariables = Exact<{
  input: AcceptNdaInput;
}>;


export type AcceptNdaMutation = { acceptNda: { __typename: 'NdaAcceptance', id: string, version: string, acceptedAt: string, organization: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type NotificationInboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  unreadOnly: Scalars['Boolean']['input'];
}>;


export type NotificationInboxQuery = { unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, type: string, path: string, readAt: string | null, createdAt: string, params: Array<{ __typename: 'NotificationParam', name: string, value: string }> } }>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { __typename: 'Notification', id: string, readAt: string | null } };

export type MarkAllNotificationsReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllNotificationsReadMutation = { markAllNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { strongMatchThreshold: number, notificationPreferences: Array<{ __typename: 'NotificationPreference', type: string, delivery: NotificationDelivery, isDefault: boolean }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  type: Scalars['String']['input'];
  delivery: NotificationDelivery;
}>;


export type SetNotificationPreferenceMutation = { setNotificationPreference: { __typename: 'NotificationPreference', type: string, delivery: NotificationDelivery, isDefault: boolean } };

export type SetStrongMatchThresholdMutationVariables = Exact<{
  percent: Scalars['Int']['input'];
}>;


export type SetStrongMatchThresholdMutation = { setStrongMatchThreshold: number };

export type NotificationReceivedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationReceivedSubscription = { notificationReceived: { __typename: 'NotificationReceived', notificationId: string } };

export type OrganizationSummaryFragment = { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, sectors: Array<string>, technologyAreas: Array<string>, description: string, website: string | null, createdAt: string };

export type OrganizationRefFragment = { __typename: 'Organization', id: string, name: string, kind: OrganizationKind };

export type InvitationFieldsFragment = { __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string };

export type OrganizationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganizationQuery = { organization: { __typename: 'Organization', viewerRole: OrgRole | null, id: string, name: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, sectors: Array<string>, technologyAreas: Array<string>, description: string, website: string | null, createdAt: string, members: Array<{ __typename: 'Membership', id: string, role: OrgRole, createdAt: string, user: { __typename: 'User', id: string, displayName: string, email: string | null } }>, invitations: Array<{ __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string }>, clusterMemberships: Array<{ __typename: 'ClusterMembership', id: string, status: ClusterMembershipStatus, reason: string | null, cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } }> } };

export type OrganizationsQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
}>;


export type OrganizationsQuery = { organizations: { __typename: 'OrganizationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrganizationEdge', cursor: string, node: { __typename: 'Organization', id: string, name: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, sectors: Array<string>, technologyAreas: Array<string>, description: string, website: string | null, createdAt: string } }> } };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { __typename: 'Organization', viewerRole: OrgRole | null, id: string, name: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, sectors: Array<string>, technologyAreas: Array<string>, description: string, website: string | null, createdAt: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { __typename: 'Organization', viewerRole: OrgRole | null, id: string, name: string, kind: OrganizationKind, size: OrganizationSize | null, country: string, region: string | null, sectors: Array<string>, technologyAreas: Array<string>, description: string, website: string | null, createdAt: string } };

export type InviteMemberMutationVariables = Exact<{
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { __typename: 'Invitation', id: string, email: string, role: OrgRole, status: InvitationStatus, createdAt: string, expiresAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { revokeInvitation: { __typename: 'Invitation', id: string, status: InvitationStatus } };

export type AcceptInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptInvitationMutation = { acceptInvitation: { __typename: 'Membership', id: string, role: OrgRole, organization: { __typename: 'Organization', id: string, name: string } } };

export type DeclineInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclineInvitationMutation = { declineInvitation: { __typename: 'Invitation', id: string, status: InvitationStatus } };

export type ChangeMemberRoleMutationVariables = Exact<{
  input: ChangeMemberRoleInput;
}>;


export type ChangeMemberRoleMutation = { changeMemberRole: { __typename: 'Membership', id: string, role: OrgRole } };

export type RemoveMemberMutationVariables = Exact<{
  membershipId: Scalars['ID']['input'];
}>;


export type RemoveMemberMutation = { removeMember: { __typename: 'Membership', id: string } };

export type PartnershipSummaryFragment = { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null };

export type ClusterPartnershipsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterPartnershipsQuery = { cluster: { __typename: 'Cluster', id: string, viewerIsManager: boolean, partnerships: Array<{ __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null }> } };

export type ClusterPartnershipQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClusterPartnershipQuery = { clusterPartnership: { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, jointCalls: Array<{ __typename: 'Call', id: string, status: CallStatus, phase: CallPhase, programmeName: string, titleEn: string | null, titleKo: string | null, timeZone: string | null, opensAt: string | null, closesAt: string | null, currency: string | null, maxGrantPerProject: number | null, fundingMode: FundingMode | null, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, funders: Array<{ __typename: 'CallFunder', position: number, cluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string } }> }>, members: Array<{ __typename: 'ClusterMembership', id: string, decidedAt: string | null, appliedAt: string, cluster: { __typename: 'Cluster', id: string }, organization: { __typename: 'Organization', country: string, region: string | null, id: string, name: string, kind: OrganizationKind } }>, collaborations: Array<{ __typename: 'CrossClusterCollaboration', id: string, title: string, startedOn: string, organizationA: { __typename: 'Organization', id: string, name: string }, organizationB: { __typename: 'Organization', id: string, name: string } }>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null } };

export type PartnerCandidatesQueryVariables = Exact<{
  first?: Scalars['Int']['input'];
}>;


export type PartnerCandidatesQuery = { clusters: { __typename: 'ClusterConnection', edges: Array<{ __typename: 'ClusterEdge', node: { __typename: 'Cluster', country: string, region: string | null, id: string, nameEn: string, nameKo: string } }> } };

export type ProposeClusterPartnershipMutationVariables = Exact<{
  input: ProposeClusterPartnershipInput;
}>;


export type ProposeClusterPartnershipMutation = { proposeClusterPartnership: { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null } };

export type AcceptClusterPartnershipMutationVariables = Exact<{
  input: ClusterPartnershipDecisionInput;
}>;


export type AcceptClusterPartnershipMutation = { acceptClusterPartnership: { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null } };

export type DeclineClusterPartnershipMutationVariables = Exact<{
  input: ClusterPartnershipDecisionInput;
}>;


export type DeclineClusterPartnershipMutation = { declineClusterPartnership: { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null } };

export type EndClusterPartnershipMutationVariables = Exact<{
  input: ClusterPartnershipDecisionInput;
}>;


export type EndClusterPartnershipMutation = { endClusterPartnership: { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null } };

export type WithdrawClusterPartnershipMutationVariables = Exact<{
  input: ClusterPartnershipDecisionInput;
}>;


export type WithdrawClusterPartnershipMutation = { withdrawClusterPartnership: { __typename: 'ClusterPartnership', id: string, kind: ClusterPartnershipKind, status: ClusterPartnershipStatus, note: string, reason: string | null, proposedAt: string, answeredAt: string | null, endedAt: string | null, viewerActions: Array<ClusterPartnershipAction>, proposerCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, recipientCluster: { __typename: 'Cluster', country: string, id: string, nameEn: string, nameKo: string }, endedByCluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } | null } };

export type PoolMemberFragment = { __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } };

export type AssignmentRowFragment = { __typename: 'ReviewAssignment', id: string, callId: string, applicationId: string, reviewerId: string, affinity: number, status: ReviewAssignmentStatus, assignedBy: AssignedBy, application: { __typename: 'ReviewApplicationSummary', id: string, title: string, leadName: string, partnerNames: Array<string> } };

export type ReviewDetailFragment = { __typename: 'Review', id: string, status: ReviewStatus, submittedAt: string | null, reopenedCount: number, scores: Array<{ __typename: 'ReviewScore', score: number | null, comment: string }> };

export type MyReviewsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReviewsQuery = { reviewerInvitations: Array<{ __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, call: { __typename: 'Call', id: string, titleEn: string | null, titleKo: string | null, programmeName: string } | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } }>, myReviewAssignments: Array<{ __typename: 'ReviewAssignment', id: string, callId: string, applicationId: string, reviewerId: string, affinity: number, status: ReviewAssignmentStatus, assignedBy: AssignedBy, call: { __typename: 'Call', id: string, titleEn: string | null, titleKo: string | null, programmeName: string, status: CallStatus }, review: { __typename: 'Review', id: string, status: ReviewStatus } | null, application: { __typename: 'ReviewApplicationSummary', id: string, title: string, leadName: string, partnerNames: Array<string> } }> };

export type ReviewAssignmentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewAssignmentQuery = { reviewAssignment: { __typename: 'ReviewAssignment', id: string, callId: string, applicationId: string, reviewerId: string, affinity: number, status: ReviewAssignmentStatus, assignedBy: AssignedBy, call: { __typename: 'Call', id: string, titleEn: string | null, titleKo: string | null, programmeName: string, status: CallStatus }, criteria: Array<{ __typename: 'EvaluationCriterion', name: string, description: string, weight: number, maxScore: number, minScore: number | null }>, review: { __typename: 'Review', id: string, status: ReviewStatus, submittedAt: string | null, reopenedCount: number, scores: Array<{ __typename: 'ReviewScore', score: number | null, comment: string }> } | null, application: { __typename: 'ReviewApplicationSummary', id: string, title: string, leadName: string, partnerNames: Array<string> } } };

export type ReviewContentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewContentQuery = { reviewAssignment: { __typename: 'ReviewAssignment', id: string, content: { __typename: 'ReviewApplicationContent', abstract: string, workPlanSummary: string, durationMonths: number | null } } };

export type AcceptReviewerInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AcceptReviewerInvitationMutation = { acceptReviewerInvitation: { __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } } };

export type DeclineReviewerInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeclineReviewerInvitationMutation = { declineReviewerInvitation: { __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } } };

export type DeclareNoConflictMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
}>;


export type DeclareNoConflictMutation = { declareNoConflict: { __typename: 'ReviewAssignment', id: string, status: ReviewAssignmentStatus } };

export type DeclareConflictMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type DeclareConflictMutation = { declareConflict: { __typename: 'ReviewAssignment', id: string, status: ReviewAssignmentStatus } };

export type SaveReviewMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  scores: Array<ReviewScoreInput> | ReviewScoreInput;
  submit?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SaveReviewMutation = { saveReview: { __typename: 'Review', id: string, status: ReviewStatus, submittedAt: string | null, reopenedCount: number, scores: Array<{ __typename: 'ReviewScore', score: number | null, comment: string }> } };

export type CallReviewPanelQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type CallReviewPanelQuery = { callReviewers: Array<{ __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } }>, reviewProgress: { __typename: 'ReviewProgress', totalAffinity: number, reviewers: Array<{ __typename: 'ReviewerProgress', assigned: number, awaitingDeclaration: number, conflicts: number, drafts: number, submitted: number, reviewer: { __typename: 'CallReviewer', id: string } }>, applications: Array<{ __typename: 'ApplicationReviewProgress', applicationId: string, title: string, needed: number, assigned: number, submitted: number, conflicts: number }>, assignments: Array<{ __typename: 'ReviewAssignment', id: string, callId: string, applicationId: string, reviewerId: string, affinity: number, status: ReviewAssignmentStatus, assignedBy: AssignedBy, review: { __typename: 'Review', id: string, status: ReviewStatus } | null, application: { __typename: 'ReviewApplicationSummary', id: string, title: string, leadName: string, partnerNames: Array<string> } }> }, call: { __typename: 'Call', id: string, status: CallStatus, conflictSettings: { __typename: 'ConflictSettings', lookbackYears: number, rules: { __typename: 'ConflictRules', CONSORTIUM_MEMBER: boolean, COLLABORATION: boolean, ACCEPTED_INTEREST: boolean, NDA_ACCEPTED: boolean, SHARED_CONSORTIUM: boolean } } | null } };

export type ConflictCheckQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type ConflictCheckQuery = { conflictCheck: Array<{ __typename: 'ConflictOfInterest', userId: string, userName: string, applicationId: string, applicationTitle: string, rule: ConflictRule, recordKind: ConflictRecordKind, recordId: string, recordDate: string | null, reviewerOrganizationName: string, consortiumOrganizationName: string }> };

export type AddCallReviewerMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  input: AddReviewerInput;
}>;


export type AddCallReviewerMutation = { addCallReviewer: { __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } } };

export type RemoveCallReviewerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveCallReviewerMutation = { removeCallReviewer: { __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } } };

export type UpdateConflictSettingsMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  input: ConflictSettingsInput;
}>;


export type UpdateConflictSettingsMutation = { updateConflictSettings: { __typename: 'Call', id: string, conflictSettings: { __typename: 'ConflictSettings', lookbackYears: number, rules: { __typename: 'ConflictRules', CONSORTIUM_MEMBER: boolean, COLLABORATION: boolean, ACCEPTED_INTEREST: boolean, NDA_ACCEPTED: boolean, SHARED_CONSORTIUM: boolean } } | null } };

export type StartCallEvaluationMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type StartCallEvaluationMutation = { startCallEvaluation: { __typename: 'Call', id: string, status: CallStatus } };

export type RunReviewAssignmentMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type RunReviewAssignmentMutation = { runReviewAssignment: { __typename: 'AssignmentRun', feasible: boolean, assigned: number, totalAffinity: number, shortfalls: Array<{ __typename: 'AssignmentShortfall', applicationId: string, applicationTitle: string, seats: number, filled: number, conflictFree: number, reason: ShortfallReason }> } };

export type ReassignReviewMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reviewerId: Scalars['ID']['input'];
}>;


export type ReassignReviewMutation = { reassignReview: { __typename: 'ReviewAssignment', id: string, callId: string, applicationId: string, reviewerId: string, affinity: number, status: ReviewAssignmentStatus, assignedBy: AssignedBy, application: { __typename: 'ReviewApplicationSummary', id: string, title: string, leadName: string, partnerNames: Array<string> } } };

export type ReopenReviewMutationVariables = Exact<{
  assignmentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReopenReviewMutation = { reopenReview: { __typename: 'Review', id: string, status: ReviewStatus, reopenedCount: number } };

export type RemindReviewersMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type RemindReviewersMutation = { remindReviewers: number };

export type ReviewerCandidatesQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
  search: Scalars['String']['input'];
}>;


export type ReviewerCandidatesQuery = { reviewerCandidates: Array<{ __typename: 'ReviewerCandidate', userId: string, displayName: string, organizationNames: Array<string>, technologyAreas: Array<string>, affinity: number, inPool: boolean }> };

export type UpdateCallReviewerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateReviewerInput;
}>;


export type UpdateCallReviewerMutation = { updateCallReviewer: { __typename: 'CallReviewer', id: string, callId: string, userId: string | null, email: string, status: CallReviewerStatus, maxLoad: number, displayName: string | null, expertise: { __typename: 'ReviewerExpertise', technologyCodes: Array<string>, sectors: Array<string>, text: string } } };

export type FacetCountFieldsFragment = { __typename: 'FacetCount', value: string, count: number };

export type SearchHitFieldsFragment = { __typename: 'SearchHit', id: string, kind: SearchKind, title: string, status: SearchStatus | null, capabilityKind: CapabilityKind | null, country: string, region: string | null, deadline: string | null, listedAt: string, trlMin: number | null, trlMax: number | null, technologyAreas: Array<string>, organizationName: string, snippet: { __typename: 'SearchSnippet', field: string, text: string, highlights: Array<{ __typename: 'TextRange', start: number, end: number }> } };

export type SearchResultFieldsFragment = { __typename: 'SearchResult', similarSpellings: boolean, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SearchHitEdge', cursor: string, node: { __typename: 'SearchHit', id: string, kind: SearchKind, title: string, status: SearchStatus | null, capabilityKind: CapabilityKind | null, country: string, region: string | null, deadline: string | null, listedAt: string, trlMin: number | null, trlMax: number | null, technologyAreas: Array<string>, organizationName: string, snippet: { __typename: 'SearchSnippet', field: string, text: string, highlights: Array<{ __typename: 'TextRange', start: number, end: number }> } } }> };

export type SearchQueryVariables = Exact<{
  filter?: InputMaybe<SearchFilterInput>;
  withCounts: Scalars['Boolean']['input'];
}>;


export type SearchQuery = { search: { __typename: 'SearchResult', totalCount?: number, similarSpellings: boolean, facets?: { __typename: 'SearchFacets', kinds: Array<{ __typename: 'FacetCount', value: string, count: number }>, capabilityKinds: Array<{ __typename: 'FacetCount', value: string, count: number }>, technologyAreas: Array<{ __typename: 'FacetCount', value: string, count: number }>, countries: Array<{ __typename: 'FacetCount', value: string, count: number }>, statuses: Array<{ __typename: 'FacetCount', value: string, count: number }> }, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SearchHitEdge', cursor: string, node: { __typename: 'SearchHit', id: string, kind: SearchKind, title: string, status: SearchStatus | null, capabilityKind: CapabilityKind | null, country: string, region: string | null, deadline: string | null, listedAt: string, trlMin: number | null, trlMax: number | null, technologyAreas: Array<string>, organizationName: string, snippet: { __typename: 'SearchSnippet', field: string, text: string, highlights: Array<{ __typename: 'TextRange', start: number, end: number }> } } }> } };

export type SavedSearchFieldsFragment = { __typename: 'SavedSearch', id: string, name: string, alert: SavedSearchAlert, createdAt: string, resultsSeenAt: string, criteria: { __typename: 'SearchCriteria', query: string | null, kinds: Array<SearchKind> | null, capabilityKinds: Array<CapabilityKind> | null, technologyAreas: Array<string> | null, sectors: Array<string> | null, trlMin: number | null, trlMax: number | null, countries: Array<string> | null, regions: Array<string> | null, clusterIds: Array<string> | null, collaborationTypes: Array<CollaborationType> | null, statuses: Array<SearchStatus> | null, deadlineAfter: string | null, deadlineBefore: string | null } };

export type SavedSearchesQueryVariables = Exact<{ [key: string]: never; }>;


export type SavedSearchesQuery = { savedSearches: Array<{ __typename: 'SavedSearch', id: string, name: string, alert: SavedSearchAlert, createdAt: string, resultsSeenAt: string, newResults: { __typename: 'SearchResult', totalCount: number }, criteria: { __typename: 'SearchCriteria', query: string | null, kinds: Array<SearchKind> | null, capabilityKinds: Array<CapabilityKind> | null, technologyAreas: Array<string> | null, sectors: Array<string> | null, trlMin: number | null, trlMax: number | null, countries: Array<string> | null, regions: Array<string> | null, clusterIds: Array<string> | null, collaborationTypes: Array<CollaborationType> | null, statuses: Array<SearchStatus> | null, deadlineAfter: string | null, deadlineBefore: string | null } }> };

export type SaveSearchMutationVariables = Exact<{
  input: SaveSearchInput;
}>;


export type SaveSearchMutation = { saveSearch: { __typename: 'SavedSearch', id: string, name: string, alert: SavedSearchAlert, createdAt: string, resultsSeenAt: string, criteria: { __typename: 'SearchCriteria', query: string | null, kinds: Array<SearchKind> | null, capabilityKinds: Array<CapabilityKind> | null, technologyAreas: Array<string> | null, sectors: Array<string> | null, trlMin: number | null, trlMax: number | null, countries: Array<string> | null, regions: Array<string> | null, clusterIds: Array<string> | null, collaborationTypes: Array<CollaborationType> | null, statuses: Array<SearchStatus> | null, deadlineAfter: string | null, deadlineBefore: string | null } } };

export type MarkSavedSearchSeenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkSavedSearchSeenMutation = { markSavedSearchSeen: { __typename: 'SavedSearch', id: string, name: string, alert: SavedSearchAlert, createdAt: string, resultsSeenAt: string, newResults: { __typename: 'SearchResult', totalCount: number }, criteria: { __typename: 'SearchCriteria', query: string | null, kinds: Array<SearchKind> | null, capabilityKinds: Array<CapabilityKind> | null, technologyAreas: Array<string> | null, sectors: Array<string> | null, trlMin: number | null, trlMax: number | null, countries: Array<string> | null, regions: Array<string> | null, clusterIds: Array<string> | null, collaborationTypes: Array<CollaborationType> | null, statuses: Array<SearchStatus> | null, deadlineAfter: string | null, deadlineBefore: string | null } } };

export type SetSavedSearchAlertMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  alert: SavedSearchAlert;
}>;


export type SetSavedSearchAlertMutation = { setSavedSearchAlert: { __typename: 'SavedSearch', id: string, name: string, alert: SavedSearchAlert, createdAt: string, resultsSeenAt: string, criteria: { __typename: 'SearchCriteria', query: string | null, kinds: Array<SearchKind> | null, capabilityKinds: Array<CapabilityKind> | null, technologyAreas: Array<string> | null, sectors: Array<string> | null, trlMin: number | null, trlMax: number | null, countries: Array<string> | null, regions: Array<string> | null, clusterIds: Array<string> | null, collaborationTypes: Array<CollaborationType> | null, statuses: Array<SearchStatus> | null, deadlineAfter: string | null, deadlineBefore: string | null } } };

export type SearchClusterChoicesQueryVariables = Exact<{
  query?: InputMaybe<Scalars['String']['input']>;
}>;


export type SearchClusterChoicesQuery = { clusters: { __typename: 'ClusterConnection', edges: Array<{ __typename: 'ClusterEdge', node: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } }> } };

export type SearchClusterNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SearchClusterNameQuery = { cluster: { __typename: 'Cluster', id: string, nameEn: string, nameKo: string } };

export type DeleteSavedSearchMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteSavedSearchMutation = { deleteSavedSearch: string };

export const UserContactFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<UserContactFragment, unknown>;
export const OrganizationRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<OrganizationRefFragment, unknown>;
export const ClusterNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<ClusterNameFragment, unknown>;
export const InvitationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<InvitationFieldsFragment, unknown>;
export const ViewerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managedClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<ViewerFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const ClusterManagersFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterManagers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]} as unknown as DocumentNode<ClusterManagersFragment, unknown>;
export const ApplicationCallFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}}]} as unknown as DocumentNode<ApplicationCallFragment, unknown>;
export const EligibilityFailureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<EligibilityFailureFieldsFragment, unknown>;
export const ApplicationDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ApplicationDetailFragment, unknown>;
export const AwardReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ko"}}]}}]} as unknown as DocumentNode<AwardReasonFieldsFragment, unknown>;
export const CriterionResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}}]}}]} as unknown as DocumentNode<CriterionResultFieldsFragment, unknown>;
export const CallSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<CallSummaryFragment, unknown>;
export const CallDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<CallDetailFragment, unknown>;
export const CapabilitySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CapabilitySummaryFragment, unknown>;
export const CapabilityDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licensingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<CapabilityDetailFragment, unknown>;
export const ClusterSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"focusSectors"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<ClusterSummaryFragment, unknown>;
export const ClusterMembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ClusterMembershipFieldsFragment, unknown>;
export const CollaborationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollaborationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collaboration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanComplete"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<CollaborationFieldsFragment, unknown>;
export const ConversationMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}}]} as unknown as DocumentNode<ConversationMessageFieldsFragment, unknown>;
export const ConversationThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationMessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}}]} as unknown as DocumentNode<ConversationThreadFieldsFragment, unknown>;
export const MatchReasonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}}]} as unknown as DocumentNode<MatchReasonFieldsFragment, unknown>;
export const InterestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<InterestFieldsFragment, unknown>;
export const MatchComponentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}}]} as unknown as DocumentNode<MatchComponentFieldsFragment, unknown>;
export const CapabilityMatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarked"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<CapabilityMatchFieldsFragment, unknown>;
export const NeedMatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarked"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<NeedMatchFieldsFragment, unknown>;
export const PartnerMatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<PartnerMatchFieldsFragment, unknown>;
export const NeedSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<NeedSummaryFragment, unknown>;
export const NeedDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<NeedDetailFragment, unknown>;
export const OrganizationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganizationSummaryFragment, unknown>;
export const PartnershipSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<PartnershipSummaryFragment, unknown>;
export const PoolMemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<PoolMemberFragment, unknown>;
export const AssignmentRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"affinity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNames"}}]}}]}}]} as unknown as DocumentNode<AssignmentRowFragment, unknown>;
export const ReviewDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedCount"}}]}}]} as unknown as DocumentNode<ReviewDetailFragment, unknown>;
export const FacetCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<FacetCountFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const SearchHitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<SearchHitFieldsFragment, unknown>;
export const SearchResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarSpellings"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}}]} as unknown as DocumentNode<SearchResultFieldsFragment, unknown>;
export const SavedSearchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedSearchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKinds"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIds"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}}]}}]}}]} as unknown as DocumentNode<SavedSearchFieldsFragment, unknown>;
export const OrganizationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationChoicesQuery, OrganizationChoicesQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managedClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managedClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const LogInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"managedClusters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LogInMutation, LogInMutationVariables>;
export const LogOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logOut"}}]}}]} as unknown as DocumentNode<LogOutMutation, LogOutMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"preferredLanguage"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const VerifyEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyEmailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]} as unknown as DocumentNode<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendVerificationEmail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendVerificationEmail"}}]}}]} as unknown as DocumentNode<ResendVerificationEmailMutation, ResendVerificationEmailMutationVariables>;
export const RequestPasswordResetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPasswordResetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const EmailVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailVerification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]}}]}}]} as unknown as DocumentNode<EmailVerificationQuery, EmailVerificationQueryVariables>;
export const CreateClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<CreateClusterMutation, CreateClusterMutationVariables>;
export const ClusterManagersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterManagers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterManagers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterManagers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}}]}}]}}]} as unknown as DocumentNode<ClusterManagersQuery, ClusterManagersQueryVariables>;
export const AppointClusterManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointClusterManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointClusterManagerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointClusterManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterManagers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterManagers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}}]}}]}}]} as unknown as DocumentNode<AppointClusterManagerMutation, AppointClusterManagerMutationVariables>;
export const RemoveClusterManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClusterManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClusterManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterManagers"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterManagers"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}}]}}]}}]} as unknown as DocumentNode<RemoveClusterManagerMutation, RemoveClusterManagerMutationVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"objectName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}]},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const ClusterOrganizationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterOrganizationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClusterOrganizationChoicesQuery, ClusterOrganizationChoicesQueryVariables>;
export const EmailOutboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailOutbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailOutbox"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]} as unknown as DocumentNode<EmailOutboxQuery, EmailOutboxQueryVariables>;
export const ApplicationSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ApplicationSuggestionsQuery, ApplicationSuggestionsQueryVariables>;
export const ApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Application"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<ApplicationQuery, ApplicationQueryVariables>;
export const CallApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<CallApplicationsQuery, CallApplicationsQueryVariables>;
export const ApplicationInvitationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationInvitations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationInvitations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"applicationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ApplicationInvitationsQuery, ApplicationInvitationsQueryVariables>;
export const CreateApplicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadOrganizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadOrganizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateApplicationDraftMutation, CreateApplicationDraftMutationVariables>;
export const UpdateApplicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateApplicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApplicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<UpdateApplicationDraftMutation, UpdateApplicationDraftMutationVariables>;
export const InviteApplicationPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteApplicationPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteApplicationPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<InviteApplicationPartnerMutation, InviteApplicationPartnerMutationVariables>;
export const UpdateApplicationPartnerBudgetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateApplicationPartnerBudget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationPartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApplicationPartnerBudget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<UpdateApplicationPartnerBudgetMutation, UpdateApplicationPartnerBudgetMutationVariables>;
export const RemoveApplicationPartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveApplicationPartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeApplicationPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<RemoveApplicationPartnerMutation, RemoveApplicationPartnerMutationVariables>;
export const AnswerApplicationInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerApplicationInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accept"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerApplicationInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"accept"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accept"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AnswerApplicationInvitationMutation, AnswerApplicationInvitationMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const OverrideApplicationEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideApplicationEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideApplicationEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationCall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerClusterIds"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EligibilityFailureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EligibilityFailure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"leadRequestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"leadOwnContribution"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeedIds"}},{"kind":"Field","name":{"kind":"Name","value":"linkedNeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCollaborationIds"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"leadOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationCall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBudget"}},{"kind":"Field","name":{"kind":"Name","value":"ownContribution"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consortiumFacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"activeClusterIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failedRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EligibilityFailureFields"}}]}}]}}]} as unknown as DocumentNode<OverrideApplicationEligibilityMutation, OverrideApplicationEligibilityMutationVariables>;
export const CallAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardReasonFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"funded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couldNotPay"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"redressRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ko"}}]}}]} as unknown as DocumentNode<CallAwardQuery, CallAwardQueryVariables>;
export const PublishCallResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCallResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCallResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<PublishCallResultsMutation, PublishCallResultsMutationVariables>;
export const CutAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CutAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CutAwardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cutAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoted"}}]}}]}}]} as unknown as DocumentNode<CutAwardMutation, CutAwardMutationVariables>;
export const AnswerRedressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerRedress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"redressId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedressAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerRedress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"redressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"redressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]} as unknown as DocumentNode<AnswerRedressMutation, AnswerRedressMutationVariables>;
export const ApplicationResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankedCount"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"partial"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"redressDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"mayRequestRedress"}},{"kind":"Field","name":{"kind":"Name","value":"mayDecline"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriterionResultFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwardReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"criterionName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"redress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"filedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriterionResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"weighted"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwardReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwardReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"ko"}}]}}]} as unknown as DocumentNode<ApplicationResultQuery, ApplicationResultQueryVariables>;
export const RequestRedressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRedress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedressRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRedress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]} as unknown as DocumentNode<RequestRedressMutation, RequestRedressMutationVariables>;
export const DeclineAwardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineAward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineAward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoted"}}]}}]}}]} as unknown as DocumentNode<DeclineAwardMutation, DeclineAwardMutationVariables>;
export const CallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Calls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}}]} as unknown as DocumentNode<CallsQuery, CallsQueryVariables>;
export const CallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Call"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CallQuery, CallQueryVariables>;
export const CreateCallDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCallDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCallDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateCallDraftMutation, CreateCallDraftMutationVariables>;
export const UpdateCallDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateCallDraftMutation, UpdateCallDraftMutationVariables>;
export const AddCallFunderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCallFunder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CallFunderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCallFunder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddCallFunderMutation, AddCallFunderMutationVariables>;
export const RemoveCallFunderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCallFunder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCallFunder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"clusterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"clusterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RemoveCallFunderMutation, RemoveCallFunderMutationVariables>;
export const OpenCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<OpenCallMutation, OpenCallMutationVariables>;
export const ExtendCallDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendCallDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendCallDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"closesAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"closesAt"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ExtendCallDeadlineMutation, ExtendCallDeadlineMutationVariables>;
export const CloseCallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionEn"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionKo"}},{"kind":"Field","name":{"kind":"Name","value":"maxFundingRate"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviewersPerApplication"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManage"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanManageReview"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"viewerManagesAward"}},{"kind":"Field","name":{"kind":"Name","value":"budgetRule"}},{"kind":"Field","name":{"kind":"Name","value":"redressDays"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPartners"}},{"kind":"Field","name":{"kind":"Name","value":"maxPartners"}},{"kind":"Field","name":{"kind":"Name","value":"requiredKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"min"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadKinds"}},{"kind":"Field","name":{"kind":"Name","value":"leadSizes"}},{"kind":"Field","name":{"kind":"Name","value":"minRegions"}},{"kind":"Field","name":{"kind":"Name","value":"minCountries"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnerRequired"}},{"kind":"Field","name":{"kind":"Name","value":"membership"}},{"kind":"Field","name":{"kind":"Name","value":"maxBudgetPerPartner"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"maxPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rulesInWords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CloseCallMutation, CloseCallMutationVariables>;
export const CapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Capability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licensingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<CapabilityQuery, CapabilityQueryVariables>;
export const OrganizationCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganizationCapabilitiesQuery, OrganizationCapabilitiesQueryVariables>;
export const CreateCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licensingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<CreateCapabilityMutation, CreateCapabilityMutationVariables>;
export const UpdateCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCapabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licensingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<UpdateCapabilityMutation, UpdateCapabilityMutationVariables>;
export const PublishCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licensingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<PublishCapabilityMutation, PublishCapabilityMutationVariables>;
export const ArchiveCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"bookingTerms"}},{"kind":"Field","name":{"kind":"Name","value":"patentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"licensingStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<ArchiveCapabilityMutation, ArchiveCapabilityMutationVariables>;
export const DeleteCapabilityDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCapabilityDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCapabilityDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCapabilityDraftMutation, DeleteCapabilityDraftMutationVariables>;
export const ClustersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Clusters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"focusSectors"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ClustersQuery, ClustersQueryVariables>;
export const ClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterSummary"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsManager"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"managers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"focusSectors"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<ClusterQuery, ClusterQueryVariables>;
export const ClusterApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"pending"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<ClusterApplicationsQuery, ClusterApplicationsQueryVariables>;
export const ClusterDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"rejected"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REJECTED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"removed"},"name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"REMOVED"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<ClusterDecisionsQuery, ClusterDecisionsQueryVariables>;
export const ApplyToClusterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyToCluster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyToClusterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyToCluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<ApplyToClusterMutation, ApplyToClusterMutationVariables>;
export const AdmitClusterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdmitClusterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admitClusterMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<AdmitClusterMemberMutation, AdmitClusterMemberMutationVariables>;
export const RejectClusterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectClusterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectClusterMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<RejectClusterMemberMutation, RejectClusterMemberMutationVariables>;
export const RemoveClusterMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveClusterMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeClusterMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterMembershipFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterMembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]} as unknown as DocumentNode<RemoveClusterMemberMutation, RemoveClusterMemberMutationVariables>;
export const OrganizationCollaborationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationCollaborations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollaborationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollaborationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collaboration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanComplete"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OrganizationCollaborationsQuery, OrganizationCollaborationsQueryVariables>;
export const CompleteCollaborationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCollaboration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollaborationOutcome"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCollaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CollaborationFields"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CollaborationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Collaboration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanComplete"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CompleteCollaborationMutation, CompleteCollaborationMutationVariables>;
export const ConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationMessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationQuery, ConversationQueryVariables>;
export const ConversationBySubjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConversationBySubject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationSubjectInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationBySubject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationThreadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationMessage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"unread"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConversationThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Conversation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConversationMessageFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationBySubjectQuery, ConversationBySubjectQueryVariables>;
export const ViewerConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewerConversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastMessageAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerConversationsQuery, ViewerConversationsQueryVariables>;
export const UnreadMessageCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadMessageCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadMessageCount"}}]}}]} as unknown as DocumentNode<UnreadMessageCountQuery, UnreadMessageCountQueryVariables>;
export const PostConversationMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostConversationMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostConversationMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postConversationMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostConversationMessageMutation, PostConversationMessageMutationVariables>;
export const MarkConversationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkConversationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upToMessageId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markConversationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"upToMessageId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upToMessageId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkConversationReadMutation, MarkConversationReadMutationVariables>;
export const ReportConversationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportConversation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportConversationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportConversation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerReported"}}]}}]}}]} as unknown as DocumentNode<ReportConversationMutation, ReportConversationMutationVariables>;
export const ConversationMessagePostedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConversationMessagePosted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationMessagePosted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conversationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conversationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationId"}},{"kind":"Field","name":{"kind":"Name","value":"messageId"}}]}}]}}]} as unknown as DocumentNode<ConversationMessagePostedSubscription, ConversationMessagePostedSubscriptionVariables>;
export const ReportedConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportedConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedConversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"lastReportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reporterName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReportedConversationsQuery, ReportedConversationsQueryVariables>;
export const HomeSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"homeSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"newMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownDeadlinesThisWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answerableClosingThisWeek"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"oldest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadMessages"}},{"kind":"Field","name":{"kind":"Name","value":"interestsAwaitingAnswer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interestAnswersSince"}},{"kind":"Field","name":{"kind":"Name","value":"adminOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emailsQueued"}},{"kind":"Field","name":{"kind":"Name","value":"emailsLastDay"}},{"kind":"Field","name":{"kind":"Name","value":"auditEventsLastDay"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<HomeSummaryQuery, HomeSummaryQueryVariables>;
export const ImportRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"publish"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"validatedRows"}},{"kind":"Field","name":{"kind":"Name","value":"badRows"}},{"kind":"Field","name":{"kind":"Name","value":"createdRows"}},{"kind":"Field","name":{"kind":"Name","value":"updatedRows"}},{"kind":"Field","name":{"kind":"Name","value":"matchedRows"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRunQuery, ImportRunQueryVariables>;
export const MatchProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"sweep"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"needsDone"}},{"kind":"Field","name":{"kind":"Name","value":"needsTotal"}}]}}]}}]}}]} as unknown as DocumentNode<MatchProgressQuery, MatchProgressQueryVariables>;
export const RematchEverythingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RematchEverything"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rematchEverything"}}]}}]} as unknown as DocumentNode<RematchEverythingMutation, RematchEverythingMutationVariables>;
export const InterestsForListingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterestsForListing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterestStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InterestOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interestsForListing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"capabilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<InterestsForListingQuery, InterestsForListingQueryVariables>;
export const MyInterestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyInterests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterestStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myInterests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MyInterestsQuery, MyInterestsQueryVariables>;
export const InterestSenderCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterestSenderCapabilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InterestSenderCapabilitiesQuery, InterestSenderCapabilitiesQueryVariables>;
export const ExpressInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExpressInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpressInterestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expressInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ExpressInterestMutation, ExpressInterestMutationVariables>;
export const ShortlistInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortlistInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ShortlistInterestMutation, ShortlistInterestMutationVariables>;
export const AcceptInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AcceptInterestMutation, AcceptInterestMutationVariables>;
export const DeclineInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DeclineInterestMutation, DeclineInterestMutationVariables>;
export const WithdrawInterestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawInterest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}},"defaultValue":{"kind":"EnumValue","value":"en"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawInterest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"proposedApproach"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"matchScore"}},{"kind":"Field","name":{"kind":"Name","value":"fromMatch"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"matchReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"senderOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"linkedCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<WithdrawInterestMutation, WithdrawInterestMutationVariables>;
export const InterestChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InterestChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interestChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"capabilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"listingId"}}]}}]}}]} as unknown as DocumentNode<InterestChangedSubscription, InterestChangedSubscriptionVariables>;
export const BookmarkedMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BookmarkedMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookmarkedMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarkedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<BookmarkedMatchesQuery, BookmarkedMatchesQueryVariables>;
export const MatchesForNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesForNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchesForNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshPending"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityMatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarked"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"trl"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]}}]} as unknown as DocumentNode<MatchesForNeedQuery, MatchesForNeedQueryVariables>;
export const MatchesForCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesForCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchesForCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"capabilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshPending"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedMatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarked"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MatchesForCapabilityQuery, MatchesForCapabilityQueryVariables>;
export const PartnersForNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnersForNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnersForNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshPending"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerMatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<PartnersForNeedQuery, PartnersForNeedQueryVariables>;
export const NeedsYouCouldAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsYouCouldAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsYouCouldAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshPending"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedMatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchComponentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchComponent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchReasonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MatchReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"component"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedMatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NeedMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"learned"}},{"kind":"Field","name":{"kind":"Name","value":"bookmarked"}},{"kind":"Field","name":{"kind":"Name","value":"components"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchComponentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchReasonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NeedsYouCouldAnswerQuery, NeedsYouCouldAnswerQueryVariables>;
export const BookmarkMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookmarkMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookmarkMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityId"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]} as unknown as DocumentNode<BookmarkMatchMutation, BookmarkMatchMutationVariables>;
export const DismissMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DismissMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityId"}},{"kind":"Field","name":{"kind":"Name","value":"side"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<DismissMatchMutation, DismissMatchMutationVariables>;
export const ClearMatchFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearMatchFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchPairInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearMatchFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ClearMatchFeedbackMutation, ClearMatchFeedbackMutationVariables>;
export const MatchesRefreshedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MatchesRefreshed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchesRefreshed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"capabilityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"capabilityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listingKind"}},{"kind":"Field","name":{"kind":"Name","value":"listingId"}}]}}]}}]} as unknown as DocumentNode<MatchesRefreshedSubscription, MatchesRefreshedSubscriptionVariables>;
export const TechnologyNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TechnologyNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<TechnologyNeedQuery, TechnologyNeedQueryVariables>;
export const OrganizationNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"technologyNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<OrganizationNeedsQuery, OrganizationNeedsQueryVariables>;
export const CreateTechnologyNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTechnologyNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTechnologyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<CreateTechnologyNeedMutation, CreateTechnologyNeedMutationVariables>;
export const UpdateTechnologyNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTechnologyNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTechnologyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<UpdateTechnologyNeedMutation, UpdateTechnologyNeedMutationVariables>;
export const PublishTechnologyNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTechnologyNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishTechnologyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<PublishTechnologyNeedMutation, PublishTechnologyNeedMutationVariables>;
export const CloseTechnologyNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTechnologyNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NeedCloseReason"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTechnologyNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<CloseTechnologyNeedMutation, CloseTechnologyNeedMutationVariables>;
export const SetNdaTermsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNdaTerms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NdaTermsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNdaTerms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"responseDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TechnologyNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publicSummary"}},{"kind":"Field","name":{"kind":"Name","value":"desiredOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"currentTrl"}},{"kind":"Field","name":{"kind":"Name","value":"targetTrl"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMin"}},{"kind":"Field","name":{"kind":"Name","value":"budgetMax"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"internationalPartnersWelcome"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confidentialDetails"}},{"kind":"Field","name":{"kind":"Name","value":"viewerConfidentialAccess"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanPublish"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanChangeAudience"}},{"kind":"Field","name":{"kind":"Name","value":"ndaTerms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ndaAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acceptedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]} as unknown as DocumentNode<SetNdaTermsMutation, SetNdaTermsMutationVariables>;
export const AcceptNdaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptNda"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptNdaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptNda"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<AcceptNdaMutation, AcceptNdaMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"params"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationInboxQuery, NotificationInboxQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const MarkAllNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAllNotificationsRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAllNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkAllNotificationsReadMutation, MarkAllNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strongMatchThreshold"}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const SetStrongMatchThresholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStrongMatchThreshold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"percent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStrongMatchThreshold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"percent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"percent"}}}]}]}}]} as unknown as DocumentNode<SetStrongMatchThresholdMutation, SetStrongMatchThresholdMutationVariables>;
export const NotificationReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationId"}}]}}]}}]} as unknown as DocumentNode<NotificationReceivedSubscription, NotificationReceivedSubscriptionVariables>;
export const OrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserContact"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clusterMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserContact"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<OrganizationQuery, OrganizationQueryVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const CreateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const InviteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvitationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvitationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invitation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]} as unknown as DocumentNode<InviteMemberMutation, InviteMemberMutationVariables>;
export const RevokeInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DeclineInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclineInvitationMutation, DeclineInvitationMutationVariables>;
export const ChangeMemberRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeMemberRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeMemberRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeMemberRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ChangeMemberRoleMutation, ChangeMemberRoleMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"membershipId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membershipId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const ClusterPartnershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterPartnerships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerIsManager"}},{"kind":"Field","name":{"kind":"Name","value":"partnerships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]} as unknown as DocumentNode<ClusterPartnershipsQuery, ClusterPartnershipsQueryVariables>;
export const ClusterPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClusterPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusterPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}},{"kind":"Field","name":{"kind":"Name","value":"jointCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganizationRef"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organizationA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizationB"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"maxGrantPerProject"}},{"kind":"Field","name":{"kind":"Name","value":"fundingMode"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"cluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganizationRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]} as unknown as DocumentNode<ClusterPartnershipQuery, ClusterPartnershipQueryVariables>;
export const PartnerCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<PartnerCandidatesQuery, PartnerCandidatesQueryVariables>;
export const ProposeClusterPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeClusterPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeClusterPartnershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeClusterPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]} as unknown as DocumentNode<ProposeClusterPartnershipMutation, ProposeClusterPartnershipMutationVariables>;
export const AcceptClusterPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptClusterPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnershipDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptClusterPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]} as unknown as DocumentNode<AcceptClusterPartnershipMutation, AcceptClusterPartnershipMutationVariables>;
export const DeclineClusterPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineClusterPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnershipDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineClusterPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]} as unknown as DocumentNode<DeclineClusterPartnershipMutation, DeclineClusterPartnershipMutationVariables>;
export const EndClusterPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndClusterPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnershipDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endClusterPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]} as unknown as DocumentNode<EndClusterPartnershipMutation, EndClusterPartnershipMutationVariables>;
export const WithdrawClusterPartnershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawClusterPartnership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnershipDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawClusterPartnership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnershipSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnershipSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClusterPartnership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"viewerActions"}},{"kind":"Field","name":{"kind":"Name","value":"proposerCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipientCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endedByCluster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]} as unknown as DocumentNode<WithdrawClusterPartnershipMutation, WithdrawClusterPartnershipMutationVariables>;
export const MyReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewerInvitations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReviewAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"affinity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNames"}}]}}]}}]} as unknown as DocumentNode<MyReviewsQuery, MyReviewsQueryVariables>;
export const ReviewAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"titleKo"}},{"kind":"Field","name":{"kind":"Name","value":"programmeName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetail"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"affinity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNames"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedCount"}}]}}]} as unknown as DocumentNode<ReviewAssignmentQuery, ReviewAssignmentQueryVariables>;
export const ReviewContentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewContent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abstract"}},{"kind":"Field","name":{"kind":"Name","value":"workPlanSummary"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewContentQuery, ReviewContentQueryVariables>;
export const AcceptReviewerInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptReviewerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptReviewerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<AcceptReviewerInvitationMutation, AcceptReviewerInvitationMutationVariables>;
export const DeclineReviewerInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineReviewerInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineReviewerInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<DeclineReviewerInvitationMutation, DeclineReviewerInvitationMutationVariables>;
export const DeclareNoConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareNoConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareNoConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclareNoConflictMutation, DeclareNoConflictMutationVariables>;
export const DeclareConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeclareConflictMutation, DeclareConflictMutationVariables>;
export const SaveReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewScoreInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"submit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}},{"kind":"Argument","name":{"kind":"Name","value":"submit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"submit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedCount"}}]}}]} as unknown as DocumentNode<SaveReviewMutation, SaveReviewMutationVariables>;
export const CallReviewPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallReviewPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callReviewers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalAffinity"}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingDeclaration"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}},{"kind":"Field","name":{"kind":"Name","value":"drafts"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"conflicts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookbackYears"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"CONSORTIUM_MEMBER"}},{"kind":"Field","name":{"kind":"Name","value":"COLLABORATION"}},{"kind":"Field","name":{"kind":"Name","value":"ACCEPTED_INTEREST"}},{"kind":"Field","name":{"kind":"Name","value":"NDA_ACCEPTED"}},{"kind":"Field","name":{"kind":"Name","value":"SHARED_CONSORTIUM"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"affinity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNames"}}]}}]}}]} as unknown as DocumentNode<CallReviewPanelQuery, CallReviewPanelQueryVariables>;
export const ConflictCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConflictCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflictCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"recordKind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"recordDate"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"consortiumOrganizationName"}}]}}]}}]} as unknown as DocumentNode<ConflictCheckQuery, ConflictCheckQueryVariables>;
export const AddCallReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCallReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddReviewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCallReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<AddCallReviewerMutation, AddCallReviewerMutationVariables>;
export const RemoveCallReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCallReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCallReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<RemoveCallReviewerMutation, RemoveCallReviewerMutationVariables>;
export const UpdateConflictSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateConflictSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConflictSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateConflictSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conflictSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lookbackYears"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"CONSORTIUM_MEMBER"}},{"kind":"Field","name":{"kind":"Name","value":"COLLABORATION"}},{"kind":"Field","name":{"kind":"Name","value":"ACCEPTED_INTEREST"}},{"kind":"Field","name":{"kind":"Name","value":"NDA_ACCEPTED"}},{"kind":"Field","name":{"kind":"Name","value":"SHARED_CONSORTIUM"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateConflictSettingsMutation, UpdateConflictSettingsMutationVariables>;
export const StartCallEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCallEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCallEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartCallEvaluationMutation, StartCallEvaluationMutationVariables>;
export const RunReviewAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunReviewAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runReviewAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feasible"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"totalAffinity"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationTitle"}},{"kind":"Field","name":{"kind":"Name","value":"seats"}},{"kind":"Field","name":{"kind":"Name","value":"filled"}},{"kind":"Field","name":{"kind":"Name","value":"conflictFree"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RunReviewAssignmentMutation, RunReviewAssignmentMutationVariables>;
export const ReassignReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReassignReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reassignReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reviewerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"affinity"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadName"}},{"kind":"Field","name":{"kind":"Name","value":"partnerNames"}}]}}]}}]} as unknown as DocumentNode<ReassignReviewMutation, ReassignReviewMutationVariables>;
export const ReopenReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedCount"}}]}}]}}]} as unknown as DocumentNode<ReopenReviewMutation, ReopenReviewMutationVariables>;
export const RemindReviewersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindReviewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remindReviewers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}]}]}}]} as unknown as DocumentNode<RemindReviewersMutation, RemindReviewersMutationVariables>;
export const ReviewerCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewerCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewerCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"organizationNames"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"affinity"}},{"kind":"Field","name":{"kind":"Name","value":"inPool"}}]}}]}}]} as unknown as DocumentNode<ReviewerCandidatesQuery, ReviewerCandidatesQueryVariables>;
export const UpdateCallReviewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReviewerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoolMember"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoolMember"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallReviewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maxLoad"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<UpdateCallReviewerMutation, UpdateCallReviewerMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withCounts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchResultFields"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCounts"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"facets"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withCounts"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKinds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FacetCountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchHitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"listedAt"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"organizationName"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarSpellings"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchHitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FacetCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FacetCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SavedSearchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedSearches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedSearchFields"}},{"kind":"Field","name":{"kind":"Name","value":"newResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedSearchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKinds"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIds"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}}]}}]}}]} as unknown as DocumentNode<SavedSearchesQuery, SavedSearchesQueryVariables>;
export const SaveSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveSearchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedSearchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedSearchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKinds"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIds"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}}]}}]}}]} as unknown as DocumentNode<SaveSearchMutation, SaveSearchMutationVariables>;
export const MarkSavedSearchSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSavedSearchSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSavedSearchSeen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedSearchFields"}},{"kind":"Field","name":{"kind":"Name","value":"newResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedSearchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKinds"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIds"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}}]}}]}}]} as unknown as DocumentNode<MarkSavedSearchSeenMutation, MarkSavedSearchSeenMutationVariables>;
export const SetSavedSearchAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSavedSearchAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alert"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearchAlert"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSavedSearchAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"alert"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alert"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedSearchFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedSearchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedSearch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alert"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resultsSeenAt"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityKinds"}},{"kind":"Field","name":{"kind":"Name","value":"technologyAreas"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}},{"kind":"Field","name":{"kind":"Name","value":"trlMin"}},{"kind":"Field","name":{"kind":"Name","value":"trlMax"}},{"kind":"Field","name":{"kind":"Name","value":"countries"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"clusterIds"}},{"kind":"Field","name":{"kind":"Name","value":"collaborationTypes"}},{"kind":"Field","name":{"kind":"Name","value":"statuses"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineAfter"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineBefore"}}]}}]}}]} as unknown as DocumentNode<SetSavedSearchAlertMutation, SetSavedSearchAlertMutationVariables>;
export const SearchClusterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchClusterChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clusters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<SearchClusterChoicesQuery, SearchClusterChoicesQueryVariables>;
export const SearchClusterNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchClusterName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cluster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClusterName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClusterName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cluster"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}}]}}]} as unknown as DocumentNode<SearchClusterNameQuery, SearchClusterNameQueryVariables>;
export const DeleteSavedSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedSearchMutation, DeleteSavedSearchMutationVariables>;
import {
  interestPermission,
  interestRoleOf,
  type InterestPermissionAction,
  mayActOnPartnership,
  partnershipSideOf,
  type ApplicationStatus,
  type CallStatus,
  type ClusterMembershipStatus,
  type ClusterPartnershipAction,
  type ClusterPartnershipStatus,
} from '@spillover/domain';
import type { ActorFacts } from './actor-facts';

/**
 * Every permission of the platform, one rule per action. A rule answers `allow`, `forbid`
 * (the caller may see the object but not do this: FORBIDDEN) or `hide` (the caller may not
 * even know the object exists: NOT_FOUND). Anonymous callers get `facts === null`.
 */
export type Verdict = 'allow' | 'forbid' | 'hide';

export interface PolicySubjects {
  'account.signedIn': Record<string, never>;
  'account.manageCredentials': Record<string, never>;
  'organization.create': Record<string, never>;
  'organization.update': { organizationId: string };
  'organization.manageMembers': { organizationId: string };
  'organization.viewMembers': { organizationId: string };
  'invitation.view': { organizationId: string; email: string };
  'invitation.respond': { organizationId: string; email: string };
  'cluster.create': Record<string, never>;
  'email.readOutbox': Record<string, never>;
  'cluster.appointManager': { clusterId: string };
  'cluster.decide': { clusterId: string; organizationId: string; status: ClusterMembershipStatus };
  'clusterMembership.apply': { organizationId: string; clusterId: string };
  'clusterMembership.view': {
    clusterId: string;
    organizationId: string;
    status: ClusterMembershipStatus;
  };
  'clusterPartnership.propose': { clusterId: string };
  'clusterPartnership.view': PartnershipSubject;
  'clusterPartnership.decide': PartnershipSubject & { action: ClusterPartnershipAction };
  'audit.list': { clusterId?: string | null; organizationId?: string | null };
  'listing.draft': { organizationId: string };
  'listing.publish': { organizationId: string };
  'listing.changeAudience': { organizationId: string; published: boolean };
  'listing.viewAudience': { organizationId: string };
  'listing.import': { organizationId: string | null };
  'match.rematchAll': Record<string, never>;
  'nda.accept': { organizationId: string };
  'match.feedback': { organizationId: string };
  'match.answerable': { organizationId: string };
  'interest.submit': { organizationId: string };
  'interest.act': {
    action: InterestPermissionAction;
    senderOrganizationId: string;
    ownerOrganizationId: string;
  };
  'collaboration.complete': { organizationIds: readonly [string, string] };
  'platform.overview': Record<string, never>;
  'collaboration.viewDetails': { organizationIds: readonly [string, string] };
  'call.view': { clusterId: string; status: CallStatus };
  'call.manage': { clusterId: string };
  'call.addFunder': {
    callClusterId: string;
    funderClusterId: string;
    /** Clusters in an ACTIVE partnership with the call's cluster. */
    partnerClusterIds: readonly string[];
  };
  'application.draft': { organizationId: string };
  'application.view': ApplicationSubject;
  'application.edit': ApplicationSubject;
  'application.answer': { organizationId: string };
  'application.override': ApplicationSubject;
  'review.manage': ReviewCallSubject;
  'review.respondInvitation': { email: string; userId: string | null };
  'review.actOnAssignment': ReviewAssignmentSubject;
  'review.viewAssignment': ReviewAssignmentSubject;
  'award.manage': { callClusterId: string; fundingClusterIds: readonly string[] };
  'award.viewResult': ApplicationSubject & { published: boolean };
  'award.redress': ApplicationSubject;
  'conversation.read': ConversationSubject;
  'conversation.participate': ConversationSubject;
  'conversation.moderate': Record<string, never>;
}

/**
 * An application as the policy sees it: its lead, its ACCEPTED partners (invited and
 * declined ones see only their invitation), and the clusters that run or fund its call.
 */
export interface ApplicationSubject {
  leadOrganizationId: string;
  acceptedPartnerIds: readonly string[];
  fundingClusterIds: readonly string[];
  status: ApplicationStatus;
}

/**
 * Who may read an application: the lead's and the accepted partners' members; every
 * funder's managers (and the running cluster's) once it is submitted, for the whole call.
 */
export const canSeeApplication = (facts: ActorFacts | null, a: ApplicationSubject): boolean =>
  facts !== null &&
  (facts.isAdmin ||
    isMember(facts, a.leadOrganizationId) ||
    a.acceptedPartnerIds.some((id) => isMember(facts, id)) ||
    (a.status !== 'DRAFT' && a.fundingClusterIds.some((id) => facts.managedClusters.has(id))));

/** A call's review as the policy sees it: the clusters that run or fund the call. */
export interface ReviewCallSubject {
  managingClusterIds: readonly string[];
}

/** One assignment: its reviewer's user, and the clusters that run or fund its call. */
export interface ReviewAssignmentSubject extends ReviewCallSubject {
  reviewerUserId: string | null;
}

const managesReview = (facts: ActorFacts | null, subject: ReviewCallSubject): boolean =>
  facts !== null && subject.managingClusterIds.some((id) => facts.managedClusters.has(id));

/** A conversation as the policy sees it: its two organizations, and whether it was reported. */
export interface ConversationSubject {
  organizationIds: readonly [string, string];
  reported: boolean;
}

export type PolicyAction = keyof PolicySubjects;

export interface PartnershipSubject {
  proposerClusterId: string;
  recipientClusterId: string;
  status: ClusterPartnershipStatus;
}

type Rule<A extends PolicyAction> = (
  facts: ActorFacts | null,
  subject: PolicySubjects[A],
) => Verdict;

const signedIn = (facts: ActorFacts | null): Verdict => (facts ? 'allow' : 'forbid');
const isOrgAdmin = (facts: ActorFacts, organizationId: string) =>
  facts.orgRoles.get(organizationId) === 'ORG_ADMIN';
const isMember = (facts: ActorFacts, organizationId: string) => facts.orgRoles.has(organizationId);

/**
 * Who may see a cluster partnership: an ACTIVE one is public (it widens who sees what, and
 * its page lists both clusters' members); a proposal, a refusal or an ended one is the
 * business of the two clusters' managers (and platform admins).
 */
export const canSeeClusterPartnership = (
  facts: ActorFacts | null,
  subject: PartnershipSubject,
): boolean =>
  subject.status === 'ACTIVE' ||
  (facts !== null &&
    (facts.isAdmin ||
      facts.managedClusters.has(subject.proposerClusterId) ||
      facts.managedClusters.has(subject.recipientClusterId)));

/** Who may see a cluster membership that is not ACTIVE: the cluster's managers and the org's members. */
export const canSeeClusterMembership = (
  facts: ActorFacts | null,
  subject: { clusterId: string; organizationId: string; status: ClusterMembershipStatus },
): boolean =>
  subject.status === 'ACTIVE' ||
  (facts !== null &&
    (facts.isAdmin ||
      facts.managedClusters.has(subject.clusterId) ||
      isMember(facts, subject.organizationId)));

/**
 * Which clusters may fund a call of `callClusterId`, asked by a manager of it: the call's
 * own cluster, a cluster in an ACTIVE partnership with it (`partnerClusterIds`, read by the
 * caller from the database), or another cluster this manager also manages (they speak for
 * both).
 */
export const mayFundCallOf = (
  facts: ActorFacts,
  callClusterId: string,
  funderClusterId: string,
  partnerClusterIds: readonly string[],
): boolean =>
  funderClusterId === callClusterId ||
  partnerClusterIds.includes(funderClusterId) ||
  facts.managedClusters.has(funderClusterId);

export const RULES: { [A in PolicyAction]: Rule<A> } = {
  'account.signedIn': signedIn,
  // The password and new API tokens need a browser session: a leaked API token must not
  // mint more tokens or take the account over by changing its password.
  'account.manageCredentials': (facts) =>
    facts?.authenticatedBy === 'session' ? 'allow' : 'forbid',
  'organization.create': signedIn,
  'organization.update': (facts, { organizationId }) =>
    !facts ? 'forbid' : facts.isAdmin || isOrgAdmin(facts, organizationId) ? 'allow' : 'forbid',
  'organization.manageMembers': (facts, { organizationId }) =>
    !facts ? 'forbid' : facts.isAdmin || isOrgAdmin(facts, organizationId) ? 'allow' : 'forbid',
  'organization.viewMembers': (facts, { organizationId }) =>
    facts && (facts.isAdmin || isMember(facts, organizationId)) ? 'allow' : 'forbid',
  // An invitation is the business of its organization's admins and of its invitee only.
  'invitation.view': (facts, { organizationId, email }) =>
    facts && (facts.isAdmin || isOrgAdmin(facts, organizationId) || facts.email === email)
      ? 'allow'
      : 'hide',
  'invitation.respond': (facts, { organizationId, email }) =>
    !facts
      ? 'hide'
      : facts.email === email
        ? 'allow'
        : isOrgAdmin(facts, organizationId) || facts.isAdmin
          ? 'forbid'
          : 'hide',
  'cluster.create': (facts) => (facts?.isAdmin ? 'allow' : 'forbid'),
  // The outbox holds every user's mail (reset links included): platform admins only.
  'email.readOutbox': (facts) => (facts?.isAdmin ? 'allow' : 'forbid'),
  'cluster.appointManager': (facts) => (facts?.isAdmin ? 'allow' : 'forbid'),
  'cluster.decide': (facts, subject) => {
    if (!canSeeClusterMembership(facts, subject)) return 'hide';
    return facts && (facts.isAdmin || facts.managedClusters.has(subject.clusterId))
      ? 'allow'
      : 'forbid';
  },
  // A cluster's managers decide on its applications: they do not apply to it themselves,
  // not even for a firm they administer (they would admit their own application).
  'clusterMembership.apply': (facts, { organizationId, clusterId }) =>
    facts &&
    (facts.isAdmin || (isOrgAdmin(facts, organizationId) && !facts.managedClusters.has(clusterId)))
      ? 'allow'
      : 'forbid',
  'clusterMembership.view': (facts, subject) =>
    canSeeClusterMembership(facts, subject) ? 'allow' : 'hide',
  // A cluster's managers speak for it: they propose partnerships for it (not platform
  // admins, who create clusters but do not run them).
  'clusterPartnership.propose': (facts, { clusterId }) =>
    facts?.managedClusters.has(clusterId) ? 'allow' : 'forbid',
  'clusterPartnership.view': (facts, subject) =>
    canSeeClusterPartnership(facts, subject) ? 'allow' : 'hide',
  // The proposal's recipient answers it; either side ends an active one (the domain's rule).
  'clusterPartnership.decide': (facts, subject) => {
    if (!canSeeClusterPartnership(facts, subject)) return 'hide';
    return facts &&
      mayActOnPartnership(subject.action, partnershipSideOf(facts.managedClusters, subject))
      ? 'allow'
      : 'forbid';
  },
  // Needs and capabilities ("listings"): any member drafts and edits, ORG_ADMINs publish,
  // close, archive and set NDA terms; an ORG_ADMIN accepts NDA terms for the organization.
  // Drafts are the owner's own business: platform admins moderate published listings only.
  'listing.draft': (facts, { organizationId }) =>
    facts && isMember(facts, organizationId) ? 'allow' : 'forbid',
  'listing.publish': (facts, { organizationId }) =>
    facts && (facts.isAdmin || isOrgAdmin(facts, organizationId)) ? 'allow' : 'forbid',
  // Who may see a listing is decided when it is published: once it is out (published, closed
  // or archived), widening or narrowing its audience is publishing it anew, the ORG_ADMIN's
  // call. Until then it is part of the draft, which any member writes. Either way it is an
  // edit: platform admins, who moderate but do not edit, may not.
  'listing.changeAudience': (facts, { organizationId, published }) => {
    const edits = RULES['listing.draft'](facts, { organizationId });
    return edits === 'allow' && published
      ? RULES['listing.publish'](facts, { organizationId })
      : edits;
  },
  // Whom the owner invited and which organizations accepted its NDA terms: the owner's business
  // only, not even a platform admin's (who may draft for any organization, hence not 'listing.draft').
  // A bulk import writes (and may publish) many listings at once: ORG_ADMINs of the
  // organization, or platform admins, who alone may import for many organizations (null).
  'listing.import': (facts, { organizationId }) =>
    facts && (facts.isAdmin || (organizationId !== null && isOrgAdmin(facts, organizationId)))
      ? 'allow'
      : 'forbid',
  // Re-matching everything loads the whole platform: platform admins only.
  'match.rematchAll': (facts) => (facts?.isAdmin ? 'allow' : 'forbid'),
  'listing.viewAudience': (facts, { organizationId }) =>
    facts && isMember(facts, organizationId) ? 'allow' : 'forbid',
  'nda.accept': (facts, { organizationId }) =>
    facts && isOrgAdmin(facts, organizationId) ? 'allow' : 'forbid',
  'audit.list': (facts, { clusterId, organizationId }) => {
    if (!facts) return 'forbid';
    if (facts.isAdmin) return 'allow';
    if (clusterId) return facts.managedClusters.has(clusterId) ? 'allow' : 'forbid';
    if (organizationId) return isOrgAdmin(facts, organizationId) ? 'allow' : 'forbid';
    // Without a scope, a non-admin lists the events of everything they run.
    return facts.managedClusters.size > 0 || [...facts.orgRoles.values()].includes('ORG_ADMIN')
      ? 'allow'
      : 'forbid';
  },
  // Bookmarks and dismissals belong to the owner's list: its members keep it.
  'match.feedback': (facts, { organizationId }) =>
    facts && isMember(facts, organizationId) ? 'allow' : 'forbid',
  // What an organization could answer is its own business development: its members only.
  'match.answerable': (facts, { organizationId }) =>
    facts && isMember(facts, organizationId) ? 'allow' : 'forbid',
  // Any member speaks for its organization when expressing interest (as any member drafts).
  'interest.submit': (facts, { organizationId }) =>
    facts && isMember(facts, organizationId) ? 'allow' : 'forbid',
  // An interest is the two organizations' business only: the matrix is the domain's.
  'interest.act': (facts, { action, ...interest }) =>
    facts ? interestPermission(action, interestRoleOf(facts.orgRoles, interest)) : 'hide',
  // A collaboration's two parties run it: members of either mark it completed. Everyone may
  // know the edge exists (organization pages show it), so others are FORBIDDEN, not hidden.
  'collaboration.complete': (facts, { organizationIds }) =>
    facts && organizationIds.some((id) => isMember(facts, id)) ? 'allow' : 'forbid',
  // What it came from (a need's title may be PRIVATE): the parties always, others only as far
  // as they may see the source listing (the listing predicate decides that in SQL).
  'collaboration.viewDetails': (facts, { organizationIds }) =>
    facts && organizationIds.some((id) => isMember(facts, id)) ? 'allow' : 'forbid',
  // Platform-wide counts (outbox, audit trail): platform admins only.
  'platform.overview': (facts) => (facts?.isAdmin ? 'allow' : 'forbid'),
  // A conversation is its two organizations' business: their members read it, nobody else,
  // platform admins included, until a participant reports it; then admins may read it to
  // moderate (the service audits each such read), and do nothing else in it.
  // Any member of an organization may draft an application it leads.
  'application.draft': (facts, { organizationId }) =>
    facts && isMember(facts, organizationId) ? 'allow' : 'forbid',
  'application.view': (facts, subject) => (canSeeApplication(facts, subject) ? 'allow' : 'hide'),
  // The lead's members write the application; partners and funders read it.
  'application.edit': (facts, subject) =>
    !canSeeApplication(facts, subject)
      ? 'hide'
      : facts && isMember(facts, subject.leadOrganizationId)
        ? 'allow'
        : 'forbid',
  // An invitation is answered for the invited organization by its ORG_ADMINs.
  'application.answer': (facts, { organizationId }) =>
    !facts || !isMember(facts, organizationId)
      ? 'hide'
      : isOrgAdmin(facts, organizationId)
        ? 'allow'
        : 'forbid',
  'application.override': (facts, subject) =>
    !canSeeApplication(facts, subject)
      ? 'hide'
      : facts && subject.fundingClusterIds.some((id) => facts.managedClusters.has(id))
        ? 'allow'
        : 'forbid',
  // A call's panel is run by the managers of every cluster that runs or funds it (a joint
  // call's funders sit on its panel); anyone else who may see the call is refused.
  'review.manage': (facts, subject) => (managesReview(facts, subject) ? 'allow' : 'forbid'),
  // An invitation to a panel names an address (or a user): only its invitee sees it.
  'review.respondInvitation': (facts, { email, userId }) =>
    facts && (userId === null ? facts.email === email : facts.userId === userId) ? 'allow' : 'hide',
  // An assignment is its reviewer's work: they declare and score. The call's managers see it
  // (and reassign or reopen through review.manage) but do not score in the reviewer's place;
  // to everyone else it does not exist.
  'review.actOnAssignment': (facts, subject) =>
    facts && subject.reviewerUserId === facts.userId
      ? 'allow'
      : managesReview(facts, subject)
        ? 'forbid'
        : 'hide',
  'review.viewAssignment': (facts, subject) =>
    facts && (subject.reviewerUserId === facts.userId || managesReview(facts, subject))
      ? 'allow'
      : 'hide',
  'conversation.read': (facts, { organizationIds, reported }) =>
    facts && (organizationIds.some((id) => isMember(facts, id)) || (facts.isAdmin && reported))
      ? 'allow'
      : 'hide',
  // Writing, marking read and reporting: members of the two organizations only. A moderator
  // who may read it is refused (FORBIDDEN); anyone else does not learn it exists.
  'conversation.participate': (facts, subject) =>
    facts && subject.organizationIds.some((id) => isMember(facts, id))
      ? 'allow'
      : RULES['conversation.read'](facts, subject) === 'allow'
        ? 'forbid'
        : 'hide',
  // Which conversations were reported, and why: the platform's moderators only.
  'conversation.moderate': (facts) => (facts?.isAdmin ? 'allow' : 'forbid'),
  // Calls: an OPEN call (and every later state) is read by everyone signed in; a draft is its
  // cluster's managers' business only, hidden from everyone else (platform admins included).
  'call.view': (facts, { clusterId, status }) =>
    !facts
      ? 'forbid'
      : status !== 'DRAFT' || facts.managedClusters.has(clusterId)
        ? 'allow'
        : 'hide',
  // A call is set up, opened, extended and closed by a manager of the cluster that runs it.
  'call.manage': (facts, { clusterId }) =>
    facts?.managedClusters.has(clusterId) ? 'allow' : 'forbid',
  // The award (ranking preview, publication, cuts, redress answers, exports) is the business
  // of the managers of the cluster that runs the call and of its funders' clusters.
  'award.manage': (facts, { callClusterId, fundingClusterIds }) =>
    facts &&
    (facts.managedClusters.has(callClusterId) ||
      fundingClusterIds.some((id) => facts.managedClusters.has(id)))
      ? 'allow'
      : 'forbid',
  // An application's result: its consortium's members once published (before, they know the
  // application exists but not its result: FORBIDDEN); the funders' managers always.
  'award.viewResult': (facts, subject) =>
    !canSeeApplication(facts, subject)
      ? 'hide'
      : facts && subject.fundingClusterIds.some((id) => facts.managedClusters.has(id))
        ? 'allow'
        : subject.published
          ? 'allow'
          : 'forbid',
  // A redress request is filed, and an award declined, by a member of the consortium.
  'award.redress': (facts, subject) =>
    !canSeeApplication(facts, subject)
      ? 'hide'
      : facts &&
          [subject.leadOrganizationId, ...subject.acceptedPartnerIds].some((id) =>
            isMember(facts, id),
          )
        ? 'allow'
        : 'forbid',
  'call.addFunder': (facts, { callClusterId, funderClusterId, partnerClusterIds }) =>
    facts?.managedClusters.has(callClusterId) &&
    mayFundCallOf(facts, callClusterId, funderClusterId, partnerClusterIds)
      ? 'allow'
      : 'forbid',
};

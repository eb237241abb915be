import { Injectable } from '@nestjs/common';
import { DomainError, notFound } from '@spillover/domain';
import type { Actor } from '../auth/actor';
import { ActorFactsLoader, type ActorFacts } from './actor-facts';
import { RULES, type PolicyAction, type PolicySubjects, type Verdict } from './rules';
import type { SqlPredicate } from './sql-predicate';

const FORBIDDEN_MESSAGES: Partial<Record<PolicyAction, string>> = {
  'account.manageCredentials':
    'Changing the password or creating API tokens needs a signed-in browser session, not an API token. Sign in on the web.',
  'organization.update': 'Only an ORG_ADMIN of this organization may change it.',
  'organization.manageMembers':
    'Only an ORG_ADMIN of this organization may manage its members and invitations.',
  'cluster.create': 'Only a platform admin may create clusters.',
  'cluster.appointManager': 'Only a platform admin may appoint or remove cluster managers.',
  'cluster.decide': 'Only a manager of this cluster may decide on its members.',
  'clusterMembership.apply':
    'Only an ORG_ADMIN of the organization may apply for it to join a cluster, and not to a cluster they manage.',
  'audit.list':
    'Only platform admins, cluster managers and ORG_ADMINs may list audit events, each for what they run.',
  'listing.draft': 'Only members of the organization may write or edit its needs and capabilities.',
  'listing.publish':
    'Only an ORG_ADMIN of the organization may publish, close or archive it, or set its NDA terms.',
  'listing.changeAudience':
    'Only an ORG_ADMIN of the organization may change who sees it once it is published: its visibility and invited organizations.',
  'listing.import':
    'Only an ORG_ADMIN of the organization may import its needs and capabilities; only platform admins import for many organizations.',
  'match.rematchAll': 'Only platform admins may re-match every listing.',
  'nda.accept': 'Only an ORG_ADMIN of the organization may accept NDA terms on its behalf.',
  'match.feedback':
    "Only members of the listing's organization may bookmark or dismiss its matches.",
  'match.answerable': 'Only members of the organization may see which needs it could answer.',
  'invitation.respond': 'Only the invited person may accept or decline this invitation.',
  'interest.submit': 'Only members of the organization may express interest on its behalf.',
  'interest.act':
    "Only the listing owner's members shortlist an interest, only its ORG_ADMINs accept or decline it, and only the sender's members withdraw it.",
  'collaboration.complete':
    'Only members of the two organizations that collaborate may mark it completed.',
  'clusterPartnership.propose': 'Only a manager of this cluster may propose partnerships for it.',
  'clusterPartnership.decide':
    "Only the other cluster's managers may answer a proposal; either cluster's managers may end an active partnership.",
  'application.draft': 'Only members of the lead organization may draft an application for it.',
  'application.edit':
    'Only members of the lead organization may change, submit or withdraw the application.',
  'application.answer':
    'Only an ORG_ADMIN of the invited organization may accept or decline the invitation.',
  'application.override':
    'Only managers of the clusters that run or fund the call may override eligibility.',
  'conversation.participate':
    "Only members of the conversation's two organizations may write in it, mark it read or report it; moderators only read a reported one.",
  'conversation.moderate': 'Only platform admins may list reported conversations.',
  'call.manage':
    'Only a manager of the cluster that runs the call may set it up, open, extend or close it.',
  'review.manage':
    'Only managers of the clusters that run or fund the call may run its review panel.',
  'review.actOnAssignment': 'Only the assigned reviewer may declare conflicts and score.',
  'award.manage':
    'Only managers of the clusters that run or fund the call may rank, publish, cut, answer redress requests or export the results.',
  'award.viewResult': 'The results of this call are not published yet.',
  'award.redress':
    'Only members of the lead organization or of an accepted partner may request redress or decline the award.',
  'call.addFunder':
    'A funder is the call’s own cluster, a cluster in an active partnership with it, or another cluster you manage.',
};

const OBJECT_NAMES: Partial<Record<PolicyAction, string>> = {
  'invitation.view': 'The invitation',
  'invitation.respond': 'The invitation',
  'cluster.decide': 'The cluster membership',
  'clusterMembership.view': 'The cluster membership',
  'interest.act': 'The interest',
  'clusterPartnership.view': 'The cluster partnership',
  'clusterPartnership.decide': 'The cluster partnership',
  'conversation.read': 'The conversation',
  'conversation.participate': 'The conversation',
  'call.view': 'The call',
  'application.view': 'The application',
  'application.edit': 'The application',
  'application.answer': 'The invitation',
  'application.override': 'The application',
  'review.respondInvitation': 'The invitation',
  'review.actOnAssignment': 'The assignment',
  'review.viewAssignment': 'The assignment',
  'award.viewResult': 'The application',
  'award.redress': 'The application',
};

/**
 * The one place that decides who may see and change what. Services ask it before acting;
 * repositories take their list predicates from it (see `clusterMembershipVisibility`).
 */
@Injectable()
export class Policy {
  constructor(private readonly facts: ActorFactsLoader) {}

  async verdict<A extends PolicyAction>(
    actor: Actor,
    action: A,
    subject: PolicySubjects[A],
  ): Promise<Verdict> {
    const facts = await this.facts.load(actor);
    return RULES[action](facts, subject);
  }

  async can<A extends PolicyAction>(
    actor: Actor,
    action: A,
    subject: PolicySubjects[A],
  ): Promise<boolean> {
    return (await this.verdict(actor, action, subject)) === 'allow';
  }

  /** `field`: the input field that asked for the refused change, reported with FORBIDDEN. */
  async assert<A extends PolicyAction>(
    actor: Actor,
    action: A,
    subject: PolicySubjects[A],
    field?: string,
  ): Promise<void> {
    const verdict = await this.verdict(actor, action, subject);
    if (verdict === 'allow') return;
    if (verdict === 'hide') throw notFound(OBJECT_NAMES[action] ?? 'The object');
    if (actor.kind === 'anonymous')
      throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
    throw new DomainError(
      'FORBIDDEN',
      FORBIDDEN_MESSAGES[action] ?? 'You may not do this.',
      field === undefined ? {} : { field },
    );
  }

  /** The signed-in actor's facts, or UNAUTHENTICATED. */
  async signedIn(actor: Actor): Promise<ActorFacts> {
    const facts = await this.facts.load(actor);
    if (!facts) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
    return facts;
  }

  factsOf(actor: Actor): Promise<ActorFacts | null> {
    return this.facts.load(actor);
  }

  forget(actor: Actor): void {
    this.facts.forget(actor);
  }

  /**
   * SQL predicate over a cluster_membership alias: the rows this actor may see. Used by
   * every list of cluster memberships so lists and counts agree with single reads.
   */
  async clusterMembershipVisibility(
    actor: Actor,
    alias: string,
  ): Promise<{ sql: string; params: Record<string, unknown> }> {
    const facts = await this.facts.load(actor);
    if (facts?.isAdmin) return { sql: 'TRUE', params: {} };
    const active = `${alias}.status = 'ACTIVE'`;
    if (!facts) return { sql: active, params: {} };
    return {
      sql: `(${active} OR ${alias}.cluster_id = ANY(:visManaged) OR ${alias}.organization_id = ANY(:visOrgs))`,
      params: { visManaged: [...facts.managedClusters], visOrgs: [...facts.orgRoles.keys()] },
    };
  }

  /** SQL predicate over a cluster_partnership alias: the rows `clusterPartnership.view` allows. */
  async clusterPartnershipVisibility(actor: Actor, alias: string): Promise<SqlPredicate> {
    const facts = await this.facts.load(actor);
    if (facts?.isAdmin) return { sql: 'TRUE', params: {} };
    const active = `${alias}.status = 'ACTIVE'`;
    if (!facts?.managedClusters.size) return { sql: active, params: {} };
    return {
      sql: `(${active} OR ${alias}.cluster_a_id = ANY(:cpManaged) OR ${alias}.cluster_b_id = ANY(:cpManaged))`,
      params: { cpManaged: [...facts.managedClusters] },
    };
  }

  /**
   * SQL predicate over a collaboration alias on a partnership's page: the managers of its
   * clusters (and platform admins) see every cross-cluster collaboration, which is the
   * network they run; anyone else only those of their own organizations.
   */
  async partnershipCollaborationVisibility(
    actor: Actor,
    alias: string,
    clusterIds: readonly string[],
  ): Promise<SqlPredicate> {
    const facts = await this.facts.load(actor);
    if (!facts) return { sql: 'FALSE', params: {} };
    if (facts.isAdmin || clusterIds.some((id) => facts.managedClusters.has(id)))
      return { sql: 'TRUE', params: {} };
    return {
      sql: `(${alias}.organization_a_id = ANY(:pcOrgs) OR ${alias}.organization_b_id = ANY(:pcOrgs))`,
      params: { pcOrgs: [...facts.orgRoles.keys()] },
    };
  }

  /**
   * SQL predicate over a technology_need or capability alias: the listings this actor may
   * see. Every list, search, count, facet and match uses it, and single reads too, so a
   * hidden listing is NOT_FOUND everywhere alike.
   * - the owner organization's members see everything of theirs, drafts included;
   * - others see published listings only: PUBLIC ones; CLUSTER ones when one of their
   *   organizations is an ACTIVE member of a cluster the owner is ACTIVE in, or of a cluster
   *   in an ACTIVE partnership with one (DESIGN.md: partnerships widen CLUSTER visibility to
   *   the partner's ACTIVE members), or they manage a cluster the owner is ACTIVE in;
   *   PRIVATE ones when one of their organizations is invited;
   * - platform admins see every published listing (moderation); anonymous visitors PUBLIC ones.
   */
  async listingVisibility(
    actor: Actor,
    alias: string,
    kind: 'need' | 'capability',
  ): Promise<SqlPredicate> {
    const facts = await this.facts.load(actor);
    const published = `${alias}.status <> 'DRAFT'`;
    // Visitors, and people in no organization who manage no cluster (nothing of theirs, no
    // cluster, no invitation), see published PUBLIC listings only.
    if (!facts || (!facts.isAdmin && !facts.orgRoles.size && !facts.managedClusters.size))
      return {
        sql: `(${published} AND ${alias}.visibility = 'PUBLIC')`,
        params: {},
        publicOnly: true,
      };
    if (facts.isAdmin)
      return {
        sql: `(${published} OR ${alias}.organization_id = ANY(:lvOrgs))`,
        params: { lvOrgs: [...facts.orgRoles.keys()] },
      };
    const invited =
      kind === 'need'
        ? `EXISTS (SELECT 1 FROM need_invited_organization lvi WHERE lvi.need_id = ${alias}.id AND lvi.organization_id = ANY(:lvOrgs))`
        : `EXISTS (SELECT 1 FROM capability_invited_organization lvi WHERE lvi.capability_id = ${alias}.id AND lvi.organization_id = ANY(:lvOrgs))`;
    // Organizations that share an ACTIVE cluster with the viewer, or are ACTIVE in a partner
    // of one of the viewer's clusters (evaluated once, hashed). A manager's own clusters
    // count; their partners do not: partnerships widen to the partner's members only.
    const ownClusters = `SELECT lva.cluster_id FROM cluster_membership lva WHERE lva.status = 'ACTIVE' AND lva.organization_id = ANY(:lvOrgs)`;
    const clusterMates = `SELECT lvb.organization_id FROM cluster_membership lvb WHERE lvb.status = 'ACTIVE' AND lvb.cluster_id IN (
        ${ownClusters}
        UNION SELECT unnest(:lvManaged::uuid[])
        UNION SELECT lvp.cluster_b_id FROM cluster_partnership lvp WHERE lvp.status = 'ACTIVE' AND lvp.cluster_a_id IN (${ownClusters})
        UNION SELECT lvp.cluster_a_id FROM cluster_partnership lvp WHERE lvp.status = 'ACTIVE' AND lvp.cluster_b_id IN (${ownClusters}))`;
    return {
      sql: `(${alias}.organization_id = ANY(:lvOrgs) OR (${published} AND (
          ${alias}.visibility = 'PUBLIC'
          OR (${alias}.visibility = 'CLUSTER' AND ${alias}.organization_id IN (${clusterMates}))
          OR (${alias}.visibility = 'PRIVATE' AND ${invited}))))`,
      params: { lvOrgs: [...facts.orgRoles.keys()], lvManaged: [...facts.managedClusters] },
    };
  }

  /**
   * SQL predicate over an interest alias: the interests of the actor's own organizations,
   * sent or received. Nobody else (not a cluster manager, not a platform admin) reads them.
   */
  async interestVisibility(actor: Actor, alias: string): Promise<SqlPredicate> {
    const facts = await this.facts.load(actor);
    if (!facts?.orgRoles.size) return { sql: 'FALSE', params: {} };
    return {
      sql: `(${alias}.sender_organization_id = ANY(:ivOrgs) OR ${alias}.owner_organization_id = ANY(:ivOrgs))`,
      params: { ivOrgs: [...facts.orgRoles.keys()] },
    };
  }

  /**
   * SQL predicate over a call alias: every call past its draft for anyone signed in, drafts
   * for the managers of the call's cluster only. Lists, counts and single reads use it alike.
   */
  async callVisibility(actor: Actor, alias: string): Promise<SqlPredicate> {
    const facts = await this.signedIn(actor);
    return {
      sql: `(${alias}.status <> 'DRAFT' OR ${alias}.cluster_id = ANY(:cvManaged))`,
      params: { cvManaged: [...facts.managedClusters] },
    };
  }

  /** SQL predicate over an application alias: the same readers as `canSeeApplication`. */
  async applicationVisibility(actor: Actor, alias: string): Promise<SqlPredicate> {
    const facts = await this.signedIn(actor);
    if (facts.isAdmin) return { sql: 'TRUE', params: {} };
    return {
      sql: `(${alias}.lead_organization_id = ANY(:avOrgs)
        OR EXISTS (SELECT 1 FROM application_partner avp WHERE avp.application_id = ${alias}.id AND avp.status = 'ACCEPTED' AND avp.organization_id = ANY(:avOrgs))
        OR (${alias}.status <> 'DRAFT' AND (
          EXISTS (SELECT 1 FROM call avc WHERE avc.id = ${alias}.call_id AND avc.cluster_id = ANY(:avManaged))
          OR EXISTS (SELECT 1 FROM call_funder avf WHERE avf.call_id = ${alias}.call_id AND avf.cluster_id = ANY(:avManaged)))))`,
      params: { avOrgs: [...facts.orgRoles.keys()], avManaged: [...facts.managedClusters] },
    };
  }

  /** SQL predicate over an audit_event alias: events of what the actor runs. */
  async auditVisibility(
    actor: Actor,
    alias: string,
  ): Promise<{ sql: string; params: Record<string, unknown> }> {
    const facts = await this.signedIn(actor);
    if (facts.isAdmin) return { sql: 'TRUE', params: {} };
    const adminOf = [...facts.orgRoles]
      .filter(([, role]) => role === 'ORG_ADMIN')
      .map(([id]) => id);
    return {
      sql: `(${alias}.cluster_id = ANY(:audManaged) OR ${alias}.counterpart_cluster_id = ANY(:audManaged) OR ${alias}.organization_id = ANY(:audOrgs) OR ${alias}.counterpart_organization_id = ANY(:audOrgs))`,
      params: { audManaged: [...facts.managedClusters], audOrgs: adminOf },
    };
  }
}

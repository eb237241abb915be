import { Injectable } from '@nestjs/common';
import {
  assertMayAnswer,
  badInput,
  collaborationTypeOf,
  duplicateInterest,
  errorKey,
  interestMessageSchema,
  notFound,
  parseInput,
  transitionInterest,
  type InterestAction,
  type InterestStatus,
  type ListingRef,
  type MatchReason,
} from '@spillover/domain';
import { CollaborationService } from '../collaboration/collaboration.service';
import { ConversationService } from '../conversation/conversation.service';
import { MatchService } from '../match/match.service';
import { OrganizationRepository } from '../organization/organization.repository';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { LiveEvents } from '../platform/live/live-events';
import { Policy } from '../platform/policy/policy.service';
import type { InterestEntity } from './interest.entity';
import { ListingAccess, type ListingView } from '../listing/listing-access';
import { listingRef, refOf } from './interest-listing-ref';
import { InterestNotifier } from './interest-notifier';
import { InterestRepository, type InterestListFilter } from './interest.repository';

export interface ExpressInterestCommand {
  organizationId: string;
  needId?: string | null;
  capabilityId?: string | null;
  message?: unknown;
  proposedApproach?: unknown;
  capabilityIds?: unknown;
  /** Sent from a match card: the pair the card showed, whose reasons travel along. */
  match?: { needId: string; capabilityId: string } | null;
}

const AUDIT_ACTIONS = {
  shortlist: 'interest.shortlisted',
  accept: 'interest.accepted',
  decline: 'interest.declined',
  withdraw: 'interest.withdrawn',
} as const;

/**
 * Expressions of interest: a sender answers a listing, the owner shortlists, accepts (a
 * collaboration starts in the same transaction) or declines with a reason; the sender may
 * withdraw. Every transition is the domain's; every permission the policy's; every change is
 * audited, tells the other side (notification) and both sides' open pages (live event).
 */
@Injectable()
export class InterestService {
  constructor(
    private readonly interests: InterestRepository,
    private readonly listings: ListingAccess,
    private readonly organizations: OrganizationRepository,
    private readonly matches: MatchService,
    private readonly notifier: InterestNotifier,
    private readonly live: LiveEvents,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly conversations: ConversationService,
    private readonly collaborations: CollaborationService,
  ) {}

  /** An interest of one of the actor's organizations (sent or received), else NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<InterestEntity> {
    const interest = await this.interests.findVisible(
      id,
      await this.policy.interestVisibility(actor, 'i'),
    );
    if (!interest) throw notFound('The interest');
    return interest;
  }

  /** A listing's interests: all of them for its owner, the caller's own for a sender. */
  async ofListing(actor: Actor, ref: ListingRef, filter: InterestListFilter) {
    await this.listings.visible(actor, ref);
    return this.interests.ofListing(
      ref.kind,
      ref.id,
      await this.policy.interestVisibility(actor, 'i'),
      filter,
    );
  }

  /** Interests sent by the actor's organizations. */
  async sent(actor: Actor, filter: InterestListFilter) {
    const facts = await this.policy.signedIn(actor);
    return this.interests.sentBy([...facts.orgRoles.keys()], filter);
  }

  /** Interests the actor's organizations received that wait for their answer. */
  async awaitingAnswer(actor: Actor, latest: number) {
    const orgs = [...(await this.policy.signedIn(actor)).orgRoles.keys()];
    return orgs.length ? this.interests.awaitingAnswer(orgs, latest) : { rows: [], count: 0 };
  }

  /** Answers to the interests the actor's organizations sent, since an instant. */
  async answeredSince(actor: Actor, since: Date): Promise<number> {
    const orgs = [...(await this.policy.signedIn(actor)).orgRoles.keys()];
    return orgs.length ? this.interests.answeredSince(orgs, since) : 0;
  }

  /** The latest interest about each pair the actor's organizations are a party to. */
  async latestForPairs(actor: Actor, pairs: readonly { needId: string; capabilityId: string }[]) {
    const orgs = [...(await this.policy.signedIn(actor)).orgRoles.keys()];
    return this.interests.latestForPairs(pairs, orgs);
  }

  async express(actor: Actor, command: ExpressInterestCommand): Promise<InterestEntity> {
    const ref = listingRef(command);
    const listing = await this.listings.visible(actor, ref);
    const sender = await this.organizations.findById(command.organizationId);
    if (!sender) throw notFound('The organization');
    await this.policy.assert(
      actor,
      'interest.submit',
      { organizationId: sender.id },
      'organizationId',
    );
    const values = parseInput(interestMessageSchema, {
      message: command.message,
      proposedApproach: command.proposedApproach,
      capabilityIds: command.capabilityIds,
    });
    const capabilityIds = values.capabilityIds ?? [];
    const own = await this.interests.ownPublishedCapabilities(sender.id, capabilityIds);
    const foreign = capabilityIds.findIndex((id) => !own.has(id));
    if (foreign >= 0)
      throw badInput(
        `capabilityIds.${foreign}`,
        "Link only your organization's own published capabilities.",
        errorKey('interest.linkedCapabilityNotOwn'),
      );
    const match = command.match ? await this.matchOf(actor, command.match, ref, sender.id) : null;
    const userId = await this.userIdOf(actor);
    return this.transactions.run(async () => {
      const now = new Date();
      // The listing is read, not locked: an interest arriving as its owner closes it at the
      // same instant is kept (the board shows it and declining it stays possible).
      assertMayAnswer(listing, sender, now);
      if (await this.interests.holding(ref.kind, ref.id, sender.id))
        throw duplicateInterest(ref.kind);
      const interest = await this.interests.insert({
        listingKind: ref.kind,
        needId: ref.kind === 'NEED' ? ref.id : null,
        capabilityId: ref.kind === 'CAPABILITY' ? ref.id : null,
        ownerOrganizationId: listing.organizationId,
        senderOrganizationId: sender.id,
        createdById: userId,
        status: 'SUBMITTED',
        message: values.message,
        proposedApproach: values.proposedApproach,
        matchScore: match?.score ?? null,
        matchReasons: match ? [...match.reasons] : [],
      });
      await this.interests.linkCapabilities(interest.id, capabilityIds);
      await this.audit.record(actor, {
        action: 'interest.submitted',
        objectType: 'Interest',
        objectId: interest.id,
        organizationId: sender.id,
        counterpartOrganizationId: listing.organizationId,
        after: {
          status: 'SUBMITTED',
          listingKind: ref.kind,
          listingId: ref.id,
          capabilityIds,
          fromMatch: match !== null,
        },
      });
      await this.openConversation(interest, listing);
      await this.notifier.received(interest, listing, sender.name, userId);
      await this.changed(interest);
      return interest;
    });
  }

  shortlist(actor: Actor, id: string): Promise<InterestEntity> {
    return this.transition(actor, id, 'shortlist');
  }

  accept(actor: Actor, id: string): Promise<InterestEntity> {
    return this.transition(actor, id, 'accept');
  }

  decline(actor: Actor, id: string, reason: string): Promise<InterestEntity> {
    return this.transition(actor, id, 'decline', reason);
  }

  withdraw(actor: Actor, id: string): Promise<InterestEntity> {
    return this.transition(actor, id, 'withdraw');
  }

  private async transition(
    actor: Actor,
    id: string,
    action: InterestAction,
    reason?: string,
  ): Promise<InterestEntity> {
    const visible = await this.get(actor, id);
    await this.policy.assert(actor, 'interest.act', {
      action,
      senderOrganizationId: visible.senderOrganizationId,
      ownerOrganizationId: visible.ownerOrganizationId,
    });
    const userId = await this.userIdOf(actor);
    return this.transactions.run(async () => {
      const interest = await this.interests.findForUpdate(id);
      if (!interest) throw notFound('The interest');
      const before: InterestStatus = interest.status;
      const next = transitionInterest(before, action, { reason });
      const now = new Date();
      const saved = await this.interests.save({
        ...interest,
        status: next.status,
        declineReason: next.declineReason,
        decidedAt: next.status === 'SHORTLISTED' ? null : now,
      });
      await this.audit.record(actor, {
        action: AUDIT_ACTIONS[action],
        objectType: 'Interest',
        objectId: id,
        // The acting side first: its admins find the event under their organization.
        organizationId:
          action === 'withdraw' ? interest.senderOrganizationId : interest.ownerOrganizationId,
        counterpartOrganizationId:
          action === 'withdraw' ? interest.ownerOrganizationId : interest.senderOrganizationId,
        before: { status: before },
        after: {
          status: next.status,
          ...(next.declineReason ? { declineReason: next.declineReason } : {}),
        },
      });
      if (action !== 'withdraw') {
        // The owner's name and the listing's title, as the owner may read them.
        const listing = await this.listings.visible(actor, refOf(interest));
        const owner = await this.organizations.findById(interest.ownerOrganizationId);
        if (action === 'accept') await this.startCollaboration(actor, saved, listing, now);
        await this.notifier.answered(action, saved, listing, owner?.name ?? '', userId);
      }
      await this.changed(saved);
      return saved;
    });
  }

  /**
   * An accepted interest becomes a collaboration (the network's edge), in the acceptance's
   * transaction: its type from what the listing asked for (collaborationTypeOf), and the
   * interest named on it (collaboration.interest_id, unique: one collaboration per interest).
   */
  private async startCollaboration(
    actor: Actor,
    interest: InterestEntity,
    listing: ListingView,
    now: Date,
  ): Promise<void> {
    const facts = await this.interests.collaborationFactsOf(listing.kind, listing.id);
    const collaboration = await this.collaborations.createFromAcceptedInterest(actor, {
      organizationIds: [interest.senderOrganizationId, interest.ownerOrganizationId],
      type: collaborationTypeOf(facts.work),
      startedOn: now.toISOString().slice(0, 10),
      needId: interest.needId,
      capabilityId: interest.capabilityId,
      title: listing.title,
      technologyAreas: facts.technologyAreas,
      interestId: interest.id,
    });
    await this.interests.linkCollaboration(collaboration.id, interest.id);
  }

  /** A submitted interest opens the two organizations' conversation about it, in its transaction. */
  private async openConversation(interest: InterestEntity, listing: ListingView): Promise<void> {
    await this.conversations.open({
      subject: { kind: 'INTEREST', id: interest.id },
      organizationIds: [interest.senderOrganizationId, interest.ownerOrganizationId],
      title: listing.title,
    });
  }

  private changed(interest: InterestEntity): Promise<void> {
    const ref = refOf(interest);
    return this.live.publish('interestChanged', {
      interestId: interest.id,
      status: interest.status,
      listingKind: ref.kind,
      listingId: ref.id,
      senderOrganizationId: interest.senderOrganizationId,
      ownerOrganizationId: interest.ownerOrganizationId,
    });
  }

  /**
   * The match card's pair: it must include the answered listing and, on its other side, a
   * listing of the sender; its current score and reasons travel with the interest.
   */
  private async matchOf(
    actor: Actor,
    pair: { needId: string; capabilityId: string },
    ref: ListingRef,
    senderId: string,
  ): Promise<{ score: number; reasons: readonly MatchReason[] }> {
    const answered = ref.kind === 'NEED' ? pair.needId : pair.capabilityId;
    const other: ListingRef =
      ref.kind === 'NEED'
        ? { kind: 'CAPABILITY', id: pair.capabilityId }
        : { kind: 'NEED', id: pair.needId };
    const refused = badInput(
      'match',
      'This match is not between the listing you answer and one of your own; express interest from its card again.',
      errorKey('interest.matchNotYours'),
    );
    if (answered !== ref.id) throw refused;
    const mine = await this.listings.visible(actor, other).catch(() => null);
    if (!mine || mine.organizationId !== senderId) throw refused;
    const score = await this.matches.scorePair(pair.needId, pair.capabilityId);
    if (!score)
      throw badInput(
        'match',
        'This match is no longer shown; express interest without it or from a current match.',
        errorKey('interest.matchGone'),
      );
    return score;
  }

  private async userIdOf(actor: Actor): Promise<string> {
    return (await this.policy.signedIn(actor)).userId;
  }
}

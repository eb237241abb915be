import { Injectable } from '@nestjs/common';
import {
  capabilityFits,
  learnMatchPreferences,
  matchDismissalSchema,
  parseInput,
  confidentMatches,
  isMatchShown,
  scoreMatch,
  scorePartner,
  type MatchDismissal,
  type MatchPlace,
  type MatchPreferences,
  type Language,
  type MatchScore,
  type MatchSide,
  type PartnerScore,
} from '@spillover/domain';
import { CapabilityService } from '../capability/capability.service';
import { NeedService } from '../need/need.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import { capabilityFacts, MatchEngine, needFacts } from './match-engine';
import type { MatchFeedbackAction } from './match-feedback.entity';
import {
  MatchRepository,
  type CapabilityRow,
  type DismissalRow,
  type FeedbackRow,
  type NeedRow,
  type StoredPair,
} from './match.repository';

/** Stored pairs a read rescores: the refresh keeps this many per listing. */
const READ_CANDIDATES = 100;
/** "Needs you could answer" looks at this many stored pairs of the organization's capabilities. */
const ANSWERABLE_CANDIDATES = 400;

/** One match as the viewer sees it, scored now on fresh facts. */
export interface RankedMatch {
  needId: string;
  capabilityId: string;
  score: MatchScore;
  /** The viewer's organization owns this side's list and bookmarked the match. */
  bookmarked: boolean;
}

export interface RankedPartner {
  organizationId: string;
  score: PartnerScore;
  capabilityIds: string[];
}

export interface RefreshState {
  refreshedAt: Date | null;
  pending: boolean;
}

export interface MatchList<T> {
  items: T[];
  refresh: RefreshState;
  /** Cluster names for the reasons ("member of the same cluster: Daegu Mobility"). */
  clusterNames: Record<string, string>;
}

export interface MatchPairInput {
  needId: string;
  capabilityId: string;
  side: MatchSide;
}

const dismissalOf =
  (side: MatchSide) =>
  (row: DismissalRow): MatchDismissal => ({
    side,
    reason: row.reason,
    need: {
      trlCurrent: row.needTrlCurrent,
      trlTarget: row.needTrlTarget,
      technologyAreas: row.needTechnologyAreas,
    },
    capability: { trl: row.capabilityTrl, technologyAreas: row.capabilityTechnologyAreas },
  });

const relevanceOf = (item: RankedMatch): number => item.score.relevance;

/** Best score first, then by id (code-unit order, as the cursor compares). */
const byRank =
  <T extends { score: { score: number } }>(key: (item: T) => string) =>
  (a: T, b: T) =>
    b.score.score - a.score.score || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Matches as people read and judge them: the stored pairs of a listing that the viewer may
 * see (the policy's listing predicate, as search uses), scored again now by the domain with
 * the owner's learned preferences when the viewer belongs to the owner; bookmarks and
 * dismissals by the owner's members.
 */
@Injectable()
export class MatchService {
  constructor(
    private readonly matches: MatchRepository,
    private readonly engine: MatchEngine,
    private readonly needs: NeedService,
    private readonly capabilities: CapabilityService,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** Capabilities for a need, best first. NOT_FOUND when the need is hidden. */
  async forNeed(
    actor: Actor,
    needId: string,
    language: Language = 'en',
  ): Promise<MatchList<RankedMatch>> {
    const need = await this.needs.get(actor, needId);
    const owner = await this.isMember(actor, need.organizationId);
    const stored = await this.matches.storedCapabilitiesOfNeed(
      needId,
      await this.policy.listingVisibility(actor, 'c', 'capability'),
      READ_CANDIDATES,
      owner,
    );
    const list = await this.listOf(
      stored,
      owner ? { side: 'NEED_OWNER', organizationId: need.organizationId } : null,
      needId,
      language,
      (item) => item.capabilityId,
    );
    // A need whose best match is only a neighbour of its field shows none (the empty list
    // suggests what to do): the domain's list floor.
    return { ...list, items: [...confidentMatches(list.items, relevanceOf)] };
  }

  /** Needs a capability could serve, best first. NOT_FOUND when the capability is hidden. */
  async forCapability(
    actor: Actor,
    capabilityId: string,
    language: Language = 'en',
  ): Promise<MatchList<RankedMatch>> {
    const capability = await this.capabilities.get(actor, capabilityId);
    const owner = await this.isMember(actor, capability.organizationId);
    const stored = await this.matches.storedNeedsOfCapabilities(
      [capabilityId],
      await this.policy.listingVisibility(actor, 'n', 'need'),
      READ_CANDIDATES,
      owner,
    );
    return this.listOf(
      stored,
      owner ? { side: 'CAPABILITY_OWNER', organizationId: capability.organizationId } : null,
      capabilityId,
      language,
      (item) => item.needId,
    );
  }

  /**
   * Open needs of other organizations that an organization's capabilities could answer,
   * each with its best capability: for the organization's own members.
   */
  async answerableBy(
    actor: Actor,
    organizationId: string,
    language: Language = 'en',
  ): Promise<MatchList<RankedMatch>> {
    await this.policy.assert(actor, 'match.answerable', { organizationId });
    const capabilityIds = await this.matches.liveCapabilityIds(organizationId);
    const visibility = await this.policy.listingVisibility(actor, 'n', 'need');
    const stored = capabilityIds.length
      ? await this.matches.storedNeedsOfCapabilities(
          capabilityIds,
          visibility,
          ANSWERABLE_CANDIDATES,
          true,
          organizationId,
        )
      : [];
    const list = await this.rescore(stored, { side: 'CAPABILITY_OWNER', organizationId }, language);
    const best = new Map<string, RankedMatch>();
    for (const item of list.items) {
      const current = best.get(item.needId);
      if (!current || item.score.score > current.score.score) best.set(item.needId, item);
    }
    return {
      ...list,
      items: [...best.values()].sort(byRank((item) => item.needId)),
      refresh: { refreshedAt: null, pending: false },
    };
  }

  /**
   * A stored pair scored again on fresh facts, without anyone's learned preferences: what a
   * match card showed, for an interest sent from it. Null when the pair is not shown (any
   * more). The caller has checked that the actor may see both listings.
   */
  async scorePair(needId: string, capabilityId: string): Promise<MatchScore | null> {
    const stored = await this.matches.storedPair(needId, capabilityId);
    if (!stored) return null;
    const { items } = await this.rescore([stored], null, 'en');
    return items[0]?.score ?? null;
  }

  /** Organizations for a need, ranked by their matching capabilities, their profile and their track record. */
  async partnersForNeed(
    actor: Actor,
    needId: string,
    language: Language = 'en',
  ): Promise<MatchList<RankedPartner>> {
    const need = await this.needs.get(actor, needId);
    const owner = await this.isMember(actor, need.organizationId);
    const stored = await this.matches.storedCapabilitiesOfNeed(
      needId,
      await this.policy.listingVisibility(actor, 'c', 'capability'),
      READ_CANDIDATES,
      owner,
    );
    const rescored = await this.rescore(
      stored,
      owner ? { side: 'NEED_OWNER', organizationId: need.organizationId } : null,
      language,
    );
    // Partners come from the need's own list, so none when that list is empty.
    const list = { ...rescored, items: confidentMatches(rescored.items, relevanceOf) };
    const byOrganization = new Map<string, RankedMatch[]>();
    const capabilityOwners = await this.matches.capabilities(
      list.items.map((item) => item.capabilityId),
    );
    const ownerOf = new Map(capabilityOwners.map((row) => [row.id, row.organizationId]));
    for (const item of list.items) {
      const organizationId = ownerOf.get(item.capabilityId)!;
      byOrganization.set(organizationId, [...(byOrganization.get(organizationId) ?? []), item]);
    }
    const organizationIds = [...byOrganization.keys()];
    const [needRow] = await this.matches.needs([needId]);
    const [profiles, places, earlier, record, refresh] = await Promise.all([
      this.matches.profiles(organizationIds),
      this.engine.places([need.organizationId]),
      this.matches.earlierCollaborations(need.organizationId, organizationIds),
      this.matches.collaborationsInAreas(organizationIds, need.technologyAreas),
      this.matches.refreshState(needId),
    ]);
    const facts = needFacts(needRow!, places.get(need.organizationId)!);
    const corpus = await this.engine.corpus([facts.terms]);
    const items = profiles.map((profile): RankedPartner => {
      const matched = (byOrganization.get(profile.organizationId) ?? []).sort(
        byRank((item) => item.capabilityId),
      );
      const place: MatchPlace = {
        organizationId: profile.organizationId,
        country: profile.country,
        region: profile.region,
        clusterIds: profile.clusterIds,
        partnerClusterIds: profile.partnerClusterIds,
      };
      const score = scorePartner(
        facts,
        {
          capabilityScores: matched.map((item) => item.score.score),
          profile: capabilityFacts(
            {
              ...profile,
              id: profile.organizationId,
              status: 'PUBLISHED',
              kind: 'EXPERTISE',
              trl: null,
            },
            place,
          ),
          earlierCollaborations: earlier.get(profile.organizationId) ?? 0,
          collaborationsInNeedAreas: record.get(profile.organizationId) ?? 0,
        },
        {
          earlierCollaborations: earlier.get(profile.organizationId) ?? 0,
          clusterNames: list.clusterNames,
          corpus,
        },
      );
      return {
        organizationId: profile.organizationId,
        score,
        // The capabilities its score counts as fitting, no more: the card lists what its reason counts.
        capabilityIds: matched
          .filter((item) => capabilityFits(item.score.score))
          .map((item) => item.capabilityId),
      };
    });
    return {
      items: items.sort(byRank((item) => item.organizationId)),
      refresh,
      clusterNames: list.clusterNames,
    };
  }

  bookmark(actor: Actor, input: MatchPairInput): Promise<FeedbackRow> {
    return this.judge(actor, input, 'BOOKMARK', null, null);
  }

  /** Dismisses a match for the owner's list with a reason; the reason is counted for the cluster statistics. */
  async dismiss(
    actor: Actor,
    input: MatchPairInput & { reason: unknown; note?: unknown },
  ): Promise<FeedbackRow> {
    const { reason, note } = parseInput(matchDismissalSchema, {
      reason: input.reason,
      note: input.note,
    });
    return this.judge(actor, input, 'DISMISS', reason, note ?? null);
  }

  /** Takes back a bookmark or a dismissal: the match shows again, ranked as before. */
  async clear(actor: Actor, input: MatchPairInput): Promise<boolean> {
    const ownerOrganizationId = await this.ownerOf(actor, input);
    return this.transactions.run(async () => {
      const removed = await this.matches.removeFeedback(
        input.needId,
        input.capabilityId,
        input.side,
      );
      if (removed)
        await this.audit.record(actor, {
          action: removed.action === 'DISMISS' ? 'match.restored' : 'match.unbookmarked',
          objectType: 'TechnologyNeed',
          objectId: input.needId,
          organizationId: ownerOrganizationId,
          before: {
            capabilityId: input.capabilityId,
            side: input.side,
            action: removed.action,
            reason: removed.reason,
          },
        });
      return removed !== null;
    });
  }

  private async judge(
    actor: Actor,
    input: MatchPairInput,
    action: MatchFeedbackAction,
    reason: FeedbackRow['reason'],
    note: string | null,
  ): Promise<FeedbackRow> {
    const organizationId = await this.ownerOf(actor, input);
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async () => {
      const saved = await this.matches.saveFeedback({
        ...input,
        organizationId,
        action,
        reason,
        note,
        userId: facts.userId,
      });
      if (!saved) throw new Error('match feedback was not saved');
      if (reason && (saved.previous !== 'DISMISS' || saved.previousReason !== reason))
        await this.matches.tallyDismissal(organizationId, input.side, reason);
      // Notes stay out of the trail; whether one was written or changed does not. The same
      // judgement sent again changes nothing and records nothing.
      const judgement = { capabilityId: input.capabilityId, side: input.side };
      await this.audit.record(actor, {
        action: action === 'DISMISS' ? 'match.dismissed' : 'match.bookmarked',
        objectType: 'TechnologyNeed',
        objectId: input.needId,
        organizationId,
        before: saved.previous
          ? {
              ...judgement,
              action: saved.previous,
              reason: saved.previousReason,
              note: saved.previousNote ? '[note]' : null,
            }
          : null,
        after: {
          ...judgement,
          action,
          reason,
          note: note ? (note === saved.previousNote ? '[note]' : '[new note]') : null,
        },
      });
      return saved;
    });
  }

  /** The organization whose list the pair is on; NOT_FOUND when either listing is hidden, FORBIDDEN for non-members. */
  private async ownerOf(actor: Actor, input: MatchPairInput): Promise<string> {
    const [need, capability] = await Promise.all([
      this.needs.get(actor, input.needId),
      this.capabilities.get(actor, input.capabilityId),
    ]);
    const organizationId =
      input.side === 'NEED_OWNER' ? need.organizationId : capability.organizationId;
    await this.policy.assert(actor, 'match.feedback', { organizationId });
    return organizationId;
  }

  /** A listing's stored pairs rescored and ranked, with its refresh state. */
  private async listOf(
    stored: StoredPair[],
    owner: { side: MatchSide; organizationId: string } | null,
    listingId: string,
    language: Language,
    idOf: (item: RankedMatch) => string,
  ): Promise<MatchList<RankedMatch>> {
    const [list, refresh] = await Promise.all([
      this.rescore(stored, owner, language),
      this.matches.refreshState(listingId),
    ]);
    return { ...list, items: list.items.sort(byRank(idOf)), refresh };
  }

  private async isMember(actor: Actor, organizationId: string): Promise<boolean> {
    return (await this.policy.factsOf(actor))?.orgRoles.has(organizationId) ?? false;
  }

  /**
   * Scores stored pairs again on fresh facts: organizations move, join clusters and work
   * together after the refresh ran. With an owner, its learned preferences apply and its
   * bookmarks are marked.
   */
  private async rescore(
    stored: StoredPair[],
    owner: { side: MatchSide; organizationId: string } | null,
    language: Language,
  ): Promise<Omit<MatchList<RankedMatch>, 'refresh'>> {
    if (!stored.length) return { items: [], clusterNames: {} };
    const [needRows, capabilityRows, preferences, feedback] = await Promise.all([
      this.matches.needs([...new Set(stored.map((pair) => pair.needId))]),
      this.matches.capabilities([...new Set(stored.map((pair) => pair.capabilityId))]),
      owner ? this.preferencesOf(owner.side, owner.organizationId) : Promise.resolve(undefined),
      owner ? this.matches.feedbackOf(owner.side, stored) : Promise.resolve([]),
    ]);
    const needs = new Map<string, NeedRow>(needRows.map((row) => [row.id, row]));
    const capabilities = new Map<string, CapabilityRow>(capabilityRows.map((row) => [row.id, row]));
    const places = await this.engine.places(
      [...needRows, ...capabilityRows].map((row) => row.organizationId),
    );
    const clusterNames = await this.matches.clusterNames(
      [...new Set([...places.values()].flatMap((place) => place.clusterIds))],
      language,
    );
    const collaborations = await this.collaborationsBetween(stored, needs, capabilities);
    const bookmarked = new Set(
      feedback
        .filter((row) => row.action === 'BOOKMARK')
        .map((row) => `${row.needId}:${row.capabilityId}`),
    );
    const needFactsOf = new Map(
      [...needs.values()].map((row) => [row.id, needFacts(row, places.get(row.organizationId)!)]),
    );
    // The same term weights as the refresh: a stored pair reads as it was scored.
    const corpus = await this.engine.corpus([...needFactsOf.values()].map((facts) => facts.terms));
    const items: RankedMatch[] = [];
    for (const pair of stored) {
      const need = needs.get(pair.needId);
      const capability = capabilities.get(pair.capabilityId);
      if (!need || !capability) continue;
      const earlierCollaborations =
        collaborations.get(`${need.organizationId}:${capability.organizationId}`) ?? 0;
      const score = scoreMatch(
        needFactsOf.get(need.id)!,
        capabilityFacts(capability, places.get(capability.organizationId)!),
        { earlierCollaborations, preferences, clusterNames, corpus },
      );
      // Below the relevance floor a pair is not shown, whatever was stored: the listing may
      // have changed since the refresh, or the floor been raised.
      if (!isMatchShown(score)) continue;
      items.push({
        needId: pair.needId,
        capabilityId: pair.capabilityId,
        score,
        bookmarked: bookmarked.has(`${pair.needId}:${pair.capabilityId}`),
      });
    }
    return { items, clusterNames };
  }

  private async preferencesOf(side: MatchSide, organizationId: string): Promise<MatchPreferences> {
    return learnMatchPreferences(
      side,
      (await this.matches.dismissals(organizationId, side)).map(dismissalOf(side)),
    );
  }

  /** Earlier collaborations of each pair's two organizations, keyed "needOrg:capabilityOrg". */
  private async collaborationsBetween(
    stored: StoredPair[],
    needs: Map<string, NeedRow>,
    capabilities: Map<string, CapabilityRow>,
  ): Promise<Map<string, number>> {
    const others = new Map<string, Set<string>>();
    for (const pair of stored) {
      const needOrg = needs.get(pair.needId)?.organizationId;
      const capabilityOrg = capabilities.get(pair.capabilityId)?.organizationId;
      if (!needOrg || !capabilityOrg) continue;
      others.set(needOrg, (others.get(needOrg) ?? new Set()).add(capabilityOrg));
    }
    const counts = new Map<string, number>();
    await Promise.all(
      [...others].map(async ([needOrg, capabilityOrgs]) => {
        for (const [other, count] of await this.matches.earlierCollaborations(needOrg, [
          ...capabilityOrgs,
        ]))
          counts.set(`${needOrg}:${other}`, count);
      }),
    );
    return counts;
  }
}

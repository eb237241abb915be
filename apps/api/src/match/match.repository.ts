import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { In } from 'typeorm';
import type {
  CapabilityKind,
  CollaborationType,
  Language,
  MatchDismissReason,
  MatchSide,
} from '@spillover/domain';
import { CapabilityEntity } from '../capability/capability.entity';
import { TechnologyNeedEntity } from '../need/need.entity';
import type { SqlPredicate } from '../platform/policy/sql-predicate';
import type { MatchFeedbackAction } from './match-feedback.entity';
import type { MatchRefreshKind } from './match-refresh-request.entity';

/** A need as matching reads it: public text only, never the confidential details. */
export interface NeedRow {
  id: string;
  organizationId: string;
  status: string;
  text: string;
  technologyAreas: string[];
  sectors: string[];
  trlCurrent: number | null;
  trlTarget: number | null;
  collaborationTypes: CollaborationType[];
  internationalPartnersWelcome: boolean;
}

export interface CapabilityRow {
  id: string;
  organizationId: string;
  status: string;
  kind: CapabilityKind;
  text: string;
  technologyAreas: string[];
  sectors: string[];
  trl: number | null;
}

/** What the refresh needs of a candidate before it reads any text (from search_document). */
export interface CandidateRow {
  id: string;
  organizationId: string;
  capabilityKind: CapabilityKind | null;
  technologyAreas: string[];
  sectors: string[];
  trlLow: number | null;
  trlHigh: number | null;
  collaborationTypes: CollaborationType[];
}

/** The partners of the clusters organization `o` is an ACTIVE member of (cluster_partnership, ACTIVE). */
const PARTNER_CLUSTER_IDS = `ARRAY(
  SELECT p.cluster_b_id FROM cluster_partnership p JOIN cluster_membership pm ON pm.cluster_id = p.cluster_a_id
   WHERE p.status = 'ACTIVE' AND pm.organization_id = o.id AND pm.status = 'ACTIVE'
  UNION SELECT p.cluster_a_id FROM cluster_partnership p JOIN cluster_membership pm ON pm.cluster_id = p.cluster_b_id
   WHERE p.status = 'ACTIVE' AND pm.organization_id = o.id AND pm.status = 'ACTIVE')`;

export interface PlaceRow {
  organizationId: string;
  country: string;
  region: string | null;
  clusterIds: string[];
  /** Clusters in an ACTIVE partnership with one the organization is an ACTIVE member of. */
  partnerClusterIds: string[];
}

export interface OrganizationProfileRow extends PlaceRow {
  text: string;
  technologyAreas: string[];
  sectors: string[];
}

export interface DismissalRow {
  reason: MatchDismissReason;
  needTrlCurrent: number | null;
  needTrlTarget: number | null;
  needTechnologyAreas: string[];
  capabilityTrl: number | null;
  capabilityTechnologyAreas: string[];
}

export interface StoredPair {
  needId: string;
  capabilityId: string;
  score: number;
}

export interface FeedbackRow {
  needId: string;
  capabilityId: string;
  action: MatchFeedbackAction;
  reason: MatchDismissReason | null;
  note: string | null;
}

const NEED_COLUMNS = `n.id, n.organization_id AS "organizationId", n.status,
  concat_ws(' ', n.title, n.public_summary, n.desired_outcome) AS text,
  n.technology_areas AS "technologyAreas", n.sectors, n.current_trl AS "trlCurrent", n.target_trl AS "trlTarget",
  n.collaboration_types AS "collaborationTypes", n.international_partners_welcome AS "internationalPartnersWelcome"`;

const CAPABILITY_COLUMNS = `c.id, c.organization_id AS "organizationId", c.status, c.kind,
  concat_ws(' ', c.title, c.description) AS text,
  c.technology_areas AS "technologyAreas", c.sectors, c.trl`;

const CANDIDATE_COLUMNS = `d.id, d.organization_id AS "organizationId", d.capability_kind AS "capabilityKind",
  d.technology_areas AS "technologyAreas", d.sectors, d.trl_low AS "trlLow", d.trl_high AS "trlHigh",
  d.collaboration_types AS "collaborationTypes"`;

/** A refresh request not yet covered by a completed refresh (match_refresh_request_pending_idx). */
/** A refresh request waiting for a refresh: changed since the one its last refresh covered. */
export const PENDING = '(covered_request_at IS NULL OR requested_at > covered_request_at)';

/** Which status makes a listing matchable, by the kind of its search document. */
const LIVE = { NEED: 'OPEN', CAPABILITY: 'PUBLISHED' } as const;

/** The only place that builds SQL for matches, their candidates and their feedback. */
@Injectable()
export class MatchRepository {
  private readonly logger = new Logger('MatchRepository');
  private readonly pendingWordCounts = new Set<Promise<void>>();

  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** In the use case's transaction when one is open (see Transactions), on the pool otherwise. */
  private query<T>(sql: string, params: Record<string, unknown>): Promise<T[]> {
    const manager = this.txHost.tx;
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(sql, params, {});
    return manager.query(text, values);
  }

  needs(ids: readonly string[], visibility?: SqlPredicate): Promise<NeedRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.query(
      `SELECT ${NEED_COLUMNS} FROM technology_need n WHERE n.id = ANY(:ids::uuid[]) AND ${visibility?.sql ?? 'TRUE'}`,
      { ids: [...ids], ...visibility?.params },
    );
  }

  capabilities(ids: readonly string[], visibility?: SqlPredicate): Promise<CapabilityRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.query(
      `SELECT ${CAPABILITY_COLUMNS} FROM capability c WHERE c.id = ANY(:ids::uuid[]) AND ${visibility?.sql ?? 'TRUE'}`,
      { ids: [...ids], ...visibility?.params },
    );
  }

  /** Listings of a page, by id: the ids come from a query that applied the viewer's predicate. */
  async needEntities(ids: readonly string[]): Promise<Map<string, TechnologyNeedEntity>> {
    const rows = ids.length
      ? await this.txHost.tx
          .getRepository(TechnologyNeedEntity)
          .findBy({ id: In([...new Set(ids)]) })
      : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  async capabilityEntities(ids: readonly string[]): Promise<Map<string, CapabilityEntity>> {
    const rows = ids.length
      ? await this.txHost.tx.getRepository(CapabilityEntity).findBy({ id: In([...new Set(ids)]) })
      : [];
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** Where organizations are: country, region, and the clusters they are ACTIVE in or run. */
  places(organizationIds: readonly string[]): Promise<PlaceRow[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return this.query(
      `SELECT o.id AS "organizationId", o.country, o.region,
              ARRAY(SELECT cm.cluster_id FROM cluster_membership cm WHERE cm.organization_id = o.id AND cm.status = 'ACTIVE'
                    UNION SELECT cl.id FROM cluster cl WHERE cl.organization_id = o.id) AS "clusterIds",
              ${PARTNER_CLUSTER_IDS} AS "partnerClusterIds"
         FROM organization o WHERE o.id = ANY(:ids::uuid[])`,
      { ids: [...organizationIds] },
    );
  }

  /** Organizations as partners: where they are and what they say they do. */
  profiles(organizationIds: readonly string[]): Promise<OrganizationProfileRow[]> {
    if (!organizationIds.length) return Promise.resolve([]);
    return this.query(
      `SELECT o.id AS "organizationId", o.country, o.region, concat_ws(' ', o.name, o.description) AS text,
              o.technology_areas AS "technologyAreas", o.sectors,
              ARRAY(SELECT cm.cluster_id FROM cluster_membership cm WHERE cm.organization_id = o.id AND cm.status = 'ACTIVE'
                    UNION SELECT cl.id FROM cluster cl WHERE cl.organization_id = o.id) AS "clusterIds",
              ${PARTNER_CLUSTER_IDS} AS "partnerClusterIds"
         FROM organization o WHERE o.id = ANY(:ids::uuid[])`,
      { ids: [...organizationIds] },
    );
  }

  /** Cluster names for reasons, in the language the reasons are read in. */
  async clusterNames(
    clusterIds: readonly string[],
    language: Language,
  ): Promise<Record<string, string>> {
    if (!clusterIds.length) return {};
    const rows = await this.query<{ id: string; name: string }>(
      `SELECT id, ${language === 'ko' ? 'name_ko' : 'name_en'} AS name FROM cluster WHERE id = ANY(:ids::uuid[])`,
      { ids: [...clusterIds] },
    );
    return Object.fromEntries(rows.map((row) => [row.id, row.name]));
  }

  /** How often `organizationId` worked with each of `others` before. */
  async earlierCollaborations(
    organizationId: string,
    others: readonly string[],
  ): Promise<Map<string, number>> {
    if (!others.length) return new Map();
    const rows = await this.query<{ other: string; count: number }>(
      `SELECT CASE WHEN k.organization_a_id = :org THEN k.organization_b_id ELSE k.organization_a_id END AS other, count(*)::int AS count
         FROM collaboration k
        WHERE (k.organization_a_id = :org AND k.organization_b_id = ANY(:others::uuid[]))
           OR (k.organization_b_id = :org AND k.organization_a_id = ANY(:others::uuid[]))
        GROUP BY 1`,
      { org: organizationId, others: [...others] },
    );
    return new Map(rows.map((row) => [row.other, row.count]));
  }

  /** Collaborations of each organization (with anyone) in any of `areas`: its track record there. */
  async collaborationsInAreas(
    organizationIds: readonly string[],
    areas: readonly string[],
  ): Promise<Map<string, number>> {
    if (!organizationIds.length || !areas.length) return new Map();
    const rows = await this.query<{ organizationId: string; count: number }>(
      `SELECT o.id AS "organizationId", count(*)::int AS count
         FROM unnest(:ids::uuid[]) AS o(id)
         JOIN collaboration k ON (k.organization_a_id = o.id OR k.organization_b_id = o.id) AND k.technology_areas && :areas::text[]
        GROUP BY o.id`,
      { ids: [...organizationIds], areas: [...areas] },
    );
    return new Map(rows.map((row) => [row.organizationId, row.count]));
  }

  /** Live needs after `afterId` in id order, a page at a time: what the matching index loads. */
  liveNeeds(afterId: string | null, limit: number): Promise<NeedRow[]> {
    return this.query(
      `SELECT ${NEED_COLUMNS} FROM technology_need n WHERE n.status = 'OPEN' AND (:after::uuid IS NULL OR n.id > :after::uuid) ORDER BY n.id LIMIT :limit`,
      { after: afterId, limit },
    );
  }

  liveCapabilities(afterId: string | null, limit: number): Promise<CapabilityRow[]> {
    return this.query(
      `SELECT ${CAPABILITY_COLUMNS} FROM capability c WHERE c.status = 'PUBLISHED' AND (:after::uuid IS NULL OR c.id > :after::uuid) ORDER BY c.id LIMIT :limit`,
      { after: afterId, limit },
    );
  }

  /** Earlier collaborations of every pair of organizations that has any (a < b). */
  collaborationCounts(): Promise<{ a: string; b: string; count: number }[]> {
    return this.query(
      `SELECT organization_a_id AS a, organization_b_id AS b, count(*)::int AS count FROM collaboration GROUP BY 1, 2`,
      {},
    );
  }

  /**
   * The ENTERING_PLACE-th stored score of each listing of a kind that stores that many of its
   * own (all of them, or those of `ids`): what a pair from the other side must beat to enter.
   */
  placeScores(
    kind: MatchRefreshKind,
    place: number,
    ids?: readonly string[],
  ): Promise<{ id: string; score: number }[]> {
    const [own, flag] =
      kind === 'NEED' ? ['need_id', 'for_need'] : ['capability_id', 'for_capability'];
    return this.query(
      `SELECT id, score FROM (
         SELECT m.${own} AS id, m.score, row_number() OVER (PARTITION BY m.${own} ORDER BY m.score DESC) AS place
           FROM listing_match m WHERE m.${flag} ${ids ? `AND m.${own} = ANY(:ids::uuid[])` : ''}) x
        WHERE place = :place`,
      { place, ids: ids ? [...ids] : undefined },
    );
  }

  /** Where the refresh requests stand: the newest request and refresh times (text, microseconds kept). */
  async refreshWatermark(): Promise<{ requested: string | null; refreshed: string | null }> {
    const [row] = await this.query<{ requested: string | null; refreshed: string | null }>(
      `SELECT max(requested_at)::text AS requested, max(refreshed_at)::text AS refreshed FROM match_refresh_request`,
      {},
    );
    return row ?? { requested: null, refreshed: null };
  }

  /** Listings asked to refresh (or refreshed) after the watermark, and whether each still waits. */
  refreshChanges(watermark: { requested: string | null; refreshed: string | null }): Promise<
    {
      listingId: string;
      kind: MatchRefreshKind;
      changed: boolean;
      pending: boolean;
      requestedAt: string;
      refreshedAt: string | null;
    }[]
  > {
    return this.query(
      `SELECT listing_id AS "listingId", kind, (:requested::timestamptz IS NULL OR requested_at > :requested::timestamptz) AS changed,
              (${PENDING} OR refreshed_at IS NULL) AS pending, requested_at::text AS "requestedAt", refreshed_at::text AS "refreshedAt"
         FROM match_refresh_request
        WHERE :requested::timestamptz IS NULL OR requested_at > :requested::timestamptz
           OR (refreshed_at IS NOT NULL AND (:refreshed::timestamptz IS NULL OR refreshed_at > :refreshed::timestamptz))`,
      watermark,
    );
  }

  /** When each listing last asked for a refresh (text, microseconds kept). */
  requestTimes(): Promise<{ listingId: string; requestedAt: string }[]> {
    return this.query(
      `SELECT listing_id AS "listingId", requested_at::text AS "requestedAt" FROM match_refresh_request`,
      {},
    );
  }

  /**
   * Listings waiting for a refresh of their own, or never refreshed: their stored lists are
   * not theirs yet, so the other side does not enter them.
   */
  async pendingListingIds(): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT listing_id AS id FROM match_refresh_request WHERE ${PENDING} OR refreshed_at IS NULL`,
      {},
    );
    return rows.map((row) => row.id);
  }

  /**
   * Key-share locks the listings a batch is about to store pairs of, set-wise, and returns
   * those that exist: listing_match has no foreign keys (migration 1799000000100), so this
   * is the batch's referential check, once per listing instead of twice per pair. A
   * concurrent delete waits for the batch's commit (and its trigger then deletes the
   * pairs), or committed first and its listing's pairs are not written.
   */
  async lockLiveListings(
    needIds: Iterable<string>,
    capabilityIds: Iterable<string>,
  ): Promise<{ needs: Set<string>; capabilities: Set<string> }> {
    const lock = async (table: string, ids: Iterable<string>) => {
      // In key order: two workers lock overlapping listings in the same order.
      const sorted = [...new Set(ids)].sort();
      if (!sorted.length) return new Set<string>();
      const rows = await this.query<{ id: string }>(
        `SELECT id FROM ${table} WHERE id = ANY(:ids::uuid[]) ORDER BY id FOR KEY SHARE`,
        { ids: sorted },
      );
      return new Set(rows.map((row) => row.id));
    };
    return {
      needs: await lock('technology_need', needIds),
      capabilities: await lock('capability', capabilityIds),
    };
  }

  /**
   * Puts pairs into the other side's stored lists (`side` names whose list: a capability
   * entering needs' lists is 'NEED'), leaving the listing's own flag alone; returns the
   * pairs stored anew, for the strong-match notification.
   */
  async enterPairs(side: MatchRefreshKind, pairs: readonly StoredPair[]): Promise<StoredPair[]> {
    if (!pairs.length) return [];
    const flag = side === 'NEED' ? 'for_need' : 'for_capability';
    const ordered = inKeyOrder(pairs);
    const written = await this.query<StoredPair & { fresh: boolean }>(
      `INSERT INTO listing_match (need_id, capability_id, score, ${flag}, computed_at)
       SELECT p.need_id, p.capability_id, p.score, TRUE, now()
         FROM unnest(:needs::uuid[], :capabilities::uuid[], :scores::real[]) AS p(need_id, capability_id, score)
       ON CONFLICT (need_id, capability_id) DO UPDATE SET score = EXCLUDED.score, ${flag} = TRUE, computed_at = now()
         WHERE NOT listing_match.${flag}
       RETURNING need_id AS "needId", capability_id AS "capabilityId", score, (xmax = 0) AS fresh`,
      {
        needs: ordered.map((p) => p.needId),
        capabilities: ordered.map((p) => p.capabilityId),
        scores: ordered.map((p) => p.score),
      },
    );
    return written
      .filter((row) => row.fresh)
      .map(({ needId, capabilityId, score }) => ({ needId, capabilityId, score }));
  }

  /**
   * In how many listings of a kind each word occurs, counted up to `cap` (a word past the
   * cap is common; counting further would cost as much as the word is common). Counts less
   * than a day old come from match_word_count (its primary key); the others are counted on
   * search_document_vector_idx and remembered there. A word with nothing to search for
   * counts as `cap`.
   */
  async wordFrequencies(
    kind: MatchRefreshKind,
    words: readonly string[],
    cap: number,
  ): Promise<Map<string, number>> {
    if (!words.length) return new Map();
    const known = await this.query<{ word: string; count: number }>(
      `SELECT word, count FROM match_word_count
        WHERE kind = :kind AND word = ANY(:words::text[]) AND counted_at > now() - interval '1 day'`,
      { kind, words: [...words] },
    );
    const counts = new Map(known.map((row) => [row.word, row.count]));
    const missing = words.filter((word) => !counts.has(word));
    if (!missing.length) return counts;
    const rows = await this.query<{ word: string; count: number }>(
      `SELECT w AS word, (SELECT count(*)::int FROM (SELECT 1 FROM search_document d WHERE d.kind = :kind AND d.vector @@ search_tsquery(w) LIMIT :cap) x) AS count
         FROM unnest(:words::text[]) AS w WHERE search_tsquery(w) IS NOT NULL`,
      { kind, words: missing, cap },
    );
    for (const row of rows) counts.set(row.word, row.count);
    for (const word of missing) if (!counts.has(word)) counts.set(word, cap);
    await this.rememberWordCounts(
      kind,
      missing.map((word) => [word, counts.get(word)!]),
    );
    return counts;
  }

  /**
   * Saved outside the caller's transaction (a statement of its own, in word order): a read
   * or a long refresh must not hold these rows locked, nor wait on another's, and a count
   * is worth keeping even if the caller's work is undone. That statement needs a second
   * connection: inside a transaction it is not awaited, because waiting for a pooled
   * connection while holding one can starve the pool for good (every other connection may
   * be an editor waiting on a row this transaction holds). The refresh job waits for these
   * writes after its transaction ends (settleWordCounts).
   */
  private async rememberWordCounts(
    kind: MatchRefreshKind,
    counts: readonly [string, number][],
  ): Promise<void> {
    const sorted = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const manager = this.txHost.tx;
    const [text, values] = manager.connection.driver.escapeQueryWithParameters(
      `INSERT INTO match_word_count (kind, word, count, counted_at)
       SELECT :kind, w, c, now() FROM unnest(:words::text[], :counts::int[]) AS x(w, c)
       ON CONFLICT (kind, word) DO UPDATE SET count = EXCLUDED.count, counted_at = EXCLUDED.counted_at`,
      { kind, words: sorted.map(([word]) => word), counts: sorted.map(([, count]) => count) },
      {},
    );
    const write = manager.connection.query(text, values).then(
      () => undefined,
      // A count not kept is counted again next time: worth a warning, not a failure.
      (error: unknown) =>
        this.logger.warn(
          `word counts not kept: ${error instanceof Error ? error.message : String(error)}`,
        ),
    );
    if (!this.txHost.isTransactionActive()) return write;
    this.pendingWordCounts.add(write);
    void write.finally(() => this.pendingWordCounts.delete(write));
  }

  /** Waits for the word counts written beside transactions that have ended. */
  async settleWordCounts(): Promise<void> {
    await Promise.all([...this.pendingWordCounts]);
  }

  /** How many listings of a kind the index holds: the corpus size of the term weights (BM25 idf). */
  async listingCount(kind: MatchRefreshKind): Promise<number> {
    const [row] = await this.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM search_document d WHERE d.kind = :kind`,
      { kind },
    );
    return row?.count ?? 0;
  }

  /** Every live listing of a kind, for the exhaustive baseline the candidate step is checked against. */
  everyCandidate(
    kind: MatchRefreshKind,
    excludeOrganizationId: string,
    visibility?: SqlPredicate,
  ): Promise<CandidateRow[]> {
    return this.query(
      `SELECT ${CANDIDATE_COLUMNS} FROM search_document d
        WHERE d.kind = :kind AND d.status = :live AND d.organization_id <> :org AND ${visibility?.sql ?? 'TRUE'}`,
      { kind, live: LIVE[kind], org: excludeOrganizationId, ...visibility?.params },
    );
  }

  /** Replaces one side's best pairs of a listing (see replaceManyPairs). */
  replacePairs(
    kind: MatchRefreshKind,
    listingId: string,
    pairs: readonly StoredPair[],
  ): Promise<StoredPair[]> {
    return this.replaceManyPairs(kind, [{ listingId, pairs }]);
  }

  /**
   * Replaces one side's best pairs of listings of a kind, keeping pairs the other side
   * still ranks; returns the pairs stored anew. One statement: pairs that leave lose this
   * side's flag (and go when the other side does not keep them either), pairs that stay
   * are written only when their score or flag changed (a refresh rewrites few rows;
   * computed_at is when a pair's score last changed).
   */
  async replaceManyPairs(
    kind: MatchRefreshKind,
    lists: readonly { listingId: string; pairs: readonly StoredPair[] }[],
  ): Promise<StoredPair[]> {
    if (!lists.length) return [];
    const [own, flag, other] =
      kind === 'NEED'
        ? ['need_id', 'for_need', 'for_capability']
        : ['capability_id', 'for_capability', 'for_need'];
    // In key order, so two workers writing overlapping pairs lock them in the same order.
    const ordered = inKeyOrder(lists.flatMap((list) => list.pairs));
    const kept = `NOT EXISTS (SELECT 1 FROM p WHERE p.need_id = m.need_id AND p.capability_id = m.capability_id)`;
    // xmax = 0 marks a row this statement inserted: a pair not stored before.
    return this.query<StoredPair>(
      `WITH p AS (SELECT * FROM unnest(:needs::uuid[], :capabilities::uuid[], :scores::real[]) WITH ORDINALITY AS p(need_id, capability_id, score, n)),
       dropped AS (DELETE FROM listing_match m WHERE m.${own} = ANY(:ids::uuid[]) AND m.${flag} AND NOT m.${other} AND ${kept}),
       cleared AS (UPDATE listing_match m SET ${flag} = FALSE WHERE m.${own} = ANY(:ids::uuid[]) AND m.${flag} AND m.${other} AND ${kept}),
       written AS (
         INSERT INTO listing_match (need_id, capability_id, score, ${flag}, computed_at)
         SELECT p.need_id, p.capability_id, p.score, TRUE, now() FROM p ORDER BY p.n
         ON CONFLICT (need_id, capability_id) DO UPDATE SET score = EXCLUDED.score, ${flag} = TRUE, computed_at = now()
           WHERE listing_match.score IS DISTINCT FROM EXCLUDED.score OR NOT listing_match.${flag}
         RETURNING need_id, capability_id, score, (xmax = 0) AS fresh)
       SELECT need_id AS "needId", capability_id AS "capabilityId", score FROM written WHERE fresh`,
      {
        ids: lists.map((list) => list.listingId),
        needs: ordered.map((p) => p.needId),
        capabilities: ordered.map((p) => p.capabilityId),
        scores: ordered.map((p) => p.score),
      },
    );
  }

  /**
   * What a strong-match notification names: the need, its owner, the capability and its
   * owner; only for pairs that some member of the need's organization would hear of (their
   * threshold, or `defaultThreshold`, at most the pair's percent): a first matching stores
   * millions of new pairs, most of them for organizations nobody there would be told about.
   * The fan-out still decides per member.
   */
  async pairNames(
    pairs: readonly (StoredPair & { percent: number })[],
    defaultThreshold: number,
  ): Promise<
    {
      needId: string;
      capabilityId: string;
      needTitle: string;
      needOrganizationId: string;
      capabilityTitle: string;
      capabilityOrganization: string;
    }[]
  > {
    if (!pairs.length) return [];
    return this.query(
      `SELECT n.id AS "needId", c.id AS "capabilityId", n.title AS "needTitle", n.organization_id AS "needOrganizationId",
              c.title AS "capabilityTitle", o.name AS "capabilityOrganization"
         FROM unnest(:needs::uuid[], :capabilities::uuid[], :percents::int[]) AS p(need_id, capability_id, percent)
         JOIN technology_need n ON n.id = p.need_id
         JOIN capability c ON c.id = p.capability_id
         JOIN organization o ON o.id = c.organization_id
        WHERE EXISTS (SELECT 1 FROM membership m LEFT JOIN notification_setting s ON s.user_id = m.user_id
                       WHERE m.organization_id = n.organization_id AND coalesce(s.strong_match_threshold, :default) <= p.percent)`,
      {
        needs: pairs.map((p) => p.needId),
        capabilities: pairs.map((p) => p.capabilityId),
        percents: pairs.map((p) => p.percent),
        default: defaultThreshold,
      },
    );
  }

  /** A listing that is no longer live has no matches. */
  async forgetPairs(kind: MatchRefreshKind, listingIds: string | readonly string[]): Promise<void> {
    const ids = typeof listingIds === 'string' ? [listingIds] : [...listingIds];
    if (!ids.length) return;
    await this.query(
      `DELETE FROM listing_match WHERE ${kind === 'NEED' ? 'need_id' : 'capability_id'} = ANY(:ids::uuid[])`,
      { ids },
    );
  }

  /**
   * The stored best capabilities of a need that the viewer may see, live, of another
   * organization, minus those the owner dismissed (when asked), best stored score first.
   */
  storedCapabilitiesOfNeed(
    needId: string,
    visibility: SqlPredicate,
    limit: number,
    withoutDismissed: boolean,
  ): Promise<StoredPair[]> {
    return this.query(
      `SELECT m.need_id AS "needId", m.capability_id AS "capabilityId", m.score
         FROM listing_match m JOIN capability c ON c.id = m.capability_id
        WHERE m.need_id = :id AND c.status = 'PUBLISHED' AND ${visibility.sql}
          ${withoutDismissed ? `AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.need_id = m.need_id AND f.capability_id = m.capability_id AND f.side = 'NEED_OWNER' AND f.action = 'DISMISS')` : ''}
        ORDER BY m.score DESC, m.capability_id LIMIT :limit`,
      { id: needId, limit, ...visibility.params },
    );
  }

  storedNeedsOfCapabilities(
    capabilityIds: readonly string[],
    visibility: SqlPredicate,
    limit: number,
    withoutDismissed: boolean,
    excludeOrganizationId?: string,
  ): Promise<StoredPair[]> {
    return this.query(
      `SELECT m.need_id AS "needId", m.capability_id AS "capabilityId", m.score
         FROM listing_match m JOIN technology_need n ON n.id = m.need_id
        WHERE m.capability_id = ANY(:ids::uuid[]) AND n.status = 'OPEN' AND ${visibility.sql}
          ${excludeOrganizationId ? 'AND n.organization_id <> :exclude' : ''}
          ${withoutDismissed ? `AND NOT EXISTS (SELECT 1 FROM match_feedback f WHERE f.need_id = m.need_id AND f.capability_id = m.capability_id AND f.side = 'CAPABILITY_OWNER' AND f.action = 'DISMISS')` : ''}
        ORDER BY m.score DESC, m.need_id LIMIT :limit`,
      { ids: [...capabilityIds], limit, exclude: excludeOrganizationId, ...visibility.params },
    );
  }

  /** One stored pair, or null when the refresh does not keep it (any more). */
  async storedPair(needId: string, capabilityId: string): Promise<StoredPair | null> {
    const rows = await this.query<StoredPair>(
      `SELECT m.need_id AS "needId", m.capability_id AS "capabilityId", m.score
         FROM listing_match m WHERE m.need_id = :needId AND m.capability_id = :capabilityId`,
      { needId, capabilityId },
    );
    return rows[0] ?? null;
  }

  /** An organization's live capabilities, for "needs you could answer". */
  async liveCapabilityIds(organizationId: string): Promise<string[]> {
    const rows = await this.query<{ id: string }>(
      `SELECT id FROM capability WHERE organization_id = :org AND status = 'PUBLISHED'`,
      { org: organizationId },
    );
    return rows.map((row) => row.id);
  }

  /** When the listing's matches were last refreshed, and whether a refresh is waiting. */
  async refreshState(listingId: string): Promise<{ refreshedAt: Date | null; pending: boolean }> {
    const rows = await this.query<{ refreshedAt: Date | null; pending: boolean }>(
      `SELECT refreshed_at AS "refreshedAt", ${PENDING} AS pending FROM match_refresh_request WHERE listing_id = :id`,
      { id: listingId },
    );
    return rows[0] ?? { refreshedAt: null, pending: false };
  }

  /** The owner organization's dismissals on one side, newest first: what its preferences are learned from. */
  dismissals(organizationId: string, side: MatchSide, limit = 200): Promise<DismissalRow[]> {
    return this.query(
      `SELECT f.reason, n.current_trl AS "needTrlCurrent", n.target_trl AS "needTrlTarget", n.technology_areas AS "needTechnologyAreas",
              c.trl AS "capabilityTrl", c.technology_areas AS "capabilityTechnologyAreas"
         FROM match_feedback f JOIN technology_need n ON n.id = f.need_id JOIN capability c ON c.id = f.capability_id
        WHERE f.organization_id = :org AND f.side = :side AND f.action = 'DISMISS'
        ORDER BY f.created_at DESC LIMIT :limit`,
      { org: organizationId, side, limit },
    );
  }

  feedbackOf(
    side: MatchSide,
    pairs: readonly { needId: string; capabilityId: string }[],
  ): Promise<FeedbackRow[]> {
    if (!pairs.length) return Promise.resolve([]);
    return this.query(
      `SELECT f.need_id AS "needId", f.capability_id AS "capabilityId", f.action, f.reason, f.note
         FROM match_feedback f JOIN unnest(:needs::uuid[], :capabilities::uuid[]) AS p(need_id, capability_id)
           ON f.need_id = p.need_id AND f.capability_id = p.capability_id
        WHERE f.side = :side`,
      { side, needs: pairs.map((p) => p.needId), capabilities: pairs.map((p) => p.capabilityId) },
    );
  }

  async saveFeedback(values: {
    needId: string;
    capabilityId: string;
    side: MatchSide;
    organizationId: string;
    action: MatchFeedbackAction;
    reason: MatchDismissReason | null;
    note: string | null;
    userId: string;
  }): Promise<
    | (FeedbackRow & {
        previous: MatchFeedbackAction | null;
        previousReason: MatchDismissReason | null;
        previousNote: string | null;
      })
    | null
  > {
    // One judgement of a pair and side at a time, so the CTE below, which reads the row as
    // it was before this statement, sees what it replaces even when the same judgement is
    // sent twice at once (the dismissal is then counted and audited once).
    await this.query(`SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))`, {
      key: `match_feedback:${values.needId}:${values.capabilityId}:${values.side}`,
    });
    // The CTE reads the row as it was before this statement: what it replaces.
    const rows = await this.query<
      FeedbackRow & {
        previous: MatchFeedbackAction | null;
        previousReason: MatchDismissReason | null;
        previousNote: string | null;
      }
    >(
      `WITH previous AS (SELECT action, reason FROM match_feedback WHERE need_id = :needId AND capability_id = :capabilityId AND side = :side)
       INSERT INTO match_feedback (need_id, capability_id, side, organization_id, action, reason, note, user_id)
       VALUES (:needId, :capabilityId, :side, :organizationId, :action, :reason, :note, :userId)
       ON CONFLICT (need_id, capability_id, side) DO UPDATE SET action = EXCLUDED.action, reason = EXCLUDED.reason, note = EXCLUDED.note,
              user_id = EXCLUDED.user_id, organization_id = EXCLUDED.organization_id, updated_at = now()
       RETURNING need_id AS "needId", capability_id AS "capabilityId", action, reason, note,
                 (SELECT action FROM previous) AS previous, (SELECT reason FROM previous) AS "previousReason", (SELECT note FROM previous) AS "previousNote"`,
      values,
    );
    return rows[0] ?? null;
  }

  async removeFeedback(
    needId: string,
    capabilityId: string,
    side: MatchSide,
  ): Promise<FeedbackRow | null> {
    const rows = await this.query<FeedbackRow>(
      // Wrapped in a SELECT: TypeORM hands back a bare DELETE … RETURNING as [rows, count].
      `WITH removed AS (DELETE FROM match_feedback WHERE need_id = :needId AND capability_id = :capabilityId AND side = :side
         RETURNING need_id AS "needId", capability_id AS "capabilityId", action, reason, note)
       SELECT * FROM removed`,
      { needId, capabilityId, side },
    );
    return rows[0] ?? null;
  }

  /** Counts a dismissal for the "why matches fail" statistics; kept when the match is restored. */
  async tallyDismissal(
    organizationId: string,
    side: MatchSide,
    reason: MatchDismissReason,
  ): Promise<void> {
    await this.query(
      `INSERT INTO match_dismissal_tally (organization_id, side, reason, month, count)
       VALUES (:org, :side, :reason, date_trunc('month', now() AT TIME ZONE 'UTC')::date, 1)
       ON CONFLICT (organization_id, side, reason, month) DO UPDATE SET count = match_dismissal_tally.count + 1`,
      { org: organizationId, side, reason },
    );
  }

  /** Takes up to `limit` refresh requests no other worker holds; they stay locked until the transaction ends. */
  claimRefreshRequests(
    limit: number,
  ): Promise<{ listingId: string; kind: MatchRefreshKind; requestedAt: string }[]> {
    // requested_at as text: a JS Date would drop the microseconds the completion compares.
    return this.query(
      `SELECT listing_id AS "listingId", kind, requested_at::text AS "requestedAt" FROM match_refresh_request
        WHERE ${PENDING} ORDER BY requested_at LIMIT :limit FOR UPDATE SKIP LOCKED`,
      { limit },
    );
  }

  /** Marks requests done; returns when (refreshed_at as text), to tell this worker's refreshes from others'. */
  async completeRefreshRequests(
    requests: readonly { listingId: string; requestedAt: string }[],
  ): Promise<{ listingId: string; refreshedAt: string }[]> {
    if (!requests.length) return [];
    // A change that arrived while we worked moved requested_at past what this run covered: it stays pending.
    return this.query(
      `UPDATE match_refresh_request r SET covered_request_at = c.at, refreshed_at = now()
         FROM unnest(:ids::uuid[], :ats::timestamptz[]) AS c(id, at) WHERE r.listing_id = c.id
       RETURNING r.listing_id AS "listingId", r.refreshed_at::text AS "refreshedAt"`,
      { ids: requests.map((r) => r.listingId), ats: requests.map((r) => r.requestedAt) },
    );
  }
}

/** Pairs in key order (need, then capability), each key built once. */
function inKeyOrder(pairs: readonly StoredPair[]): StoredPair[] {
  return pairs
    .map((pair) => ({ pair, key: `${pair.needId}/${pair.capabilityId}` }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((entry) => entry.pair);
}

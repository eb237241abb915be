import { MatchRefreshJob } from '../../src/match/match-refresh.job';
import type { TestApp, TestClient } from '../support/test-app';

// Operations and helpers for matches.

const SCORED = `score learned components { name weight value contribution learned } reasons { code component text learned }`;

export const MATCHES_FOR_NEED = `query MatchesForNeed($id: ID!, $first: Int, $after: String, $language: Language) {
  matchesForNeed(needId: $id, first: $first, after: $after, language: $language) {
    refreshedAt refreshPending pageInfo { hasNextPage endCursor }
    edges { cursor node { ${SCORED} bookmarked capability { id title trl } } }
  }
}`;
export const MATCHES_FOR_CAPABILITY = `query MatchesForCapability($id: ID!, $first: Int, $after: String) {
  matchesForCapability(capabilityId: $id, first: $first, after: $after) {
    refreshedAt refreshPending pageInfo { hasNextPage endCursor }
    edges { node { ${SCORED} bookmarked need { id title } capability { id } } }
  }
}`;
export const PARTNERS_FOR_NEED = `query PartnersForNeed($id: ID!, $first: Int) {
  partnersForNeed(needId: $id, first: $first) { edges { node { ${SCORED} organization { id name } capabilities { id } } } }
}`;
export const NEEDS_YOU_COULD_ANSWER = `query NeedsYouCouldAnswer($org: ID!, $first: Int) {
  needsYouCouldAnswer(organizationId: $org, first: $first) { edges { node { score need { id } capability { id } reasons { code text } } } }
}`;
export const BOOKMARK = `mutation Bookmark($input: MatchPairInput!) { bookmarkMatch(input: $input) { needId capabilityId side action reason } }`;
export const DISMISS = `mutation Dismiss($input: DismissMatchInput!) { dismissMatch(input: $input) { needId capabilityId side action reason note } }`;
export const CLEAR = `mutation Clear($input: MatchPairInput!) { clearMatchFeedback(input: $input) }`;

export interface Scored {
  score: number;
  learned: boolean;
  components: {
    name: string;
    weight: number;
    value: number;
    contribution: number;
    learned: boolean;
  }[];
  reasons: { code: string; component: string; text: string; learned: boolean }[];
}
export interface CapabilityMatch extends Scored {
  bookmarked: boolean;
  capability: { id: string; title: string; trl: number | null };
}
export interface MatchPage<T> {
  refreshedAt: string | null;
  refreshPending: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: T }[];
}

/** Runs the background refresh to the end, as the job would. */
export const refreshMatches = (t: TestApp): Promise<number> => t.app.get(MatchRefreshJob).drain();

export async function matchesForNeed(
  client: TestClient,
  needId: string,
  variables: Record<string, unknown> = {},
) {
  return (
    await client.ok<{ matchesForNeed: MatchPage<CapabilityMatch> }>(MATCHES_FOR_NEED, {
      id: needId,
      first: 50,
      ...variables,
    })
  ).matchesForNeed;
}

export const capabilityIdsOf = (page: MatchPage<CapabilityMatch>) =>
  page.edges.map((edge) => edge.node.capability.id);

/** A generated corpus's fields and words: related and unrelated, Korean and English. */
export const GENERATED_AREAS = ['EF05', 'EF06', 'EF01', 'EA09', 'EA14', 'LC06'];
export const GENERATED_WORDS = [
  'fuel cell',
  'stack cooling',
  '수소',
  '연료전지',
  'casting',
  'battery',
  'membrane',
  'thermal',
  'gait',
  'sensor',
];

/** Hydrogen fuel cells: the technology code and sector of the match tests' hydrogen listings. */
export const HYDROGEN = { technologyAreas: ['EF05'], sectors: ['29'] };
/** A Korean fuel-cell cooling need and the capability that answers it: a strong pair (0.5–1). */
export const HYDROGEN_COOLING_NEED = {
  ...HYDROGEN,
  title: '수소 연료전지 스택 냉각 개선',
  publicSummary: 'Fuel cell stack cooling for hydrogen trucks.',
  currentTrl: 4,
  targetTrl: 7,
};
export const HYDROGEN_COOLING_CAPABILITY = {
  ...HYDROGEN,
  trl: 6,
  title: '연료전지 스택 냉각 해석',
  description: 'Fuel cell stack thermal analysis and cooling design for hydrogen trucks.',
};

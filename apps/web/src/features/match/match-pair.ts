import type { MatchPairInput } from '../../generated/graphql';

/** One pair on one side's list, as the dismissed matches and their "Undo" know it. */
export const pairKey = (pair: MatchPairInput): string =>
  `${pair.side}:${pair.needId}:${pair.capabilityId}`;

import { collaborationFit } from './collaboration-fit';
import { fieldPenalty } from './field-penalty';
import { historyFit } from './history-fit';
import type { CapabilityMatchFacts, NeedMatchFacts } from './match-facts';
import type { MatchFit } from './match-fit';
import { clamp01, round4 } from './match-math';
import type { MatchPreferences } from './match-preferences';
import { isGapReason, type MatchReason } from './match-reason';
import {
  MATCH_COMPONENTS,
  MATCH_WEIGHTS,
  type MatchComponentName,
  type MatchWeights,
} from './match-weights';
import { proximityFit } from './proximity-fit';
import { sectorFit } from './sector-fit';
import { technologyFit } from './technology-fit';
import { textFit } from './text-fit';
import { trlFit } from './trl-fit';

export interface MatchComponent {
  name: MatchComponentName;
  weight: number;
  /** In [0, 1]. */
  value: number;
  /** weight × value, rounded to 4 decimals. */
  contribution: number;
  reasons: readonly MatchReason[];
  /** A learned preference changed this component's value (or, for technology, the field penalty applied). */
  learned: boolean;
}

export interface MatchScore {
  /** In [0, 1], 4 decimals. */
  score: number;
  /** In MATCH_COMPONENTS order. */
  components: readonly MatchComponent[];
  /** The reasons for the match, strongest component first: supporting and learned ones only. */
  reasons: readonly MatchReason[];
  /** The learned field penalty the weighted sum was multiplied by; 1 when none applied. */
  fieldPenalty: number;
}

export interface MatchContext {
  /** Earlier collaborations between the two organizations. */
  earlierCollaborations: number;
  /** What the viewer's dismissals taught; the side says who is viewing. */
  preferences?: MatchPreferences;
  weights?: MatchWeights;
  /** Cluster id → name, for reasons that name a cluster. */
  clusterNames?: Readonly<Record<string, string>>;
}

const byContribution = (a: MatchComponent, b: MatchComponent): number =>
  b.contribution - a.contribution;

/**
 * One function of (need, capability): the same pair scores the same whichever side asks
 * (only the viewer's learned preferences differ). Cheap enough to run on every candidate:
 * no text is read here (terms come tokenised) and no label is looked up.
 */
export function scoreMatch(
  need: NeedMatchFacts,
  capability: CapabilityMatchFacts,
  context: MatchContext,
): MatchScore {
  const weights = context.weights ?? MATCH_WEIGHTS;
  const { preferences } = context;
  const fits: Record<MatchComponentName, MatchFit> = {
    technology: technologyFit(need.technologyAreas, capability.technologyAreas),
    sectors: sectorFit(need.sectors, capability.sectors),
    text: textFit(need.terms, capability.terms),
    trl: trlFit(need, capability.trl, preferences),
    collaboration: collaborationFit(need.collaborationTypes, capability.kind),
    proximity: proximityFit(
      need.place,
      capability.place,
      need.internationalPartnersWelcome,
      context.clusterNames,
    ),
    history: historyFit(context.earlierCollaborations),
  };
  const penalty = fieldPenalty(need.technologyAreas, capability.technologyAreas, preferences);

  let sum = 0;
  const components = MATCH_COMPONENTS.map((name): MatchComponent => {
    const fit = fits[name];
    const weight = weights[name];
    const value = clamp01(fit.value);
    sum += weight * value;
    const penalised = name === 'technology' && penalty.reason !== null;
    return {
      name,
      weight,
      value,
      contribution: round4(weight * value),
      reasons: penalised ? [...fit.reasons, penalty.reason as MatchReason] : fit.reasons,
      learned: (fit.learned ?? false) || penalised,
    };
  });

  // Plain loops: this runs once per candidate, on up to hundreds of thousands of them.
  const reasons: MatchReason[] = [];
  for (const component of components.slice().sort(byContribution))
    for (const reason of component.reasons) if (!isGapReason(reason.code)) reasons.push(reason);
  return {
    score: round4(round4(clamp01(sum)) * penalty.factor),
    components,
    reasons,
    fieldPenalty: penalty.factor,
  };
}

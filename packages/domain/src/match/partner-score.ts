import type { CapabilityMatchFacts, NeedMatchFacts } from './match-facts';
import { clamp01, round4 } from './match-math';
import type { MatchReason } from './match-reason';
import { type MatchContext, type MatchScore, scoreMatch } from './match-score';
import type { MatchComponentName } from './match-weights';
import { scorePercent } from './score-percent';

/** What an organization's own profile says it works on, read like an EXPERTISE capability. */
export type PartnerProfileFacts = Pick<
  CapabilityMatchFacts,
  'technologyAreas' | 'sectors' | 'terms' | 'place'
>;

export interface PartnerEvidence {
  /** scoreMatch scores of its capabilities the viewer may see, for this need. */
  capabilityScores: readonly number[];
  profile: PartnerProfileFacts;
  /** Earlier collaborations with the need's organization. */
  earlierCollaborations: number;
  /** Its collaborations with anyone on projects in the need's technology areas; 0 if unknown. */
  collaborationsInNeedAreas: number;
}

export const PARTNER_COMPONENTS = ['capabilities', 'breadth', 'profile', 'trackRecord'] as const;
export type PartnerComponentName = (typeof PARTNER_COMPONENTS)[number];

export const PARTNER_WEIGHTS: Readonly<Record<PartnerComponentName, number>> = {
  // What it has published is the best evidence of what it can do: its best fitting
  // capability carries most of the score.
  capabilities: 0.55,
  // Several fitting capabilities (a lab, its equipment, its patents) make a partner that
  // can cover more of the need.
  breadth: 0.15,
  // The profile catches organizations that publish little but work in the field.
  profile: 0.2,
  // Projects done in the need's areas, with anyone: proof of delivery, a tie-breaker.
  trackRecord: 0.1,
};

/** A capability scoring at least this fits the need well enough to count for breadth. */
export const FITTING_CAPABILITY_SCORE = 0.4;

/**
 * Whether a capability's score for a need makes it one of the partner's fitting
 * capabilities: those the score counts ("2 capabilities fit") are those a list names.
 */
export const capabilityFits = (score: number): boolean =>
  clamp01(score) >= FITTING_CAPABILITY_SCORE;
/** Fitting capabilities at which breadth counts fully. */
export const BREADTH_SATURATION = 3;
/** Projects in the need's areas at which the track record counts fully; each of the first counts a quarter. */
export const TRACK_RECORD_SATURATION = 4;

/** A reason of a partner's score: those of its profile match, and its own. */
export type PartnerReason = Omit<MatchReason, 'component'> & {
  component: MatchComponentName | PartnerComponentName;
};

export interface PartnerComponent {
  name: PartnerComponentName;
  weight: number;
  value: number;
  contribution: number;
  reasons: readonly PartnerReason[];
  learned: boolean;
}

export interface PartnerScore {
  /** In [0, 1], 4 decimals. */
  score: number;
  /** In PARTNER_COMPONENTS order. */
  components: readonly PartnerComponent[];
  /** Strongest component first. */
  reasons: readonly PartnerReason[];
  /** The profile's own match, for a detailed explanation. */
  profile: MatchScore;
}

/**
 * An organization ranked for a need by its capabilities, its profile and its record.
 * Monotonic: a higher capability score, one more fitting capability, or more projects in
 * the field never lowers it.
 */
export function scorePartner(
  need: NeedMatchFacts,
  evidence: PartnerEvidence,
  context: MatchContext,
): PartnerScore {
  let best = 0;
  let fitting = 0;
  for (const score of evidence.capabilityScores) {
    const value = clamp01(score);
    if (value > best) best = value;
    if (capabilityFits(value)) fitting += 1;
  }
  const profile = scoreMatch(
    need,
    { ...evidence.profile, kind: 'EXPERTISE', trl: null },
    { ...context, earlierCollaborations: evidence.earlierCollaborations },
  );
  const projects = Math.max(0, Math.floor(evidence.collaborationsInNeedAreas) || 0);

  const parts: Record<
    PartnerComponentName,
    Omit<PartnerComponent, 'name' | 'weight' | 'contribution'>
  > = {
    capabilities: {
      value: best,
      reasons:
        fitting > 0
          ? [
              {
                code: 'MATCHING_CAPABILITIES',
                component: 'capabilities',
                params: { count: fitting, best: scorePercent(best) },
              },
            ]
          : [],
      learned: false,
    },
    breadth: { value: Math.min(1, fitting / BREADTH_SATURATION), reasons: [], learned: false },
    profile: {
      value: profile.score,
      reasons: profile.reasons,
      learned: profile.components.some((component) => component.learned),
    },
    trackRecord: {
      value: Math.min(1, projects / TRACK_RECORD_SATURATION),
      reasons:
        projects > 0
          ? [{ code: 'TRACK_RECORD', component: 'trackRecord', params: { count: projects } }]
          : [],
      learned: false,
    },
  };

  let sum = 0;
  const components = PARTNER_COMPONENTS.map((name): PartnerComponent => {
    const weight = PARTNER_WEIGHTS[name];
    const part = parts[name];
    sum += weight * part.value;
    return { name, weight, ...part, contribution: round4(weight * part.value) };
  });
  const reasons = [...components]
    .sort((a, b) => b.contribution - a.contribution)
    .flatMap((component) => component.reasons);
  return { score: round4(clamp01(sum)), components, reasons, profile };
}

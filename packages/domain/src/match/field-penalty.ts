import { round4 } from './match-math';
import type { MatchPreferences } from './match-preferences';
import type { MatchReason } from './match-reason';

/** Share of the score a fully avoided field takes away. */
export const FIELD_PENALTY = 0.15;

export interface FieldPenalty {
  /** Multiplies the score: 1 when nothing learned applies. */
  factor: number;
  reason: MatchReason | null;
}

const NONE: FieldPenalty = Object.freeze({ factor: 1, reason: null });

/**
 * A candidate tagged with a field its viewer has repeatedly called "not our field" ranks
 * lower: ×(1 − 0.15·strength) for the strongest such code. Only codes the viewer's own
 * item does not share count, so adding a shared code never triggers it. A multiplier on
 * the whole score rather than a component, so a dismissed field costs the same share
 * however the rest of the match looks, and it never removes a candidate.
 */
export function fieldPenalty(
  needCodes: readonly string[],
  capabilityCodes: readonly string[],
  preferences: MatchPreferences | undefined,
): FieldPenalty {
  if (!preferences) return NONE;
  const avoided = preferences.avoidedTechnologyAreas;
  const [own, other] =
    preferences.side === 'NEED_OWNER' ? [needCodes, capabilityCodes] : [capabilityCodes, needCodes];
  let strength = 0;
  let codes: string[] | undefined;
  for (const code of other) {
    if (!Object.hasOwn(avoided, code) || own.includes(code)) continue;
    const value = Math.min(1, avoided[code] ?? 0);
    if (!(value > 0)) continue;
    (codes ??= []).push(code);
    if (value > strength) strength = value;
  }
  if (!codes) return NONE;
  return {
    factor: 1 - FIELD_PENALTY * strength,
    reason: {
      code: 'LEARNED_FIELD',
      component: 'technology',
      params: { codes, strength: round4(strength), side: preferences.side },
    },
  };
}

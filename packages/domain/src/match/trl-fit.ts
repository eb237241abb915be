import { TRL_MAX, TRL_MIN } from '../common/trl';
import { type MatchFit, NEUTRAL_FIT } from './match-fit';
import { clamp, round4 } from './match-math';
import type { MatchPreferences } from './match-preferences';
import type { MatchReason } from './match-reason';

/** Value lost per TRL level between the capability and the need's range. */
export const TRL_DECAY_PER_LEVEL = 0.3;

export interface TrlRange {
  trlCurrent: number | null;
  trlTarget: number | null;
}

const valueAt = (trl: number, low: number, high: number): number => {
  const distance = trl < low ? low - trl : trl > high ? trl - high : 0;
  return round4(Math.max(0, 1 - TRL_DECAY_PER_LEVEL * distance));
};

/**
 * The capability's TRL against the need's range [current, target]: inside fits, outside
 * decays by level. A learned shift moves the range before comparing; the reasons still
 * state the range as the need states it, and LEARNED_TRL says what learning changed.
 */
export function trlFit(
  need: TrlRange,
  capabilityTrl: number | null,
  preferences?: Pick<MatchPreferences, 'side' | 'trlShift' | 'basis'>,
): MatchFit {
  const first = need.trlCurrent ?? need.trlTarget;
  const second = need.trlTarget ?? need.trlCurrent;
  if (capabilityTrl === null || first === null || second === null) return NEUTRAL_FIT;
  const low = Math.min(first, second);
  const high = Math.max(first, second);
  const stated = valueAt(capabilityTrl, low, high);
  const shift = preferences?.trlShift ?? 0;
  // Clamped to the scale, so a shifted 8→9 still has a TRL that fits it.
  const value =
    shift === 0
      ? stated
      : valueAt(
          capabilityTrl,
          clamp(low + shift, TRL_MIN, TRL_MAX),
          clamp(high + shift, TRL_MIN, TRL_MAX),
        );
  const params = { trl: capabilityTrl, current: low, target: high };
  const reasons: MatchReason[] = [
    capabilityTrl < low
      ? { code: 'TRL_BELOW', component: 'trl', params: { ...params, levels: low - capabilityTrl } }
      : capabilityTrl > high
        ? {
            code: 'TRL_ABOVE',
            component: 'trl',
            params: { ...params, levels: capabilityTrl - high },
          }
        : { code: 'TRL_FITS', component: 'trl', params },
  ];
  if (value === stated || !preferences) return { value, reasons };
  // Both sides shift the need's range; which way means "more mature" depends on who learned.
  const up = shift > 0 === (preferences.side === 'NEED_OWNER');
  reasons.push({
    code: 'LEARNED_TRL',
    component: 'trl',
    params: {
      direction: up ? 'UP' : 'DOWN',
      dismissal: up ? 'TOO_EARLY' : 'TOO_MATURE',
      levels: Math.abs(shift),
      count: up ? preferences.basis.tooEarly : preferences.basis.tooMature,
      side: preferences.side,
    },
  });
  return { value, reasons, learned: true };
}

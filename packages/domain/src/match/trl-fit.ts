import type { CapabilityKind } from '../capability/capability';
import { TRL_MAX, TRL_MIN } from '../common/trl';
import type { CollaborationType } from '../need/need';
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
/** What the TRL rule reads besides the levels: what the capability is and what the need seeks. */
export interface TrlSituation {
  kind: CapabilityKind;
  sought: readonly CollaborationType[];
}

/**
 * Equipment, facilities and services are not technologies being matured: a test bench has
 * no TRL, and a lab that runs a standard test is as "ready" as it gets. They are judged on
 * availability: full value when the need asks for what they offer (equipment access, a
 * service), no evidence either way otherwise.
 */
const AVAILABILITY_KINDS: ReadonlySet<CapabilityKind> = new Set([
  'EQUIPMENT',
  'FACILITY',
  'SERVICE',
]);
/** Ways of working in which a need buys from a supplier: maturity above its range is welcome. */
const SUPPLIER_TYPES: ReadonlySet<CollaborationType> = new Set(['SERVICE', 'EQUIPMENT_ACCESS']);

export function trlFit(
  need: TrlRange,
  capabilityTrl: number | null,
  preferences?: Pick<MatchPreferences, 'side' | 'trlShift' | 'basis'>,
  situation?: TrlSituation,
): MatchFit {
  const first = need.trlCurrent ?? need.trlTarget;
  const second = need.trlTarget ?? need.trlCurrent;
  const seeksSupplier = situation?.sought.some((type) => SUPPLIER_TYPES.has(type)) ?? false;
  if (
    situation &&
    AVAILABILITY_KINDS.has(situation.kind) &&
    (capabilityTrl === null || seeksSupplier)
  ) {
    if (!seeksSupplier) return NEUTRAL_FIT;
    return {
      value: 1,
      reasons: [{ code: 'TRL_NOT_APPLICABLE', component: 'trl', params: { kind: situation.kind } }],
    };
  }
  if (capabilityTrl === null || first === null || second === null) return NEUTRAL_FIT;
  const low = Math.min(first, second);
  const high = Math.max(first, second);
  // A need that seeks a supplier or a service wants something that already works: a
  // mature supplier (TRL 9 against a 6→8 development) fits rather than overshoots.
  if (seeksSupplier && capabilityTrl > high && !preferences?.trlShift)
    return {
      value: 1,
      reasons: [
        {
          code: 'TRL_MATURE_SUPPLIER',
          component: 'trl',
          params: { trl: capabilityTrl, current: low, target: high },
        },
      ],
    };
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

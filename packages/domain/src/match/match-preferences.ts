import type { MatchDismissal, MatchSide } from './match-feedback';
import { round4 } from './match-math';

/**
 * What one side's dismissals taught the ranking. Learned per side because the same words
 * mean opposite things: "too early" from a need's owner is about the capability, from a
 * capability's owner about the need.
 */
export interface MatchPreferences {
  side: MatchSide;
  /**
   * Whole TRL levels, −2..+2, added to the need's range before the capability's TRL is
   * compared with it. Shifting the range up is the same as reading the capability as less
   * mature: capabilities above the range fit better, those below worse.
   */
  trlShift: number;
  /** Technology code → avoidance strength in (0, 1]; see the field penalty of scoreMatch. */
  avoidedTechnologyAreas: Readonly<Record<string, number>>;
  /** The dismissals the preferences rest on, for the explanation. */
  basis: { tooEarly: number; tooMature: number; notOurField: number };
}

/** Net agreeing dismissals per TRL level of shift. */
export const DISMISSALS_PER_TRL_LEVEL = 2;
export const MAX_TRL_SHIFT = 2;
/** Each further NOT_OUR_FIELD naming a code halves the distance to full avoidance. */
export const AVOIDANCE_DECAY = 0.5;

export const NO_PREFERENCES = (side: MatchSide): MatchPreferences => ({
  side,
  trlShift: 0,
  avoidedTechnologyAreas: {},
  basis: { tooEarly: 0, tooMature: 0, notOurField: 0 },
});

/**
 * The rules:
 *
 * - TRL. TOO_EARLY and TOO_MATURE cancel each other; every two net dismissals move the
 *   preference one whole level, at most two. One dismissal is an anecdote; whole levels
 *   keep the explanation honest ("moved up by 1"), as TRL has no half levels.
 *   - NEED_OWNER: TOO_EARLY says the capability was too immature, so more mature
 *     capabilities should rank higher: the need's range moves up (+). TOO_MATURE moves it
 *     down.
 *   - CAPABILITY_OWNER: TOO_EARLY says the need is at too early a stage for them, so needs
 *     further along should rank higher. Moving the need's range down (−) does that: a
 *     later-stage need moves onto the capability's TRL, an early one away from it.
 *     TOO_MATURE moves it up.
 * - NOT_OUR_FIELD. The dismisser's own item shows their field; the other item's codes
 *   that it does not share were the wrong field. Each such code gains avoidance strength
 *   1 − 0.5^n after n dismissals naming it (0.5, 0.75, 0.875, …).
 * - BENEFIT_UNCLEAR, HAS_PARTNER, OTHER change nothing.
 *
 * Dismissals made from the other side are ignored: they teach the other side's ranking.
 */
export function learnMatchPreferences(
  side: MatchSide,
  dismissals: readonly MatchDismissal[],
): MatchPreferences {
  let tooEarly = 0;
  let tooMature = 0;
  let notOurField = 0;
  const named = new Map<string, number>();
  for (const dismissal of dismissals) {
    if (dismissal.side !== side) continue;
    if (dismissal.reason === 'TOO_EARLY') tooEarly += 1;
    else if (dismissal.reason === 'TOO_MATURE') tooMature += 1;
    else if (dismissal.reason === 'NOT_OUR_FIELD') {
      notOurField += 1;
      const [own, other] =
        side === 'NEED_OWNER'
          ? [dismissal.need.technologyAreas, dismissal.capability.technologyAreas]
          : [dismissal.capability.technologyAreas, dismissal.need.technologyAreas];
      for (const code of new Set(other))
        if (!own.includes(code)) named.set(code, (named.get(code) ?? 0) + 1);
    }
  }
  const net = tooEarly - tooMature;
  const levels = Math.min(MAX_TRL_SHIFT, Math.floor(Math.abs(net) / DISMISSALS_PER_TRL_LEVEL));
  const trlShift = levels === 0 ? 0 : Math.sign(net) * levels * (side === 'NEED_OWNER' ? 1 : -1);
  const avoidedTechnologyAreas: Record<string, number> = {};
  for (const [code, count] of named)
    avoidedTechnologyAreas[code] = round4(1 - AVOIDANCE_DECAY ** count);
  return { side, trlShift, avoidedTechnologyAreas, basis: { tooEarly, tooMature, notOurField } };
}

import { scorePercent } from '@spillover/domain';
import { useFormat } from '../../app/format';

/** Scores, weights and fits (all in [0, 1]) as percentages in the UI language. */
export function useMatchFormat() {
  const { locale } = useFormat();
  const whole = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    /**
     * A score or a fit: "87%", rounded by the domain's `scorePercent` like every other
     * percentage of a score (a partner's "best 87%" among them), never by `Intl` alone.
     */
    percent: (value: number) => whole.format(scorePercent(value) / 100),
    /** A contribution to the score, which may be small: "2.5%". */
    share: (value: number) => fine.format(value),
  };
}

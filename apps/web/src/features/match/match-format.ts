import { useFormat } from '../../app/format';

/** Scores, weights and fits (all in [0, 1]) as percentages in the UI language. */
export function useMatchFormat() {
  const { locale } = useFormat();
  const whole = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const fine = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  return {
    /** A score or a fit: "87%". */
    percent: (value: number) => whole.format(value),
    /** A contribution to the score, which may be small: "2.5%". */
    share: (value: number) => fine.format(value),
  };
}

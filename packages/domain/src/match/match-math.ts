export const clamp = (value: number, min: number, max: number): number =>
  value < min ? min : value > max ? max : value;

export const clamp01 = (value: number): number => clamp(value, 0, 1);

// Four decimals: enough to rank, few enough that the same inputs compare equal however
// the sum was reached, so ties break on the caller's tie-break and not on rounding noise.
export const round4 = (value: number): number => Math.round(value * 10000) / 10000;

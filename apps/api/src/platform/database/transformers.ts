import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns arrive from pg as strings (they may exceed 2^53). Money in minor units stays
 * far below that (9 quadrillion won), so it is read back as a number; larger values are refused.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed))
      throw new Error(`bigint ${value} does not fit a JavaScript number`);
    return parsed;
  },
};

import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core';

/**
 * The strength estimator behind the password rule: zxcvbn-ts with its common and English
 * dictionaries (there is no Korean pack; Korean text is estimated by its length, as
 * zxcvbn does for any script it has no words for).
 *
 * The dictionaries are ~5 MB of source, so they are imported on demand: the web loads them
 * when a password form opens instead of with every page, and the API once at start. This
 * loads code, not data from outside: the package stays free of I/O.
 */
let estimator: ZxcvbnFactory | null = null;
let loading: Promise<void> | null = null;

export function loadPasswordStrength(): Promise<void> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([common, en]) => {
      estimator = new ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...en.dictionary },
        graphs: common.adjacencyGraphs,
        translations: en.translations,
        // Bounds the work of one check (it grows steeply with length and with l33t
        // look-alikes: 2.7 s for some 128-character passwords by default, ≤ 0.25 s so).
        // The estimate covers the first 64 characters, a lower bound for longer ones.
        maxLength: 64,
        l33tMaxSubstitutions: 10,
      });
    },
    (error: unknown) => {
      // A failed download (the web, offline) may be retried.
      loading = null;
      throw error;
    },
  );
  return loading;
}

export const passwordStrengthLoaded = (): boolean => estimator !== null;

/** zxcvbn's verdict on a password, with the user's own words counted as the first guesses. */
export function estimatePassword(password: string, userInputs: string[]): ZxcvbnResult {
  if (!estimator)
    throw new Error(
      'The password dictionaries are not loaded: await loadPasswordStrength() first.',
    );
  return estimator.check(password, userInputs);
}

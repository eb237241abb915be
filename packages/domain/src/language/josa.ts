import { josa } from 'es-hangul';

/**
 * The Korean particles whose form depends on the word before them, written as es-hangul
 * writes them: the form after a final consonant first (와/과 is the one exception, kept as
 * the library spells it).
 */
export const PARTICLES = [
  '이/가',
  '을/를',
  '은/는',
  '와/과',
  '으로/로',
  '이나/나',
  '이라/라',
] as const;
export type Particle = (typeof PARTICLES)[number];

export const isParticle = (value: string): value is Particle =>
  (PARTICLES as readonly string[]).includes(value);

// Quotes, brackets and spaces after a name do not change how it ends when read aloud.
const TRAILING_PUNCTUATION = /[\s"'”’」』)\]>.]+$/u;
const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]$/u;

/** The "이(가)" form, for a word whose pronunciation the library cannot know. */
const bothForms = (particle: Particle): string => {
  const [first, second] = particle.split('/') as [string, string];
  // 으로/로 → (으)로: the shorter form with the optional syllable in brackets.
  return first.endsWith(second)
    ? `(${first.slice(0, -second.length)})${second}`
    : `${first}(${second})`;
};

/**
 * The particle that follows `word` in Korean, chosen from its last syllable by es-hangul:
 * "설계" → 와, "모션" → 과. A name that ends in Latin letters or digits ("Robot X") gets
 * the written double form ("이(가)") that Korean interfaces use when the sound is unknown.
 */
export function particleAfter(word: string, particle: Particle): string {
  const spoken = word.replace(TRAILING_PUNCTUATION, '');
  if (!HANGUL_SYLLABLE.test(spoken)) return bothForms(particle);
  return josa.pick(spoken, particle);
}

/** `word` followed by the right form of `particle`: "한빛모션" + 이/가 → "한빛모션이". */
export const withParticle = (word: string, particle: Particle): string =>
  `${word}${particleAfter(word, particle)}`;

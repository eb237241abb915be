// Korean attaches particles to nouns (시험을, 연료전지의), so a word as written is often
// not the term it names. Matching compares terms; search corrects a misspelt word to a
// word of the corpus and must not carry that word's particle into the corrected search.

/**
 * Particles that can be taken off a Hangul word without mistaking a noun for another:
 * 시험을, 시험과, 시험의 are the term 시험. Left on: 이, 가, 도, 로, 만, 와/과 after one
 * syllable — nouns end in them too (디스플레이, 전문가, 해상도, 전기로, 효과).
 */
const DETACHABLE_PARTICLES = [
  '에서',
  '으로',
  '에게',
  '까지',
  '부터',
  '과의',
  '와의',
  '을',
  '를',
  '의',
  '에',
  '은',
  '는',
  '과',
  '와',
];

/** A Hangul word without a particle it ends in, when at least two syllables remain. */
export function koreanStem(word: string): string {
  for (const particle of DETACHABLE_PARTICLES) {
    if (!word.endsWith(particle) || word.length - particle.length < 2) continue;
    const noun = word.slice(0, -particle.length);
    // 개발하는, 지원하는: a noun made a verb by 하- names what the noun names.
    return noun.endsWith('하') && noun.length >= 3 ? noun.slice(0, -1) : noun;
  }
  return word;
}

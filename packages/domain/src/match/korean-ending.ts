// Korean particles that koreanStem leaves on, because nouns end in them too (디스플레이,
// 전문가, 전기로): 분리판이, 온도가, 데이터로 are still 분리판, 온도, 데이터. Left on, 분리판이
// counted as a second term beside 분리판 (the need's wording weighed twice), a rare form
// such as 출력이 weighed as the need's rarest term, and 공정 데이터로 missed 공정데이터.

/** Whether a Hangul syllable has a final consonant (batchim): 판 has, 도 has not. */
const hasBatchim = (syllable: string): boolean => (syllable.charCodeAt(0) - 0xac00) % 28 !== 0;
/** Whether the final consonant is ㄹ (로 follows it as it follows a vowel: 물로). */
const endsInRieul = (syllable: string): boolean => (syllable.charCodeAt(0) - 0xac00) % 28 === 8;

/**
 * Endings, the syllables they follow, and whether the rest must be a known noun. 이 after
 * a final consonant and 가 after a vowel are the subject particle: few nouns of three
 * syllables or more end so (디스플레이 and 전문가 do not fit the rule), so they come off
 * always. 로 after a vowel or ㄹ ends nouns too (전기로), and -용 ("for": 트럭용) ends
 * 재활용 and 부작용: off only before a known noun. 도 and 만 stay: 해상도 is not 해상 (offshore)
 * though both are nouns.
 */
const ENDINGS: readonly [ending: string, follows: (syllable: string) => boolean, known: boolean][] =
  [
    ['이', hasBatchim, false],
    ['가', (s) => !hasBatchim(s), false],
    ['로', (s) => !hasBatchim(s) || endsInRieul(s), true],
    ['용', () => true, true],
  ];

/**
 * The noun a Hangul word names when it ends in one of those particles (the rest two
 * syllables at least, and a known noun where the ending says so); otherwise the word.
 */
export function foldKoreanEnding(word: string, isKnownNoun: (noun: string) => boolean): string {
  if (word.length < 3) return word;
  const last = word.slice(-1);
  const noun = word.slice(0, -1);
  for (const [ending, follows, known] of ENDINGS)
    if (last === ending && follows(noun.slice(-1)) && (!known || isKnownNoun(noun))) return noun;
  return word;
}

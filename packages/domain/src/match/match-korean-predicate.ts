// Korean makes most technical verbs from a noun and 하다 / 되다 / 시키다: 예측하다 "to predict"
// is 예측 "prediction" + 하다, and a listing writes it as 예측할, 예측하여, 예측합니다 or
// 예측된. Read whole, such a word is a predicate and says nothing (match-stop-words); read
// as its noun it names the very thing 예측 names, so 예측할 meets 예측 and, through the
// glossary, "prediction". The endings are those of standard Korean grammar (the 하다 /
// 되다 / 시키다 conjugations in 표준국어대사전's 활용 tables), written out rather than
// parsed: a list is easy to review and cannot turn a noun into something else.

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);

/**
 * A conjugated 하다 / 되다 / 시키다 after the noun, longest first so that 하였습니다 wins
 * over 하였. Left out on purpose: 함 (결함, 포함 are nouns) and the bare 하 / 되 (부하,
 * 지하 end so); koreanStem already turns 예측하는 into 예측.
 */
const VERB_ENDINGS: readonly string[] = words(`
  하였습니다 하였으며 하였고 하였 합니다 했습니다 했으며 했고 했다 하려고 하려는 하고자
  하도록 하는 하고 하여 하며 하면 하기 하지 해야 해서 하다 한다 할 한
  되었습니다 되었으며 되었고 되었 됩니다 됐습니다 됐고 됐다 되도록 되는 되고 되어 되며 되면
  되기 되지 되다 된다 된 될
  시켰습니다 시킵니다 시키는 시키고 시켜 시킨 시킬
`).sort((a, b) => b.length - a.length);

/** Two syllables at least: a one-syllable noun (역할 → 역) is no noun of the verb. */
const MIN_NOUN = 2;

/** The noun a 하다 / 되다 / 시키다 predicate is made of (예측할 → 예측), or null. */
export function predicateNoun(word: string): string | null {
  for (const ending of VERB_ENDINGS)
    if (word.length - ending.length >= MIN_NOUN && word.endsWith(ending))
      return word.slice(0, -ending.length);
  return null;
}

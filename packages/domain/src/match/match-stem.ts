import { singular } from '../search/search-text';

// English words to a shared stem, enough for "coated" to meet "coating" and "gearboxes"
// "gearbox": singular, then -ing and -ed off (a consistent stem, not always a word:
// "stamped" and "stamping" both become "stamp"). The glossary's terms go through it too.
export function englishStem(word: string): string {
  let stem = singular(word);
  if (stem !== word && /(x|ch|sh|ss)e$/.test(stem)) stem = stem.slice(0, -1);
  if (!/^[a-z]+$/.test(stem)) return stem;
  if (stem.length > 5 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  // Doubled consonants of "planning", "welded" stay consistent: "plann" / "plann".
  return stem;
}

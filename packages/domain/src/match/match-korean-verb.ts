// Korean writes a problem with native verbs as often as with nouns: 벤트가 막혀, 막힌 배관,
// 떡이 굳어, 도막이 벗겨지고. Each is one verb (막히다, 굳다, 벗겨지다) in one of dozens of
// forms, and no form is the dictionary word, so the glossary's nouns (막힘 / clogging) never
// see them. The forms are generated here from the dictionary form by the standard
// conjugation rules (표준국어대사전's 활용: vowel harmony of 아/어, contraction of 히+어 → 혀,
// 으 dropped before 어, ㄹ dropped before ㄴ, and the 르 / ㅂ / ㄷ / ㅅ / ㅎ irregular classes,
// each for the stems the dictionary lists in it), so a text's form reads as its dictionary word:
// 막혀 and 막힌 are the same term, 막히다, which names the verb's glossary concept
// (reference/korean-problem-verbs). Generating from a short reviewed list, rather than
// parsing any word as a verb, cannot turn a noun into a verb it is not.
import { combineCharacter, disassembleCompleteCharacter } from 'es-hangul';
import { KOREAN_PROBLEM_VERBS } from '../reference/korean-problem-verbs';

interface Syllable {
  choseong: string;
  jungseong: string;
  jongseong: string;
}

const syllableOf = (character: string): Syllable | undefined =>
  disassembleCompleteCharacter(character);

const join = ({ choseong, jungseong, jongseong }: Syllable): string =>
  combineCharacter(choseong, jungseong, jongseong);

/** The stem with its last syllable's final consonant replaced (굳 + ㄹ → 굴, 굽 + none → 구). */
function replaceFinal(stem: string, final: string): string {
  const last = syllableOf(stem.slice(-1));
  return last ? stem.slice(0, -1) + join({ ...last, jongseong: final }) : stem;
}

/** The stem's last syllable with a final consonant added (막히 + ㄴ → 막힌), if it has none. */
function withFinal(stem: string, final: string): string | null {
  const last = syllableOf(stem.slice(-1));
  if (!last || last.jongseong) return null;
  return replaceFinal(stem, final);
}

const BRIGHT = new Set(['ㅏ', 'ㅗ', 'ㅗㅏ', 'ㅑ', 'ㅗㅐ']);

/** 아 after a stem whose last vowel is ㅏ or ㅗ, 어 after the others (vowel harmony). */
function harmonyOf(stem: string): '아' | '어' {
  for (let index = stem.length - 1; index >= 0; index -= 1) {
    const syllable = syllableOf(stem[index] as string);
    if (!syllable) continue;
    // A final open 으 is neutral: 바쁘 takes 아 from 바, 예쁘 어 from 예 (녹슬 takes 어).
    if (
      syllable.jungseong === 'ㅡ' &&
      !syllable.jongseong &&
      index === stem.length - 1 &&
      index > 0
    )
      continue;
    return BRIGHT.has(syllable.jungseong) ? '아' : '어';
  }
  return '어';
}

/** Vowels a stem's last vowel and 아 / 어 contract to (히 + 어 → 혀, 보 + 아 → 봐). */
const CONTRACTED: Readonly<Record<string, string>> = {
  ㅣ: 'ㅕ',
  ㅗ: 'ㅗㅏ',
  ㅜ: 'ㅜㅓ',
  ㅗㅣ: 'ㅗㅐ',
  ㅏ: 'ㅏ',
  ㅓ: 'ㅓ',
  ㅐ: 'ㅐ',
  ㅔ: 'ㅔ',
  ㅕ: 'ㅕ',
};

/**
 * Stems of the irregular classes that look like regular ones (표준국어대사전's 불규칙 활용):
 * the ㄷ class (듣 → 들어, where 굳 → 굳어 is regular), the ㅅ class (붓 → 부어, where 씻 →
 * 씻어 is regular), the one-syllable ㅂ stems (굽 "bake" → 구워; 굽 "bend" is regular, so
 * both are written) and the 르 stems that are regular (따르 → 따라, not 딸라). A ㅂ stem of
 * two syllables or more is irregular (미끄럽 → 미끄러워), an ㅎ stem of two or more an ㅎ
 * adjective (누렇 → 누레). Guessing a class instead would make wrong forms that are words:
 * 굳 read as ㄷ-irregular gives 굴은, "oyster" with its particle.
 */
const D_IRREGULAR = new Set(['듣', '걷', '묻', '싣', '붇', '눋', '깨닫', '일컫', '긷']);
const S_IRREGULAR = new Set(['붓', '낫', '잇', '짓', '긋', '젓']);
const B_IRREGULAR_SHORT = new Set(['굽', '눕', '줍', '돕', '덥', '춥', '맵', '곱']);
const EU_REGULAR = new Set(['따르', '치르', '들르', '우러르']);

const bIrregular = (stem: string): boolean => stem.length >= 2 || B_IRREGULAR_SHORT.has(stem);
/** Whether a one-syllable ㅂ stem keeps its regular forms too (굽다 "bend": 굽어). */
const bRegularToo = (stem: string): boolean => stem.length === 1;

/**
 * The stem with 아 / 어 joined, as the language writes it: 막히 → 막혀, 막히어; 굳 → 굳어;
 * 마르 → 말라; 굽 → 굽어, 구워; 누렇 → 누레.
 */
function infinitives(stem: string): string[] {
  const vowel = harmonyOf(stem);
  const last = syllableOf(stem.slice(-1));
  if (!last) return [];
  const head = stem.slice(0, -1);
  const forms: string[] = [];
  if (last.jongseong) {
    const bare = replaceFinal(stem, '');
    const final = last.jongseong;
    if (final === 'ㅂ' && bIrregular(stem)) {
      forms.push(bare + (vowel === '아' && stem.length === 1 ? '와' : '워'));
      if (bRegularToo(stem)) forms.push(stem + vowel);
    } else if (final === 'ㄷ' && D_IRREGULAR.has(stem))
      forms.push(replaceFinal(stem, 'ㄹ') + vowel);
    else if (final === 'ㅅ' && S_IRREGULAR.has(stem)) forms.push(bare + vowel);
    // ㅎ adjectives of colour and look: 누렇 → 누레, 하얗 → 하얘, 뿌옇 → 뿌예.
    else if (final === 'ㅎ' && stem.length >= 2) {
      const merged = last.jungseong === 'ㅑ' || last.jungseong === 'ㅕ' ? 'ㅒ' : 'ㅔ';
      forms.push(
        head + join({ ...last, jungseong: last.jungseong === 'ㅕ' ? 'ㅖ' : merged, jongseong: '' }),
      );
    } else forms.push(stem + vowel);
    return forms;
  }
  // 르: 마르 → 말라, 흐르 → 흘러 (the syllable before takes ㄹ).
  if (last.choseong === 'ㄹ' && last.jungseong === 'ㅡ' && head && !EU_REGULAR.has(stem)) {
    const before = syllableOf(head.slice(-1));
    if (before && !before.jongseong) {
      forms.push(replaceFinal(head, 'ㄹ') + (vowel === '아' ? '라' : '러'));
      return forms;
    }
  }
  // 으 drops: 뜨 → 떠, 바쁘 → 바빠.
  if (last.jungseong === 'ㅡ') {
    forms.push(head + join({ ...last, jungseong: vowel === '아' ? 'ㅏ' : 'ㅓ' }));
    return forms;
  }
  const contracted = CONTRACTED[last.jungseong];
  if (contracted) forms.push(head + join({ ...last, jungseong: contracted }));
  // Written out too: 막히어, 보아.
  if (contracted !== last.jungseong) forms.push(stem + vowel);
  return forms;
}

/** Endings written after the stem as they are: 막히고, 굳는, 갈라지며. */
const AFTER_STEM = [
  '고',
  '는',
  '지',
  '게',
  '기',
  '다',
  '도록',
  '는데',
  '지만',
  '거나',
  '는지',
  '던',
  '더니',
  '다가',
  '고서',
];
/** Endings after the 아 / 어 form: 막혀서, 굳어도, 벗겨졌다 (었 merges into the form). */
const AFTER_INFINITIVE = ['', '서', '도', '야', '요'];
const PAST = ['다', '고', '으며', '는데', '지만', '던', '습니다', '으나', '을'];
/** Endings that take 으 after a final consonant and merge into a final vowel: 굳은 / 막힌. */
const MERGING = ['ㄴ', 'ㄹ', 'ㅁ'];
const WITH_EU = ['면', '며', '니', '므로', '니까'];

/** Every written form of a stem (막히 → 막히고, 막힌, 막힘, 막혀서, 막혔다, 막힙니다 …). */
function formsOfStem(stem: string): Set<string> {
  const forms = new Set<string>();
  for (const ending of AFTER_STEM) forms.add(stem + ending);
  const last = syllableOf(stem.slice(-1));
  if (!last) return forms;
  const final = last.jongseong;
  if (!final) {
    for (const consonant of MERGING) {
      const merged = withFinal(stem, consonant);
      if (merged) forms.add(merged);
    }
    for (const ending of WITH_EU) forms.add(stem + ending);
    const polite = withFinal(stem, 'ㅂ');
    if (polite) forms.add(`${polite}니다`);
    const plain = withFinal(stem, 'ㄴ');
    if (plain) forms.add(`${plain}다`);
  } else if (final === 'ㄹ') {
    // ㄹ drops before ㄴ and ㅂ: 갈 → 가는, 간, 갑니다; 갈면, 갈며; 갊.
    const bare = replaceFinal(stem, '');
    forms.add(bare + '는');
    const dropped = withFinal(bare, 'ㄴ');
    if (dropped) forms.add(dropped);
    const polite = withFinal(bare, 'ㅂ');
    if (polite) forms.add(`${polite}니다`);
    forms.add(replaceFinal(stem, 'ㄹㅁ'));
    for (const ending of WITH_EU) forms.add(stem + ending);
  } else {
    for (const ending of ['은', '을', '음']) forms.add(stem + ending);
    for (const ending of WITH_EU) forms.add(`${stem}으${ending}`);
    forms.add(`${stem}습니다`);
    forms.add(`${stem}는다`);
    // ㅎ adjectives lose it before ㄴ: 누렇 → 누런, 하얗 → 하얀.
    if (final === 'ㅎ') {
      const merged = withFinal(replaceFinal(stem, ''), 'ㄴ');
      if (merged) forms.add(merged);
    }
    // ㅂ / ㄷ / ㅅ irregular stems before 으: 구운, 들은 (듣), 부은 (붓).
    const bare = replaceFinal(stem, '');
    if (final === 'ㅂ' && bIrregular(stem))
      for (const ending of ['운', '울', '움']) forms.add(bare + ending);
    if (final === 'ㄷ' && D_IRREGULAR.has(stem)) {
      const liquid = replaceFinal(stem, 'ㄹ');
      for (const ending of ['은', '을', '음']) forms.add(liquid + ending);
    }
    if (final === 'ㅅ' && S_IRREGULAR.has(stem))
      for (const ending of ['은', '을', '음']) forms.add(bare + ending);
  }
  for (const infinitive of infinitives(stem)) {
    for (const ending of AFTER_INFINITIVE) forms.add(infinitive + ending);
    const past = withFinal(infinitive, 'ㅆ');
    if (past) for (const ending of PAST) forms.add(past + ending);
  }
  return forms;
}

/** The stem of a dictionary form (막히다 → 막히), or null for a word that is not one. */
const stemOf = (verb: string): string | null =>
  verb.length >= 2 && verb.endsWith('다') ? verb.slice(0, -1) : null;

/**
 * Every form of every verb (and of its 지다 "become" compound: 굳어지다, 굳어진, 굳어짐)
 * → its dictionary form. A form two verbs share, or one of a single syllable, is left out:
 * it would say which verb only by guessing.
 */
export function koreanVerbForms(verbs: readonly string[]): Map<string, string> {
  const forms = new Map<string, string>();
  const shared = new Set<string>();
  const add = (form: string, verb: string) => {
    if (form.length < 2 || shared.has(form)) return;
    const known = forms.get(form);
    if (known === undefined) forms.set(form, verb);
    else if (known !== verb) {
      forms.delete(form);
      shared.add(form);
    }
  };
  for (const verb of verbs) {
    const stem = stemOf(verb);
    if (!stem) continue;
    add(verb, verb);
    for (const form of formsOfStem(stem)) add(form, verb);
    // A verb that is itself a 지다 "become" verb (갈라지다, 벗겨지다) has no such compound.
    if (stem.endsWith('지')) continue;
    for (const infinitive of infinitives(stem)) {
      const become = `${infinitive}지`;
      add(`${become}다`, verb);
      for (const form of formsOfStem(become)) add(form, verb);
    }
  }
  return forms;
}

// Built once: every form of the reviewed verbs → the verb.
const FORMS = koreanVerbForms(KOREAN_PROBLEM_VERBS.map(([verb]) => verb));

/**
 * The dictionary form of a Hangul word written as one of the reviewed verbs (막혀 →
 * 막히다), or null: the term a text's verb counts as, and through the glossary its concept.
 */
export const koreanVerb = (word: string): string | null => FORMS.get(word) ?? null;

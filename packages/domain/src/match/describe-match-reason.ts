import type { Language } from '../common/fields';
import type { CollaborationType } from '../need/need';
import {
  conceptFamilyLabel,
  countryLabel,
  glossaryLabel,
  naceLabel,
  regionLabel,
  technologyLabel,
} from '../reference';
import type { MatchReason, MatchReasonCode, MatchReasonParams } from './match-reason';
import { LISTED_TERMS } from './text-fit';

type Lookup = (code: string, language: Language) => string | undefined;

// As the web's need form names them, so a reason and the form use the same words.
const COLLABORATION_TYPE_LABELS: Readonly<Record<CollaborationType, Record<Language, string>>> = {
  RESEARCH_COOPERATION: { en: 'joint research', ko: '공동연구' },
  TECHNICAL_COOPERATION: { en: 'technical cooperation', ko: '기술협력' },
  LICENSE: { en: 'licence / technology transfer', ko: '기술이전·라이선스' },
  JOINT_VENTURE: { en: 'joint venture', ko: '합작투자' },
  SERVICE: { en: 'service contract', ko: '용역·서비스' },
  EQUIPMENT_ACCESS: { en: 'equipment access', ko: '장비 활용' },
};

const collaborationLabel: Lookup = (code, language) =>
  Object.hasOwn(COLLABORATION_TYPE_LABELS, code)
    ? COLLABORATION_TYPE_LABELS[code as CollaborationType][language]
    : undefined;

/** A list names this many items, then "…": a reason is one line. */
const LISTED = 3;

// Params come from storage and older versions too: every reader tolerates a missing or
// mistyped value, so a sentence never shows "undefined".
function numberParam(params: MatchReasonParams, key: string): number | undefined {
  const value = params[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringParam(params: MatchReasonParams, key: string): string | undefined {
  const value = params[key];
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function listParam(params: MatchReasonParams, key: string): readonly string[] {
  const value = params[key];
  if (typeof value === 'string') return value.length > 0 ? [value] : [];
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.length > 0)
    : [];
}

function list(items: readonly string[], language: Language, lookup?: Lookup, max = LISTED): string {
  const named = items
    .slice(0, max)
    .map((item) => (lookup ? (lookup(item, language) ?? item) : item));
  return items.length > max ? `${named.join(', ')}, …` : named.join(', ');
}

/** "Prefix: items", or the prefix alone when there is nothing to list. */
const labelled = (prefix: string, items: string): string =>
  items ? `${prefix}: ${items}` : prefix;

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

type Describe = (params: MatchReasonParams, language: Language) => string;

function shared(what: { en: [string, string]; ko: string }, lookup: Lookup): Describe {
  return (params, language) => {
    const codes = listParam(params, 'codes');
    const count = numberParam(params, 'count') ?? codes.length;
    const items = list(codes, language, lookup);
    if (language === 'ko')
      return labelled(count > 0 ? `${what.ko} ${count}개 공통` : `${what.ko} 공통`, items);
    const noun = plural(count, what.en[0], what.en[1]);
    return labelled(count > 0 ? `Shares ${count} ${noun}` : `Shares ${what.en[1]}`, items);
  };
}

function related(what: { en: string; ko: string }, lookup: Lookup): Describe {
  return (params, language) => {
    const items = list(listParam(params, 'codes'), language, lookup);
    const to = list(listParam(params, 'toCodes'), language, lookup);
    if (language === 'ko') return labelled(`인접 ${what.ko}`, items) + (to ? ` (${to} 인접)` : '');
    return labelled(`Related ${what.en}`, items) + (to ? ` (close to ${to})` : '');
  };
}

function trlRange(params: MatchReasonParams): string | undefined {
  const current = numberParam(params, 'current');
  const target = numberParam(params, 'target');
  if (current === undefined || target === undefined) return undefined;
  return current === target ? `${current}` : `${current}→${target}`;
}

function trlGap(direction: 'below' | 'above'): Describe {
  return (params, language) => {
    const trl = numberParam(params, 'trl');
    const range = trlRange(params);
    const levels = numberParam(params, 'levels');
    if (language === 'ko') {
      const gap = `${levels !== undefined ? `${levels}단계 ` : ''}${direction === 'below' ? '낮음' : '높음'}`;
      if (trl === undefined || range === undefined) return `TRL이 요구 범위보다 ${gap}`;
      return `TRL ${trl}, 요구 범위 ${range}보다 ${gap}`;
    }
    const gap =
      levels !== undefined
        ? `${levels} ${plural(levels, 'level', 'levels')} ${direction}`
        : direction;
    if (trl === undefined || range === undefined) return `TRL is ${gap} the range sought`;
    return `TRL ${trl} is ${gap} ${range}`;
  };
}

function countries(params: MatchReasonParams, language: Language): string {
  const names = ['needCountry', 'capabilityCountry']
    .map((key) => stringParam(params, key))
    .filter((code): code is string => code !== undefined)
    .map((code) => countryLabel(code, language) ?? code);
  return names.length === 2 && names[0] !== names[1] ? names.join(' ↔ ') : (names[0] ?? '');
}

const wrap = (text: string): string => (text ? ` (${text})` : '');

const DISMISSAL_NAMES: Readonly<Record<string, Record<Language, string>>> = {
  TOO_EARLY: { en: "'too early'", ko: "'너무 이른 단계'" },
  TOO_MATURE: { en: "'too mature'", ko: "'너무 성숙한 단계'" },
};

const KIND_NAMES: Readonly<Record<string, Record<Language, string>>> = {
  EQUIPMENT: { en: 'Equipment', ko: '장비' },
  FACILITY: { en: 'Facility', ko: '시설' },
  SERVICE: { en: 'Service', ko: '서비스' },
};

const DESCRIBE: Readonly<Record<MatchReasonCode, Describe>> = {
  SHARED_TECHNOLOGY: shared(
    { en: ['technology area', 'technology areas'], ko: '기술분야' },
    technologyLabel,
  ),
  RELATED_TECHNOLOGY: related({ en: 'technology areas', ko: '기술분야' }, technologyLabel),
  SHARED_SECTORS: shared({ en: ['sector', 'sectors'], ko: '산업분야' }, naceLabel),
  RELATED_SECTORS: related({ en: 'sectors', ko: '산업분야' }, naceLabel),
  MATCHED_TERMS: (params, language) => {
    const terms = listParam(params, 'terms');
    const count = numberParam(params, 'count') ?? terms.length;
    // The match lists a few of its terms; count says how many there were.
    const more = terms.length > LISTED_TERMS || count > terms.length;
    const items = terms.slice(0, LISTED_TERMS).join(', ') + (more && terms.length > 0 ? ', …' : '');
    return labelled(language === 'ko' ? '일치하는 용어' : 'Matching terms', items);
  },
  MATCHED_CONCEPTS: (params, language) => {
    // Named in the reader's language: a Korean need meeting an English capability reads
    // "같은 개념: 분리판" to the one and "Same concepts: bipolar plate" to the other.
    const concepts = listParam(params, 'concepts');
    const items = list(concepts, language, glossaryLabel, LISTED_TERMS);
    return labelled(language === 'ko' ? '같은 기술 개념' : 'Same technical concepts', items);
  },
  RELATED_CONCEPTS: (params, language) => {
    // Different concepts of one family (ECG and EMG: biosignals): named by the family.
    const families = listParam(params, 'families');
    const items = list(families, language, conceptFamilyLabel, LISTED_TERMS);
    return labelled(language === 'ko' ? '관련 기술 분야' : 'Related technical fields', items);
  },
  TRL_NOT_APPLICABLE: (params, language) => {
    const kind = stringParam(params, 'kind');
    const what = kind ? KIND_NAMES[kind]?.[language] : undefined;
    if (language === 'ko')
      return `${what ?? '장비·시설·서비스'}: TRL 대신 이용 가능성으로 판단 (요청한 협력 방식 제공)`;
    return `${what ?? 'Equipment, facility or service'}: judged on availability, not TRL (offers the way of working sought)`;
  },
  TRL_MATURE_SUPPLIER: (params, language) => {
    const trl = numberParam(params, 'trl');
    const range = trlRange(params);
    if (language === 'ko')
      return `${trl !== undefined ? `TRL ${trl}의 ` : ''}검증된 공급처: 공급·서비스를 찾는 수요에 적합${wrap(range ?? '')}`;
    return `Proven supplier${trl !== undefined ? ` at TRL ${trl}` : ''}: fits a need seeking a supplier or service${wrap(range ?? '')}`;
  },
  TRL_FITS: (params, language) => {
    const trl = numberParam(params, 'trl');
    const range = trlRange(params);
    if (trl === undefined || range === undefined)
      return language === 'ko' ? 'TRL이 요구 범위에 맞음' : 'TRL fits the range sought';
    return language === 'ko' ? `TRL ${trl}, 요구 범위 ${range}에 맞음` : `TRL ${trl} fits ${range}`;
  },
  TRL_BELOW: trlGap('below'),
  TRL_ABOVE: trlGap('above'),
  COLLABORATION_FITS: (params, language) =>
    labelled(
      language === 'ko' ? '희망 협력 유형 제공' : 'Offers the collaboration sought',
      list(listParam(params, 'types'), language, collaborationLabel, 6),
    ),
  COLLABORATION_DIFFERS: (params, language) => {
    const offered = list(listParam(params, 'offered'), language, collaborationLabel, 6);
    const sought = list(listParam(params, 'sought'), language, collaborationLabel, 6);
    if (!offered || !sought)
      return language === 'ko'
        ? '제공 협력 유형이 희망 유형과 다름'
        : 'Offers other kinds of collaboration than those sought';
    return language === 'ko'
      ? `제공 협력 유형(${offered})이 희망 유형(${sought})과 다름`
      : `Offers ${offered}, not the ${sought} sought`;
  },
  SAME_CLUSTER: (params, language) => {
    const names = listParam(params, 'clusterNames');
    if (language === 'ko') return labelled('같은 클러스터 회원', list(names, language));
    return labelled(
      names.length > 1 ? 'Members of the same clusters' : 'Member of the same cluster',
      list(names, language),
    );
  },
  PARTNER_CLUSTER: (params, language) =>
    labelled(
      language === 'ko' ? '파트너 클러스터 회원' : 'Member of a partner cluster',
      list(listParam(params, 'clusterNames'), language),
    ),
  SAME_REGION: (params, language) => {
    const region = stringParam(params, 'region');
    const name = region ? (regionLabel(region, language) ?? region) : '';
    return labelled(language === 'ko' ? '같은 지역' : 'In the same region', name);
  },
  SAME_COUNTRY: (params, language) => {
    const country = stringParam(params, 'country');
    const name = country ? (countryLabel(country, language) ?? country) : '';
    return labelled(language === 'ko' ? '같은 국가' : 'In the same country', name);
  },
  ABROAD_WELCOME: (params, language) =>
    language === 'ko'
      ? `해외 협력${wrap(countries(params, language))}: 해외 파트너 환영`
      : `International partner${wrap(countries(params, language))}, welcome for this need`,
  ABROAD: (params, language) =>
    language === 'ko'
      ? `해외 소재${wrap(countries(params, language))}`
      : `In another country${wrap(countries(params, language))}`,
  EARLIER_COLLABORATION: (params, language) => {
    const count = numberParam(params, 'count');
    if (language === 'ko')
      return count !== undefined ? `이전 협력 ${count}회` : '이전 협력 경험 있음';
    if (count === undefined) return 'Worked together before';
    return count === 1 ? 'Worked together once before' : `Worked together ${count} times before`;
  },
  LEARNED_TRL: (params, language) => {
    const up = stringParam(params, 'direction') !== 'DOWN';
    const dismissal =
      DISMISSAL_NAMES[stringParam(params, 'dismissal') ?? (up ? 'TOO_EARLY' : 'TOO_MATURE')];
    const levels = numberParam(params, 'levels');
    if (language === 'ko') {
      const which = dismissal ? `${dismissal.ko} ` : '';
      const by = levels !== undefined ? `${levels}단계 ` : '';
      return `이전 ${which}거절 사유를 반영해 선호 TRL을 ${by}${up ? '올림' : '내림'}`;
    }
    const which = dismissal ? `${dismissal.en} ` : '';
    const by = levels !== undefined ? ` by ${levels}` : '';
    return `Your earlier ${which}dismissals moved the TRL preference ${up ? 'up' : 'down'}${by}`;
  },
  LEARNED_FIELD: (params, language) => {
    const items = list(listParam(params, 'codes'), language, technologyLabel);
    if (language === 'ko')
      return `순위 낮춤: 이전에 '우리 분야 아님'으로 표시한 분야${wrap(items)}`;
    return items
      ? `Ranked lower: you marked ${items} as not your field before`
      : 'Ranked lower: you marked this field as not yours before';
  },
  MATCHING_CAPABILITIES: (params, language) => {
    const count = numberParam(params, 'count');
    const best = numberParam(params, 'best');
    if (language === 'ko')
      return `이 기술수요에 맞는 보유역량 ${count !== undefined ? `${count}개` : '있음'}${best !== undefined ? ` (최고 ${best}%)` : ''}`;
    const fit =
      count !== undefined
        ? `${count} ${plural(count, 'capability fits', 'capabilities fit')}`
        : 'Capabilities fit';
    return `${fit} this need${best !== undefined ? ` (best ${best}%)` : ''}`;
  },
  TRACK_RECORD: (params, language) => {
    const count = numberParam(params, 'count');
    if (language === 'ko')
      return count !== undefined
        ? `이 기술분야 협력 실적 ${count}건`
        : '이 기술분야 협력 실적 있음';
    if (count === undefined) return "Earlier projects in this need's technology areas";
    return `${count} earlier ${plural(count, 'project', 'projects')} in this need's technology areas`;
  },
};

/** One line explaining a reason, in English or Korean, with codes named by their labels. */
export function describeMatchReason(
  reason: Pick<MatchReason, 'code' | 'params'>,
  language: Language,
): string {
  const describe = Object.hasOwn(DESCRIBE, reason.code) ? DESCRIBE[reason.code] : undefined;
  return describe ? describe(reason.params ?? {}, language) : reason.code;
}

import {
  isOptionsGroup,
  type ComboboxData,
  type ComboboxItem,
  type ComboboxItemGroup,
  type ComboboxParsedItem,
  type OptionsFilter,
} from '@mantine/core';
import {
  COUNTRIES,
  CURRENCIES,
  countryLabel,
  currencyLabel,
  isMoneyCurrency,
  NACE_CODES,
  naceLabel,
  codeMatchRank,
  rankByCode,
  regionLabel,
  regionsOf,
  TECHNOLOGY_TAXONOMY,
  technologyLabel,
  TRL_LEVELS,
  type Language,
  type NaceCode,
  type TechnologyArea,
} from '@spillover/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';

const collator = (language: Language) => new Intl.Collator(language === 'ko' ? 'ko-KR' : 'en-GB');

/** Countries as select options, sorted by their name in the UI language. */
export function countryOptions(language: Language): ComboboxItem[] {
  const compare = collator(language).compare;
  return COUNTRIES.map((country) => ({
    value: country.code,
    label: language === 'ko' ? country.ko : country.en,
  })).sort((a, b) => compare(a.label, b.label));
}

/** The regions of one country only (none when the platform has no list for it). */
export function regionOptions(
  country: string | null | undefined,
  language: Language,
): ComboboxItem[] {
  if (!country) return [];
  return regionsOf(country).map((region) => ({
    value: region.code,
    label: language === 'ko' ? region.ko : region.en,
  }));
}

/** NACE sections with their divisions grouped under them; the code is part of the label so it can be searched. */
export function sectorOptions(language: Language): ComboboxItemGroup<ComboboxItem>[] {
  const groups: ComboboxItemGroup<ComboboxItem>[] = [];
  for (const entry of NACE_CODES as readonly NaceCode[]) {
    const label = `${entry.code} · ${language === 'ko' ? entry.ko : entry.en}`;
    if (entry.level === 'SECTION')
      groups.push({ group: label, items: [{ value: entry.code, label }] });
    else groups[groups.length - 1]?.items.push({ value: entry.code, label });
  }
  return groups;
}

/** Technology areas (대분류) with their fields (중분류) grouped under each. */
export function technologyOptions(language: Language): ComboboxItemGroup<ComboboxItem>[] {
  const groups = new Map<string, ComboboxItemGroup<ComboboxItem>>();
  for (const entry of TECHNOLOGY_TAXONOMY as readonly TechnologyArea[]) {
    const label = `${entry.code} · ${language === 'ko' ? entry.ko : entry.en}`;
    const areaCode = entry.parent ?? entry.code;
    if (!entry.parent)
      groups.set(entry.code, { group: label, items: [{ value: entry.code, label }] });
    else groups.get(areaCode)?.items.push({ value: entry.code, label });
  }
  return [...groups.values()];
}

/** A technology readiness level with its stage in the UI language ("TRL 4 · Technology validated in lab"). */
export function trlLabel(level: number, language: Language): string {
  const entry = TRL_LEVELS.find((trl) => trl.level === level);
  return entry ? `TRL ${level} · ${language === 'ko' ? entry.ko : entry.en}` : `TRL ${level}`;
}

/** The nine levels as select options; the value is the level as text. */
export function trlOptions(language: Language): ComboboxItem[] {
  return TRL_LEVELS.map((trl) => ({
    value: String(trl.level),
    label: trlLabel(trl.level, language),
  }));
}

/**
 * Currencies in which an amount can be stated (ISO 4217 with minor units), by code; the
 * name is part of the label so "won" or "원" finds KRW.
 */
export function currencyOptions(language: Language): ComboboxItem[] {
  return CURRENCIES.filter((currency) => isMoneyCurrency(currency.code)).map((currency) => ({
    value: currency.code,
    label: `${currency.code} · ${language === 'ko' ? currency.ko : currency.en}`,
  }));
}

const asCode = (item: ComboboxItem) => ({ code: item.value, label: item.label });
const ranked = (items: readonly ComboboxItem[], search: string) =>
  rankByCode(items, search, asCode);

/**
 * The filter of every code picker: options ranked by the domain's rankByCode (the code
 * typed exactly first, so EUR offers EUR · Euro before CHE · WIR Euro). A group (a NACE
 * section, a technology area) keeps its items together and comes as early as its best item.
 */
export const codeFilter: OptionsFilter = ({ options, search, limit }) => {
  const loose = ranked(
    options.filter((option): option is ComboboxItem => !isOptionsGroup(option)),
    search,
  );
  const groups = options
    .filter(isOptionsGroup)
    .map((group, index) => ({ group, index, items: ranked(group.items, search) }))
    .filter((entry) => entry.items.length > 0);
  const best = (items: readonly ComboboxItem[]) =>
    Math.min(...items.map((item) => codeMatchRank(asCode(item), search) ?? Infinity));
  groups.sort((a, b) => best(a.items) - best(b.items) || a.index - b.index);
  let left = limit;
  const take = (items: ComboboxItem[]) => {
    const kept = items.slice(0, Math.max(left, 0));
    left -= kept.length;
    return kept;
  };
  const result: ComboboxParsedItem[] = take(loose);
  for (const { group, items } of groups) {
    const kept = take(items);
    if (kept.length) result.push({ ...group, items: kept });
  }
  return result;
};

/** Options and labels of the code lists in the current UI language. */
export function useReference() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return useMemo(() => {
    const countryName = (code: string) => countryLabel(code, language) ?? code;
    const regionName = (code: string | null | undefined) =>
      code ? (regionLabel(code, language) ?? code) : '';
    return {
      language,
      countries: countryOptions(language) as ComboboxData,
      regionsOf: (country: string | null | undefined) => regionOptions(country, language),
      sectors: sectorOptions(language),
      technologies: technologyOptions(language),
      trls: trlOptions(language),
      currencies: currencyOptions(language),
      countryLabel: countryName,
      regionLabel: regionName,
      /** "Region, Country", or the country alone. */
      placeLabel: (place: { country: string; region: string | null }) =>
        [regionName(place.region), countryName(place.country)].filter(Boolean).join(', '),
      sectorLabel: (code: string) => naceLabel(code, language) ?? code,
      technologyLabel: (code: string) => technologyLabel(code, language) ?? code,
      trlLabel: (level: number) => trlLabel(level, language),
      currencyLabel: (code: string) => currencyLabel(code, language) ?? code,
    };
  }, [language]);
}

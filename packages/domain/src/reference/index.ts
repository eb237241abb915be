// Reference code lists (countries, regions, NACE sectors, technology taxonomy) and the
// lookups every validator, matcher and label renderer uses. Indexes are built once at
// module load, so each lookup is a Map read; the lists are never mutated.
import { COUNTRIES, type CountryCode } from './countries';
import { NACE_CODES, type NaceCodeValue } from './nace';
import { REGIONS, type RegionCode } from './regions';
import { TECHNOLOGY_TAXONOMY, type TechnologyCode } from './technology';
import type {
  Country,
  Language,
  LocalizedLabel,
  NaceCode,
  NaceDivision,
  Region,
  TechnologyArea,
} from './types';

export type {
  Country,
  Language,
  LocalizedLabel,
  NaceCode,
  NaceDivision,
  NaceLevel,
  NaceSection,
  Region,
  TechnologyArea,
  TechnologyLevel,
} from './types';
export { COUNTRIES, type CountryCode } from './countries';
export { REGIONS, type RegionCode } from './regions';
export { NACE_CODES, type NaceCodeValue } from './nace';
export { TECHNOLOGY_TAXONOMY, type TechnologyCode } from './technology';

export type NaceSectionCode = Extract<(typeof NACE_CODES)[number], { level: 'SECTION' }>['code'];
export type TechnologyAreaCode = Extract<
  (typeof TECHNOLOGY_TAXONOMY)[number],
  { level: 'AREA' }
>['code'];

const NONE: readonly never[] = Object.freeze([]);

function indexBy<T extends { readonly code: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item): [string, T] => [item.code, item]));
}

function groupBy<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
): ReadonlyMap<string, readonly T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const countryByCode = indexBy<Country>(COUNTRIES);
const regionByCode = indexBy<Region>(REGIONS);
const regionsByCountry = groupBy<Region>(REGIONS, (r) => r.country);
const naceList: readonly NaceCode[] = NACE_CODES;
const naceByCode = indexBy(naceList);
const naceDivisionsBySection = groupBy(
  naceList.filter((n): n is NaceDivision => n.level === 'DIVISION'),
  (d) => d.section,
);
const technologyByCode = indexBy<TechnologyArea>(TECHNOLOGY_TAXONOMY);
const technologyChildrenByCode = groupBy<TechnologyArea>(TECHNOLOGY_TAXONOMY, (t) => t.parent);

/** The label of an entry in the caller's language. */
export function localize(entry: LocalizedLabel, lang: Language): string {
  return lang === 'ko' ? entry.ko : entry.en;
}

// ---- Countries (ISO 3166-1 alpha-2) ----

/** True for an assigned ISO 3166-1 alpha-2 code, exactly as listed (upper case). */
export function isCountryCode(code: unknown): code is CountryCode {
  return typeof code === 'string' && countryByCode.has(code);
}

export function findCountry(code: string): Country | undefined {
  return countryByCode.get(code);
}

export function countryLabel(code: string, lang: Language): string | undefined {
  const country = countryByCode.get(code);
  return country && localize(country, lang);
}

// ---- Regions (ISO 3166-2 first-level subdivisions) ----

export function isRegionCode(code: unknown): code is RegionCode {
  return typeof code === 'string' && regionByCode.has(code);
}

export function findRegion(code: string): Region | undefined {
  return regionByCode.get(code);
}

/** Regions of a country, in list order; none for a country without a subdivision list. */
export function regionsOf(country: string): readonly Region[] {
  return regionsByCountry.get(country) ?? NONE;
}

/** Whether the platform has a subdivision list for the country (so a region can be asked). */
export function hasRegions(country: string): boolean {
  return regionsByCountry.has(country);
}

export function regionBelongsTo(region: string, country: string): boolean {
  return regionByCode.get(region)?.country === country;
}

export function regionLabel(code: string, lang: Language): string | undefined {
  const region = regionByCode.get(code);
  return region && localize(region, lang);
}

// ---- Sectors (NACE Rev.2 sections and divisions) ----

/** True for a NACE Rev.2 section letter (A–U) or a two-digit division (e.g. 29). */
export function isNaceCode(code: unknown): code is NaceCodeValue {
  return typeof code === 'string' && naceByCode.has(code);
}

export function findNaceCode(code: string): NaceCode | undefined {
  return naceByCode.get(code);
}

/** The section letter of a division, or the section itself; undefined for unknown codes. */
export function naceSectionOf(code: string): NaceSectionCode | undefined {
  const entry = naceByCode.get(code);
  if (!entry) return undefined;
  return (entry.level === 'SECTION' ? entry.code : entry.section) as NaceSectionCode;
}

export function naceDivisionsOf(section: string): readonly NaceDivision[] {
  return naceDivisionsBySection.get(section) ?? NONE;
}

export function naceLabel(code: string, lang: Language): string | undefined {
  const entry = naceByCode.get(code);
  return entry && localize(entry, lang);
}

// ---- Technology taxonomy (areas and fields) ----

export function isTechnologyCode(code: unknown): code is TechnologyCode {
  return typeof code === 'string' && technologyByCode.has(code);
}

export function findTechnology(code: string): TechnologyArea | undefined {
  return technologyByCode.get(code);
}

/** The fields of an area; none for a field or an unknown code. */
export function technologyChildren(code: string): readonly TechnologyArea[] {
  return technologyChildrenByCode.get(code) ?? NONE;
}

/** The area a field belongs to; undefined for an area or an unknown code. */
export function technologyParent(code: string): TechnologyArea | undefined {
  const parent = technologyByCode.get(code)?.parent;
  return parent === undefined ? undefined : technologyByCode.get(parent);
}

/** The area code of a field, or the code itself for an area (used to match related fields). */
export function technologyAreaOf(code: string): TechnologyAreaCode | undefined {
  const entry = technologyByCode.get(code);
  if (!entry) return undefined;
  return (entry.parent ?? entry.code) as TechnologyAreaCode;
}

export const TECHNOLOGY_AREAS: readonly TechnologyArea[] = TECHNOLOGY_TAXONOMY.filter(
  (t) => t.level === 'AREA',
);

export function technologyLabel(code: string, lang: Language): string | undefined {
  const entry = technologyByCode.get(code);
  return entry && localize(entry, lang);
}

// ---- All lists together, for the API to expose ----

export const referenceData = {
  countries: COUNTRIES,
  regions: REGIONS,
  nace: NACE_CODES,
  technology: TECHNOLOGY_TAXONOMY,
} as const;

export type ReferenceListName = keyof typeof referenceData;

export const REFERENCE_SOURCES: Readonly<Record<ReferenceListName, string>> = {
  countries: 'ISO 3166-1 (ISO Online Browsing Platform); Korean names after 외교부',
  regions:
    'ISO 3166-2 first-level subdivisions (KR, AT, BE, DE, DK, ES, FI, FR, IT, JP, NL, SE, US)',
  nace: 'Eurostat NACE Rev.2 (2008) sections and divisions; Korean labels after KSIC 10th revision',
  technology:
    '국가과학기술표준분류체계 (2018 revision), adapted: areas official, fields after the scheme',
};

const labelLookups: Readonly<
  Record<ReferenceListName, (code: string, lang: Language) => string | undefined>
> = {
  countries: countryLabel,
  regions: regionLabel,
  nace: naceLabel,
  technology: technologyLabel,
};

/** Label of a code in any list, e.g. referenceLabel('nace', '29', 'ko'). */
export function referenceLabel(
  list: ReferenceListName,
  code: string,
  lang: Language,
): string | undefined {
  return labelLookups[list](code, lang);
}
export * from './technical-glossary';
export * from './concept-families';

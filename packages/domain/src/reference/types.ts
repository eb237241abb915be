import type { Language } from '../common/fields';

// One Language type for the whole package: it is declared with the other input fields and
// re-exported here so reference-data callers need not know where it lives.
export type { Language };

export type LocalizedLabel = { readonly en: string; readonly ko: string };

/** ISO 3166-1 country: alpha-2 `code` is what the platform stores. */
export interface Country extends LocalizedLabel {
  readonly code: string;
  readonly alpha3: string;
}

/** ISO 3166-2 first-level subdivision; `country` is its ISO 3166-1 alpha-2 code. */
export interface Region extends LocalizedLabel {
  readonly code: string;
  readonly country: string;
}

export type NaceLevel = 'SECTION' | 'DIVISION';

export interface NaceSection extends LocalizedLabel {
  readonly code: string;
  readonly level: 'SECTION';
}

export interface NaceDivision extends LocalizedLabel {
  readonly code: string;
  readonly level: 'DIVISION';
  /** Letter of the section the division belongs to. */
  readonly section: string;
}

/** A NACE Rev.2 section (A–U) or division (01–99). */
export type NaceCode = NaceSection | NaceDivision;

export type TechnologyLevel = 'AREA' | 'FIELD';

/** A node of the technology taxonomy: an AREA (대분류) or a FIELD (중분류) under one. */
export interface TechnologyArea extends LocalizedLabel {
  readonly code: string;
  readonly level: TechnologyLevel;
  /** Code of the AREA a FIELD belongs to; absent on areas. */
  readonly parent?: string;
}

import { z } from 'zod';
import { isCountryCode, isNaceCode, isRegionCode, isTechnologyCode } from '../reference';

// Code-list fields: every input that names a country, region, sector or technology area
// goes through one of these, so an unknown code never reaches the database.
export const countryCodeSchema = z
  .string({ message: 'Choose a country.' })
  .refine((code): boolean => isCountryCode(code), {
    message: 'Choose a country from the ISO 3166-1 list (e.g. KR).',
  });

export const regionCodeSchema = z
  .string({ message: 'Choose a region.' })
  .refine((code): boolean => isRegionCode(code), {
    message: 'Choose a region from the ISO 3166-2 list (e.g. KR-27).',
  });

const uniqueCodes = <T extends z.ZodType<string>>(item: T, what: string, max: number) =>
  z
    .array(item)
    .max(max, `Choose at most ${max} ${what}.`)
    .refine((codes) => new Set(codes).size === codes.length, {
      message: `Each of the ${what} may be chosen once.`,
    });

export const sectorCodesSchema = uniqueCodes(
  z.string().refine((code): boolean => isNaceCode(code), {
    message:
      'Choose sectors from NACE Rev.2: a section letter or a division number (e.g. C or 29).',
  }),
  'sectors',
  20,
);

export const technologyAreaCodesSchema = uniqueCodes(
  z.string().refine((code): boolean => isTechnologyCode(code), {
    message: 'Choose technology areas from the platform taxonomy (e.g. EF05).',
  }),
  'technology areas',
  30,
);

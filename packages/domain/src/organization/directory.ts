import { z } from 'zod';
import {
  countryCodeSchema,
  regionCodeSchema,
  sectorCodesSchema,
  technologyAreaCodesSchema,
} from '../common/codes';
import { naceDivisionsOf, technologyChildren } from '../reference';
import { ORGANIZATION_KINDS, ORGANIZATION_SIZES } from './organization';

/** Filters of the public organization directory. */
export const organizationFilterSchema = z.object({
  query: z.string().trim().max(200, 'A search has at most 200 characters.').nullish(),
  kinds: z.array(z.enum(ORGANIZATION_KINDS, { message: 'Unknown organization kind.' })).nullish(),
  sizes: z.array(z.enum(ORGANIZATION_SIZES, { message: 'Unknown size.' })).nullish(),
  countries: z.array(countryCodeSchema).max(50, 'Choose at most 50 countries.').nullish(),
  regions: z.array(regionCodeSchema).max(50, 'Choose at most 50 regions.').nullish(),
  sectors: sectorCodesSchema.nullish(),
  technologyAreas: technologyAreaCodesSchema.nullish(),
});
export type OrganizationFilter = z.output<typeof organizationFilterSchema>;

/** A technology area filter matches the area itself and every field below it. */
export function expandTechnologyAreas(codes: readonly string[]): string[] {
  return [
    ...new Set(
      codes.flatMap((code) => [code, ...technologyChildren(code).map((child) => child.code)]),
    ),
  ];
}

/** A NACE section filter (e.g. C, manufacturing) matches the section and all its divisions. */
export function expandSectors(codes: readonly string[]): string[] {
  return [
    ...new Set(
      codes.flatMap((code) => [code, ...naceDivisionsOf(code).map((division) => division.code)]),
    ),
  ];
}

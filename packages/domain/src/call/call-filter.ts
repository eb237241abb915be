import { z } from 'zod';
import { countryCodeSchema } from '../common/codes';
import { uuidSchema } from '../common/fields';
import { CALL_PHASES } from './call-status';

/** The call list's filter: a phase by the server clock, a cluster (running or funding), a country. */
export const callFilterSchema = z.object({
  phase: z
    .enum(CALL_PHASES, { message: 'Choose a phase: DRAFT, UPCOMING, OPEN or CLOSED.' })
    .nullish(),
  clusterId: uuidSchema('The cluster').nullish(),
  country: countryCodeSchema.nullish(),
});
export type CallFilter = z.output<typeof callFilterSchema>;

import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from './audit-actions';

const id = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .uuid({ message: `This ${what} id is not valid.` });

/**
 * What a reader of the audit trail may narrow it to. Filters only narrow: the API applies
 * them on top of the policy's predicate of the events the reader may see.
 */
export const auditFilterSchema = z
  .object({
    clusterId: id('cluster').nullish(),
    organizationId: id('organization').nullish(),
    actorId: id('person').nullish(),
    actions: z
      .array(z.enum(AUDIT_ACTIONS, { message: 'Choose actions from the list.' }))
      .max(AUDIT_ACTIONS.length, 'Choose actions from the list.')
      .nullish(),
    objectType: z
      .enum(AUDIT_OBJECT_TYPES, { message: 'Choose a kind of object from the list.' })
      .nullish(),
    objectId: id('object').nullish(),
    /** Inclusive start and exclusive end of the period. */
    since: z.date({ message: 'Enter a date and time with an offset.' }).nullish(),
    until: z.date({ message: 'Enter a date and time with an offset.' }).nullish(),
  })
  .refine((filter) => !filter.since || !filter.until || filter.since < filter.until, {
    path: ['until'],
    message: 'The end of the period must be after its start.',
  });
export type AuditFilter = z.output<typeof auditFilterSchema>;

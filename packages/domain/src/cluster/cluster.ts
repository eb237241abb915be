import { z } from 'zod';
import { countryCodeSchema, regionCodeSchema, sectorCodesSchema } from '../common/codes';
import { emailSchema, reasonSchema } from '../common/fields';
import { regionBelongsTo } from '../reference';
import type { OrganizationKind } from '../organization/organization';
import { trimInvisible } from '../common/text';

/**
 * Who may run a cluster: a cluster organization, or a public agency (a regional agency,
 * a KICOX regional office). A firm or a university joins clusters; it does not run one.
 */
export const CLUSTER_RUNNER_KINDS = [
  'CLUSTER_ORGANIZATION',
  'PUBLIC_AGENCY',
] as const satisfies readonly OrganizationKind[];

export const canRunCluster = (kind: OrganizationKind): boolean =>
  (CLUSTER_RUNNER_KINDS as readonly OrganizationKind[]).includes(kind);

export const clusterSchema = z
  .object({
    nameEn: z
      .string({ message: 'Enter the English name.' })
      .overwrite(trimInvisible)
      .min(2, 'Enter the English name (at least 2 characters).')
      .max(200, 'A name has at most 200 characters.'),
    nameKo: z
      .string({ message: 'Enter the Korean name.' })
      .overwrite(trimInvisible)
      .min(2, 'Enter the Korean name (at least 2 characters).')
      .max(200, 'A name has at most 200 characters.'),
    organizationId: z
      .string()
      .trim()
      .toLowerCase()
      .uuid({ message: 'Choose the cluster organization.' }),
    country: countryCodeSchema,
    region: regionCodeSchema.nullish(),
    focusSectors: sectorCodesSchema.refine((codes) => codes.length > 0, {
      message: 'Choose at least one focus sector.',
    }),
    description: z
      .string()
      .trim()
      .max(5000, 'A description has at most 5000 characters.')
      .default(''),
  })
  .superRefine((value, ctx) => {
    if (value.region && !regionBelongsTo(value.region, value.country))
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `Region ${value.region} is not in country ${value.country}.`,
      });
  });
export type ClusterInput = z.input<typeof clusterSchema>;
export type ClusterValues = z.output<typeof clusterSchema>;

const id = (what: string) =>
  z
    .string()
    .trim()
    .toLowerCase()
    .uuid({ message: `Choose ${what}.` });

export const appointClusterManagerSchema = z.object({
  clusterId: id('the cluster'),
  email: emailSchema,
});

export const applyToClusterSchema = z.object({
  clusterId: id('the cluster'),
  organizationId: id('the organization that applies'),
  message: z.string().trim().max(2000, 'A message has at most 2000 characters.').default(''),
});
export type ApplyToClusterInput = z.output<typeof applyToClusterSchema>;

/** Admit needs no reason; reject and remove do (the transition enforces it). */
export const clusterDecisionSchema = z.object({
  membershipId: id('the application'),
  reason: reasonSchema.nullish(),
});
export type ClusterDecisionInput = z.output<typeof clusterDecisionSchema>;

export const clusterFilterSchema = z.object({
  query: z.string().trim().max(200, 'A search has at most 200 characters.').nullish(),
  countries: z.array(countryCodeSchema).max(50, 'Choose at most 50 countries.').nullish(),
});
export type ClusterFilter = z.output<typeof clusterFilterSchema>;

import { z } from 'zod';
import { DomainError, badInput, errorKey } from '../errors/domain-error';
import { parseInput } from '../validation/parse-input';
import { trimInvisible } from '../common/text';

/**
 * The owner's NDA terms for a need's confidential details (비밀유지계약). Another organization
 * sees the details once one of its ORG_ADMINs accepts the current version; an acceptance is
 * of one version only, so new terms (a new version) must be accepted again.
 */
export const ndaTermsSchema = z.object({
  text: z
    .string({ message: 'Enter the text of the NDA terms.' })
    .overwrite(trimInvisible)
    .min(20, 'The NDA terms have at least 20 characters.')
    .max(20000, 'The NDA terms have at most 20000 characters.'),
  version: z
    .string({ message: 'Name the version of the NDA terms, like v1 or 2026-11.' })
    .trim()
    .min(1, 'Name the version of the NDA terms, like v1 or 2026-11.')
    .max(32, 'A version name has at most 32 characters.')
    .regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      'Name the version with letters, digits, dots, dashes or underscores, like v1, 1.2 or 2026-11.',
    ),
});
export type NdaTermsInput = z.input<typeof ndaTermsSchema>;
export type NdaTerms = z.output<typeof ndaTermsSchema>;

export type NdaTermsChange = 'UNCHANGED' | 'NEW_VERSION';

const sameVersion = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/**
 * Checks new terms against the need's current terms and every version it used before.
 * Same version and same text: UNCHANGED (nothing to record). Different text under the
 * current version, or a version used earlier (v1 → v2 → "v1" again), is refused on
 * `version`: earlier acceptances must never count for text nobody accepted. Versions are
 * compared without regard to case, so V1 and v1 are the same version.
 */
export function ndaTermsChange(
  next: NdaTermsInput,
  history: { current: NdaTerms | null; usedVersions?: readonly string[] },
): { terms: NdaTerms; change: NdaTermsChange } {
  const terms = parseInput(ndaTermsSchema, next);
  const { current } = history;
  if (current && sameVersion(current.version, terms.version)) {
    if (current.text === terms.text) return { terms: current, change: 'UNCHANGED' };
    throw badInput(
      'version',
      `Changed terms need a new version (the current one is ${current.version}), so that organizations accept the new text.`,
      errorKey('nda.versionUnchanged'),
      { version: current.version },
    );
  }
  if ((history.usedVersions ?? []).some((used) => sameVersion(used, terms.version)))
    throw badInput(
      'version',
      `Version ${terms.version} was used before for other terms; choose a new version name.`,
      errorKey('nda.versionUsed'),
      { version: terms.version },
    );
  return { terms, change: 'NEW_VERSION' };
}

export const ndaAcceptanceSchema = z.object({
  needId: z
    .string()
    .trim()
    .toLowerCase()
    .uuid({ message: 'Choose the need whose NDA you accept.' }),
  organizationId: z
    .string()
    .trim()
    .toLowerCase()
    .uuid({ message: 'Choose the organization that accepts the NDA.' }),
  version: z
    .string({ message: 'Say which version of the NDA you accept.' })
    .trim()
    .min(1, 'Say which version of the NDA you accept.')
    .max(32, 'A version name has at most 32 characters.'),
});
export type NdaAcceptanceInput = z.output<typeof ndaAcceptanceSchema>;

/**
 * NDA terms belong to a need that is still a draft or open: a closed need takes no new
 * terms and no new acceptances (nothing more will be shared under it).
 */
export function assertNdaChangeable(
  status: 'DRAFT' | 'OPEN' | 'CLOSED',
  action: 'set' | 'accept',
): void {
  if (status === 'CLOSED')
    throw new DomainError(
      'CONFLICT',
      action === 'set'
        ? 'This need is closed; its NDA terms can no longer change.'
        : 'This need is closed; there is nothing more to accept.',
      {
        field: 'status',
        key: action === 'set' ? errorKey('nda.closedNoChange') : errorKey('nda.closedNoAccept'),
      },
    );
}

/**
 * An acceptance names the version the person read. If the owner changed the terms meanwhile,
 * the acceptance is refused (CONFLICT on `version`) rather than applied to text not read.
 */
export function assertAcceptsCurrentNda(
  currentVersion: string | null,
  acceptedVersion: string,
): void {
  if (currentVersion === null)
    throw new DomainError('CONFLICT', 'This need has no NDA terms to accept.', {
      field: 'version',
      key: errorKey('nda.noTerms'),
    });
  if (!sameVersion(currentVersion, acceptedVersion.trim()))
    throw new DomainError(
      'CONFLICT',
      `The NDA terms changed to version ${currentVersion}; read and accept that version.`,
      {
        field: 'version',
        key: errorKey('nda.versionChanged'),
        params: { version: currentVersion },
      },
    );
}

/**
 * Why a viewer does or does not see a need's confidential details.
 * OWNER: the viewer belongs to the owner. ACCEPTED: one of the viewer's organizations accepted
 * the current version. NDA_REQUIRED: terms exist and none of its organizations accepted them
 * (anonymous visitors too). NO_NDA: no terms are set, so only the owner sees the details.
 */
export type ConfidentialAccess = 'OWNER' | 'ACCEPTED' | 'NDA_REQUIRED' | 'NO_NDA';

export interface ConfidentialAccessInput {
  /** Organizations the viewer is a member of; empty for anonymous visitors. */
  viewerOrganizationIds: readonly string[];
  ownerOrganizationId: string;
  /** The version of the need's current NDA terms; null when it has none. */
  ndaVersion: string | null;
  /** Versions each organization accepted for this need, by organization id. */
  acceptedVersionsByViewerOrgs:
    | ReadonlyMap<string, readonly string[]>
    | Readonly<Record<string, readonly string[] | undefined>>;
}

export const canSeeConfidential = (access: ConfidentialAccess): boolean =>
  access === 'OWNER' || access === 'ACCEPTED';

export function confidentialAccess(input: ConfidentialAccessInput): ConfidentialAccess {
  const {
    viewerOrganizationIds,
    ownerOrganizationId,
    ndaVersion,
    acceptedVersionsByViewerOrgs: accepted,
  } = input;
  if (viewerOrganizationIds.includes(ownerOrganizationId)) return 'OWNER';
  if (ndaVersion === null) return 'NO_NDA';
  const versionsOf = (organizationId: string): readonly string[] =>
    (accepted instanceof Map
      ? accepted.get(organizationId)
      : (accepted as Readonly<Record<string, readonly string[] | undefined>>)[organizationId]) ??
    [];
  // Only the viewer's own organizations count, and only the current version: an acceptance
  // of v1 opens nothing once the terms are v2.
  return viewerOrganizationIds.some((organizationId) =>
    versionsOf(organizationId).includes(ndaVersion),
  )
    ? 'ACCEPTED'
    : 'NDA_REQUIRED';
}

import type { CapabilityKind } from '../capability/capability';
import type { CollaborationType } from '../need/need';
import type { MatchTerms } from './match-terms';

export type { MatchTerms } from './match-terms';

/** Where an organization sits: what proximity is measured on. */
export interface MatchPlace {
  organizationId: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO 3166-2, when known. */
  region: string | null;
  /** Clusters the organization is an ACTIVE member of, or runs. */
  clusterIds: readonly string[];
  /** Clusters partnered with those; may be empty. */
  partnerClusterIds: readonly string[];
}

/** What matching reads of a need: only what may be shown to the candidate. */
export interface NeedMatchFacts {
  technologyAreas: readonly string[];
  sectors: readonly string[];
  trlCurrent: number | null;
  trlTarget: number | null;
  collaborationTypes: readonly CollaborationType[];
  internationalPartnersWelcome: boolean;
  /**
   * From the public text only (title, public summary, desired outcome): the confidential
   * details must not leak through the terms a match names.
   */
  terms: MatchTerms;
  place: MatchPlace;
}

/** What matching reads of a capability (or of an organization's profile, as EXPERTISE). */
export interface CapabilityMatchFacts {
  kind: CapabilityKind;
  technologyAreas: readonly string[];
  sectors: readonly string[];
  trl: number | null;
  terms: MatchTerms;
  place: MatchPlace;
}

import type { AwardApplication, RankingCriterion } from './award-input';
import { scoreApplication, type ApplicationScore } from './scoring';

export interface RankedApplication extends ApplicationScore {
  applicationId: string;
  /** 1-based; applications that pass every threshold come first, then those that do not. */
  rank: number;
  smeCount: number;
  submittedAt: Date;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The tie-break chain, in order (each step only when all earlier ones tie):
 * 1. passing every threshold and minimum before failing one;
 * 2. higher total score;
 * 3. higher weighted score on criterion 1, then criterion 2, … in the call's order;
 * 4. more SME firms in the consortium;
 * 5. earlier submission;
 * 6. the application id (only so that the order is total and never depends on input order).
 */
export function compareRanked(a: RankedApplication, b: RankedApplication): number {
  const passA = a.failures.length === 0 ? 0 : 1;
  const passB = b.failures.length === 0 ? 0 : 1;
  if (passA !== passB) return passA - passB;
  if (a.score !== b.score) return b.score - a.score;
  for (let i = 0; i < a.criteria.length; i += 1) {
    const wa = a.criteria[i]?.weighted ?? 0;
    const wb = b.criteria[i]?.weighted ?? 0;
    if (wa !== wb) return wb - wa;
  }
  if (a.smeCount !== b.smeCount) return b.smeCount - a.smeCount;
  const ta = a.submittedAt.getTime();
  const tb = b.submittedAt.getTime();
  if (ta !== tb) return ta - tb;
  return byText(a.applicationId, b.applicationId);
}

/** Scores every application and orders them by the tie-break chain; ranks are 1..n with no ties. */
export function rankApplications(
  criteria: readonly RankingCriterion[],
  threshold: number,
  applications: readonly AwardApplication[],
): RankedApplication[] {
  return applications
    .map((application): RankedApplication => ({
      ...scoreApplication(criteria, threshold, application),
      applicationId: application.applicationId,
      rank: 0,
      smeCount: new Set(application.organizations.filter((o) => o.sme).map((o) => o.organizationId))
        .size,
      submittedAt: application.submittedAt,
    }))
    .sort(compareRanked)
    .map((ranked, index) => ({ ...ranked, rank: index + 1 }));
}

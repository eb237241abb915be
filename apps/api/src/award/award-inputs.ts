import { Injectable } from '@nestjs/common';
import {
  DEFAULT_BUDGET_RULE,
  type AwardApplication,
  type AwardCall,
  type AwardOrganization,
  type Funder,
} from '@spillover/domain';
import type { CallEntity } from '../call/call.entity';
import { CallRepository, toFunder } from '../call/call.repository';
import {
  AwardRepository,
  type AwardApplicationRow,
  type ReviewScoresRow,
} from './award.repository';

/** What the award function reads, loaded in a handful of set-based queries (no per-application round trip). */
export interface AwardData {
  call: AwardCall;
  applications: AwardApplication[];
  rows: AwardApplicationRow[];
  reviews: ReviewScoresRow[];
  funderRows: Funder[];
}

const SME_SIZES = new Set(['MICRO', 'SMALL', 'MEDIUM']);

/** Builds the domain's award input from the database: the same data preview, publication and promotion read. */
@Injectable()
export class AwardInputs {
  constructor(
    private readonly awards: AwardRepository,
    private readonly calls: CallRepository,
  ) {}

  async load(call: CallEntity, published: boolean): Promise<AwardData> {
    // One after another: inside a transaction they share one connection.
    const rows = await this.awards.applications(call.id, published);
    const partners = await this.awards.acceptedPartners(call.id);
    const reviews = await this.awards.submittedReviews(call.id);
    const funderRows = await this.calls.funders(call.id);
    const wanted = new Set(rows.map((r) => r.id));
    const partnersOf = new Map<string, typeof partners>();
    for (const p of partners)
      if (wanted.has(p.applicationId))
        partnersOf.set(p.applicationId, [...(partnersOf.get(p.applicationId) ?? []), p]);
    const facts = await this.calls.organizationFacts([
      ...rows.map((r) => r.leadOrganizationId),
      ...partners.filter((p) => wanted.has(p.applicationId)).map((p) => p.organizationId),
    ]);
    const reviewsOf = new Map<string, (number | null)[][]>();
    for (const r of reviews)
      reviewsOf.set(r.applicationId, [
        ...(reviewsOf.get(r.applicationId) ?? []),
        (r.scores ?? []).map((s) => (typeof s?.score === 'number' ? s.score : null)),
      ]);
    const organization = (organizationId: string, requestedBudget: number): AwardOrganization => {
      const f = facts.get(organizationId);
      return {
        organizationId,
        requestedBudget,
        country: f?.country ?? '',
        region: f?.region ?? null,
        activeClusterIds: f?.activeClusterIds ?? [],
        sme: f?.kind === 'FIRM' && f.size !== null && SME_SIZES.has(f.size),
      };
    };
    const funders = funderRows.map(toFunder);
    return {
      call: {
        currency: call.currency ?? '',
        criteria: call.criteria ?? [],
        threshold: call.threshold ?? 0,
        budgetRule: call.budgetRule ?? DEFAULT_BUDGET_RULE,
        fundingMode: call.fundingMode ?? 'REAL_COMMON_POT',
        funders,
      },
      applications: rows.map((r) => ({
        applicationId: r.id,
        submittedAt: r.submittedAt,
        organizations: [
          organization(r.leadOrganizationId, r.leadRequestedBudget),
          ...(partnersOf.get(r.id) ?? []).map((p) =>
            organization(p.organizationId, p.requestedBudget),
          ),
        ],
        reviews: reviewsOf.get(r.id) ?? [],
      })),
      rows,
      reviews,
      funderRows: funders,
    };
  }
}

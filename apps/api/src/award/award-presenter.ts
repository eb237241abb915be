import { Injectable } from '@nestjs/common';
import type { AwardResult, CriterionScore } from '@spillover/domain';
import type { CallEntity } from '../call/call.entity';
import type { AwardView } from './award.service';
import { AwardRepository } from './award.repository';
import { reasonWords, type AwardNames } from './award-words';
import type {
  AwardRowObject,
  CallAwardObject,
  CriterionResultObject,
  RedressRequestObject,
} from './award.object';
import type { RedressRequestEntity } from './redress-request.entity';

/** Maps the award's domain results to its GraphQL objects, with every name resolved in one query per table. */
@Injectable()
export class AwardPresenter {
  constructor(private readonly awards: AwardRepository) {}

  async names(
    organizationIds: readonly string[],
    clusterIds: readonly string[],
  ): Promise<AwardNames> {
    return {
      organizations: await this.awards.organizationNames(organizationIds),
      clusters: await this.awards.clusterNames(clusterIds),
    };
  }

  criteria(call: CallEntity, scores: readonly CriterionScore[]): CriterionResultObject[] {
    return (call.criteria ?? []).map((c, index) => ({
      index,
      name: c.name,
      weight: c.weight,
      maxScore: c.maxScore,
      mean: scores[index]?.mean ?? null,
      weighted: scores[index]?.weighted ?? 0,
      reviews: scores[index]?.reviews ?? 0,
    }));
  }

  async callAward(
    view: AwardView,
    redress: readonly RedressRequestEntity[],
  ): Promise<CallAwardObject> {
    const { call, data, outcome } = view;
    const reasonOrgs = outcome.results.flatMap((r) =>
      r.reasons.flatMap((x) => ('organizationId' in x ? [x.organizationId] : [])),
    );
    const names = await this.names(
      [
        ...data.rows.map((r) => r.leadOrganizationId),
        ...reasonOrgs,
        ...redress.map((r) => r.organizationId),
      ],
      data.call.funders.map((f) => f.clusterId),
    );
    const rows = new Map(data.rows.map((r) => [r.id, r]));
    const title = (id: string) => rows.get(id)?.title ?? '';
    const rowOf = (r: AwardResult): AwardRowObject => ({
      applicationId: r.applicationId,
      title: title(r.applicationId),
      leadName: names.organizations.get(rows.get(r.applicationId)?.leadOrganizationId ?? '') ?? '',
      rank: r.rank,
      score: r.score,
      criteria: this.criteria(call, r.criteria),
      reviewCount: r.reviewCount,
      status: r.status,
      partial: r.partial,
      requested: r.requested,
      granted: r.granted,
      grants: r.grants,
      reasons: r.reasons.map((reason) => reasonWords(call, names, reason)),
    });
    return {
      callId: call.id,
      published: view.published,
      publishedAt: call.resultsPublishedAt,
      currency: call.currency ?? '',
      rows: outcome.results.map(rowOf),
      funders: outcome.funders.map((f) => ({
        clusterId: f.clusterId,
        name: names.clusters.get(f.clusterId)?.en ?? '',
        nameKo: names.clusters.get(f.clusterId)?.ko ?? '',
        budget: f.budget,
        granted: f.granted,
        remaining: f.remaining,
        funded: f.funded.map((x) => ({ ...x, title: title(x.applicationId), remaining: null })),
        couldNotPay: f.couldNotPay.map((x) => ({
          applicationId: x.applicationId,
          title: title(x.applicationId),
          rank: x.rank,
          amount: x.share,
          remaining: x.remaining,
          partial: false,
        })),
      })),
      redressRequests: redress.map((r) => this.redress(r, title(r.applicationId), names)),
    };
  }

  redress(
    r: RedressRequestEntity,
    applicationTitle: string,
    names: AwardNames,
  ): RedressRequestObject {
    return {
      id: r.id,
      applicationId: r.applicationId,
      applicationTitle,
      organizationId: r.organizationId,
      organizationName: names.organizations.get(r.organizationId) ?? '',
      text: r.text,
      filedAt: r.filedAt,
      answer: r.answer,
      answeredAt: r.answeredAt,
    };
  }
}

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  DEFAULT_REDRESS_DAYS,
  assertRedressOpen,
  conflict,
  errorKey,
  notFound,
  redressDeadline,
} from '@spillover/domain';
import { ApplicationRepository } from '../application/application.repository';
import { ApplicationService } from '../application/application.service';
import type { ApplicationEntity } from '../application/application.entity';
import type { CallEntity } from '../call/call.entity';
import { CallService } from '../call/call.service';
import type { Actor } from '../platform/auth/actor';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { ApplicationSubject } from '../platform/policy/rules';
import { AwardNotifier } from './award-notifier';
import { AwardPresenter } from './award-presenter';
import { AwardRepository } from './award.repository';
import { currentStatus } from './award.service';
import { reasonWords } from './award-words';
import type { ApplicationResultObject, RedressRequestObject } from './award.object';

/** Reviewers are numbered by a hash of their review's id: stable, and unrelated to who was assigned first. */
const anonymousOrder = (id: string): string => createHash('sha256').update(id).digest('hex');

/**
 * What a consortium reads after publication (scores, anonymised comments, why not funded)
 * and its redress request (이의신청), answered by a manager on the record.
 */
@Injectable()
export class AwardResultService {
  constructor(
    private readonly awards: AwardRepository,
    private readonly applications: ApplicationService,
    private readonly calls: CallService,
    private readonly presenter: AwardPresenter,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly notifier: AwardNotifier,
    private readonly applicationRows: ApplicationRepository,
  ) {}

  private async visible(
    actor: Actor,
    applicationId: string,
  ): Promise<{ application: ApplicationEntity; call: CallEntity; subject: ApplicationSubject }> {
    const application = await this.applications.get(actor, applicationId);
    const call = await this.calls.byId(application.callId);
    return { application, call, subject: await this.applications.subjectOf(application) };
  }

  private assertRanked(call: CallEntity, application: ApplicationEntity): void {
    if (
      call.status !== 'RESULTS_PUBLISHED' ||
      application.rank === null ||
      application.awardStatus === null
    )
      throw conflict(
        'This application has no published result.',
        errorKey('award.notPublished'),
        'applicationId',
      );
  }

  async result(actor: Actor, applicationId: string): Promise<ApplicationResultObject> {
    const { application, call, subject } = await this.visible(actor, applicationId);
    const published = call.status === 'RESULTS_PUBLISHED';
    await this.policy.assert(actor, 'award.viewResult', { ...subject, published }, 'applicationId');
    this.assertRanked(call, application);
    const partners = await this.applications.partners(application.id);
    const requested =
      application.leadRequestedBudget +
      partners.filter((p) => p.status === 'ACCEPTED').reduce((s, p) => s + p.requestedBudget, 0);
    const grants = (await this.awards.grants(call.id)).filter(
      (g) => g.applicationId === application.id,
    );
    const reasons = application.awardReasons ?? [];
    const names = await this.presenter.names(
      reasons.flatMap((x) => ('organizationId' in x ? [x.organizationId] : [])),
      grants
        .map((g) => g.clusterId)
        .concat(reasons.flatMap((x) => ('clusterId' in x ? [x.clusterId] : []))),
    );
    const reviews = (await this.awards.submittedReviews(call.id, application.id)).sort((a, b) =>
      anonymousOrder(a.reviewId) < anonymousOrder(b.reviewId) ? -1 : 1,
    );
    const redress = await this.awards.redress(application.id);
    const deadline = redressDeadline(
      call.resultsPublishedAt ?? new Date(0),
      call.redressDays ?? DEFAULT_REDRESS_DAYS,
    );
    const member = await this.policy.can(actor, 'award.redress', subject);
    return {
      applicationId: application.id,
      callId: call.id,
      title: application.title,
      currency: call.currency ?? '',
      status: currentStatus(application.status),
      rank: application.rank ?? 0,
      rankedCount: await this.awards.rankedCount(call.id),
      score: application.score ?? 0,
      threshold: call.threshold ?? 0,
      partial: application.awardPartial,
      requested,
      granted: grants.reduce((s, g) => s + g.granted, 0),
      criteria: this.presenter.criteria(call, application.awardCriteria ?? []),
      reasons: reasons.map((r) => reasonWords(call, names, r)),
      reviews: reviews.map((r, i) => ({
        reviewer: i + 1,
        comments: (call.criteria ?? []).map((c, index) => ({
          criterion: index,
          criterionName: c.name,
          score:
            typeof r.scores?.[index]?.score === 'number' ? (r.scores[index]?.score ?? null) : null,
          comment: r.scores?.[index]?.comment ?? '',
        })),
      })),
      redressDeadline: deadline,
      mayRequestRedress: member && !redress && Date.now() < deadline.getTime(),
      mayDecline: member && application.status === 'FUNDED',
      redress: redress
        ? this.presenter.redress(
            redress,
            application.title,
            await this.presenter.names([redress.organizationId], []),
          )
        : null,
    };
  }

  /** A consortium member files the application's one redress request, within the call's window (server clock). */
  async file(actor: Actor, applicationId: string, text: string): Promise<RedressRequestObject> {
    const { application, call, subject } = await this.visible(actor, applicationId);
    await this.policy.assert(actor, 'award.redress', subject, 'applicationId');
    this.assertRanked(call, application);
    assertRedressOpen(
      call.resultsPublishedAt,
      call.redressDays ?? DEFAULT_REDRESS_DAYS,
      new Date(),
    );
    const facts = await this.policy.signedIn(actor);
    const organizationId =
      [subject.leadOrganizationId, ...subject.acceptedPartnerIds].find((id) =>
        facts.orgRoles.has(id),
      ) ?? subject.leadOrganizationId;
    return this.transactions.run(async () => {
      const saved = await this.awards.insertRedress({
        callId: call.id,
        applicationId: application.id,
        organizationId,
        filedById: actor.kind === 'user' ? actor.userId : null,
        text,
      });
      if (!saved)
        throw conflict(
          'This application already has a redress request.',
          errorKey('award.redressExists'),
          'applicationId',
        );
      await this.audit.record(actor, {
        action: 'award.redressFiled',
        objectType: 'RedressRequest',
        objectId: saved.id,
        organizationId,
        clusterId: call.clusterId,
        before: null,
        after: { applicationId: application.id, text },
      });
      return this.presenter.redress(
        saved,
        application.title,
        await this.presenter.names([organizationId], []),
      );
    });
  }

  /** A manager of the call answers a request once, on the record (audited, the consortium notified). */
  async answer(actor: Actor, redressId: string, answer: string): Promise<RedressRequestObject> {
    const found = await this.awards.redressById(redressId);
    if (!found) throw notFound('The redress request');
    const call = await this.calls.byId(found.callId);
    const funders = await this.awards.funderClusterIds(call.id);
    const subject = { callClusterId: call.clusterId, fundingClusterIds: funders };
    // Someone who does not manage the call cannot know the request exists.
    if (!(await this.policy.can(actor, 'award.manage', subject)))
      throw notFound('The redress request');
    return this.transactions.run(async () => {
      const request = await this.awards.redressForUpdate(redressId);
      if (!request) throw notFound('The redress request');
      if (request.answer !== null)
        throw conflict(
          'This redress request is already answered.',
          errorKey('award.redressAnswered'),
          'answer',
        );
      const saved = await this.awards.saveRedress({
        ...request,
        answer,
        answeredById: actor.kind === 'user' ? actor.userId : null,
        answeredAt: new Date(),
      });
      await this.audit.record(actor, {
        action: 'award.redressAnswered',
        objectType: 'RedressRequest',
        objectId: saved.id,
        organizationId: saved.organizationId,
        clusterId: call.clusterId,
        before: { answer: null },
        after: { answer },
      });
      const application = await this.applicationRows.findById(saved.applicationId);
      if (!application) throw notFound('The application');
      await this.notifier.redressAnswered(call, application, answer);
      return this.presenter.redress(
        saved,
        application.title,
        await this.presenter.names([saved.organizationId], []),
      );
    });
  }
}

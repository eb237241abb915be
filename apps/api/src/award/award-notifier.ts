import { Injectable } from '@nestjs/common';
import {
  AWARD_STATUS_LABELS,
  DEFAULT_REDRESS_DAYS,
  explainWhyNotFunded,
  redressDeadline,
  wallClock,
  type AwardResult,
  type AwardStatus,
  type WhyNotFunded,
} from '@spillover/domain';
import { callWords } from '../application/application-notifier';
import type { CallEntity } from '../call/call.entity';
import { NotificationService } from '../notification/notification.service';
import { AwardRepository, type AwardApplicationRow } from './award.repository';

/**
 * The award's notifications, queued in the caller's transaction: each consortium (the
 * lead's and the accepted partners' members) hears its own result at publication, and of a
 * promotion or a cut later. Parameters are names and labels in both languages.
 */
@Injectable()
export class AwardNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly awards: AwardRepository,
  ) {}

  private async consortia(callId: string): Promise<Map<string, string[]>> {
    const partners = await this.awards.acceptedPartners(callId);
    const byApp = new Map<string, string[]>();
    for (const p of partners)
      byApp.set(p.applicationId, [...(byApp.get(p.applicationId) ?? []), p.organizationId]);
    return byApp;
  }

  async published(
    call: CallEntity,
    rows: readonly AwardApplicationRow[],
    results: readonly AwardResult[],
  ): Promise<void> {
    const partners = await this.consortia(call.id);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const until = call.resultsPublishedAt
      ? wallClock(
          redressDeadline(call.resultsPublishedAt, call.redressDays ?? DEFAULT_REDRESS_DAYS),
          call.timeZone ?? 'UTC',
        )
      : '';
    await this.notifications.notifyMany(
      results.map((r) => {
        const row = byId.get(r.applicationId);
        return {
          event: {
            type: 'award.published' as const,
            recipients: {
              organizationIds: [
                row?.leadOrganizationId ?? '',
                ...(partners.get(r.applicationId) ?? []),
              ].filter(Boolean),
            },
            subject: null,
            params: {
              ...callWords(call),
              application: row?.title ?? '',
              rank: r.rank,
              result: AWARD_STATUS_LABELS[r.status].en,
              resultKo: AWARD_STATUS_LABELS[r.status].ko,
              redressUntil: until,
            },
            path: `/applications/${r.applicationId}/result`,
          },
          key: r.applicationId,
        };
      }),
    );
  }

  async changed(
    call: CallEntity,
    row: AwardApplicationRow,
    status: AwardStatus,
    reason: WhyNotFunded | null,
  ): Promise<void> {
    const partners = (await this.consortia(call.id)).get(row.id) ?? [];
    const words = (language: 'en' | 'ko') =>
      reason
        ? explainWhyNotFunded(reason, {
            language,
            currency: call.currency ?? 'EUR',
            criterionName: (i) => call.criteria?.[i]?.name ?? `#${i + 1}`,
            funderName: (id) => id,
            organizationName: (id) => id,
          })
        : '';
    await this.notifications.notify(
      {
        type: 'award.changed',
        recipients: { organizationIds: [row.leadOrganizationId, ...partners] },
        subject: null,
        params: {
          ...callWords(call),
          application: row.title,
          result: AWARD_STATUS_LABELS[status].en,
          resultKo: AWARD_STATUS_LABELS[status].ko,
          reason: words('en'),
          reasonKo: words('ko'),
        },
        path: `/applications/${row.id}/result`,
      },
      `${row.id}:${status}:${Date.now()}`,
    );
  }

  async redressAnswered(
    call: CallEntity,
    row: { id: string; title: string; leadOrganizationId: string },
    answer: string,
  ): Promise<void> {
    const partners = (await this.consortia(call.id)).get(row.id) ?? [];
    await this.notifications.notify(
      {
        type: 'award.redressAnswered',
        recipients: { organizationIds: [row.leadOrganizationId, ...partners] },
        subject: null,
        params: { ...callWords(call), application: row.title, answer },
        path: `/applications/${row.id}/result`,
      },
      row.id,
    );
  }
}

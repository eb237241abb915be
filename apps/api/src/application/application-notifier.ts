import { Injectable } from '@nestjs/common';
import { wallClock, type PartnerStatus } from '@spillover/domain';
import type { CallEntity } from '../call/call.entity';
import { CallService } from '../call/call.service';
import { NotificationService } from '../notification/notification.service';
import type { ApplicationEntity } from './application.entity';
import { ApplicationRepository } from './application.repository';

/**
 * The application's notifications, enqueued in the caller's transaction: an invitation to
 * the invited organization, its answer to the lead, the eligibility decision to the lead
 * and its accepted partners. Parameters are names; the catalogs write the words.
 */
@Injectable()
export class ApplicationNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly applications: ApplicationRepository,
    private readonly calls: CallService,
  ) {}

  async partnerInvited(application: ApplicationEntity, partnerId: string): Promise<void> {
    const call = await this.calls.byId(application.callId);
    const names = await this.applications.organizationNames([
      application.leadOrganizationId,
      partnerId,
    ]);
    await this.notifications.notify(
      {
        type: 'application.partnerInvited',
        recipients: { organizationIds: [partnerId] },
        subject: null,
        params: {
          ...callWords(call),
          application: application.title,
          lead: names.get(application.leadOrganizationId) ?? '',
          partner: names.get(partnerId) ?? '',
        },
        path: '/consortium-invitations',
      },
      `${application.id}:${partnerId}`,
    );
  }

  async partnerAnswered(
    application: ApplicationEntity,
    partnerId: string,
    status: PartnerStatus,
  ): Promise<void> {
    const names = await this.applications.organizationNames([partnerId]);
    await this.notifications.notify(
      {
        type: 'application.partnerAnswered',
        recipients: { organizationIds: [application.leadOrganizationId] },
        subject: null,
        params: { application: application.title, partner: names.get(partnerId) ?? '', status },
        path: `/applications/${application.id}`,
      },
      `${application.id}:${partnerId}:${status}`,
    );
  }

  async eligibilityDecided(
    application: ApplicationEntity,
    call: CallEntity,
    reason: string,
  ): Promise<void> {
    const partners = await this.applications.partners([application.id]);
    await this.notifications.notify(
      {
        type: 'application.eligibilityDecided',
        recipients: {
          organizationIds: [
            application.leadOrganizationId,
            ...partners.filter((p) => p.status === 'ACCEPTED').map((p) => p.organizationId),
          ],
        },
        subject: null,
        params: {
          ...callWords(call),
          application: application.title,
          status: application.status,
          reason,
        },
        path: `/applications/${application.id}`,
      },
      `${application.id}:${application.status}:${application.decidedAt?.toISOString() ?? ''}`,
    );
  }
}

/** The call's names in both languages and its deadline in its own time zone. */
export const callWords = (call: CallEntity): Record<string, string> => ({
  call: call.titleEn ?? call.titleKo ?? call.programmeName,
  callKo: call.titleKo ?? call.titleEn ?? call.programmeName,
  deadline: call.closesAt && call.timeZone ? wallClock(call.closesAt, call.timeZone) : '',
});

import { Injectable } from '@nestjs/common';
import type { InterestAction } from '@spillover/domain';
import { NotificationService } from '../notification/notification.service';
import type { InterestEntity } from './interest.entity';
import type { ListingView } from '../listing/listing-access';
import { listingPath } from './interest-listing-ref';

const ANSWER_TYPES = {
  shortlist: 'interest.shortlisted',
  accept: 'interest.accepted',
  decline: 'interest.declined',
} as const;

/**
 * Tells the other side of an interest: the owner's members when one arrives, the sender's
 * members when it is answered; the person who acted is never told of their own act. The
 * key is the interest and its new status, so a retried transaction notifies once.
 */
@Injectable()
export class InterestNotifier {
  constructor(private readonly notifications: NotificationService) {}

  received(
    interest: InterestEntity,
    listing: ListingView,
    senderName: string,
    actorId: string,
  ): Promise<void> {
    return this.notifications.notify(
      {
        type: 'interest.received',
        recipients: { organizationIds: [interest.ownerOrganizationId] },
        exceptUserId: actorId,
        subject: null,
        params: { organization: senderName, listing: listing.title },
        path: listingPath(listing),
      },
      interest.id,
    );
  }

  answered(
    action: Exclude<InterestAction, 'withdraw'>,
    interest: InterestEntity,
    listing: ListingView,
    ownerName: string,
    actorId: string,
  ): Promise<void> {
    return this.notifications.notify(
      {
        type: ANSWER_TYPES[action],
        recipients: { organizationIds: [interest.senderOrganizationId] },
        exceptUserId: actorId,
        subject: null,
        params: {
          organization: ownerName,
          listing: listing.title,
          ...(interest.declineReason ? { reason: interest.declineReason } : {}),
        },
        path: '/interests',
      },
      interest.id,
    );
  }
}

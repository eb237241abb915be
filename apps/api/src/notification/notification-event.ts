import type { Language, NotificationSubject, NotificationType } from '@spillover/domain';

export const NOTIFICATION_FAN_OUT = 'notification.fanOut';

/**
 * One event to fan out: who receives it (resolved in SQL when the job runs, so a payload
 * for a 10,000-member cluster stays small), what it is about and the words' parameters.
 * Parameters are names shown in the recipient's language by the shared catalogs.
 */
export interface NotificationEvent {
  type: NotificationType;
  recipients: {
    userIds?: string[];
    /** Every member of these organizations. */
    organizationIds?: string[];
    /** Accounts with these addresses (an invitation). */
    emails?: string[];
    /** Every member of the ACTIVE member organizations of these clusters (a call opened to them). */
    clusterIds?: string[];
  };
  /** Never notified, even when a member of a recipient organization (who acted). */
  exceptUserId?: string;
  subject: { kind: Exclude<NotificationSubject, 'NONE'>; id: string } | null;
  params: Record<string, string | number>;
  /** The page it is about, relative to the public URL. */
  path: string;
  /** Only recipients whose strong-match threshold (percent) is at most this score. */
  scorePercent?: number;
  /** An address with no account yet: it gets the e-mail alone (an invitation). */
  mailWithoutAccount?: { address: string; language: Language };
}

import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { isNotificationEmail, type EmailType, type Language } from '@spillover/domain';
import { createTransport, type Transporter } from 'nodemailer';
import { CONFIG, type Config } from '../platform/config/config';
import { JobEvents } from '../platform/jobs/job-events';
import { renderEmail, type EmailParams } from './email-renderer';
import { EmailRepository, type EmailMessageRow } from './email.repository';
import { unsubscribeToken } from './unsubscribe-token';

export const EMAIL_DELIVERY = 'email.deliver';

export interface OutgoingEmail {
  type: EmailType;
  /** A user of the platform, or only an address (an invitation to someone without an account). */
  to:
    | { userId: string; address?: string }
    | { userId: null; address: string; name: string; language: Language };
  params: EmailParams;
  /** The page the e-mail is about, relative to the public URL, e.g. `/account/verify?token=…`. */
  path: string;
}

/**
 * Sends e-mail: renders the message in the recipient's language, stores it and enqueues its
 * delivery, all in the caller's transaction, so a change that rolls back sends nothing and
 * one that commits is never lost. Delivery goes to SMTP_URL, retried with backoff; without
 * SMTP_URL messages stay in PostgreSQL for the admins' outbox page.
 */
@Injectable()
export class Mailer implements OnModuleInit {
  private readonly logger = new Logger('Mailer');
  private transport: Transporter | null = null;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly events: JobEvents,
    private readonly messages: EmailRepository,
  ) {}

  async onModuleInit(): Promise<void> {
    // Doubling from 2 s, ten retries: about half an hour before a message gives up.
    await this.events.define<{ messageId: string }>({
      name: EMAIL_DELIVERY,
      retryLimit: 10,
      retryDelaySeconds: 2,
      run: ({ messageId }) => this.deliver(messageId),
    });
  }

  /** Queues one e-mail; returns null when the recipient unsubscribed from its type. */
  async send(email: OutgoingEmail): Promise<string | null> {
    const recipient = email.to.userId ? await this.messages.recipient(email.to.userId) : null;
    if (email.to.userId && !recipient) return null;
    const address = recipient ? (email.to.address ?? recipient.email) : email.to.address!;
    const name = recipient ? recipient.displayName : (email.to as { name: string }).name;
    const language = recipient
      ? recipient.preferredLanguage
      : (email.to as { language: Language }).language;
    const notification = isNotificationEmail(email.type);
    if (
      notification &&
      email.to.userId &&
      (await this.messages.optedOut(email.to.userId, email.type))
    )
      return null;

    const id = await this.messages.insert(
      this.compose(email, { userId: email.to.userId, address, name, language }),
    );
    await this.events.enqueue(EMAIL_DELIVERY, { messageId: id }, id);
    return id;
  }

  /**
   * The same notification e-mail to many users (a fan-out), in three statements whatever
   * their number: recipients and opt-outs in one read, the messages in one INSERT, their
   * deliveries in one outbox INSERT. Each is rendered in its recipient's language.
   */
  async sendToUsers(email: Omit<OutgoingEmail, 'to'>, userIds: readonly string[]): Promise<number> {
    if (!userIds.length) return 0;
    const recipients = await this.messages.recipientsFor(userIds, email.type);
    const ids = await this.messages.insertMany(
      recipients.map((recipient) =>
        this.compose(email, {
          userId: recipient.id,
          address: recipient.email,
          name: recipient.displayName,
          language: recipient.preferredLanguage,
        }),
      ),
    );
    await this.events.enqueueMany(
      EMAIL_DELIVERY,
      ids.map((id) => ({ payload: { messageId: id }, key: id })),
    );
    return ids.length;
  }

  /** One message as stored: rendered, with its headers (RFC 8058 for notifications). */
  private compose(
    email: Omit<OutgoingEmail, 'to'>,
    to: { userId: string | null; address: string; name: string; language: Language },
  ): Omit<EmailMessageRow, 'id' | 'status' | 'createdAt' | 'sentAt'> {
    const notification = isNotificationEmail(email.type);
    const unsubscribeUrl =
      notification && to.userId
        ? `${this.config.publicUrl}/email/unsubscribe/${unsubscribeToken(this.config.secret, to.userId, email.type)}`
        : null;
    const rendered = renderEmail({
      type: email.type,
      language: to.language,
      name: to.name,
      address: to.address,
      params: email.params,
      link: `${this.config.publicUrl}${email.path}`,
      unsubscribeUrl,
    });
    const headers: Record<string, string> = { 'Content-Language': to.language };
    if (unsubscribeUrl) {
      // RFC 8058: the provider POSTs "List-Unsubscribe=One-Click" to this https URL.
      headers['List-Unsubscribe'] = `<${unsubscribeUrl}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    return {
      type: email.type,
      recipientId: to.userId,
      toAddress: to.address,
      language: to.language,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      headers,
    };
  }

  /** The delivery job: one message, at most once per successful run (the row is locked). */
  async deliver(messageId: string): Promise<void> {
    const message = await this.messages.lockForDelivery(messageId);
    if (!message || message.status !== 'QUEUED') return;
    if (!this.config.smtpUrl) {
      await this.messages.markDelivered(message.id, 'KEPT');
      return;
    }
    this.transport ??= createTransport(this.config.smtpUrl);
    await this.transport.sendMail({
      from: this.config.mailFrom,
      to: message.toAddress,
      subject: message.subject,
      text: message.textBody,
      html: message.htmlBody,
      headers: message.headers,
      // Stable per message: a receiver can recognise the one repeat a crash might cause.
      messageId: `<${message.id}@${new URL(this.config.publicUrl).hostname}>`,
    });
    await this.messages.markDelivered(message.id, 'SENT');
    this.logger.log(`e-mail ${message.id} (${message.type}) sent`);
  }
}

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EMAIL_STATUSES, type EmailStatus } from '@spillover/domain';
import { enumOf } from '../platform/graphql/enum-of';
import type { EmailMessageRow } from './email.repository';

export const EmailStatusEnum = enumOf(EMAIL_STATUSES);
registerEnumType(EmailStatusEnum, {
  name: 'EmailStatus',
  description: 'QUEUED: waiting for delivery; SENT: handed to SMTP; KEPT: no SMTP_URL, kept here.',
});

@ObjectType('EmailMessage', {
  description:
    'An e-mail the platform sent or keeps, as the recipient receives it (platform admins only).',
})
export class EmailMessageObject {
  @Field(() => ID) id!: string;
  @Field({ description: 'Its type, e.g. account.verifyEmail.' }) type!: string;
  @Field() toAddress!: string;
  @Field() language!: string;
  @Field() subject!: string;
  @Field({ description: 'The plain-text part.' }) textBody!: string;
  @Field(() => EmailStatusEnum) status!: EmailStatus;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
}

export const toEmailMessageObject = (row: EmailMessageRow): EmailMessageObject => ({
  id: row.id,
  type: row.type,
  toAddress: row.toAddress,
  language: row.language,
  subject: row.subject,
  textBody: row.textBody,
  status: row.status,
  createdAt: row.createdAt,
  sentAt: row.sentAt,
});

import { Module } from '@nestjs/common';
import { EmailOutboxResolver } from './email-outbox.resolver';
import { EmailRepository } from './email.repository';
import { Mailer } from './mailer';
import { UnsubscribeController } from './unsubscribe.controller';

/** E-mail: rendering in the recipient's language, delivery, the outbox and unsubscribing. */
@Module({
  providers: [Mailer, EmailRepository, EmailOutboxResolver],
  controllers: [UnsubscribeController],
  exports: [Mailer],
})
export class EmailModule {}

import { Module } from '@nestjs/common';
import { EmailModule } from '../email/email.module';
import { NotificationDigest } from './notification-digest';
import { NotificationLive } from './notification-live';
import { NotificationRepository } from './notification.repository';
import { NotificationResolver } from './notification.resolver';
import { NotificationService } from './notification.service';

/** Notifications: fan-out, inbox, preferences, live delivery and the daily digest. */
@Module({
  imports: [EmailModule],
  providers: [
    NotificationRepository,
    NotificationService,
    NotificationLive,
    NotificationResolver,
    NotificationDigest,
  ],
  exports: [NotificationService],
})
export class NotificationModule {}

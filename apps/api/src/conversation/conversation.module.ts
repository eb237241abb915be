import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { ConversationHomeResolver } from './conversation-home.resolver';
import { ConversationLive } from './conversation-live';
import { ConversationModeration } from './conversation-moderation';
import { ConversationRepository } from './conversation.repository';
import { ConversationResolver } from './conversation.resolver';
import { ConversationService } from './conversation.service';

/** Conversations between two organizations: other features open them with ConversationService.open. */
@Module({
  imports: [NotificationModule],
  providers: [
    ConversationRepository,
    ConversationService,
    ConversationLive,
    ConversationModeration,
    ConversationResolver,
    ConversationHomeResolver,
  ],
  exports: [ConversationService],
})
export class ConversationModule {}

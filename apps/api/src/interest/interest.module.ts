import { Module } from '@nestjs/common';
import { CapabilityModule } from '../capability/capability.module';
import { CollaborationModule } from '../collaboration/collaboration.module';
import { ConversationModule } from '../conversation/conversation.module';
import { ListingModule } from '../listing/listing.module';
import { MatchModule } from '../match/match.module';
import { NeedModule } from '../need/need.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { InterestLive } from './interest-live';
import { InterestBookmarkResolver } from './interest-bookmark.resolver';
import { InterestHomeResolver } from './interest-home.resolver';
import { InterestLiveResolver } from './interest-live.resolver';
import { InterestNotifier } from './interest-notifier';
import { InterestRepository } from './interest.repository';
import { InterestResolver } from './interest.resolver';
import { InterestService } from './interest.service';

/** Expressions of interest (관심표명): submit, shortlist, accept, decline, withdraw. */
@Module({
  imports: [
    ConversationModule,
    CollaborationModule,
    NeedModule,
    CapabilityModule,
    ListingModule,
    MatchModule,
    OrganizationModule,
    NotificationModule,
  ],
  providers: [
    InterestRepository,
    InterestNotifier,
    InterestService,
    InterestResolver,
    InterestLive,
    InterestLiveResolver,
    InterestHomeResolver,
    InterestBookmarkResolver,
  ],
  exports: [InterestService],
})
export class InterestModule {}

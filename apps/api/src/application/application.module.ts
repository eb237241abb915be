import { Module } from '@nestjs/common';
import { CallModule } from '../call/call.module';
import { MatchModule } from '../match/match.module';
import { NeedModule } from '../need/need.module';
import { NotificationModule } from '../notification/notification.module';
import { ApplicationDeadlineNoticeJob } from './application-deadline-notice.job';
import { ApplicationNotifier } from './application-notifier';
import { ApplicationSuggestionsService } from './application-suggestions.service';
import { CallDeadlineJob } from './call-deadline.job';
import { ApplicationRepository } from './application.repository';
import {
  ApplicationInvitationResolver,
  ApplicationPartnerResolver,
  ApplicationResolver,
  SuggestedPartnerResolver,
} from './application.resolver';
import { ApplicationService } from './application.service';

@Module({
  imports: [CallModule, MatchModule, NeedModule, NotificationModule],
  providers: [
    ApplicationRepository,
    ApplicationService,
    ApplicationNotifier,
    ApplicationSuggestionsService,
    ApplicationResolver,
    ApplicationPartnerResolver,
    SuggestedPartnerResolver,
    ApplicationInvitationResolver,
    CallDeadlineJob,
    ApplicationDeadlineNoticeJob,
  ],
  exports: [ApplicationService, ApplicationRepository],
})
export class ApplicationModule {}

import { Module } from '@nestjs/common';
import { CallModule } from '../call/call.module';
import { MatchModule } from '../match/match.module';
import { NeedModule } from '../need/need.module';
import { NotificationModule } from '../notification/notification.module';
import { ApplicationDeadlineNoticeJob } from './application-deadline-notice.job';
import { ApplicationEligibilityJob } from './application-eligibility.job';
import { ApplicationNotifier } from './application-notifier';
import { ApplicationSuggestionsService } from './application-suggestions.service';
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
    ApplicationEligibilityJob,
    ApplicationDeadlineNoticeJob,
  ],
  exports: [ApplicationService, ApplicationRepository],
})
export class ApplicationModule {}

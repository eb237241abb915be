import { Module } from '@nestjs/common';
import { CallModule } from '../call/call.module';
import { MatchModule } from '../match/match.module';
import { NotificationModule } from '../notification/notification.module';
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
  imports: [CallModule, MatchModule, NotificationModule],
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
  ],
})
export class ApplicationModule {}

import { Module } from '@nestjs/common';
import { ApplicationModule } from '../application/application.module';
import { CallModule } from '../call/call.module';
import { NotificationModule } from '../notification/notification.module';
import { AwardExportController } from './award-export.controller';
import { AwardInputs } from './award-inputs';
import { AwardNotifier } from './award-notifier';
import { AwardPresenter } from './award-presenter';
import { AwardRepository } from './award.repository';
import { AwardResolver, CallAwardFieldResolver } from './award.resolver';
import { AwardResultService } from './award-result.service';
import { AwardService } from './award.service';

@Module({
  imports: [CallModule, ApplicationModule, NotificationModule],
  controllers: [AwardExportController],
  providers: [
    AwardRepository,
    AwardInputs,
    AwardNotifier,
    AwardPresenter,
    AwardService,
    AwardResultService,
    AwardResolver,
    CallAwardFieldResolver,
  ],
  exports: [AwardService, AwardRepository],
})
export class AwardModule {}

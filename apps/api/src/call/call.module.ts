import { Module } from '@nestjs/common';
import { NotificationModule } from '../notification/notification.module';
import { CallEligibilityService } from './call-eligibility.service';
import { CallRepository } from './call.repository';
import { CallFunderResolver, CallResolver, PartnershipJointCallsResolver } from './call.resolver';
import { CallService } from './call.service';
import { CallViewService } from './call-view.service';

@Module({
  imports: [NotificationModule],
  providers: [
    CallRepository,
    CallService,
    CallEligibilityService,
    CallViewService,
    CallResolver,
    CallFunderResolver,
    PartnershipJointCallsResolver,
  ],
  exports: [CallService, CallRepository, CallEligibilityService],
})
export class CallModule {}

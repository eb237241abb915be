import { NotificationModule } from '../notification/notification.module';
import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { NeedDeadlineNoticeJob } from './need-deadline-notice.job';
import { NeedExpiryJob } from './need-expiry.job';
import { NeedRepository } from './need.repository';
import { NdaAcceptanceResolver, NeedResolver, OrganizationNeedsResolver } from './need.resolver';
import { NeedService } from './need.service';

@Module({
  imports: [OrganizationModule, NotificationModule],
  providers: [
    NeedRepository,
    NeedService,
    NeedResolver,
    NdaAcceptanceResolver,
    OrganizationNeedsResolver,
    NeedExpiryJob,
    NeedDeadlineNoticeJob,
  ],
  exports: [NeedService, NeedRepository],
})
export class NeedModule {}

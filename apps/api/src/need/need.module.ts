import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { NeedExpiryJob } from './need-expiry.job';
import { NeedRepository } from './need.repository';
import { NdaAcceptanceResolver, NeedResolver, OrganizationNeedsResolver } from './need.resolver';
import { NeedService } from './need.service';

@Module({
  imports: [OrganizationModule],
  providers: [NeedRepository, NeedService, NeedResolver, NdaAcceptanceResolver, OrganizationNeedsResolver, NeedExpiryJob],
  exports: [NeedService, NeedRepository],
})
export class NeedModule {}

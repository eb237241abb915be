import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organization/organization.module';
import { CapabilityRepository } from './capability.repository';
import { CapabilityResolver, OrganizationCapabilitiesResolver } from './capability.resolver';
import { CapabilityService } from './capability.service';

@Module({
  imports: [OrganizationModule],
  providers: [
    CapabilityRepository,
    CapabilityService,
    CapabilityResolver,
    OrganizationCapabilitiesResolver,
  ],
  exports: [CapabilityService, CapabilityRepository],
})
export class CapabilityModule {}

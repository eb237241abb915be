import { Module } from '@nestjs/common';
import { CapabilityModule } from '../capability/capability.module';
import { NeedModule } from '../need/need.module';
import { NotificationModule } from '../notification/notification.module';
import { OrganizationModule } from '../organization/organization.module';
import { CollaborationRepository } from './collaboration.repository';
import {
  CollaborationResolver,
  OrganizationCollaborationsResolver,
} from './collaboration.resolver';
import { CollaborationService } from './collaboration.service';

@Module({
  imports: [NeedModule, CapabilityModule, NotificationModule, OrganizationModule],
  providers: [
    CollaborationRepository,
    CollaborationService,
    CollaborationResolver,
    OrganizationCollaborationsResolver,
  ],
  exports: [CollaborationService, CollaborationRepository],
})
export class CollaborationModule {}

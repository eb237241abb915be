import { Module } from '@nestjs/common';
import { CapabilityModule } from '../capability/capability.module';
import { NeedModule } from '../need/need.module';
import { CollaborationRepository } from './collaboration.repository';
import {
  CollaborationResolver,
  OrganizationCollaborationsResolver,
} from './collaboration.resolver';
import { CollaborationService } from './collaboration.service';

@Module({
  imports: [NeedModule, CapabilityModule],
  providers: [
    CollaborationRepository,
    CollaborationService,
    CollaborationResolver,
    OrganizationCollaborationsResolver,
  ],
  exports: [CollaborationService, CollaborationRepository],
})
export class CollaborationModule {}

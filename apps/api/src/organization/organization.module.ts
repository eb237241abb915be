import { NotificationModule } from '../notification/notification.module';
import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { MembershipRepository } from './membership.repository';
import { OrganizationRepository } from './organization.repository';
import {
  InvitationResolver,
  MembershipResolver,
  OrganizationResolver,
} from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [AccountModule, NotificationModule],
  providers: [
    OrganizationRepository,
    MembershipRepository,
    OrganizationService,
    OrganizationResolver,
    MembershipResolver,
    InvitationResolver,
  ],
  exports: [OrganizationService, OrganizationRepository],
})
export class OrganizationModule {}

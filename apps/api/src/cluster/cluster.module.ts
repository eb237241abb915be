import { NotificationModule } from '../notification/notification.module';
import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { OrganizationModule } from '../organization/organization.module';
import { ClusterPartnershipRepository } from './cluster-partnership.repository';
import {
  ClusterPartnershipResolver,
  ClusterPartnershipsResolver,
  CrossClusterCollaborationResolver,
} from './cluster-partnership.resolver';
import { ClusterPartnershipService } from './cluster-partnership.service';
import { ClusterRepository } from './cluster.repository';
import {
  ClusterMembershipResolver,
  ClusterResolver,
  OrganizationClustersResolver,
} from './cluster.resolver';
import { ClusterService } from './cluster.service';

@Module({
  imports: [AccountModule, OrganizationModule, NotificationModule],
  providers: [
    ClusterRepository,
    ClusterService,
    ClusterResolver,
    ClusterMembershipResolver,
    OrganizationClustersResolver,
    ClusterPartnershipRepository,
    ClusterPartnershipService,
    ClusterPartnershipResolver,
    ClusterPartnershipsResolver,
    CrossClusterCollaborationResolver,
  ],
  exports: [ClusterService],
})
export class ClusterModule {}

import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { ClusterModule } from '../cluster/cluster.module';
import { OrganizationModule } from '../organization/organization.module';
import { ViewerResolver } from './viewer.resolver';

@Module({
  imports: [AccountModule, OrganizationModule, ClusterModule],
  providers: [ViewerResolver],
})
export class ViewerModule {}

import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ListingStore } from '../listing/listing-store';
import { CapabilityInvitedOrganizationEntity } from './capability-invited-organization.entity';
import { CapabilityEntity } from './capability.entity';

/** The only place that builds SQL for capabilities; all of it is what every listing kind shares. */
@Injectable()
export class CapabilityRepository extends ListingStore<CapabilityEntity> {
  constructor(txHost: TransactionHost<TransactionalAdapterTypeOrm>) {
    super(txHost, {
      entity: CapabilityEntity,
      alias: 'c',
      invited: CapabilityInvitedOrganizationEntity,
      invitedKey: 'capabilityId',
    });
  }
}

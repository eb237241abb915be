import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CLUSTER_MEMBERSHIP_STATUSES, type ClusterMembershipStatus } from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import type { ClusterMembershipEntity } from './cluster-membership.entity';
import type { ClusterEntity } from './cluster.entity';

export const ClusterMembershipStatusEnum = Object.fromEntries(
  CLUSTER_MEMBERSHIP_STATUSES.map((s) => [s, s]),
) as Record<ClusterMembershipStatus, ClusterMembershipStatus>;
registerEnumType(ClusterMembershipStatusEnum, { name: 'ClusterMembershipStatus' });

@ObjectType('Cluster')
export class ClusterObject {
  @Field(() => ID) id: string;
  @Field() nameEn: string;
  @Field() nameKo: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => [String], { description: 'NACE Rev.2 codes' }) focusSectors: string[];
  @Field() description: string;
  @Field() createdAt: Date;
  organizationId: string;
}

export const toClusterObject = (entity: ClusterEntity): ClusterObject => ({
  id: entity.id,
  nameEn: entity.nameEn,
  nameKo: entity.nameKo,
  country: entity.country,
  region: entity.region,
  focusSectors: entity.focusSectors,
  description: entity.description,
  createdAt: entity.createdAt,
  organizationId: entity.organizationId,
});

@ObjectType('ClusterMembership')
export class ClusterMembershipObject {
  @Field(() => ID) id: string;
  @Field(() => ClusterMembershipStatusEnum) status: ClusterMembershipStatus;
  @Field({ description: "The applicant's message to the managers." }) message: string;
  @Field(() => String, { nullable: true, description: 'Why it was rejected or removed.' }) reason:
    string | null;
  @Field() appliedAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  clusterId: string;
  organizationId: string;
  decidedById: string | null;
}

export const toClusterMembershipObject = (
  entity: ClusterMembershipEntity,
): ClusterMembershipObject => ({
  id: entity.id,
  status: entity.status,
  message: entity.message,
  reason: entity.reason,
  appliedAt: entity.appliedAt,
  decidedAt: entity.decidedAt,
  clusterId: entity.clusterId,
  organizationId: entity.organizationId,
  decidedById: entity.decidedById,
});

export const ClusterConnection = ConnectionType(ClusterObject, 'Cluster');

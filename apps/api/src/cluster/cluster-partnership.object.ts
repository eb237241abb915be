import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CLUSTER_PARTNERSHIP_KINDS,
  CLUSTER_PARTNERSHIP_STATUSES,
  type ClusterPartnershipAction,
  type ClusterPartnershipKind,
  type ClusterPartnershipStatus,
} from '@spillover/domain';
import type { CollaborationEntity } from '../collaboration/collaboration.entity';
import type { ClusterPartnershipEntity } from './cluster-partnership.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const ClusterPartnershipStatusEnum = enumOf(CLUSTER_PARTNERSHIP_STATUSES);
registerEnumType(ClusterPartnershipStatusEnum, { name: 'ClusterPartnershipStatus' });
export const ClusterPartnershipKindEnum = enumOf(CLUSTER_PARTNERSHIP_KINDS);
registerEnumType(ClusterPartnershipKindEnum, {
  name: 'ClusterPartnershipKind',
  description: 'DOMESTIC: pan-regional, one country; INTERNATIONAL: two countries.',
});
/** The domain's actions, spelled as GraphQL enum values. */
export const ClusterPartnershipActionEnum = {
  ACCEPT: 'ACCEPT',
  DECLINE: 'DECLINE',
  WITHDRAW: 'WITHDRAW',
  END: 'END',
} as const;
export type ClusterPartnershipActionName = keyof typeof ClusterPartnershipActionEnum;
export const actionName = (action: ClusterPartnershipAction): ClusterPartnershipActionName =>
  action.toUpperCase() as ClusterPartnershipActionName;
registerEnumType(ClusterPartnershipActionEnum, { name: 'ClusterPartnershipAction' });

@ObjectType('ClusterPartnership')
export class ClusterPartnershipObject {
  @Field(() => ID) id: string;
  @Field(() => ClusterPartnershipKindEnum) kind: ClusterPartnershipKind;
  @Field(() => ClusterPartnershipStatusEnum) status: ClusterPartnershipStatus;
  @Field({ description: "The proposing manager's note." }) note: string;
  @Field(() => String, { nullable: true, description: 'Why it was declined, withdrawn or ended.' })
  reason: string | null;
  @Field() proposedAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  proposerClusterId: string;
  recipientClusterId: string;
  endedByClusterId: string | null;
}

export const toClusterPartnershipObject = (
  entity: ClusterPartnershipEntity,
): ClusterPartnershipObject => ({
  id: entity.id,
  kind: entity.kind,
  status: entity.status,
  note: entity.note,
  reason: entity.reason,
  proposedAt: entity.proposedAt,
  answeredAt: entity.answeredAt,
  endedAt: entity.endedAt,
  proposerClusterId: entity.proposerClusterId,
  recipientClusterId:
    entity.proposerClusterId === entity.clusterAId ? entity.clusterBId : entity.clusterAId,
  endedByClusterId: entity.endedByClusterId,
});

@ObjectType('CrossClusterCollaboration', {
  description: 'A collaboration between ACTIVE members of two partner clusters.',
})
export class CrossClusterCollaborationObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => [String]) technologyAreas: string[];
  @Field({ description: 'ISO date.' }) startedOn: string;
  organizationAId: string;
  organizationBId: string;
}

export const toCrossClusterCollaborationObject = (
  entity: CollaborationEntity,
): CrossClusterCollaborationObject => ({
  id: entity.id,
  title: entity.title,
  technologyAreas: entity.technologyAreas,
  startedOn: entity.startedOn,
  organizationAId: entity.organizationAId,
  organizationBId: entity.organizationBId,
});

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  COLLABORATION_OUTCOMES,
  COLLABORATION_STATUSES,
  type CollaborationOutcome,
  type CollaborationStatus,
  type CollaborationType,
} from '@spillover/domain';
import { CollaborationTypeEnum } from '../need/need.object';
import { ConnectionType } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';
import type { CollaborationEntity } from './collaboration.entity';

export const CollaborationStatusEnum = enumOf(COLLABORATION_STATUSES);
export const CollaborationOutcomeEnum = enumOf(COLLABORATION_OUTCOMES);
registerEnumType(CollaborationStatusEnum, {
  name: 'CollaborationStatus',
  description: 'ACTIVE from the accepted interest; COMPLETED by either side, with an outcome.',
});
registerEnumType(CollaborationOutcomeEnum, {
  name: 'CollaborationOutcome',
  description:
    'SOLVED (the need it came from closes as SOLVED), ONGOING (goes on outside the platform), DISCONTINUED.',
});

/**
 * A collaboration (협력), an edge of the collaboration network. Everyone may know the edge;
 * its details (title, areas, source listing) only those who may see the source listing, and
 * the two parties.
 */
@ObjectType('Collaboration')
export class CollaborationObject {
  @Field(() => ID) id: string;
  @Field(() => CollaborationStatusEnum) status: CollaborationStatus;
  @Field(() => CollaborationOutcomeEnum, { nullable: true }) outcome: CollaborationOutcome | null;
  @Field(() => CollaborationTypeEnum, { nullable: true }) type: CollaborationType | null;
  @Field({ description: 'The day the work started, YYYY-MM-DD.' }) startedOn: string;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field({
    description:
      'False when the collaboration came from a need or capability you may not see: then title is null and technologyAreas empty.',
  })
  detailsVisible: boolean;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => [String], { description: 'Technology taxonomy codes' }) technologyAreas: string[];
  @Field() createdAt: Date;
  organizationAId: string;
  organizationBId: string;
  needId: string | null;
  capabilityId: string | null;
  completedById: string | null;
  /** The entity, for the field resolvers that ask the policy about it. */
  entity: CollaborationEntity;
}

export const CollaborationConnection = ConnectionType(CollaborationObject, 'Collaboration');

export const toCollaborationObject = (
  entity: CollaborationEntity,
  detailsVisible: boolean,
): CollaborationObject => ({
  id: entity.id,
  status: entity.status,
  outcome: entity.outcome,
  type: entity.type,
  startedOn: entity.startedOn,
  completedAt: entity.completedAt,
  detailsVisible,
  title: detailsVisible ? entity.title : null,
  technologyAreas: detailsVisible ? entity.technologyAreas : [],
  createdAt: entity.createdAt,
  organizationAId: entity.organizationAId,
  organizationBId: entity.organizationBId,
  needId: detailsVisible ? entity.needId : null,
  capabilityId: detailsVisible ? entity.capabilityId : null,
  completedById: entity.completedById,
  entity,
});

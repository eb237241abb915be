import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../platform/graphql/connection';
import type { AuditEventRow } from './audit-event.repository';

@ObjectType('AuditEvent')
export class AuditEventObject {
  @Field(() => ID) id: string;
  @Field({ description: 'What happened, e.g. clusterMembership.admitted.' }) action: string;
  @Field() objectType: string;
  @Field(() => ID) objectId: string;
  @Field(() => ID, { nullable: true }) organizationId: string | null;
  @Field(() => ID, { nullable: true }) clusterId: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) before: Record<string, unknown> | null;
  @Field(() => GraphQLJSON, { nullable: true }) after: Record<string, unknown> | null;
  @Field() createdAt: Date;
  actorId: string | null;
  // Resolved by the objectName field in the reader's language.
  objectNameEn: string | null;
  objectNameKo: string | null;
}

export const toAuditEventObject = ({
  event: entity,
  objectName,
  objectNameKo,
}: AuditEventRow): AuditEventObject => ({
  id: entity.id,
  action: entity.action,
  objectType: entity.objectType,
  objectId: entity.objectId,
  organizationId: entity.organizationId,
  clusterId: entity.clusterId,
  before: entity.before,
  after: entity.after,
  createdAt: entity.createdAt,
  actorId: entity.actorId,
  objectNameEn: objectName,
  objectNameKo,
});

export const AuditEventConnection = ConnectionType(AuditEventObject, 'AuditEvent', false);

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  INVITATION_STATUSES,
  ORGANIZATION_KINDS,
  ORGANIZATION_SIZES,
  ORG_ROLES,
  type InvitationStatus,
  type OrgRole,
  type OrganizationKind,
  type OrganizationSize,
} from '@spillover/domain';
import { ConnectionType } from '../platform/graphql/connection';
import type { InvitationEntity } from './invitation.entity';
import type { MembershipEntity } from './membership.entity';
import type { OrganizationEntity } from './organization.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const OrganizationKindEnum = enumOf(ORGANIZATION_KINDS);
export const OrganizationSizeEnum = enumOf(ORGANIZATION_SIZES);
export const OrgRoleEnum = enumOf(ORG_ROLES);
export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });
registerEnumType(OrganizationSizeEnum, { name: 'OrganizationSize' });
registerEnumType(OrgRoleEnum, { name: 'OrgRole' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('Organization')
export class OrganizationObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field(() => OrganizationSizeEnum, { nullable: true }) size: OrganizationSize | null;
  @Field({ description: 'ISO 3166-1 alpha-2' }) country: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-2' }) region: string | null;
  @Field(() => [String], { description: 'NACE Rev.2 codes' }) sectors: string[];
  @Field(() => [String], { description: 'Technology taxonomy codes' }) technologyAreas: string[];
  @Field() description: string;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field() createdAt: Date;
}

export const toOrganizationObject = (entity: OrganizationEntity): OrganizationObject => ({
  id: entity.id,
  name: entity.name,
  kind: entity.kind,
  size: entity.size,
  country: entity.country,
  region: entity.region,
  sectors: entity.sectors,
  technologyAreas: entity.technologyAreas,
  description: entity.description,
  website: entity.website,
  createdAt: entity.createdAt,
});

@ObjectType('Membership')
export class MembershipObject {
  @Field(() => ID) id: string;
  @Field(() => OrgRoleEnum) role: OrgRole;
  @Field() createdAt: Date;
  userId: string;
  organizationId: string;
}

export const toMembershipObject = (entity: MembershipEntity): MembershipObject => ({
  id: entity.id,
  role: entity.role,
  createdAt: entity.createdAt,
  userId: entity.userId,
  organizationId: entity.organizationId,
});

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => OrgRoleEnum) role: OrgRole;
  @Field(() => InvitationStatusEnum) status: InvitationStatus;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  organizationId: string;
  invitedById: string | null;
}

export const toInvitationObject = (entity: InvitationEntity): InvitationObject => ({
  id: entity.id,
  email: entity.email,
  role: entity.role,
  status: entity.status,
  createdAt: entity.createdAt,
  expiresAt: entity.expiresAt,
  organizationId: entity.organizationId,
  invitedById: entity.invitedById,
});

export const OrganizationConnection = ConnectionType(OrganizationObject, 'Organization');

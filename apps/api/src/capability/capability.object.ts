import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CAPABILITY_KINDS,
  CAPABILITY_STATUSES,
  LICENSING_STATUSES,
  type CapabilityKind,
  type CapabilityStatus,
  type LicensingStatus,
  type Visibility,
} from '@spillover/domain';
import { VisibilityEnum } from '../need/need.object';
import { ConnectionType } from '../platform/graphql/connection';
import type { CapabilityEntity } from './capability.entity';
import { enumOf } from '../platform/graphql/enum-of';

export const CapabilityKindEnum = enumOf(CAPABILITY_KINDS);
export const CapabilityStatusEnum = enumOf(CAPABILITY_STATUSES);
export const LicensingStatusEnum = enumOf(LICENSING_STATUSES);
registerEnumType(CapabilityKindEnum, { name: 'CapabilityKind' });
registerEnumType(CapabilityStatusEnum, { name: 'CapabilityStatus' });
registerEnumType(LicensingStatusEnum, { name: 'LicensingStatus' });

/** A capability (보유역량): expertise, equipment, a facility, licensable IP or a service. */
@ObjectType('Capability')
export class CapabilityObject {
  @Field(() => ID) id: string;
  @Field(() => CapabilityKindEnum) kind: CapabilityKind;
  @Field(() => CapabilityStatusEnum) status: CapabilityStatus;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [String]) technologyAreas: string[];
  @Field(() => [String]) sectors: string[];
  @Field(() => Int, { nullable: true }) trl: number | null;
  @Field(() => String, { nullable: true }) contactName: string | null;
  // contactEmail is resolved: signed-in users only, so public pages do not feed address harvesters.
  contactEmail: string | null;
  @Field(() => String, { nullable: true }) availability: string | null;
  @Field(() => VisibilityEnum) visibility: Visibility;
  @Field(() => String, { nullable: true, description: 'Equipment and facilities' }) model:
    string | null;
  @Field(() => String, { nullable: true, description: 'Equipment and facilities' }) location:
    string | null;
  @Field(() => String, { nullable: true, description: 'Equipment and facilities' }) bookingTerms:
    string | null;
  @Field(() => String, { nullable: true, description: 'IP' }) patentNumber: string | null;
  @Field(() => LicensingStatusEnum, { nullable: true, description: 'IP' })
  licensingStatus: LicensingStatus | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  organizationId: string;
}

export const toCapabilityObject = (entity: CapabilityEntity): CapabilityObject => ({
  id: entity.id,
  kind: entity.kind,
  status: entity.status,
  title: entity.title,
  description: entity.description,
  technologyAreas: entity.technologyAreas,
  sectors: entity.sectors,
  trl: entity.trl,
  contactName: entity.contactName,
  contactEmail: entity.contactEmail,
  availability: entity.availability,
  visibility: entity.visibility,
  model: entity.model,
  location: entity.location,
  bookingTerms: entity.bookingTerms,
  patentNumber: entity.patentNumber,
  licensingStatus: entity.licensingStatus,
  publishedAt: entity.publishedAt,
  archivedAt: entity.archivedAt,
  createdAt: entity.createdAt,
  updatedAt: entity.updatedAt,
  organizationId: entity.organizationId,
});

export const CapabilityConnection = ConnectionType(CapabilityObject, 'Capability');

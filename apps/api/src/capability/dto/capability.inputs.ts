import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  capabilityDraftSchema,
  capabilityPatchSchema,
  type CapabilityKind,
  type LicensingStatus,
  type Visibility,
} from '@spillover/domain';
import { VisibilityEnum } from '../../need/need.object';
import { ValidatedBy } from '../../platform/graphql/validation';
import { CapabilityKindEnum, LicensingStatusEnum } from '../capability.object';

@InputType({ isAbstract: true })
class CapabilityFields {
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) technologyAreas?: string[] | null;
  @Field(() => [String], { nullable: true }) sectors?: string[] | null;
  @Field(() => Int, { nullable: true }) trl?: number | null;
  @Field(() => String, { nullable: true }) contactName?: string | null;
  @Field(() => String, { nullable: true }) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) availability?: string | null;
  @Field(() => VisibilityEnum, { nullable: true }) visibility?: Visibility | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'For PRIVATE capabilities: the organizations invited to see it.',
  })
  invitedOrganizationIds?: string[] | null;
  @Field(() => String, { nullable: true, description: 'EQUIPMENT, FACILITY' }) model?:
    string | null;
  @Field(() => String, { nullable: true, description: 'EQUIPMENT, FACILITY' }) location?:
    string | null;
  @Field(() => String, { nullable: true, description: 'EQUIPMENT, FACILITY' }) bookingTerms?:
    string | null;
  @Field(() => String, { nullable: true, description: 'IP' }) patentNumber?: string | null;
  @Field(() => LicensingStatusEnum, { nullable: true, description: 'IP' })
  licensingStatus?: LicensingStatus | null;
}

@InputType()
@ValidatedBy(capabilityDraftSchema)
export class CapabilityDraftInput extends CapabilityFields {
  @Field(() => CapabilityKindEnum) kind: CapabilityKind;
  @Field() title: string;
}

@InputType()
@ValidatedBy(capabilityPatchSchema)
export class UpdateCapabilityInput extends CapabilityFields {
  @Field(() => CapabilityKindEnum, { nullable: true }) kind?: CapabilityKind;
  @Field({ nullable: true }) title?: string;
}

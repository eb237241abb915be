import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  ndaAcceptanceSchema,
  ndaTermsSchema,
  needDraftSchema,
  needPatchSchema,
  type CollaborationType,
  type Visibility,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { CollaborationTypeEnum, VisibilityEnum } from '../need.object';

@InputType({ isAbstract: true })
class NeedFields {
  @Field(() => String, { nullable: true, description: 'Shown to everyone who may see the need.' })
  publicSummary?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Shown to the owner and to organizations that accepted the NDA terms.',
  })
  confidentialDetails?: string | null;
  @Field(() => String, { nullable: true }) desiredOutcome?: string | null;
  @Field(() => [String], { nullable: true }) technologyAreas?: string[] | null;
  @Field(() => [String], { nullable: true }) sectors?: string[] | null;
  @Field(() => Int, { nullable: true }) currentTrl?: number | null;
  @Field(() => Int, { nullable: true }) targetTrl?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'In the currency’s minor units.' })
  budgetMin?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) budgetMax?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217, e.g. KRW' }) currency?:
    string | null;
  @Field(() => Date, { nullable: true }) responseDeadline?: Date | null;
  @Field(() => [CollaborationTypeEnum], { nullable: true }) collaborationTypes?:
    CollaborationType[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether partners from abroad are welcome: matching then ranks them near domestic ones.',
  })
  internationalPartnersWelcome?: boolean | null;
  @Field(() => VisibilityEnum, { nullable: true }) visibility?: Visibility | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'For PRIVATE needs: the organizations invited to see it.',
  })
  invitedOrganizationIds?: string[] | null;
}

@InputType()
@ValidatedBy(needDraftSchema)
export class NeedDraftInput extends NeedFields {
  @Field() title: string;
}

@InputType()
@ValidatedBy(needPatchSchema)
export class UpdateNeedInput extends NeedFields {
  @Field({ nullable: true }) title?: string;
}

@InputType()
@ValidatedBy(ndaTermsSchema)
export class NdaTermsInput {
  @Field() text: string;
  @Field({
    description: 'A new name for changed terms, e.g. v2: organizations accept each version.',
  })
  version: string;
}

@InputType()
@ValidatedBy(ndaAcceptanceSchema)
export class AcceptNdaInput {
  @Field(() => ID) needId: string;
  @Field(() => ID, { description: 'The organization that accepts (you must be its ORG_ADMIN).' })
  organizationId: string;
  @Field({ description: 'The version you read.' }) version: string;
}

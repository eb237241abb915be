import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { applicationDraftSchema, consortiumMemberSchema } from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';

@InputType()
@ValidatedBy(applicationDraftSchema)
export class ApplicationDraftInput {
  @Field() title: string;
  @Field({ nullable: true }) abstract?: string;
  @Field({ nullable: true }) workPlanSummary?: string;
  @Field(() => Int, { nullable: true }) durationMonths?: number | null;
  @Field(() => [ID], { nullable: true, description: 'Needs of the lead organization.' })
  linkedNeedIds?: string[];
  @Field(() => [ID], { nullable: true, description: 'Collaborations of the lead organization.' })
  linkedCollaborationIds?: string[];
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units of the call’s currency, 0 to 10^14.',
  })
  leadRequestedBudget?: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) leadOwnContribution?: number;
}

@InputType()
@ValidatedBy(consortiumMemberSchema)
export class ApplicationPartnerInput {
  @Field(() => ID) organizationId: string;
  @Field(() => GraphQLSafeInt, { description: 'Minor units of the call’s currency, 0 to 10^14.' })
  requestedBudget: number;
  @Field(() => GraphQLSafeInt) ownContribution: number;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { addReviewerSchema, conflictSettingsSchema, updateReviewerSchema } from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';

@InputType('ReviewerExpertiseInput')
export class ReviewerExpertiseInput {
  @Field(() => [String], { nullable: true, description: 'Technology taxonomy codes.' })
  technologyCodes?: string[];
  @Field(() => [String], { nullable: true, description: 'NACE Rev.2 codes.' })
  sectors?: string[];
  @Field({ nullable: true }) text?: string;
}

@InputType('AddReviewerInput', {
  description: 'A platform user (userId) or an expert to invite by e-mail (email), not both.',
})
@ValidatedBy(addReviewerSchema)
export class AddReviewerInput {
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => ReviewerExpertiseInput, { nullable: true }) expertise?: ReviewerExpertiseInput;
  @Field(() => Int) maxLoad: number;
}

@InputType('UpdateReviewerInput')
@ValidatedBy(updateReviewerSchema)
export class UpdateReviewerInput {
  @Field(() => ReviewerExpertiseInput, { nullable: true }) expertise?: ReviewerExpertiseInput;
  @Field(() => Int, { nullable: true }) maxLoad?: number;
}

@InputType('ConflictRulesInput', { description: 'Omitted rules keep their setting.' })
export class ConflictRulesInput {
  @Field({ nullable: true }) CONSORTIUM_MEMBER?: boolean;
  @Field({ nullable: true }) COLLABORATION?: boolean;
  @Field({ nullable: true }) ACCEPTED_INTEREST?: boolean;
  @Field({ nullable: true }) NDA_ACCEPTED?: boolean;
  @Field({ nullable: true }) SHARED_CONSORTIUM?: boolean;
}

@InputType('ConflictSettingsInput')
@ValidatedBy(conflictSettingsSchema)
export class ConflictSettingsInput {
  @Field(() => ConflictRulesInput, { nullable: true }) rules?: ConflictRulesInput;
  @Field(() => Int, { nullable: true }) lookbackYears?: number;
}

@InputType('ReviewScoreInput')
export class ReviewScoreInput {
  @Field(() => Int, {
    nullable: true,
    description: '0..maxScore of the criterion; null in a draft.',
  })
  score?: number | null;
  @Field({ defaultValue: '' }) comment: string;
}

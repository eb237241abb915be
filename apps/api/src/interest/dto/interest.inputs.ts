import { Field, ID, InputType } from '@nestjs/graphql';

@InputType({ description: 'The match card an interest is sent from: its reasons travel along.' })
export class InterestMatchInput {
  @Field(() => ID) needId: string;
  @Field(() => ID) capabilityId: string;
}

/**
 * Validated by the domain's interestMessageSchema in the service (the same schema the web
 * form runs live); the listing and the organization are checked against the database there.
 */
@InputType()
export class ExpressInterestInput {
  @Field(() => ID, { description: 'Your organization, which sends the interest.' })
  organizationId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The need answered (exactly one of needId and capabilityId).',
  })
  needId?: string | null;
  @Field(() => ID, { nullable: true, description: 'The capability answered (firms only).' })
  capabilityId?: string | null;
  @Field() message: string;
  @Field() proposedApproach: string;
  @Field(() => [ID], {
    nullable: true,
    description: "Your organization's own published capabilities to link.",
  })
  capabilityIds?: string[] | null;
  @Field(() => InterestMatchInput, { nullable: true }) match?: InterestMatchInput | null;
}

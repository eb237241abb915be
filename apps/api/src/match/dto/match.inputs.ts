import { Field, ID, InputType } from '@nestjs/graphql';
import {
  matchDismissInputSchema,
  matchPairSchema,
  type MatchDismissReason,
  type MatchSide,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { MatchDismissReasonEnum, MatchSideEnum } from '../match.object';

@InputType()
@ValidatedBy(matchPairSchema)
export class MatchPairInput {
  @Field(() => ID) needId: string;
  @Field(() => ID) capabilityId: string;
  @Field(() => MatchSideEnum, {
    description:
      "NEED_OWNER on a need's list of capabilities, CAPABILITY_OWNER on a capability's list of needs.",
  })
  side: MatchSide;
}

@InputType()
@ValidatedBy(matchDismissInputSchema)
export class DismissMatchInput extends MatchPairInput {
  @Field(() => MatchDismissReasonEnum) reason: MatchDismissReason;
  @Field(() => String, { nullable: true, description: 'Required with OTHER: why it does not fit.' })
  note?: string | null;
}

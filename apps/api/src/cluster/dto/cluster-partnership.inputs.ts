import { Field, ID, InputType } from '@nestjs/graphql';
import {
  clusterPartnershipDecisionSchema,
  proposeClusterPartnershipSchema,
  type ClusterPartnershipKind,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { ClusterPartnershipKindEnum } from '../cluster-partnership.object';

@InputType()
@ValidatedBy(proposeClusterPartnershipSchema)
export class ProposeClusterPartnershipInput {
  @Field(() => ID, { description: 'The cluster you manage.' }) clusterId: string;
  @Field(() => ID) partnerClusterId: string;
  @Field(() => ClusterPartnershipKindEnum) kind: ClusterPartnershipKind;
  @Field({ nullable: true, description: "A note to the other cluster's managers." }) note?: string;
}

@InputType()
@ValidatedBy(clusterPartnershipDecisionSchema)
export class ClusterPartnershipDecisionInput {
  @Field(() => ID) partnershipId: string;
  @Field(() => String, {
    nullable: true,
    description: "Required to decline or end; the other cluster's managers read it.",
  })
  reason?: string | null;
}

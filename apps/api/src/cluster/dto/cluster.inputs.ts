import { Field, ID, InputType } from '@nestjs/graphql';
import {
  appointClusterManagerSchema,
  applyToClusterSchema,
  clusterDecisionSchema,
  clusterFilterSchema,
  clusterSchema,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';

@InputType()
@ValidatedBy(clusterSchema)
export class ClusterInput {
  @Field() nameEn: string;
  @Field() nameKo: string;
  @Field(() => ID, { description: 'The cluster organization that runs it.' })
  organizationId: string;
  @Field() country: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => [String]) focusSectors: string[];
  @Field({ nullable: true }) description?: string;
}

@InputType()
@ValidatedBy(appointClusterManagerSchema)
export class AppointClusterManagerInput {
  @Field(() => ID) clusterId: string;
  @Field({ description: 'The e-mail of a registered user.' }) email: string;
}

@InputType()
@ValidatedBy(applyToClusterSchema)
export class ApplyToClusterInput {
  @Field(() => ID) clusterId: string;
  @Field(() => ID) organizationId: string;
  @Field({ nullable: true }) message?: string;
}

@InputType()
@ValidatedBy(clusterDecisionSchema)
export class ClusterDecisionInput {
  @Field(() => ID) membershipId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Required to reject or remove; shown to the organization.',
  })
  reason?: string | null;
}

@InputType()
@ValidatedBy(clusterFilterSchema)
export class ClusterFilter {
  @Field({ nullable: true }) query?: string;
  @Field(() => [String], { nullable: true }) countries?: string[];
}

import { Field, ID, InputType } from '@nestjs/graphql';
import {
  changeMemberRoleSchema,
  inviteMemberSchema,
  organizationFilterSchema,
  organizationPatchSchema,
  organizationSchema,
  type OrgRole,
  type OrganizationKind,
  type OrganizationSize,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { OrgRoleEnum, OrganizationKindEnum, OrganizationSizeEnum } from '../organization.object';

@InputType()
@ValidatedBy(organizationSchema)
export class OrganizationInput {
  @Field() name: string;
  @Field(() => OrganizationKindEnum) kind: OrganizationKind;
  @Field(() => OrganizationSizeEnum, {
    nullable: true,
    description: 'Required for firms, absent for others.',
  })
  size?: OrganizationSize | null;
  @Field({ description: 'ISO 3166-1 alpha-2, e.g. KR' }) country: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-2, e.g. KR-27' }) region?:
    string | null;
  @Field(() => [String], { description: 'NACE Rev.2 codes' }) sectors: string[];
  @Field(() => [String], { description: 'Technology taxonomy codes' }) technologyAreas: string[];
  @Field() description: string;
  @Field(() => String, { nullable: true }) website?: string | null;
}

@InputType()
@ValidatedBy(organizationPatchSchema)
export class UpdateOrganizationInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => OrganizationKindEnum, { nullable: true }) kind?: OrganizationKind;
  @Field(() => OrganizationSizeEnum, { nullable: true }) size?: OrganizationSize | null;
  @Field({ nullable: true }) country?: string;
  @Field(() => String, { nullable: true }) region?: string | null;
  @Field(() => [String], { nullable: true }) sectors?: string[];
  @Field(() => [String], { nullable: true }) technologyAreas?: string[];
  @Field({ nullable: true }) description?: string;
  @Field(() => String, { nullable: true }) website?: string | null;
}

@InputType()
@ValidatedBy(organizationFilterSchema)
export class OrganizationFilter {
  @Field({
    nullable: true,
    description: 'Words in the name or description, English or Korean; typos tolerated.',
  })
  query?: string;
  @Field(() => [OrganizationKindEnum], { nullable: true }) kinds?: OrganizationKind[];
  @Field(() => [OrganizationSizeEnum], { nullable: true }) sizes?: OrganizationSize[];
  @Field(() => [String], { nullable: true }) countries?: string[];
  @Field(() => [String], { nullable: true }) regions?: string[];
  @Field(() => [String], { nullable: true }) sectors?: string[];
  @Field(() => [String], { nullable: true, description: 'A technology area includes its fields.' })
  technologyAreas?: string[];
}

@InputType()
@ValidatedBy(inviteMemberSchema)
export class InviteMemberInput {
  @Field(() => ID) organizationId: string;
  @Field() email: string;
  @Field(() => OrgRoleEnum) role: OrgRole;
}

@InputType()
@ValidatedBy(changeMemberRoleSchema)
export class ChangeMemberRoleInput {
  @Field(() => ID) membershipId: string;
  @Field(() => OrgRoleEnum) role: OrgRole;
}

import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  savedSearchSchema,
  searchCriteriaSchema,
  searchFilterSchema,
  type CapabilityKind,
  type CollaborationType,
  type SavedSearchAlert,
  type SearchKind,
  type SearchStatus,
} from '@spillover/domain';
import { CapabilityKindEnum } from '../../capability/capability.object';
import { CollaborationTypeEnum } from '../../need/need.object';
import { ValidatedBy } from '../../platform/graphql/validation';
import { SavedSearchAlertEnum, SearchKindEnum, SearchStatusEnum } from '../search.object';

@InputType({ isAbstract: true })
class SearchCriteriaFields {
  @Field(() => String, {
    nullable: true,
    description: 'Words, English or Korean; accents, case and typos do not matter.',
  })
  query?: string | null;
  @Field(() => [SearchKindEnum], { nullable: true, description: 'Default: all three.' }) kinds?:
    SearchKind[] | null;
  @Field(() => [CapabilityKindEnum], {
    nullable: true,
    description: 'Capabilities of these kinds (leaves out needs and organizations).',
  })
  capabilityKinds?: CapabilityKind[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Technology taxonomy codes; an area includes its fields.',
  })
  technologyAreas?: string[] | null;
  @Field(() => [String], {
    nullable: true,
    description: 'NACE Rev.2 codes; a section includes its divisions.',
  })
  sectors?: string[] | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Needs whose current…target TRL overlaps trlMin…trlMax; capabilities whose TRL lies in it.',
  })
  trlMin?: number | null;
  @Field(() => Int, { nullable: true }) trlMax?: number | null;
  @Field(() => [String], {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 of the organization (the owner of a need or capability).',
  })
  countries?: string[] | null;
  @Field(() => [String], { nullable: true, description: 'ISO 3166-2 of the organization.' })
  regions?: string[] | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'The organization is an ACTIVE member of one of these clusters.',
  })
  clusterIds?: string[] | null;
  @Field(() => [CollaborationTypeEnum], {
    nullable: true,
    description: 'Needs seeking one of these (leaves out the other kinds).',
  })
  collaborationTypes?: CollaborationType[] | null;
  @Field(() => [SearchStatusEnum], {
    nullable: true,
    description:
      'Needs and capabilities in these statuses (leaves out organizations, which have none). Default: OPEN needs, PUBLISHED capabilities and organizations.',
  })
  statuses?: SearchStatus[] | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Needs whose response deadline is at or after this instant.',
  })
  deadlineAfter?: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Needs whose response deadline is before this instant.',
  })
  deadlineBefore?: Date | null;
}

@InputType()
@ValidatedBy(searchCriteriaSchema)
export class SearchCriteriaInput extends SearchCriteriaFields {}

@InputType()
@ValidatedBy(searchFilterSchema)
export class SearchFilterInput extends SearchCriteriaFields {
  @Field(() => Int, { nullable: true, description: 'Results per page, 1 to 100 (default 20).' })
  first?: number;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@InputType()
@ValidatedBy(savedSearchSchema)
export class SaveSearchInput {
  @Field() name: string;
  @Field(() => SearchCriteriaInput) filter: SearchCriteriaInput;
  @Field(() => SavedSearchAlertEnum, { nullable: true, description: 'Default WEEKLY.' })
  alert?: SavedSearchAlert;
}

import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  CapabilityKind,
  CollaborationType,
  SavedSearchAlert,
  SearchCriteria,
  SearchKind,
  SearchStatus,
} from '@spillover/domain';
import { CapabilityKindEnum } from '../capability/capability.object';
import { CollaborationTypeEnum } from '../need/need.object';
import type { SavedSearchEntity } from './saved-search.entity';
import { SavedSearchAlertEnum, SearchKindEnum, SearchStatusEnum } from './search.object';

/** The filters of a saved search, as SearchCriteriaInput takes them. */
@ObjectType('SearchCriteria')
export class SearchCriteriaObject {
  @Field(() => String, { nullable: true }) query: string | null;
  @Field(() => [SearchKindEnum], { nullable: true }) kinds: SearchKind[] | null;
  @Field(() => [CapabilityKindEnum], { nullable: true }) capabilityKinds: CapabilityKind[] | null;
  @Field(() => [String], { nullable: true }) technologyAreas: string[] | null;
  @Field(() => [String], { nullable: true }) sectors: string[] | null;
  @Field(() => Int, { nullable: true }) trlMin: number | null;
  @Field(() => Int, { nullable: true }) trlMax: number | null;
  @Field(() => [String], { nullable: true }) countries: string[] | null;
  @Field(() => [String], { nullable: true }) regions: string[] | null;
  @Field(() => [ID], { nullable: true }) clusterIds: string[] | null;
  @Field(() => [CollaborationTypeEnum], { nullable: true }) collaborationTypes:
    CollaborationType[] | null;
  @Field(() => [SearchStatusEnum], { nullable: true }) statuses: SearchStatus[] | null;
  @Field(() => Date, { nullable: true }) deadlineAfter: Date | null;
  @Field(() => Date, { nullable: true }) deadlineBefore: Date | null;
}

@ObjectType('SavedSearch', { description: 'Filters a user saved; only its owner sees it.' })
export class SavedSearchObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => SearchCriteriaObject) criteria: SearchCriteriaObject;
  @Field(() => SavedSearchAlertEnum) alert: SavedSearchAlert;
  @Field({
    description: 'Results published after this are new (markSavedSearchSeen moves it to now).',
  })
  resultsSeenAt: Date;
  @Field() createdAt: Date;
  entity: SavedSearchEntity;
}

export const toSearchCriteriaObject = (criteria: SearchCriteria): SearchCriteriaObject => ({
  query: criteria.query ?? null,
  kinds: criteria.kinds ?? null,
  capabilityKinds: criteria.capabilityKinds ?? null,
  technologyAreas: criteria.technologyAreas ?? null,
  sectors: criteria.sectors ?? null,
  trlMin: criteria.trlMin ?? null,
  trlMax: criteria.trlMax ?? null,
  countries: criteria.countries ?? null,
  regions: criteria.regions ?? null,
  clusterIds: criteria.clusterIds ?? null,
  collaborationTypes: criteria.collaborationTypes ?? null,
  statuses: criteria.statuses ?? null,
  deadlineAfter: criteria.deadlineAfter ?? null,
  deadlineBefore: criteria.deadlineBefore ?? null,
});

export const toSavedSearchObject = (
  entity: SavedSearchEntity,
  criteria: SearchCriteria,
): SavedSearchObject => ({
  id: entity.id,
  name: entity.name,
  criteria: toSearchCriteriaObject(criteria),
  alert: entity.alert,
  resultsSeenAt: entity.resultsSeenAt,
  createdAt: entity.createdAt,
  entity,
});

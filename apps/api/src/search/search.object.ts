import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  SAVED_SEARCH_ALERTS,
  SEARCH_KINDS,
  SEARCH_STATUSES,
  type CapabilityKind,
  type SearchKind,
  type SearchStatus,
} from '@spillover/domain';
import { CapabilityKindEnum } from '../capability/capability.object';
import { PageInfo } from '../platform/graphql/connection';
import { enumOf } from '../platform/graphql/enum-of';

export const SearchKindEnum = enumOf(SEARCH_KINDS);
export const SearchStatusEnum = enumOf(SEARCH_STATUSES);
export const SavedSearchAlertEnum = enumOf(SAVED_SEARCH_ALERTS);
registerEnumType(SearchKindEnum, { name: 'SearchKind' });
registerEnumType(SearchStatusEnum, {
  name: 'SearchStatus',
  description:
    'Needs: DRAFT, OPEN, CLOSED. Capabilities: DRAFT, PUBLISHED, ARCHIVED. Organizations have none.',
});
registerEnumType(SavedSearchAlertEnum, {
  name: 'SavedSearchAlert',
  description: 'How often to hear of new results (the alerts arrive with notifications).',
});

@ObjectType('TextRange', {
  description:
    'A part of a text, in UTF-16 code units as JavaScript indexes strings: text.slice(start, end).',
})
export class TextRangeObject {
  @Field(() => Int) start: number;
  @Field(() => Int) end: number;
}

@ObjectType('SearchSnippet', {
  description:
    'Where the words matched, from a public field only, as plain text with the matches marked by ranges.',
})
export class SearchSnippetObject {
  @Field({ description: 'The field the text comes from, e.g. publicSummary, description, title.' })
  field: string;
  @Field() text: string;
  @Field(() => [TextRangeObject]) highlights: TextRangeObject[];
}

/** One result: a need, a capability or an organization. Resolve `need`, `capability` or `organization` for its details. */
@ObjectType('SearchHit')
export class SearchHitObject {
  @Field(() => SearchKindEnum) kind: SearchKind;
  @Field(() => ID, { description: 'The id of the need, capability or organization.' }) id: string;
  @Field(() => Float, {
    description: 'Relevance; higher first. 0 when browsing without words (newest first).',
  })
  score: number;
  @Field() title: string;
  @Field(() => SearchSnippetObject) snippet: SearchSnippetObject;
  @Field({ description: 'When it was published (organizations: when they joined).' })
  listedAt: Date;
  @Field(() => SearchStatusEnum, { nullable: true, description: 'Needs and capabilities.' })
  status: SearchStatus | null;
  @Field(() => CapabilityKindEnum, { nullable: true, description: 'Capabilities.' })
  capabilityKind: CapabilityKind | null;
  @Field(() => [String], { description: 'Technology taxonomy codes.' }) technologyAreas: string[];
  @Field(() => Int, {
    nullable: true,
    description: 'Needs: the current TRL; capabilities: their TRL.',
  })
  trlMin: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Needs: the target TRL; capabilities: their TRL.',
  })
  trlMax: number | null;
  @Field(() => Date, { nullable: true, description: 'Needs: the response deadline.' })
  deadline: Date | null;
  @Field({ description: 'ISO 3166-1 of the organization (the owner of a need or capability).' })
  country: string;
  @Field(() => String, { nullable: true, description: 'ISO 3166-2 of the organization.' }) region:
    string | null;
  @Field({ description: 'The name of the organization found, or of the owner.' })
  organizationName: string;
  organizationId: string;
}

@ObjectType('SearchHitEdge')
export class SearchHitEdgeObject {
  @Field() cursor: string;
  @Field(() => SearchHitObject) node: SearchHitObject;
}

@ObjectType('FacetCount')
export class FacetCountObject {
  @Field() value: string;
  @Field(() => Int) count: number;
}

@ObjectType('SearchFacets', {
  description:
    'Counts over every result the caller may see (not only this page). Each facet counts under every filter but its own: with a country chosen, the countries facet still counts the other countries (what choosing them too would add).',
})
export class SearchFacetsObject {
  @Field(() => [FacetCountObject]) kinds: FacetCountObject[];
  @Field(() => [FacetCountObject], { description: 'Capabilities only.' })
  capabilityKinds: FacetCountObject[];
  @Field(() => [FacetCountObject], { description: 'Needs and capabilities.' })
  statuses: FacetCountObject[];
  @Field(() => [FacetCountObject], {
    description: 'Top-level technology areas (e.g. EF); an item counts once per area.',
  })
  technologyAreas: FacetCountObject[];
  @Field(() => [FacetCountObject], {
    description: 'Country of the organization (the owner of a need or capability).',
  })
  countries: FacetCountObject[];
}

@ObjectType('SearchResult')
export class SearchResultObject {
  @Field(() => [SearchHitEdgeObject]) edges: SearchHitEdgeObject[];
  @Field(() => PageInfo) pageInfo: PageInfo;
  @Field(() => Int, {
    description: 'Results matching the filter, across all pages (only what the caller may see).',
  })
  totalCount?: number;
  @Field(() => SearchFacetsObject) facets?: SearchFacetsObject;
  @Field({
    description:
      'True when the words as typed found less than a page, and the same search with likely typos corrected found more: these are its results.',
  })
  similarSpellings: boolean;
  @Field(() => [String], {
    description:
      'Technology areas the words name (e.g. 수소 연료전지 → EF05): items tagged with them are found and rank higher.',
  })
  queryTechnologyAreas: string[];
}

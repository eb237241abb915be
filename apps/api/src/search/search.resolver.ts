import { Args, Info, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  type GraphQLResolveInfo,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { CapabilityObject, toCapabilityObject } from '../capability/capability.object';
import { NeedObject, toNeedObject } from '../need/need.object';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { Loaders } from '../platform/loaders/loaders';
import { SearchFilterInput } from './dto/search.inputs';
import { SearchHitObject, SearchResultObject } from './search.object';
import { SearchService, type SearchHit, type SearchOutcome } from './search.service';

/**
 * Whether the query asks for any of these fields of the object it resolves (fragments
 * included), as executed: a field or fragment left out by `@include(if: false)` or
 * `@skip(if: true)` is not asked for, so a client can turn costly fields off by a variable.
 */
export function selects(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const included = (node: SelectionNode) =>
    getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.['if'] !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.['if'] !== false;
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((selection) => {
      if (!included(selection)) return false;
      if (selection.kind === 'Field') return names.includes(selection.name.value);
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

export const toSearchResult = (outcome: SearchOutcome): SearchResultObject => ({
  edges: outcome.hits.map((hit) => ({ cursor: hit.cursor, node: hit })),
  pageInfo: { hasNextPage: outcome.hasNextPage, endCursor: outcome.hits.at(-1)?.cursor ?? null },
  ...(outcome.totalCount === undefined ? {} : { totalCount: outcome.totalCount }),
  ...(outcome.facets === undefined ? {} : { facets: outcome.facets }),
  similarSpellings: outcome.similarSpellings,
  queryTechnologyAreas: outcome.queryTechnologyAreas,
});

/** Counting and faceting cost as much as the page; do them only when asked for. */
export const STATS_FIELDS = ['totalCount', 'facets'] as const;

@Resolver(() => SearchHitObject)
export class SearchResolver {
  constructor(
    private readonly searchService: SearchService,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => SearchResultObject, {
    description:
      'One search over technology needs, capabilities and organizations: ranked by relevance with words, newest first without; only what you may see.',
  })
  async search(
    @CurrentActor() actor: Actor,
    @Info() info: GraphQLResolveInfo,
    @Args('filter', { type: () => SearchFilterInput, nullable: true }) filter?: SearchFilterInput,
  ): Promise<SearchResultObject> {
    return toSearchResult(
      await this.searchService.search(actor, filter, { stats: selects(info, STATS_FIELDS) }),
    );
  }

  @ResolveField(() => NeedObject, { nullable: true, description: 'The need, when kind is NEED.' })
  async need(@CurrentActor() actor: Actor, @Parent() hit: SearchHit): Promise<NeedObject | null> {
    if (hit.kind !== 'NEED') return null;
    const need = await this.searchService.need(actor, hit.id);
    return need ? toNeedObject(need) : null;
  }

  @ResolveField(() => CapabilityObject, {
    nullable: true,
    description: 'The capability, when kind is CAPABILITY.',
  })
  async capability(
    @CurrentActor() actor: Actor,
    @Parent() hit: SearchHit,
  ): Promise<CapabilityObject | null> {
    if (hit.kind !== 'CAPABILITY') return null;
    const capability = await this.searchService.capability(actor, hit.id);
    return capability ? toCapabilityObject(capability) : null;
  }

  @ResolveField(() => OrganizationObject, {
    description: 'The organization found, or the one that posted the need or capability.',
  })
  async organization(
    @CurrentActor() actor: Actor,
    @Parent() hit: SearchHit,
  ): Promise<OrganizationObject> {
    const organization = await this.loaders.of(actor).organization.load(hit.organizationId);
    if (!organization) throw new Error(`search hit ${hit.id} has no organization`);
    return toOrganizationObject(organization);
  }
}

import {
  Args,
  ID,
  Info,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { SavedSearchAlert, SavedSearchInput } from '@spillover/domain';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { pageSize } from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import { SaveSearchInput } from './dto/search.inputs';
import type { SavedSearchEntity } from './saved-search.entity';
import { SavedSearchObject, toSavedSearchObject } from './saved-search.object';
import { SavedSearchService } from './saved-search.service';
import { SavedSearchAlertEnum, SearchResultObject } from './search.object';
import { STATS_FIELDS, selects, toSearchResult } from './search.resolver';

@Resolver(() => SavedSearchObject)
export class SavedSearchResolver {
  constructor(private readonly service: SavedSearchService) {}

  private toObject(entity: SavedSearchEntity): SavedSearchObject {
    return toSavedSearchObject(entity, this.service.criteriaOf(entity));
  }

  @Query(() => [SavedSearchObject], { description: 'Your saved searches, newest first.' })
  async savedSearches(@CurrentActor() actor: Actor): Promise<SavedSearchObject[]> {
    return (await this.service.list(actor)).map((entity) => this.toObject(entity));
  }

  @Query(() => SavedSearchObject, {
    description: 'One of your saved searches; NOT_FOUND for anyone else’s.',
  })
  async savedSearch(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<SavedSearchObject> {
    return this.toObject(await this.service.get(actor, id));
  }

  @Mutation(() => SavedSearchObject, {
    description: 'Save filters; results published from now on are its new results.',
  })
  async saveSearch(
    @CurrentActor() actor: Actor,
    @Args('input') input: SaveSearchInput,
  ): Promise<SavedSearchObject> {
    return this.toObject(await this.service.save(actor, input as unknown as SavedSearchInput));
  }

  @Mutation(() => ID, { description: 'Delete one of your saved searches. Returns its id.' })
  deleteSavedSearch(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<string> {
    return this.service.delete(actor, id);
  }

  @Mutation(() => SavedSearchObject, {
    description: 'Change how often you hear of new results of one of your saved searches.',
  })
  async setSavedSearchAlert(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('alert', { type: () => SavedSearchAlertEnum }) alert: SavedSearchAlert,
  ): Promise<SavedSearchObject> {
    return this.toObject(await this.service.setAlert(actor, id, alert));
  }

  @Mutation(() => SavedSearchObject, {
    description: 'You have seen its results: only later ones are new.',
  })
  async markSavedSearchSeen(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<SavedSearchObject> {
    return this.toObject(await this.service.markSeen(actor, id));
  }

  @ResolveField(() => SearchResultObject, {
    description: 'Results published since resultsSeenAt, as you may see them now.',
  })
  async newResults(
    @CurrentActor() actor: Actor,
    @Parent() saved: SavedSearchObject,
    @Info() info: GraphQLResolveInfo,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SearchResultObject> {
    return toSearchResult(
      await this.service.newResults(
        actor,
        saved.entity,
        pageSize(first),
        after,
        selects(info, STATS_FIELDS),
      ),
    );
  }
}

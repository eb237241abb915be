import { Injectable } from '@nestjs/common';
import {
  conflict,
  notFound,
  parseInput,
  savedSearchAlertSchema,
  savedSearchSchema,
  searchCriteriaSchema,
  type SavedSearchAlert,
  type SavedSearchInput,
  type SearchCriteria,
  type SearchCriteriaInput,
  errorKey,
} from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { SavedSearchEntity } from './saved-search.entity';
import { SavedSearchRepository } from './saved-search.repository';
import { SearchService, type SearchOutcome } from './search.service';

/** Enough for anyone's standing searches; more is a script, not a person. */
export const SAVED_SEARCHES_MAX = 50;

/** The criteria as stored: only what was set, instants as ISO strings (valid schema input). */
function storable(criteria: SearchCriteria): SearchCriteriaInput {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(criteria)) {
    if (
      value === null ||
      value === undefined ||
      (Array.isArray(value) && value.length === 0) ||
      value === ''
    )
      continue;
    stored[key] = value instanceof Date ? value.toISOString() : value;
  }
  return stored as SearchCriteriaInput;
}

/** A user's saved searches, and their results published since the user last looked. */
@Injectable()
export class SavedSearchService {
  constructor(
    private readonly savedSearches: SavedSearchRepository,
    private readonly searchService: SearchService,
    private readonly policy: Policy,
    private readonly transactions: Transactions,
  ) {}

  async save(actor: Actor, input: SavedSearchInput): Promise<SavedSearchEntity> {
    const facts = await this.policy.signedIn(actor);
    const values = parseInput(savedSearchSchema, input);
    return this.transactions.run(async () => {
      // Count then insert holds only while no other save of this user runs in between.
      await this.savedSearches.lockOwner(facts.userId);
      if ((await this.savedSearches.countOf(facts.userId)) >= SAVED_SEARCHES_MAX)
        throw conflict(
          `You keep ${SAVED_SEARCHES_MAX} saved searches already; delete one to save another.`,
          errorKey('savedSearch.limit'),
          undefined,
          { max: SAVED_SEARCHES_MAX },
        );
      return this.savedSearches.insert({
        userId: facts.userId,
        name: values.name,
        criteria: storable(values.filter),
        alert: values.alert,
      });
    });
  }

  async list(actor: Actor): Promise<SavedSearchEntity[]> {
    const facts = await this.policy.signedIn(actor);
    return this.savedSearches.listOf(facts.userId);
  }

  async get(actor: Actor, id: string): Promise<SavedSearchEntity> {
    const facts = await this.policy.signedIn(actor);
    const saved = await this.savedSearches.findOwn(id, facts.userId);
    if (!saved) throw notFound('The saved search');
    return saved;
  }

  async delete(actor: Actor, id: string): Promise<string> {
    const facts = await this.policy.signedIn(actor);
    if (!(await this.savedSearches.delete(id, facts.userId))) throw notFound('The saved search');
    return id;
  }

  /** How often the owner hears of new results; NOT_FOUND for anyone else's saved search. */
  async setAlert(actor: Actor, id: string, alert: SavedSearchAlert): Promise<SavedSearchEntity> {
    const facts = await this.policy.signedIn(actor);
    const values = parseInput(savedSearchAlertSchema, { alert });
    const saved = await this.savedSearches.setAlert(id, facts.userId, values.alert);
    if (!saved) throw notFound('The saved search');
    return saved;
  }

  /** The user has seen the results up to now: later ones are the new ones. */
  async markSeen(actor: Actor, id: string): Promise<SavedSearchEntity> {
    const facts = await this.policy.signedIn(actor);
    const saved = await this.savedSearches.markSeen(id, facts.userId);
    if (!saved) throw notFound('The saved search');
    return saved;
  }

  criteriaOf(saved: SavedSearchEntity): SearchCriteria {
    return parseInput(searchCriteriaSchema, saved.criteria);
  }

  /**
   * Results published after the user last looked, as the user may see them now. The alert
   * of a later issue runs this for the search's owner (actor = that user).
   */
  newResults(
    actor: Actor,
    saved: SavedSearchEntity,
    first: number,
    after: string | null,
    stats: boolean,
  ): Promise<SearchOutcome> {
    return this.searchService.search(
      actor,
      { ...this.criteriaOf(saved), first, after },
      { stats, listedAfter: saved.resultsSeenAt },
    );
  }
}

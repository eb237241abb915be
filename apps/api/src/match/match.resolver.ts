import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Language, MatchScore, PartnerScore } from '@spillover/domain';
import { LanguageEnum } from '../account/user.object';
import { toCapabilityObject } from '../capability/capability.object';
import { toNeedObject } from '../need/need.object';
import { toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { decodeCursor, pageSize, toConnection } from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { DismissMatchInput, MatchPairInput } from './dto/match.inputs';
import {
  CapabilityMatchConnection,
  MatchFeedbackObject,
  NeedMatchConnection,
  PartnerMatchConnection,
  toReasonObjects,
  type CapabilityMatchObject,
  type MatchConnection,
  type NeedMatchObject,
  type PartnerMatchObject,
  type ScoredObject,
} from './match.object';
import { MatchRepository } from './match.repository';
import { MatchService, type MatchList } from './match.service';

const FIRST = { type: () => Int, defaultValue: 20 } as const;
const LANGUAGE = {
  type: () => LanguageEnum,
  defaultValue: 'en',
  description: 'The language of the reasons.',
} as const;

const scored = (score: MatchScore | PartnerScore, language: Language): ScoredObject => ({
  score: score.score,
  components: score.components.map((component) => ({ ...component })),
  reasons: toReasonObjects(score.reasons, language),
  learned: score.components.some((component) => component.learned),
});

/**
 * A page of an already ranked list: the cursor is the last item's (score, id), so the next
 * page starts right after it even when items were added or removed in between.
 */
function page<T>(
  items: T[],
  first: number,
  after: string | undefined,
  key: (item: T) => [number, string],
) {
  const limit = pageSize(first);
  const cursor = decodeCursor(after, ['number', 'uuid']) as [number, string] | null;
  const start = cursor
    ? items.findIndex((item) => {
        const [score, id] = key(item);
        return score < cursor[0] || (score === cursor[0] && id > cursor[1]);
      })
    : 0;
  return { rows: start < 0 ? [] : items.slice(start, start + limit + 1), limit };
}

function connection<T, N>(
  list: MatchList<T>,
  first: number,
  after: string | undefined,
  key: (item: T) => [number, string],
  nodes: (rows: T[]) => Promise<Map<T, N>>,
) {
  const { rows, limit } = page(list.items, first, after, key);
  return nodes(rows.slice(0, limit)).then((mapped): MatchConnection<N> => ({
    ...toConnection(rows, limit, key, (row) => mapped.get(row)!),
    refreshedAt: list.refresh.refreshedAt,
    refreshPending: list.refresh.pending,
  }));
}

@Resolver()
export class MatchResolver {
  constructor(
    private readonly service: MatchService,
    private readonly matches: MatchRepository,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => CapabilityMatchConnection, {
    description:
      'Capabilities that could meet the need, best first, with reasons. NOT_FOUND when you may not see the need.',
  })
  async matchesForNeed(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }, IdPipe) needId: string,
    @Args('first', FIRST) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('language', LANGUAGE) language: Language = 'en',
  ): Promise<MatchConnection<CapabilityMatchObject>> {
    const list = await this.service.forNeed(actor, needId, language);
    return connection(
      list,
      first,
      after,
      (item) => [item.score.score, item.capabilityId],
      async (rows) => {
        const capabilities = await this.matches.capabilityEntities(
          rows.map((row) => row.capabilityId),
        );
        return new Map(
          rows.map((row) => [
            row,
            {
              ...scored(row.score, language),
              capability: toCapabilityObject(capabilities.get(row.capabilityId)!),
              bookmarked: row.bookmarked,
            },
          ]),
        );
      },
    );
  }

  @Query(() => NeedMatchConnection, {
    description:
      'Open needs the capability could serve, best first, with reasons. NOT_FOUND when you may not see the capability.',
  })
  async matchesForCapability(
    @CurrentActor() actor: Actor,
    @Args('capabilityId', { type: () => ID }, IdPipe) capabilityId: string,
    @Args('first', FIRST) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('language', LANGUAGE) language: Language = 'en',
  ): Promise<MatchConnection<NeedMatchObject>> {
    return this.needMatches(
      await this.service.forCapability(actor, capabilityId, language),
      first,
      after,
      language,
    );
  }

  @Query(() => NeedMatchConnection, {
    description:
      "Open needs of other organizations that the organization's capabilities could answer (its members only).",
  })
  async needsYouCouldAnswer(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('first', FIRST) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('language', LANGUAGE) language: Language = 'en',
  ): Promise<MatchConnection<NeedMatchObject>> {
    return this.needMatches(
      await this.service.answerableBy(actor, organizationId, language),
      first,
      after,
      language,
    );
  }

  @Query(() => PartnerMatchConnection, {
    description:
      'Organizations that could meet the need, ranked by their capabilities, profile and track record.',
  })
  async partnersForNeed(
    @CurrentActor() actor: Actor,
    @Args('needId', { type: () => ID }, IdPipe) needId: string,
    @Args('first', FIRST) first: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('language', LANGUAGE) language: Language = 'en',
  ): Promise<MatchConnection<PartnerMatchObject>> {
    const list = await this.service.partnersForNeed(actor, needId, language);
    return connection(
      list,
      first,
      after,
      (item) => [item.score.score, item.organizationId],
      async (rows) => {
        const capabilities = await this.matches.capabilityEntities(
          rows.flatMap((row) => row.capabilityIds),
        );
        const organizations = await this.loaders
          .of(actor)
          .organization.loadMany(rows.map((row) => row.organizationId));
        return new Map(
          rows.map((row, index) => {
            const organization = organizations[index];
            if (!organization || organization instanceof Error)
              throw new Error(`partner ${row.organizationId} has no organization`);
            return [
              row,
              {
                ...scored(row.score, language),
                organization: toOrganizationObject(organization),
                capabilities: row.capabilityIds.map((id) =>
                  toCapabilityObject(capabilities.get(id)!),
                ),
              },
            ];
          }),
        );
      },
    );
  }

  @Mutation(() => MatchFeedbackObject, {
    description: "Bookmark a match on your organization's list.",
  })
  async bookmarkMatch(
    @CurrentActor() actor: Actor,
    @Args('input') input: MatchPairInput,
  ): Promise<MatchFeedbackObject> {
    return { ...(await this.service.bookmark(actor, input)), side: input.side };
  }

  @Mutation(() => MatchFeedbackObject, {
    description:
      "Dismiss a match from your organization's list, with a reason: it is not shown again, and the reason teaches the ranking.",
  })
  async dismissMatch(
    @CurrentActor() actor: Actor,
    @Args('input') input: DismissMatchInput,
  ): Promise<MatchFeedbackObject> {
    return { ...(await this.service.dismiss(actor, input)), side: input.side };
  }

  @Mutation(() => Boolean, {
    description: 'Take back a bookmark or a dismissal; false when there was none.',
  })
  clearMatchFeedback(
    @CurrentActor() actor: Actor,
    @Args('input') input: MatchPairInput,
  ): Promise<boolean> {
    return this.service.clear(actor, input);
  }

  private needMatches(
    list: Awaited<ReturnType<MatchService['forCapability']>>,
    first: number,
    after: string | undefined,
    language: Language,
  ) {
    return connection(
      list,
      first,
      after,
      (item) => [item.score.score, item.needId],
      async (rows) => {
        const [needs, capabilities] = await Promise.all([
          this.matches.needEntities(rows.map((row) => row.needId)),
          this.matches.capabilityEntities(rows.map((row) => row.capabilityId)),
        ]);
        return new Map(
          rows.map((row) => [
            row,
            {
              ...scored(row.score, language),
              need: toNeedObject(needs.get(row.needId)!),
              capability: toCapabilityObject(capabilities.get(row.capabilityId)!),
              bookmarked: row.bookmarked,
            },
          ]),
        );
      },
    );
  }
}

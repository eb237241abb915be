import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { IdPipe } from '../platform/graphql/validation';
import { ImportRunObject, MatchProgressObject, toImportRunObject } from './import-run.object';
import { ImportService } from './import.service';

/** Progress and reports of bulk imports (the file itself goes through POST /imports), and re-matching. */
@Resolver()
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => ImportRunObject, {
    description: 'An import you started or may run; NOT_FOUND otherwise. Poll it for progress.',
  })
  async importRun(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ImportRunObject> {
    const run = await this.imports.find(actor, id);
    return toImportRunObject(run, await this.imports.matched(run));
  }

  @Mutation(() => Int, {
    description:
      'Platform admins: asks for every listing to be matched again (after a change of weights); returns how many.',
  })
  rematchEverything(@CurrentActor() actor: Actor): Promise<number> {
    return this.imports.rematchEverything(actor);
  }

  @Query(() => MatchProgressObject, {
    description: 'Platform admins: how far the match refresh has come.',
  })
  matchProgress(@CurrentActor() actor: Actor): Promise<MatchProgressObject> {
    return this.imports.matchProgress(actor);
  }
}

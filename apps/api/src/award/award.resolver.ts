import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CallObject } from '../call/call.object';
import { CallRepository } from '../call/call.repository';
import { Policy } from '../platform/policy/policy.service';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { IdPipe } from '../platform/graphql/validation';
import {
  ApplicationResultObject,
  AwardChangeObject,
  CallAwardObject,
  CutAwardInput,
  RedressAnswerInput,
  RedressRequestInput,
  RedressRequestObject,
} from './award.object';
import { AwardPresenter } from './award-presenter';
import { AwardRepository } from './award.repository';
import { AwardResultService } from './award-result.service';
import { AwardService } from './award.service';

@Resolver(() => CallAwardObject)
export class AwardResolver {
  constructor(
    private readonly awards: AwardService,
    private readonly results: AwardResultService,
    private readonly presenter: AwardPresenter,
    private readonly repository: AwardRepository,
  ) {}

  @Query(() => CallAwardObject, {
    description:
      'The ranking and per-funder allocation of a closed call: a live preview (the award function on current reviews) until published, the published award after. Managers of the running and funding clusters only.',
  })
  async callAward(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<CallAwardObject> {
    const view = await this.awards.view(actor, callId);
    return this.presenter.callAward(view, await this.repository.redressOfCall(callId));
  }

  @Mutation(() => CallAwardObject, {
    description:
      'Publishes the award of a call IN_EVALUATION: one transaction, once (a concurrent or second press is CONFLICT call.publishNotInEvaluation); every consortium is notified.',
  })
  async publishCallResults(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<CallAwardObject> {
    const view = await this.awards.publish(actor, callId);
    return this.presenter.callAward(view, []);
  }

  @Mutation(() => AwardChangeObject, {
    description:
      'A manager cuts a FUNDED project (note on the record); the first reserve projects that fit are promoted.',
  })
  async cutAward(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
    @Args('input') input: CutAwardInput,
  ): Promise<AwardChangeObject> {
    return { promoted: await this.awards.cut(actor, applicationId, input.note) };
  }

  @Mutation(() => AwardChangeObject, {
    description:
      'The consortium declines its FUNDED award (the application is WITHDRAWN); reserve projects that fit are promoted.',
  })
  async declineAward(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
  ): Promise<AwardChangeObject> {
    return { promoted: await this.awards.decline(actor, applicationId) };
  }

  @Query(() => ApplicationResultObject, {
    description:
      'An application’s published result: scores, anonymised reviews, why not funded, redress. FORBIDDEN before publication for its consortium.',
  })
  applicationResult(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
  ): Promise<ApplicationResultObject> {
    return this.results.result(actor, applicationId);
  }

  @Mutation(() => RedressRequestObject, {
    description:
      'A consortium member requests redress (이의신청), once per application, within the call’s window.',
  })
  requestRedress(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
    @Args('input') input: RedressRequestInput,
  ): Promise<RedressRequestObject> {
    return this.results.file(actor, applicationId, input.text);
  }

  @Mutation(() => RedressRequestObject, {
    description: 'A manager of the call answers a redress request, once, on the record.',
  })
  answerRedress(
    @CurrentActor() actor: Actor,
    @Args('redressId', { type: () => ID }, IdPipe) redressId: string,
    @Args('input') input: RedressAnswerInput,
  ): Promise<RedressRequestObject> {
    return this.results.answer(actor, redressId, input.answer);
  }
}

/** Whether the viewer manages the call's award (its cluster's or a funder's manager): the call page links the ranking. */
@Resolver(() => CallObject)
export class CallAwardFieldResolver {
  constructor(
    private readonly calls: CallRepository,
    private readonly policy: Policy,
  ) {}

  @ResolveField(() => Boolean, {
    description: 'Whether you may preview, publish and manage this call’s award.',
  })
  async viewerManagesAward(
    @CurrentActor() actor: Actor,
    @Parent() call: CallObject,
  ): Promise<boolean> {
    if (call.status === 'DRAFT' || call.status === 'OPEN') return false;
    const funders = await this.calls.funders(call.id);
    return this.policy.can(actor, 'award.manage', {
      callClusterId: call.clusterId,
      fundingClusterIds: funders.map((f) => f.clusterId),
    });
  }
}

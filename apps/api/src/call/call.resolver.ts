import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  availableCallActions,
  type CallDraftValues,
  type CallFilter,
  type CallFunderValues,
  type CallPatch,
  type ConsortiumInput as ConsortiumValues,
} from '@spillover/domain';
import { ClusterPartnershipObject } from '../cluster/cluster-partnership.object';
import { ClusterObject, toClusterObject } from '../cluster/cluster.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { Policy } from '../platform/policy/policy.service';
import { CallEligibilityService } from './call-eligibility.service';
import {
  CallConnection,
  CallFunderObject,
  CallObject,
  EligibilityFailureObject,
  FieldProblemObject,
  RuleSentenceObject,
  toCallFunderObject,
  toCallObject,
  toEligibilityFailureObject,
  toRuleSentenceObject,
} from './call.object';
import { CallService } from './call.service';
import { CallViewService } from './call-view.service';
import {
  CallDraftInput,
  CallFilterInput,
  CallFunderInput,
  ConsortiumInput,
  UpdateCallInput,
} from './dto/call.inputs';

@Resolver(() => CallObject)
export class CallResolver {
  constructor(
    private readonly callService: CallService,
    private readonly views: CallViewService,
    private readonly eligibility: CallEligibilityService,
    private readonly loaders: Loaders,
    private readonly policy: Policy,
  ) {}

  @Query(() => CallObject, {
    description:
      'An OPEN (or later) call, for everyone signed in; a DRAFT for its cluster’s managers. NOT_FOUND otherwise.',
  })
  async call(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.get(actor, id));
  }

  @Query(() => CallConnection, {
    description:
      'Calls you may see, newest first; filter by phase (server clock), cluster (running or funding) and country.',
  })
  async calls(
    @CurrentActor() actor: Actor,
    @Args('filter', { type: () => CallFilterInput, nullable: true })
    filter: CallFilterInput | undefined,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CallObject>> {
    const limit = pageSize(first);
    const values = (filter ?? {}) as CallFilter;
    const { rows, totalCount } = await this.callService.list(
      actor,
      values,
      limit,
      decodeCursor(after, ['timestamp', 'uuid']),
    );
    const now = new Date();
    return toConnection(
      rows,
      limit,
      (row) => [row.createdAt.toISOString(), row.id],
      (row) => toCallObject(row, now),
      totalCount,
    );
  }

  @Query(() => [EligibilityFailureObject], {
    description:
      'Every eligibility rule the consortium fails for this call (empty: eligible). The same function the web runs live.',
  })
  async checkEligibility(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('consortium') consortium: ConsortiumInput,
  ): Promise<EligibilityFailureObject[]> {
    return (await this.eligibility.check(actor, callId, consortium as ConsortiumValues)).map(
      toEligibilityFailureObject,
    );
  }

  @Mutation(() => CallObject, { description: 'A new DRAFT call of the cluster (its managers).' })
  async createCallDraft(
    @CurrentActor() actor: Actor,
    @Args('clusterId', { type: () => ID }, IdPipe) clusterId: string,
    @Args('input') input: CallDraftInput,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.create(actor, clusterId, input as CallDraftValues));
  }

  @Mutation(() => CallObject, {
    description:
      'Edit a DRAFT (null clears a field). Once OPEN: CONFLICT call.rulesFrozen on the field.',
  })
  async updateCallDraft(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateCallInput,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.update(actor, id, input as CallPatch));
  }

  @Mutation(() => CallObject, {
    description:
      'Add a funding cluster to a DRAFT: the call’s cluster or another cluster you manage.',
  })
  async addCallFunder(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('input') input: CallFunderInput,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.addFunder(actor, callId, input as CallFunderValues));
  }

  @Mutation(() => CallObject, { description: 'Remove a funding cluster from a DRAFT.' })
  async removeCallFunder(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('clusterId', { type: () => ID }, IdPipe) clusterId: string,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.removeFunder(actor, callId, clusterId));
  }

  @Mutation(() => CallObject, {
    description:
      'DRAFT → OPEN: every field set, weights summing to 100, the deadline ahead. Tells the funding clusters’ members.',
  })
  async openCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.open(actor, id));
  }

  @Mutation(() => CallObject, {
    description:
      'The one change an OPEN call takes: a later deadline, before the current one passes. Audited.',
  })
  async extendCallDeadline(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('closesAt', { type: () => Date }) closesAt: Date,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.extendDeadline(actor, id, closesAt));
  }

  @Mutation(() => CallObject, {
    description:
      'OPEN → CLOSED by a manager: before it opens, or once the deadline passed (the platform closes it then anyway).',
  })
  async closeCall(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<CallObject> {
    return toCallObject(await this.callService.close(actor, id));
  }

  @ResolveField(() => ClusterObject, { description: 'The cluster that runs the call.' })
  async cluster(@CurrentActor() actor: Actor, @Parent() call: CallObject): Promise<ClusterObject> {
    const cluster = await this.loaders.of(actor).cluster.load(call.clusterId);
    if (!cluster) throw new Error(`call ${call.id} has no cluster`);
    return toClusterObject(cluster);
  }

  @ResolveField(() => [CallFunderObject], { description: 'The funding clusters, in paying order.' })
  async funders(@Parent() call: CallObject): Promise<CallFunderObject[]> {
    return (await this.views.funders(call.id)).map(toCallFunderObject);
  }

  @ResolveField(() => [ID], {
    description:
      'Clusters in an ACTIVE partnership with a funding cluster: their ACTIVE members count for the membership rule (as the funders’ own do).',
  })
  async partnerClusterIds(@Parent() call: CallObject): Promise<string[]> {
    return [...(await this.eligibility.callFacts(call.entity)).partnerClusterIds];
  }

  @ResolveField(() => [RuleSentenceObject], {
    description: 'The rules in words: keys (call.rule.*) and parameters.',
  })
  async rulesInWords(@Parent() call: CallObject): Promise<RuleSentenceObject[]> {
    return (await this.views.rulesInWords(call.entity)).map(toRuleSentenceObject);
  }

  @ResolveField(() => Boolean, { description: 'Whether you manage the cluster that runs it.' })
  viewerCanManage(@CurrentActor() actor: Actor, @Parent() call: CallObject): Promise<boolean> {
    return this.policy.can(actor, 'call.manage', { clusterId: call.clusterId });
  }

  @ResolveField(() => [String], {
    description: 'What you may do now: open, extendDeadline, close… (managers only).',
  })
  async viewerActions(@CurrentActor() actor: Actor, @Parent() call: CallObject): Promise<string[]> {
    return (await this.policy.can(actor, 'call.manage', { clusterId: call.clusterId }))
      ? availableCallActions(call.status)
      : [];
  }

  @ResolveField(() => [FieldProblemObject], {
    description: 'What stands between the draft and opening, for its managers; empty otherwise.',
  })
  async openProblems(
    @CurrentActor() actor: Actor,
    @Parent() call: CallObject,
  ): Promise<FieldProblemObject[]> {
    if (!(await this.policy.can(actor, 'call.manage', { clusterId: call.clusterId }))) return [];
    return this.views.openProblems(call.entity);
  }
}

@Resolver(() => CallFunderObject)
export class CallFunderResolver {
  constructor(private readonly loaders: Loaders) {}

  @ResolveField(() => ClusterObject)
  async cluster(
    @CurrentActor() actor: Actor,
    @Parent() funder: CallFunderObject,
  ): Promise<ClusterObject> {
    const cluster = await this.loaders.of(actor).cluster.load(funder.clusterId);
    if (!cluster) throw new Error(`funder ${funder.clusterId} has no cluster`);
    return toClusterObject(cluster);
  }
}

/** A partnership's joint calls: calls both clusters run or fund, as far as the viewer may see calls. */
@Resolver(() => ClusterPartnershipObject)
export class PartnershipJointCallsResolver {
  constructor(private readonly callService: CallService) {}

  @ResolveField(() => [CallObject], {
    description: 'Calls both clusters run or fund (signed-in viewers; empty for visitors).',
  })
  async jointCalls(
    @CurrentActor() actor: Actor,
    @Parent() partnership: ClusterPartnershipObject,
  ): Promise<CallObject[]> {
    if (actor.kind === 'anonymous') return [];
    const calls = await this.callService.jointCalls(
      actor,
      partnership.proposerClusterId,
      partnership.recipientClusterId,
    );
    return calls.map((call) => toCallObject(call));
  }
}

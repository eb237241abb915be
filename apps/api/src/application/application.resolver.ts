import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ApplicationDraftValues } from '@spillover/domain';
import {
  CallObject,
  EligibilityFailureObject,
  toCallObject,
  toEligibilityFailureObject,
} from '../call/call.object';
import { CallService } from '../call/call.service';
import { NeedObject, toNeedObject } from '../need/need.object';
import { NeedService } from '../need/need.service';
import { OrganizationObject, toOrganizationObject } from '../organization/organization.object';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { IdPipe } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { Policy } from '../platform/policy/policy.service';
import { unlessHidden } from '../platform/policy/unless-hidden';
import { ApplicationSuggestionsService } from './application-suggestions.service';
import { CallEligibilityService } from '../call/call-eligibility.service';
import {
  ApplicationInvitationObject,
  ConsortiumOrganizationFactsObject,
  ApplicationObject,
  ApplicationPartnerObject,
  ApplicationStatusEnum,
  PartnerSuggestionObject,
  SuggestedPartnerObject,
  toApplicationObject,
  toApplicationPartnerObject,
  toInvitationObject,
} from './application.object';
import { ApplicationService } from './application.service';
import { ApplicationDraftInput, ApplicationPartnerInput } from './dto/application.inputs';

const organizationOf = async (loaders: Loaders, actor: Actor, id: string) => {
  const organization = await loaders.of(actor).organization.load(id);
  if (!organization) throw new Error(`organization ${id} is missing`);
  return toOrganizationObject(organization);
};

@Resolver(() => ApplicationObject)
export class ApplicationResolver {
  constructor(
    private readonly applications: ApplicationService,
    private readonly suggestions: ApplicationSuggestionsService,
    private readonly calls: CallService,
    private readonly eligibilityFacts: CallEligibilityService,
    private readonly loaders: Loaders,
    private readonly policy: Policy,
    private readonly needs: NeedService,
  ) {}

  @Query(() => ApplicationObject, {
    description:
      'An application: for the lead’s and accepted partners’ members, and once submitted for the managers of the clusters that run or fund the call. NOT_FOUND otherwise.',
  })
  async application(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ApplicationObject> {
    return toApplicationObject(await this.applications.get(actor, id));
  }

  @Query(() => [ApplicationObject], {
    description:
      'A call’s applications you may read: every submitted one for its funders’ managers, your own (drafts included) for applicants.',
  })
  async callApplications(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
  ): Promise<ApplicationObject[]> {
    return (await this.applications.listForCall(actor, callId)).map(toApplicationObject);
  }

  @Query(() => [ApplicationInvitationObject], {
    description: 'Invitations to join consortia sent to an organization (its members).',
  })
  async applicationInvitations(
    @CurrentActor() actor: Actor,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
  ): Promise<ApplicationInvitationObject[]> {
    return (await this.applications.invitations(actor, organizationId)).map(toInvitationObject);
  }

  @Mutation(() => ApplicationObject, {
    description: 'A new DRAFT application to an OPEN call, led by an organization you belong to.',
  })
  async createApplicationDraft(
    @CurrentActor() actor: Actor,
    @Args('callId', { type: () => ID }, IdPipe) callId: string,
    @Args('leadOrganizationId', { type: () => ID }, IdPipe) leadOrganizationId: string,
    @Args('input') input: ApplicationDraftInput,
  ): Promise<ApplicationObject> {
    return toApplicationObject(
      await this.applications.create(
        actor,
        callId,
        leadOrganizationId,
        input as ApplicationDraftValues,
      ),
    );
  }

  @Mutation(() => ApplicationObject, {
    description:
      'Rewrite a DRAFT (every field). A submitted application is read-only: CONFLICT application.readOnly.',
  })
  async updateApplicationDraft(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: ApplicationDraftInput,
  ): Promise<ApplicationObject> {
    return toApplicationObject(
      await this.applications.update(actor, id, input as ApplicationDraftValues),
    );
  }

  @Mutation(() => ApplicationObject, {
    description: 'Invite a partner with its budget (drafts only).',
  })
  async inviteApplicationPartner(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
    @Args('input') input: ApplicationPartnerInput,
  ): Promise<ApplicationObject> {
    return toApplicationObject(await this.applications.invitePartner(actor, applicationId, input));
  }

  @Mutation(() => ApplicationObject, {
    description:
      'Change an invited or accepted partner’s requested budget and own contribution, in minor units of the call’s currency (drafts only, the lead’s members).',
  })
  async updateApplicationPartnerBudget(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
    @Args('input') input: ApplicationPartnerInput,
  ): Promise<ApplicationObject> {
    return toApplicationObject(
      await this.applications.updatePartnerBudget(actor, applicationId, input),
    );
  }

  @Mutation(() => ApplicationObject, {
    description: 'Remove an invited or accepted partner (drafts only).',
  })
  async removeApplicationPartner(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
  ): Promise<ApplicationObject> {
    return toApplicationObject(
      await this.applications.removePartner(actor, applicationId, organizationId),
    );
  }

  @Mutation(() => ApplicationInvitationObject, {
    description: 'Accept or decline, once, an invitation to your organization (its ORG_ADMINs).',
  })
  async answerApplicationInvitation(
    @CurrentActor() actor: Actor,
    @Args('applicationId', { type: () => ID }, IdPipe) applicationId: string,
    @Args('organizationId', { type: () => ID }, IdPipe) organizationId: string,
    @Args('accept') accept: boolean,
  ): Promise<ApplicationInvitationObject> {
    await this.applications.answer(actor, applicationId, organizationId, accept);
    const [row] = (await this.applications.invitations(actor, organizationId)).filter(
      (i) => i.applicationId === applicationId,
    );
    return toInvitationObject(row!);
  }

  @Mutation(() => ApplicationObject, {
    description:
      'Submit: eligibility and the deadline are re-checked by the server’s clock (CONFLICT application.callNotTakingSubmissions with the deadline; BAD_USER_INPUT application.ineligible on consortium).',
  })
  async submitApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ApplicationObject> {
    return toApplicationObject(await this.applications.submit(actor, id));
  }

  @Mutation(() => ApplicationObject, {
    description: 'Withdraw a submitted application until the call closes.',
  })
  async withdrawApplication(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ApplicationObject> {
    return toApplicationObject(await this.applications.withdraw(actor, id));
  }

  @Mutation(() => ApplicationObject, {
    description:
      'A funder’s manager overrides the eligibility decided at close, with a written reason (audited).',
  })
  async overrideApplicationEligibility(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('decision', { type: () => ApplicationStatusEnum }) decision: 'ELIGIBLE' | 'INELIGIBLE',
    @Args('reason', { type: () => String }) reason: string,
  ): Promise<ApplicationObject> {
    return toApplicationObject(await this.applications.override(actor, id, decision, reason));
  }

  @ResolveField(() => [NeedObject], {
    description:
      'The lead’s technology needs this project answers, those the viewer may read (another need is left out, as if not linked).',
  })
  async linkedNeeds(
    @CurrentActor() actor: Actor,
    @Parent() application: ApplicationObject,
  ): Promise<NeedObject[]> {
    const needs = await Promise.all(
      application.linkedNeedIds.map((id) => unlessHidden(() => this.needs.get(actor, id))),
    );
    return needs.flatMap((need) => (need ? [toNeedObject(need)] : []));
  }

  @ResolveField(() => CallObject)
  async call(@Parent() application: ApplicationObject): Promise<CallObject> {
    return toCallObject(await this.calls.byId(application.callId));
  }

  @ResolveField(() => OrganizationObject)
  leadOrganization(
    @CurrentActor() actor: Actor,
    @Parent() application: ApplicationObject,
  ): Promise<OrganizationObject> {
    return organizationOf(this.loaders, actor, application.leadOrganizationId);
  }

  @ResolveField(() => [ApplicationPartnerObject], {
    description: 'Invited, accepted and declined partners.',
  })
  async partners(@Parent() application: ApplicationObject): Promise<ApplicationPartnerObject[]> {
    return (await this.applications.partners(application.id)).map(toApplicationPartnerObject);
  }

  @ResolveField(() => [EligibilityFailureObject], {
    description:
      'Every rule the consortium (lead and accepted partners) fails now; empty when eligible.',
  })
  async eligibility(@Parent() application: ApplicationObject): Promise<EligibilityFailureObject[]> {
    return (await this.applications.liveEligibility(application.entity)).map(
      toEligibilityFailureObject,
    );
  }

  @ResolveField(() => [ConsortiumOrganizationFactsObject], {
    description:
      'The lead’s and every invited partner’s facts the eligibility rules read, lead first: with Call.eligibility, Call.funders and Call.partnerClusterIds, the form runs the rules live (checkConsortium) as the server does at submission.',
  })
  async consortiumFacts(
    @Parent() application: ApplicationObject,
  ): Promise<ConsortiumOrganizationFactsObject[]> {
    const partners = await this.applications.partners(application.id);
    const facts = await this.eligibilityFacts.organizationFacts(
      await this.calls.byId(application.callId),
      [application.leadOrganizationId, ...partners.map((p) => p.organizationId)],
    );
    return facts.map((f) => ({ ...f, activeClusterIds: [...f.activeClusterIds] }));
  }

  @ResolveField(() => [PartnerSuggestionObject], {
    description:
      'For each failed rule another partner could fix: organizations that would, ranked by the matching engine for the linked needs (drafts, for the lead’s members).',
  })
  async partnerSuggestions(
    @CurrentActor() actor: Actor,
    @Parent() application: ApplicationObject,
  ): Promise<PartnerSuggestionObject[]> {
    if (application.status !== 'DRAFT') return [];
    const subject = await this.applications.subjectOf(application.entity);
    if (!(await this.policy.can(actor, 'application.edit', subject))) return [];
    const partners = await this.applications.partners(application.id);
    const failures = await this.applications.liveEligibility(application.entity);
    return (await this.suggestions.suggest(actor, application.entity, partners, failures)).map(
      (s) => ({
        rule: s.rule,
        failure: toEligibilityFailureObject(s.failure),
        organizations: s.organizations,
      }),
    );
  }

  @ResolveField(() => [String], {
    description: 'What you may do now: edit, submit, withdraw, override.',
  })
  async viewerActions(
    @CurrentActor() actor: Actor,
    @Parent() application: ApplicationObject,
  ): Promise<string[]> {
    const subject = await this.applications.subjectOf(application.entity);
    const actions: string[] = [];
    if (await this.policy.can(actor, 'application.edit', subject)) {
      if (application.status === 'DRAFT') actions.push('edit', 'submit');
      if (application.status === 'SUBMITTED') actions.push('withdraw');
    }
    if (
      ['ELIGIBLE', 'INELIGIBLE'].includes(application.status) &&
      (await this.policy.can(actor, 'application.override', subject))
    )
      actions.push('override');
    return actions;
  }
}

@Resolver(() => ApplicationPartnerObject)
export class ApplicationPartnerResolver {
  constructor(private readonly loaders: Loaders) {}

  @ResolveField(() => OrganizationObject)
  organization(
    @CurrentActor() actor: Actor,
    @Parent() partner: ApplicationPartnerObject,
  ): Promise<OrganizationObject> {
    return organizationOf(this.loaders, actor, partner.organizationId);
  }
}

@Resolver(() => SuggestedPartnerObject)
export class SuggestedPartnerResolver {
  constructor(private readonly loaders: Loaders) {}

  @ResolveField(() => OrganizationObject)
  organization(
    @CurrentActor() actor: Actor,
    @Parent() suggestion: SuggestedPartnerObject,
  ): Promise<OrganizationObject> {
    return organizationOf(this.loaders, actor, suggestion.organizationId);
  }
}

@Resolver(() => ApplicationInvitationObject)
export class ApplicationInvitationResolver {
  constructor(
    private readonly loaders: Loaders,
    private readonly calls: CallService,
  ) {}

  @ResolveField(() => OrganizationObject, { description: 'The invited organization.' })
  organization(
    @CurrentActor() actor: Actor,
    @Parent() invitation: ApplicationInvitationObject,
  ): Promise<OrganizationObject> {
    return organizationOf(this.loaders, actor, invitation.organizationId);
  }

  @ResolveField(() => OrganizationObject)
  leadOrganization(
    @CurrentActor() actor: Actor,
    @Parent() invitation: ApplicationInvitationObject,
  ): Promise<OrganizationObject> {
    return organizationOf(this.loaders, actor, invitation.leadOrganizationId);
  }

  @ResolveField(() => CallObject)
  async call(@Parent() invitation: ApplicationInvitationObject): Promise<CallObject> {
    return toCallObject(await this.calls.byId(invitation.callId));
  }
}

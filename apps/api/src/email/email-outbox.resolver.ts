import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/actor';
import { pageSize } from '../platform/graphql/connection';
import { Policy } from '../platform/policy/policy.service';
import { EmailMessageObject, toEmailMessageObject } from './email-message.object';
import { EmailRepository } from './email.repository';

@Resolver(() => EmailMessageObject)
export class EmailOutboxResolver {
  constructor(
    private readonly policy: Policy,
    private readonly messages: EmailRepository,
  ) {}

  @Query(() => [EmailMessageObject], {
    description:
      'The newest e-mails, newest first: with no SMTP_URL, the only place they can be read. Platform admins only.',
  })
  async emailOutbox(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<EmailMessageObject[]> {
    await this.policy.assert(actor, 'email.readOutbox', {});
    return (await this.messages.list(pageSize(first))).map(toEmailMessageObject);
  }
}

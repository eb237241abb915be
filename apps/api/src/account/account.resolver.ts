import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '../platform/auth/actor';
import { ApiTokenService } from '../platform/auth/api-token.service';
import { KnownDevices } from '../platform/auth/known-device';
import { clearSessionCookies, setSessionCookies } from '../platform/auth/session-cookies';
import type { StartedSession } from '../platform/auth/session.service';
import type { RequestContext } from '../platform/graphql/request-context';
import { IdPipe } from '../platform/graphql/validation';
import { Policy } from '../platform/policy/policy.service';
import { ViewerObject } from '../viewer/viewer.object';
import { AccountService, type Client } from './account.service';
import { ApiTokenObject, CreatedApiTokenObject, toApiTokenObject } from './api-token.object';
import { AccountEmailService } from './account-email.service';
import {
  ChangePasswordInput,
  CreateApiTokenInput,
  LogInInput,
  RegisterInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  UpdateProfileInput,
  VerifyEmailInput,
} from './dto/account.inputs';
import type { UserEntity } from './user.entity';
import { UserObject, toUserObject } from './user.object';

const viewerOf = (user: UserEntity, session: StartedSession): ViewerObject => ({
  user: toUserObject(user, true),
  csrfToken: session.csrfToken,
});

// req.ip is the peer's address, or what a proxy listed in SPILLOVER_TRUSTED_PROXIES forwarded.
const clientOf = (req: RequestContext['req']): Client => ({
  address: req.ip ?? req.socket.remoteAddress ?? 'unknown',
  userAgent: req.headers['user-agent'],
});

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly tokens: ApiTokenService,
    private readonly policy: Policy,
    private readonly devices: KnownDevices,
    private readonly accountEmail: AccountEmailService,
  ) {}

  @Mutation(() => UserObject, {
    description:
      'Confirm the e-mail address with the link sent to it (works once, expires after 48 hours).',
  })
  async verifyEmail(
    @CurrentActor() actor: Actor,
    @Args('input') input: VerifyEmailInput,
  ): Promise<UserObject> {
    return toUserObject(
      await this.accountEmail.verifyEmail(actor, input.token),
      actor.kind === 'user',
    );
  }

  @Mutation(() => Boolean, {
    description: 'Send the confirmation e-mail again (a few times an hour).',
  })
  async resendVerificationEmail(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.accountEmail.resendVerification(actor);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'E-mail a password reset link to this address if it has an account. Always true: the answer does not reveal who has an account.',
  })
  async requestPasswordReset(
    @CurrentActor() actor: Actor,
    @Args('input') input: RequestPasswordResetInput,
    @Context() { req }: RequestContext,
  ): Promise<boolean> {
    await this.accountEmail.requestPasswordReset(actor, input, clientOf(req));
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Set a new password with a reset link (works once, for 30 minutes); signs out every session and revokes every API token.',
  })
  async resetPassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ResetPasswordInput,
  ): Promise<boolean> {
    await this.accountEmail.resetPassword(actor, input);
    return true;
  }

  @Mutation(() => ViewerObject, {
    description: 'Create an account and sign in (sets the session cookie).',
  })
  async register(
    @CurrentActor() actor: Actor,
    @Args('input') input: RegisterInput,
    @Context() { req, res }: RequestContext,
  ): Promise<ViewerObject> {
    const { user, session } = await this.accounts.register(actor, input, clientOf(req));
    setSessionCookies(req, res, session);
    this.devices.remember(req, res, user.email);
    return viewerOf(user, session);
  }

  @Mutation(() => ViewerObject, {
    description:
      'Sign in (sets the session cookie and a known-device cookie). Repeated failures are slowed, then refused for a while (RATE_LIMITED).',
  })
  async logIn(
    @Args('input') input: LogInInput,
    @Context() { req, res }: RequestContext,
  ): Promise<ViewerObject> {
    const { user, session } = await this.accounts.logIn(
      input,
      clientOf(req),
      this.devices.deviceOf(req, input.email),
    );
    setSessionCookies(req, res, session);
    this.devices.remember(req, res, user.email);
    return viewerOf(user, session);
  }

  @Mutation(() => Boolean, { description: 'End this browser session.' })
  async logOut(@CurrentActor() actor: Actor, @Context() { res }: RequestContext): Promise<boolean> {
    await this.accounts.logOut(actor);
    clearSessionCookies(res);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Change the password (browser sessions only); every other session is signed out and every API token revoked.',
  })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Args('input') input: ChangePasswordInput,
    @Context() { req, res }: RequestContext,
  ): Promise<boolean> {
    const user = await this.accounts.changePassword(actor, input);
    this.devices.remember(req, res, user.email);
    return true;
  }

  @Mutation(() => UserObject)
  async updateProfile(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateProfileInput,
  ): Promise<UserObject> {
    return toUserObject(await this.accounts.updateProfile(actor, input), true);
  }

  @Query(() => [ApiTokenObject], { description: "The signed-in user's API tokens, newest first." })
  async apiTokens(@CurrentActor() actor: Actor): Promise<ApiTokenObject[]> {
    const facts = await this.policy.signedIn(actor);
    return (await this.tokens.list(facts.userId)).map(toApiTokenObject);
  }

  @Mutation(() => CreatedApiTokenObject, {
    description: 'Create an API token (browser sessions only: a token cannot create tokens).',
  })
  async createApiToken(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateApiTokenInput,
  ): Promise<CreatedApiTokenObject> {
    await this.policy.assert(actor, 'account.manageCredentials', {});
    const facts = await this.policy.signedIn(actor);
    const { token, apiToken } = await this.tokens.create(
      actor,
      facts.userId,
      input.name,
      input.expiresInDays,
    );
    return { token, apiToken: toApiTokenObject(apiToken) };
  }

  @Mutation(() => ApiTokenObject)
  async revokeApiToken(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<ApiTokenObject> {
    const facts = await this.policy.signedIn(actor);
    return toApiTokenObject(await this.tokens.revoke(actor, facts.userId, id));
  }
}

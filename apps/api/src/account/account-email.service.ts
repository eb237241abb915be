import { Injectable, type OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  ACCOUNT_LINK_LIFETIME_MINUTES,
  DomainError,
  accountLinkRefusal,
  badInput,
  conflict,
  errorKey,
  passwordProblem,
  type AccountLinkPurpose,
  type RequestPasswordResetInput,
  type ResetPasswordInput,
} from '@spillover/domain';
import { Mailer } from '../email/mailer';
import type { Actor } from '../platform/auth/actor';
import { ApiTokenService } from '../platform/auth/api-token.service';
import { AttemptThrottle } from '../platform/auth/attempt-throttle';
import { LoginThrottle } from '../platform/auth/login-throttle';
import { PasswordHasher } from '../platform/auth/password-hasher';
import { hashToken, newToken } from '../platform/auth/secrets';
import { SessionService } from '../platform/auth/session.service';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { JobEvents } from '../platform/jobs/job-events';
import { Policy } from '../platform/policy/policy.service';
import type { Client } from './account.service';
import { AccountLinkRepository } from './account-link.repository';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

/** The job that looks the address up and sends the reset link (see requestPasswordReset). */
const PASSWORD_RESET_REQUESTED = 'account.passwordResetRequested';

/**
 * What an account trusts e-mail for: confirming its address, and resetting a forgotten
 * password. The links carry random tokens stored only hashed; they expire and work once.
 */
@Injectable()
export class AccountEmailService implements OnModuleInit {
  constructor(
    private readonly users: UserRepository,
    private readonly links: AccountLinkRepository,
    private readonly mailer: Mailer,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly attempts: AttemptThrottle,
    private readonly throttle: LoginThrottle,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly events: JobEvents,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.events.define<{ email: string; requestId: string }>({
      name: PASSWORD_RESET_REQUESTED,
      retryLimit: 5,
      retryDelaySeconds: 5,
      run: ({ email, requestId }) => this.sendResetLink(email, requestId),
    });
  }

  private async issue(user: UserEntity, purpose: AccountLinkPurpose): Promise<string> {
    const token = newToken(purpose === 'VERIFY_EMAIL' ? 'sv' : 'sr');
    await this.links.insert({
      userId: user.id,
      purpose,
      tokenHash: hashToken(token),
      email: user.email,
      lifetimeMinutes: ACCOUNT_LINK_LIFETIME_MINUTES[purpose],
    });
    return token;
  }

  /** Sends the confirmation link, in the caller's transaction (sign-up's, or a resend's). */
  async sendVerification(user: UserEntity): Promise<void> {
    const token = await this.issue(user, 'VERIFY_EMAIL');
    await this.mailer.send({
      type: 'account.verifyEmail',
      to: { userId: user.id },
      params: { count: ACCOUNT_LINK_LIFETIME_MINUTES.VERIFY_EMAIL / 60 },
      path: `/account/verify-email?token=${encodeURIComponent(token)}`,
    });
  }

  async resendVerification(actor: Actor): Promise<void> {
    const facts = await this.policy.signedIn(actor);
    const user = await this.users.findById(facts.userId);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
    if (user.emailVerifiedAt)
      throw conflict(
        'Your e-mail address is already confirmed.',
        errorKey('account.alreadyVerified'),
      );
    await this.attempts.begin([{ kind: 'verificationResend', key: user.id, onSuccess: 'keep' }]);
    await this.transactions.run(() => this.sendVerification(user));
  }

  /**
   * Confirms the address the link was sent to. The token is the authority; a person signed
   * in to another account is refused, so nobody confirms someone else's account unawares.
   */
  async verifyEmail(actor: Actor, token: string): Promise<UserEntity> {
    const hash = hashToken(token);
    return this.transactions.run(async () => {
      const link = await this.links.consume('VERIFY_EMAIL', hash);
      if (!link)
        throw accountLinkRefusal(
          'VERIFY_EMAIL',
          await this.links.find('VERIFY_EMAIL', hash),
          new Date(),
        )!;
      if (actor.kind === 'user' && actor.userId !== link.userId)
        throw badInput(
          'token',
          'This link confirms the address of another account. Sign out, then open it again.',
          errorKey('account.verifyLinkOtherAccount'),
        );
      const user = await this.users.findById(link.userId);
      if (!user || user.email !== link.email)
        throw accountLinkRefusal('VERIFY_EMAIL', null, new Date())!;
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await this.users.update(user.id, { emailVerifiedAt: user.emailVerifiedAt });
        await this.audit.record(actor, {
          action: 'user.emailVerified',
          actorId: user.id,
          objectType: 'User',
          objectId: user.id,
          after: { email: user.email },
        });
      }
      return user;
    });
  }

  /**
   * Sends a reset link if the address has an account, and answers the same either way. The
   * attempt is charged to the network address and to the e-mail address before the lookup,
   * so the limits bind unknown addresses too and say nothing about who has an account.
   */
  async requestPasswordReset(
    actor: Actor,
    input: RequestPasswordResetInput,
    client: Client,
  ): Promise<void> {
    await this.attempts.begin([
      { kind: 'passwordResetAddress', key: client.address, onSuccess: 'keep' },
      { kind: 'passwordResetAccount', key: input.email, onSuccess: 'keep' },
    ]);
    // The request itself only queues the lookup, the same single INSERT whether or not the
    // address has an account: neither the answer nor its timing tells who is registered.
    await this.transactions.run(() =>
      this.events.enqueue(
        PASSWORD_RESET_REQUESTED,
        { email: input.email, requestId: actor.requestId },
        randomUUID(),
      ),
    );
  }

  /** The job: a reset link for the account of this address, if there is one. */
  private async sendResetLink(email: string, requestId: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user) return;
    const token = await this.issue(user, 'RESET_PASSWORD');
    await this.mailer.send({
      type: 'account.passwordReset',
      to: { userId: user.id },
      params: { count: ACCOUNT_LINK_LIFETIME_MINUTES.RESET_PASSWORD },
      path: `/account/reset-password?token=${encodeURIComponent(token)}`,
    });
    await this.audit.record(
      { kind: 'anonymous', requestId },
      {
        action: 'user.passwordResetRequested',
        actorId: user.id,
        objectType: 'User',
        objectId: user.id,
      },
    );
  }

  /**
   * Sets a new password with a reset link: the link is used up, every session and API token
   * of the account is revoked, and its sign-in limits start afresh, as after a password
   * change. Following the link also proves the address, so it counts as confirmed.
   */
  async resetPassword(actor: Actor, input: ResetPasswordInput): Promise<void> {
    const hash = hashToken(input.token);
    const peek = await this.links.find('RESET_PASSWORD', hash);
    const refusal = accountLinkRefusal('RESET_PASSWORD', peek, new Date());
    if (refusal) throw refusal;
    const user = await this.users.findById(peek!.userId);
    if (!user || user.email !== peek!.email)
      throw accountLinkRefusal('RESET_PASSWORD', null, new Date())!;
    // The schema checked the password alone; the rule also refuses the user's own words.
    const problem = passwordProblem(input.newPassword, {
      email: user.email,
      displayName: user.displayName,
    });
    if (problem)
      throw new DomainError('BAD_USER_INPUT', problem, { field: 'newPassword', issue: 'custom' });
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.transactions.run(async () => {
      // The peek above may be stale: only this statement decides whether the link still works.
      const link = await this.links.consume('RESET_PASSWORD', hash);
      if (!link)
        throw accountLinkRefusal(
          'RESET_PASSWORD',
          await this.links.find('RESET_PASSWORD', hash),
          new Date(),
        )!;
      await this.links.useUpAll(user.id, 'RESET_PASSWORD');
      await this.users.update(user.id, {
        passwordHash,
        ...(user.emailVerifiedAt ? {} : { emailVerifiedAt: new Date() }),
      });
      const sessionsRevoked = await this.sessions.revokeAllOf(user.id, null);
      const apiTokensRevoked = await this.tokens.revokeAllOf(user.id);
      await this.audit.record(actor, {
        action: 'user.passwordReset',
        actorId: user.id,
        objectType: 'User',
        objectId: user.id,
        after: { sessionsRevoked, apiTokensRevoked },
      });
    });
    await this.throttle.forgiveAccount(user.email);
  }
}

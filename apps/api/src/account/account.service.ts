import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  DomainError,
  badInput,
  conflict,
  loadPasswordStrength,
  passwordProblem,
  type ChangePasswordInput,
  type LogInInput,
  type RegisterInput,
  type UpdateProfileInput,
  errorKey,
} from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import { ApiTokenService } from '../platform/auth/api-token.service';
import { AttemptThrottle } from '../platform/auth/attempt-throttle';
import { LoginThrottle } from '../platform/auth/login-throttle';
import { PasswordHasher } from '../platform/auth/password-hasher';
import { SessionService, type StartedSession } from '../platform/auth/session.service';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import { AccountEmailService } from './account-email.service';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

/** Where a request comes from, as far as the limits are concerned. */
export interface Client {
  /** The client's address (the peer's, or a trusted proxy's X-Forwarded-For). */
  address: string;
  userAgent: string | undefined;
}

const publicUser = (user: UserEntity) => ({
  id: user.id,
  email: user.email,
  displayName: user.displayName,
  preferredLanguage: user.preferredLanguage,
  roles: user.roles,
});

/** Sign-up, sign-in and the account's own settings. */
@Injectable()
export class AccountService implements OnModuleInit {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
    private readonly attempts: AttemptThrottle,
    private readonly throttle: LoginThrottle,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly accountEmail: AccountEmailService,
  ) {}

  /** The password rule needs its dictionaries before the first request is validated. */
  async onModuleInit(): Promise<void> {
    await loadPasswordStrength();
  }

  async register(
    actor: Actor,
    input: RegisterInput,
    client: Client,
  ): Promise<{ user: UserEntity; session: StartedSession }> {
    await this.attempts.begin([{ kind: 'registration', key: client.address, onSuccess: 'keep' }]);
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.transactions.run(async () => {
      if (await this.users.findByEmail(input.email))
        throw conflict(
          'An account with this e-mail address already exists. Sign in instead.',
          errorKey('account.emailTaken'),
          'email',
        );
      // Two sign-ups racing for one address: the unique index decides (see lost-races.ts).
      const created = await this.users.insert({
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        preferredLanguage: input.preferredLanguage,
        roles: [],
        emailVerifiedAt: null,
      });
      await this.audit.record(actor, {
        action: 'user.registered',
        actorId: created.id,
        objectType: 'User',
        objectId: created.id,
        after: publicUser(created),
      });
      // The confirmation e-mail commits with the account, or not at all.
      await this.accountEmail.sendVerification(created);
      return created;
    });
    return { user, session: await this.sessions.start(user.id, client.userAgent) };
  }

  /**
   * The attempt is counted before the password is checked and given back on success, so
   * parallel guesses cannot outrun the limits (see LOGIN_THROTTLE in the domain).
   * `device` is the nonce of the browser's known-device cookie for this account, if valid.
   */
  async logIn(
    input: LogInInput,
    client: Client,
    device: string | null,
  ): Promise<{ user: UserEntity; session: StartedSession }> {
    const attempt = await this.throttle.begin({
      email: input.email,
      address: client.address,
      device,
    });
    const user = await this.users.findByEmail(input.email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    // One message for both cases, so sign-in does not reveal who has an account.
    if (!user || !ok)
      throw new DomainError('UNAUTHENTICATED', 'The e-mail address or password is not correct.');
    await attempt.succeeded();
    return { user, session: await this.sessions.start(user.id, client.userAgent) };
  }

  async logOut(actor: Actor): Promise<void> {
    if (actor.kind === 'user' && actor.via.kind === 'session')
      await this.sessions.revoke(actor.via.sessionId);
  }

  /**
   * Needs the current password, guessed no faster than a sign-in; signs out every other
   * session and revokes every API token (whoever held them must prove the new password),
   * and lets the account's sign-in limits start afresh: this is how a signed-in owner
   * restores access for strangers' devices after an attack.
   */
  async changePassword(actor: Actor, input: ChangePasswordInput): Promise<UserEntity> {
    await this.policy.assert(actor, 'account.manageCredentials', {});
    const facts = await this.policy.signedIn(actor);
    const user = await this.users.findById(facts.userId);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
    // The schema checked the new password alone; the rule also refuses the user's own words
    // (the web translates the check from its message, as it does the form's own).
    const problem = passwordProblem(input.newPassword, {
      email: user.email,
      displayName: user.displayName,
    });
    if (problem)
      throw new DomainError('BAD_USER_INPUT', problem, { field: 'newPassword', issue: 'custom' });
    const attempt = await this.attempts.begin([
      { kind: 'passwordChange', key: user.id, onSuccess: 'clear' },
    ]);
    if (!(await this.hasher.verify(user.passwordHash, input.currentPassword)))
      throw badInput(
        'currentPassword',
        'The current password is not correct.',
        errorKey('account.currentPasswordWrong'),
      );
    await attempt.succeeded();
    const passwordHash = await this.hasher.hash(input.newPassword);
    // The policy let only a browser session through: that one stays signed in.
    const keptSession =
      actor.kind === 'user' && actor.via.kind === 'session' ? actor.via.sessionId : null;
    await this.transactions.run(async () => {
      await this.users.update(user.id, { passwordHash });
      const sessionsRevoked = await this.sessions.revokeAllOf(user.id, keptSession);
      const apiTokensRevoked = await this.tokens.revokeAllOf(user.id);
      await this.audit.record(actor, {
        action: 'user.passwordChanged',
        objectType: 'User',
        objectId: user.id,
        after: { sessionsRevoked, apiTokensRevoked },
      });
    });
    await this.throttle.forgiveAccount(user.email);
    return user;
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<UserEntity> {
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async () => {
      const before = await this.users.findById(facts.userId);
      if (!before)
        throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
      const patch = Object.fromEntries(
        Object.entries(input).filter(([, value]) => value !== undefined),
      );
      await this.users.update(before.id, patch);
      const after = { ...before, ...patch };
      await this.audit.record(actor, {
        action: 'user.profileUpdated',
        objectType: 'User',
        objectId: before.id,
        before: publicUser(before),
        after: publicUser(after),
      });
      return after;
    });
  }

  async me(actor: Actor): Promise<UserEntity | null> {
    return actor.kind === 'user' ? this.users.findById(actor.userId) : null;
  }

  /** SPILLOVER_ADMIN_EMAIL/PASSWORD: the first platform admin, on a database that has none. */
  async bootstrapAdmin(
    email: string,
    password: string,
    log: (message: string) => void,
  ): Promise<void> {
    if ((await this.users.countAdmins()) > 0) return;
    const passwordHash = await this.hasher.hash(password);
    const system: Actor = { kind: 'anonymous', requestId: 'bootstrap' };
    await this.transactions.run(async () => {
      // Replicas starting at once: one makes the admin, the others then find one and stop.
      await this.users.lockAdminBootstrap();
      if ((await this.users.countAdmins()) > 0) return;
      const existing = await this.users.findByEmail(email);
      if (existing) {
        await this.users.update(existing.id, {
          roles: [...new Set([...existing.roles, 'ADMIN' as const])],
        });
        await this.audit.record(system, {
          action: 'user.madeAdmin',
          objectType: 'User',
          objectId: existing.id,
          before: publicUser(existing),
          after: { ...publicUser(existing), roles: ['ADMIN'] },
        });
        return;
      }
      // The operator chose this address in the configuration: it needs no confirmation.
      const created = await this.users.insert({
        email: email.toLowerCase(),
        passwordHash,
        displayName: 'Platform admin',
        preferredLanguage: 'en',
        roles: ['ADMIN'],
        emailVerifiedAt: new Date(),
      });
      await this.audit.record(system, {
        action: 'user.madeAdmin',
        objectType: 'User',
        objectId: created.id,
        after: publicUser(created),
      });
    });
    log(`platform admin ${email} is ready`);
  }
}

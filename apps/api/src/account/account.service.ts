import { Injectable } from '@nestjs/common';
import {
  DomainError,
  conflict,
  type ChangePasswordInput,
  type LogInInput,
  type RegisterInput,
  type UpdateProfileInput,
  errorKey,
} from '@spillover/domain';
import type { Actor } from '../platform/auth/actor';
import { LoginThrottle } from '../platform/auth/login-throttle';
import { PasswordHasher } from '../platform/auth/password-hasher';
import { SessionService, type StartedSession } from '../platform/auth/session.service';
import { AuditService } from '../platform/audit/audit.service';
import { Transactions } from '../platform/database/transactions';
import { Policy } from '../platform/policy/policy.service';
import type { UserEntity } from './user.entity';
import { UserRepository } from './user.repository';

const publicUser = (user: UserEntity) => ({ id: user.id, email: user.email, displayName: user.displayName, preferredLanguage: user.preferredLanguage, roles: user.roles });

/** Sign-up, sign-in and the account's own settings. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
    private readonly policy: Policy,
  ) {}

  async register(actor: Actor, input: RegisterInput, userAgent?: string): Promise<{ user: UserEntity; session: StartedSession }> {
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.transactions.run(async (manager) => {
      if (await this.users.findByEmail(input.email, manager))
        throw conflict('An account with this e-mail address already exists. Sign in instead.', errorKey('account.emailTaken'), 'email');
      const created = await this.users.insert(
        { email: input.email, passwordHash, displayName: input.displayName, preferredLanguage: input.preferredLanguage, roles: [] },
        manager,
      ).catch((error: unknown) => {
        // Two sign-ups racing for one address: the unique index decides.
        if ((error as { code?: string }).code === '23505') throw conflict('An account with this e-mail address already exists. Sign in instead.', errorKey('account.emailTaken'), 'email');
        throw error;
      });
      await this.audit.record(manager, actor, {
        action: 'user.registered',
        actorId: created.id,
        objectType: 'User',
        objectId: created.id,
        after: publicUser(created),
      });
      return created;
    });
    return { user, session: await this.sessions.start(user.id, userAgent) };
  }

  async logIn(input: LogInInput, address: string, userAgent?: string): Promise<{ user: UserEntity; session: StartedSession }> {
    await this.throttle.beforeAttempt(input.email, address);
    const user = await this.users.findByEmail(input.email);
    const ok = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !ok) {
      await this.throttle.failed(input.email, address);
      // One message for both cases, so sign-in does not reveal who has an account.
      throw new DomainError('UNAUTHENTICATED', 'The e-mail address or password is not correct.');
    }
    await this.throttle.succeeded(input.email);
    return { user, session: await this.sessions.start(user.id, userAgent) };
  }

  async logOut(actor: Actor): Promise<void> {
    if (actor.kind === 'user' && actor.via.kind === 'session') await this.sessions.revoke(actor.via.sessionId);
  }

  async changePassword(actor: Actor, input: ChangePasswordInput): Promise<void> {
    const facts = await this.policy.signedIn(actor);
    const user = await this.users.findById(facts.userId);
    if (!user || !(await this.hasher.verify(user.passwordHash, input.currentPassword)))
      throw new DomainError('BAD_USER_INPUT', 'The current password is not correct.', { field: 'currentPassword', key: errorKey('account.currentPasswordWrong') });
    const passwordHash = await this.hasher.hash(input.newPassword);
    await this.transactions.run(async (manager) => {
      await this.users.update(user.id, { passwordHash }, manager);
      await this.audit.record(manager, actor, { action: 'user.passwordChanged', objectType: 'User', objectId: user.id });
    });
    await this.sessions.revokeAllOf(user.id, actor.kind === 'user' && actor.via.kind === 'session' ? actor.via.sessionId : undefined);
  }

  async updateProfile(actor: Actor, input: UpdateProfileInput): Promise<UserEntity> {
    const facts = await this.policy.signedIn(actor);
    return this.transactions.run(async (manager) => {
      const before = await this.users.findById(facts.userId, manager);
      if (!before) throw new DomainError('UNAUTHENTICATED', 'Sign in first: this needs an account.');
      const patch = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      await this.users.update(before.id, patch, manager);
      const after = { ...before, ...patch };
      await this.audit.record(manager, actor, { action: 'user.profileUpdated', objectType: 'User', objectId: before.id, before: publicUser(before), after: publicUser(after) });
      return after;
    });
  }

  async me(actor: Actor): Promise<UserEntity | null> {
    return actor.kind === 'user' ? this.users.findById(actor.userId) : null;
  }

  /** SPILLOVER_ADMIN_EMAIL/PASSWORD: the first platform admin, on a database that has none. */
  async bootstrapAdmin(email: string, password: string, log: (message: string) => void): Promise<void> {
    if ((await this.users.countAdmins()) > 0) return;
    const passwordHash = await this.hasher.hash(password);
    const system: Actor = { kind: 'anonymous', requestId: 'bootstrap' };
    await this.transactions.run(async (manager) => {
      const existing = await this.users.findByEmail(email, manager);
      if (existing) {
        await this.users.update(existing.id, { roles: [...new Set([...existing.roles, 'ADMIN' as const])] }, manager);
        await this.audit.record(manager, system, { action: 'user.madeAdmin', objectType: 'User', objectId: existing.id, before: publicUser(existing), after: { ...publicUser(existing), roles: ['ADMIN'] } });
        return;
      }
      const created = await this.users.insert({ email: email.toLowerCase(), passwordHash, displayName: 'Platform admin', preferredLanguage: 'en', roles: ['ADMIN'] }, manager);
      await this.audit.record(manager, system, { action: 'user.madeAdmin', objectType: 'User', objectId: created.id, after: publicUser(created) });
    });
    log(`platform admin ${email} is ready`);
  }
}

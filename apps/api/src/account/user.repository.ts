import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

@Injectable()
export class UserRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  /** The use case's transaction when one is open (see Transactions), the pool's otherwise. */
  private get manager(): EntityManager {
    return this.txHost.tx;
  }

  private get repo() {
    return this.manager.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOne({ where: { id } });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOne({ where: { email: email.toLowerCase() } });
  }

  insert(user: Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt'>): Promise<UserEntity> {
    return this.repo.save(this.repo.create(user));
  }

  async update(
    id: string,
    patch: Partial<
      Pick<
        UserEntity,
        'displayName' | 'preferredLanguage' | 'passwordHash' | 'roles' | 'emailVerifiedAt'
      >
    >,
  ): Promise<void> {
    await this.repo.update(id, patch);
  }

  /** Held until the transaction ends: the first admin is made once, however many processes start. */
  async lockAdminBootstrap(): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('spillover.bootstrap-admin'))`);
  }

  countAdmins(): Promise<number> {
    return this.repo.createQueryBuilder('u').where(`'ADMIN' = ANY(u.roles)`).getCount();
  }
}

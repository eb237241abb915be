import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

@Injectable()
export class UserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(UserEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  findByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repo(manager).findOne({ where: { email: email.toLowerCase() } });
  }

  insert(user: Omit<UserEntity, 'id' | 'createdAt' | 'updatedAt'>, manager: EntityManager): Promise<UserEntity> {
    return this.repo(manager).save(this.repo(manager).create(user));
  }

  async update(id: string, patch: Partial<Pick<UserEntity, 'displayName' | 'preferredLanguage' | 'passwordHash' | 'roles'>>, manager: EntityManager): Promise<void> {
    await this.repo(manager).update(id, patch);
  }

  countAdmins(manager?: EntityManager): Promise<number> {
    return this.repo(manager).createQueryBuilder('u').where(`'ADMIN' = ANY(u.roles)`).getCount();
  }
}

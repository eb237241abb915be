import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { UserEntity } from '../../account/user.entity';
import { CapabilityEntity } from '../../capability/capability.entity';
import { ClusterEntity } from '../../cluster/cluster.entity';
import { TechnologyNeedEntity } from '../../need/need.entity';
import { OrganizationEntity } from '../../organization/organization.entity';
import type { Actor } from '../auth/actor';

export interface RequestLoaders {
  user: DataLoader<string, UserEntity | null>;
  organization: DataLoader<string, OrganizationEntity | null>;
  cluster: DataLoader<string, ClusterEntity | null>;
  /** Listings by id, unchecked: only for lists whose query already applied the read policy. */
  need: DataLoader<string, TechnologyNeedEntity | null>;
  capability: DataLoader<string, CapabilityEntity | null>;
}

/**
 * Request-scoped DataLoaders (one set per request, keyed by its actor object) so a list of
 * 50 memberships loads its 50 users in one query, not 50.
 */
@Injectable()
export class Loaders {
  private readonly perRequest = new WeakMap<Actor, RequestLoaders>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  of(actor: Actor): RequestLoaders {
    let loaders = this.perRequest.get(actor);
    if (!loaders) {
      loaders = {
        user: this.byId(UserEntity),
        organization: this.byId(OrganizationEntity),
        cluster: this.byId(ClusterEntity),
        need: this.byId(TechnologyNeedEntity),
        capability: this.byId(CapabilityEntity),
      };
      this.perRequest.set(actor, loaders);
    }
    return loaders;
  }

  private byId<T extends ObjectLiteral & { id: string }>(
    entity: EntityTarget<T>,
  ): DataLoader<string, T | null> {
    return new DataLoader<string, T | null>(async (ids) => {
      const rows = await this.dataSource
        .getRepository(entity)
        .findBy({ id: In([...ids]) } as never);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

import { Args, Field, ID, InputType, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { UserObject, toUserObject } from '../account/user.object';
import { pageSize } from '../organization/organization.resolver';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/actor';
import { AuditEventEntity } from '../platform/audit/audit-event.entity';
import { decodeCursor, toConnection, type Connection } from '../platform/graphql/connection';
import { ValidatedBy } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { Policy } from '../platform/policy/policy.service';
import { AuditEventConnection, AuditEventObject, toAuditEventObject } from './audit-event.object';

const auditFilterSchema = z.object({
  clusterId: z.string().uuid({ message: 'This cluster id is not valid.' }).nullish(),
  organizationId: z.string().uuid({ message: 'This organization id is not valid.' }).nullish(),
});

@InputType()
@ValidatedBy(auditFilterSchema)
export class AuditEventFilter {
  @Field(() => ID, { nullable: true }) clusterId?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
}

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => AuditEventConnection, { description: 'Newest first. Admins see all; cluster managers and ORG_ADMINs the events of what they run.' })
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter | null,
  ): Promise<Connection<AuditEventObject>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, 2);
    await this.policy.assert(actor, 'audit.list', { clusterId: filter?.clusterId ?? null, organizationId: filter?.organizationId ?? null });
    const visibility = await this.policy.auditVisibility(actor, 'e');
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('e').where(visibility.sql, visibility.params);
    if (filter?.clusterId) qb.andWhere('e.cluster_id = :clusterId', { clusterId: filter.clusterId });
    if (filter?.organizationId) qb.andWhere('e.organization_id = :organizationId', { organizationId: filter.organizationId });
    // Cursors carry JavaScript's millisecond timestamps, so order by the same precision.
    const at = `date_trunc('milliseconds', e.created_at)`;
    if (cursor) qb.andWhere(`(${at}, e.id) < (:ct::timestamptz, :cid::uuid)`, { ct: cursor[0], cid: cursor[1] });
    const rows = await qb.orderBy(at, 'DESC').addOrderBy('e.id', 'DESC').limit(limit + 1).getMany();
    return toConnection(rows, limit, (row) => [row.createdAt.toISOString(), row.id], toAuditEventObject);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async actor(@CurrentActor() actor: Actor, @Parent() event: AuditEventObject): Promise<UserObject | null> {
    const user = event.actorId ? await this.loaders.of(actor).user.load(event.actorId) : null;
    return user ? toUserObject(user, false) : null;
  }
}

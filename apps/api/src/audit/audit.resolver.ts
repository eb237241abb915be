import { Args, Field, ID, InputType, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { z } from 'zod';
import { UserObject, toUserObject } from '../account/user.object';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/actor';
import { AuditEventRepository } from './audit-event.repository';
import { decodeCursor, pageSize, toConnection, type Connection } from '../platform/graphql/connection';
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
    private readonly events: AuditEventRepository,
    private readonly policy: Policy,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => AuditEventConnection, { description: 'Newest first. Admins see all; cluster managers and ORG_ADMINs the events of what they run.' })
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
  ): Promise<Connection<AuditEventObject>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    await this.policy.assert(actor, 'audit.list', { clusterId: filter?.clusterId ?? null, organizationId: filter?.organizationId ?? null });
    const visibility = await this.policy.auditVisibility(actor, 'e');
    const rows = await this.events.list({ visibility, clusterId: filter?.clusterId, organizationId: filter?.organizationId, after: cursor, first: limit });
    return toConnection(rows, limit, (row) => [row.createdAt.toISOString(), row.id], toAuditEventObject);
  }

  @ResolveField(() => UserObject, { nullable: true })
  async actor(@CurrentActor() actor: Actor, @Parent() event: AuditEventObject): Promise<UserObject | null> {
    const user = event.actorId ? await this.loaders.of(actor).user.load(event.actorId) : null;
    return user ? toUserObject(user, false) : null;
  }
}

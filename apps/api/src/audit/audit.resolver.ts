import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { auditFilterSchema, type AuditAction, type AuditObjectType } from '@spillover/domain';
import { UserObject, toUserObject } from '../account/user.object';
import type { Actor } from '../platform/auth/actor';
import { CurrentActor } from '../platform/auth/actor';
import { AuditEventRepository } from './audit-event.repository';
import {
  decodeCursor,
  pageSize,
  toConnection,
  type Connection,
} from '../platform/graphql/connection';
import { ValidatedBy } from '../platform/graphql/validation';
import { Loaders } from '../platform/loaders/loaders';
import { AuditAccess } from './audit-access';
import { AuditEventConnection, AuditEventObject, toAuditEventObject } from './audit-event.object';

@InputType({ description: 'Narrows the events the caller may read; it never widens them.' })
@ValidatedBy(auditFilterSchema)
export class AuditEventFilter {
  @Field(() => ID, { nullable: true }) clusterId?: string | null;
  @Field(() => ID, { nullable: true }) organizationId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Events by this person.' }) actorId?:
    string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'Any of these actions, e.g. need.published.',
  })
  actions?: AuditAction[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Events about this kind of object, e.g. TechnologyNeed.',
  })
  objectType?: AuditObjectType | null;
  @Field(() => ID, { nullable: true, description: 'Events about this object.' }) objectId?:
    string | null;
  @Field(() => Date, { nullable: true, description: 'From this moment on (inclusive).' })
  since?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Before this moment (exclusive).' })
  until?: Date | null;
}

@Resolver(() => AuditEventObject)
export class AuditResolver {
  constructor(
    private readonly events: AuditEventRepository,
    private readonly access: AuditAccess,
    private readonly loaders: Loaders,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      'Newest first. Admins see all; cluster managers and ORG_ADMINs the events of what they run.',
  })
  async auditEvents(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
  ): Promise<Connection<AuditEventObject>> {
    const limit = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const visibility = await this.access.visibility(actor, filter ?? {});
    const rows = await this.events.list({
      visibility,
      filter: filter ?? {},
      after: cursor,
      first: limit,
    });
    return toConnection(
      rows,
      limit,
      (row) => [row.event.createdAt.toISOString(), row.event.id],
      toAuditEventObject,
    );
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The name of the object the event is about, in this language (clusters have two).',
  })
  objectName(
    @Parent() event: AuditEventObject,
    @Args('language', { type: () => String, defaultValue: 'en' }) language: string,
  ): string | null {
    return language === 'ko' ? event.objectNameKo : event.objectNameEn;
  }

  @ResolveField(() => UserObject, { nullable: true })
  async actor(
    @CurrentActor() actor: Actor,
    @Parent() event: AuditEventObject,
  ): Promise<UserObject | null> {
    const user = event.actorId ? await this.loaders.of(actor).user.load(event.actorId) : null;
    return user ? toUserObject(user, false) : null;
  }
}

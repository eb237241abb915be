import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { ApiTokenEntity } from '../platform/auth/api-token.entity';

@ObjectType('ApiToken')
export class ApiTokenObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: 'The first characters of the token, to tell tokens apart.' })
  prefix: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenObject {
  @Field(() => ApiTokenObject) apiToken: ApiTokenObject;
  @Field({
    description:
      'The secret, shown only in this answer. Send it as `Authorization: Bearer <token>`.',
  })
  token: string;
}

export const toApiTokenObject = (entity: ApiTokenEntity): ApiTokenObject => ({
  id: entity.id,
  name: entity.name,
  prefix: entity.prefix,
  createdAt: entity.createdAt,
  lastUsedAt: entity.lastUsedAt,
  expiresAt: entity.expiresAt,
  revokedAt: entity.revokedAt,
});

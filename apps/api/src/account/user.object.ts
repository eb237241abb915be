import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { LANGUAGES, PLATFORM_ROLES, type Language, type PlatformRole } from '@spillover/domain';
import type { UserEntity } from './user.entity';

export const LanguageEnum = Object.fromEntries(LANGUAGES.map((l) => [l, l])) as Record<
  Language,
  Language
>;
registerEnumType(LanguageEnum, { name: 'Language' });
export const PlatformRoleEnum = Object.fromEntries(PLATFORM_ROLES.map((r) => [r, r])) as Record<
  PlatformRole,
  PlatformRole
>;
registerEnumType(PlatformRoleEnum, { name: 'PlatformRole' });

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Shown to the user, platform admins and ORG_ADMINs of an organization the user belongs to.',
  })
  email: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the user confirmed the e-mail address by a link sent to it; shown where the address is.',
  })
  emailVerified: boolean | null;

  @Field(() => LanguageEnum)
  preferredLanguage: Language;

  @Field(() => [PlatformRoleEnum])
  roles: PlatformRole[];

  @Field()
  createdAt: Date;
}

export function toUserObject(entity: UserEntity, showEmail: boolean): UserObject {
  return {
    id: entity.id,
    displayName: entity.displayName,
    email: showEmail ? entity.email : null,
    emailVerified: showEmail ? entity.emailVerifiedAt !== null : null,
    preferredLanguage: entity.preferredLanguage,
    roles: entity.roles,
    createdAt: entity.createdAt,
  };
}

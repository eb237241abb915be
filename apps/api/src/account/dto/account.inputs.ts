import { Field, InputType, Int } from '@nestjs/graphql';
import {
  changePasswordSchema,
  createApiTokenSchema,
  logInSchema,
  registerSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  updateProfileSchema,
  verifyEmailSchema,
  type Language,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { LanguageEnum } from '../user.object';

@InputType()
@ValidatedBy(registerSchema)
export class RegisterInput {
  @Field() email: string;
  @Field() password: string;
  @Field() displayName: string;
  @Field(() => LanguageEnum) preferredLanguage: Language;
}

@InputType()
@ValidatedBy(logInSchema)
export class LogInInput {
  @Field() email: string;
  @Field() password: string;
}

@InputType()
@ValidatedBy(changePasswordSchema)
export class ChangePasswordInput {
  @Field() currentPassword: string;
  @Field() newPassword: string;
}

@InputType()
@ValidatedBy(updateProfileSchema)
export class UpdateProfileInput {
  @Field({ nullable: true }) displayName?: string;
  @Field(() => LanguageEnum, { nullable: true }) preferredLanguage?: Language;
}

@InputType()
@ValidatedBy(createApiTokenSchema)
export class CreateApiTokenInput {
  @Field() name: string;
  @Field(() => Int, {
    nullable: true,
    description: 'Days until the token stops working (1–365); none means until revoked.',
  })
  expiresInDays?: number;
}

@InputType()
@ValidatedBy(verifyEmailSchema)
export class VerifyEmailInput {
  @Field({ description: 'The token of the link in the confirmation e-mail.' }) token: string;
}

@InputType()
@ValidatedBy(requestPasswordResetSchema)
export class RequestPasswordResetInput {
  @Field() email: string;
}

@InputType()
@ValidatedBy(resetPasswordSchema)
export class ResetPasswordInput {
  @Field({ description: 'The token of the link in the reset e-mail.' }) token: string;
  @Field() newPassword: string;
}

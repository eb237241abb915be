import { Field, ObjectType } from '@nestjs/graphql';
import { UserObject } from '../account/user.object';

/** The signed-in person and what they belong to; the web's starting point. */
@ObjectType('Viewer')
export class ViewerObject {
  @Field(() => UserObject)
  user: UserObject;

  @Field(() => String, {
    nullable: true,
    description:
      'Send as the x-csrf-token header with cookie-authenticated requests. Null for API tokens.',
  })
  csrfToken: string | null;
}

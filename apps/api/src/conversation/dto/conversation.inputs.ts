import { Field, ID, InputType } from '@nestjs/graphql';
import {
  postMessageSchema,
  reportConversationSchema,
  type ConversationSubjectKind,
} from '@spillover/domain';
import { ValidatedBy } from '../../platform/graphql/validation';
import { ConversationSubjectKindEnum } from '../conversation.object';

@InputType()
@ValidatedBy(postMessageSchema)
export class PostConversationMessageInput {
  @Field(() => ID) conversationId!: string;
  @Field({ description: 'Plain text, trimmed; 1 to 4000 characters.' }) body!: string;
}

@InputType()
@ValidatedBy(reportConversationSchema)
export class ReportConversationInput {
  @Field(() => ID) conversationId!: string;
  @Field({ description: 'What is wrong, for the moderators; 3 to 1000 characters.' })
  reason!: string;
}

@InputType()
export class ConversationSubjectInput {
  @Field(() => ConversationSubjectKindEnum) kind!: ConversationSubjectKind;
  @Field(() => ID) id!: string;
}

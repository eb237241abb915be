import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

/**
 * Who is asking. Resolvers take it explicitly (`@CurrentActor() actor`) and pass it to the
 * services, which ask the policy layer about it; nothing reads the request further in.
 */
export type Actor =
  | { kind: 'anonymous'; requestId: string }
  | {
      kind: 'user';
      userId: string;
      isAdmin: boolean;
      requestId: string;
      /** How the request was authenticated; a session can be revoked by logging out. */
      via: { kind: 'session'; sessionId: string } | { kind: 'token'; tokenId: string };
    };

export type UserActor = Extract<Actor, { kind: 'user' }>;

export interface ActorRequest extends Request {
  actor?: Actor;
}

export const actorOf = (request: ActorRequest): Actor =>
  request.actor ?? { kind: 'anonymous', requestId: String(request.id ?? '') };

export const CurrentActor = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Actor => {
    const request =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getContext<{ req: ActorRequest }>().req
        : context.switchToHttp().getRequest<ActorRequest>();
    return actorOf(request);
  },
);

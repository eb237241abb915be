import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { LiveSubscriber } from './live-events';
import type { SocketContext } from './socket-options';

/** The socket's subscriber, whose credential is checked again at every event. */
export const CurrentSubscriber = createParamDecorator(
  (_data: unknown, context: ExecutionContext): LiveSubscriber =>
    GqlExecutionContext.create(context).getContext<SocketContext>().subscriber,
);

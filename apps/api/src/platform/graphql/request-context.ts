import type { Request, Response } from 'express';
import type { ActorRequest } from '../auth/actor';

export interface RequestContext {
  req: ActorRequest & Request;
  res: Response;
}

import type { Request, Response } from 'express';
import type { Role } from '@casehuddle/shared';
import type { Logger } from './logger.js';
import { unauthenticated } from './errors.js';
import type { Services } from './services.js';

/** The signed-in user as every resolver sees it: enough to decide access, nothing secret. */
export interface Viewer {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
}

/** What every resolver receives, over HTTP and over graphql-ws alike. */
export interface Context {
  requestId: string;
  logger: Logger;
  viewer: Viewer | null;
  /** Id (hash) of the session that authenticated this request. */
  sessionId: string | null;
  services: Services;
  /** Present for HTTP requests only: used to set and clear the session cookie. */
  http?: { req: Request; res: Response };
}

/** The viewer, or a typed UNAUTHENTICATED error. For resolvers that run without @Authorized. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

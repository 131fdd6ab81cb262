import type { Request, Response } from 'express';
import type { Role } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import { unauthenticated } from './errors.js';
import type { Logger } from './logger.js';
import type { PgEventBus } from './pubsub.js';

/**
 * The application's services, created once per process and shared by every request. The core
 * declares only its own pieces; the composition root (`app/services.ts`) adds each module's
 * service to this interface by declaration merging, so resolvers see `ctx.services.people`
 * fully typed while the core imports no module.
 */
export interface Services {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  bus: PgEventBus;
}

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

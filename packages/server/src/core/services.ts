import type { DataSource } from 'typeorm';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { OrganisationService } from '../modules/organisation/organisation.service.js';
import type { UserService } from '../modules/user/user.service.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { PgEventBus } from './pubsub.js';

/** The application's services, created once per process and shared by every request. */
export interface Services {
  config: Config;
  logger: Logger;
  dataSource: DataSource;
  bus: PgEventBus;
  auth: AuthService;
  organisations: OrganisationService;
  users: UserService;
}

import type { DataSource } from 'typeorm';
import { ActionService } from '../modules/action/action.service.js';
import { FlagService } from '../modules/flags/flags.service.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { HuddleService } from '../modules/huddle/huddle.service.js';
import { MeetingEventLog } from '../modules/meeting/meeting-events.js';
import { MeetingService } from '../modules/meeting/meeting.service.js';
import { NotificationService } from '../modules/notification/notification.service.js';
import { OutcomeService } from '../modules/outcome/outcome.service.js';
import { ReleaseService } from '../modules/release/release.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { OrganisationService } from '../modules/organisation/organisation.service.js';
import { PersonGovernanceService } from '../modules/person/person.governance.js';
import { PersonPolicy } from '../modules/person/person.policy.js';
import { PersonService } from '../modules/person/person.service.js';
import { SharingService } from '../modules/sharing/sharing.service.js';
import { UserService } from '../modules/user/user.service.js';
import type { Config } from '../core/config.js';
import type { Services } from '../core/context.js';
import type { Logger } from '../core/logger.js';
import type { PgEventBus } from '../core/pubsub.js';

/** Wires the services together. Each gets everything it needs at construction; none is given a dependency later. */
export function createServices(base: { config: Config; logger: Logger; dataSource: DataSource; bus: PgEventBus }): Services {
  const { dataSource, bus } = base;
  const auth = new AuthService({ ...base });
  const audit = new AuditService();
  const policy = new PersonPolicy();
  const people = new PersonService({ dataSource, policy, audit, bus });
  const notifications = new NotificationService({ dataSource, bus, logger: base.logger });
  const meetingEvents = new MeetingEventLog(bus);
  const actions = new ActionService({ dataSource, people, notifications, bus, meetingEvents });
  const outcomes = new OutcomeService({ dataSource, people });
  const huddles = new HuddleService({ dataSource, people, actions, outcomes });
  return {
    ...base,
    auth,
    organisations: new OrganisationService({ dataSource, auth }),
    users: new UserService({ dataSource, auth, bus }),
    audit,
    policy,
    people,
    governance: new PersonGovernanceService({ dataSource, audit, policy, people }),
    sharing: new SharingService({ dataSource, policy, audit, people }),
    notifications,
    actions,
    meetingEvents,
    huddles,
    meetings: new MeetingService({ dataSource, huddles, people, actions, events: meetingEvents, bus }),
    outcomes,
    releases: new ReleaseService({ dataSource, people, notifications }),
    flags: new FlagService({ dataSource, people, actions }),
  };
}

declare module '../core/context.js' {
  /** Each module's service, as resolvers reach it through `ctx.services`. */
  interface Services {
    auth: AuthService;
    organisations: OrganisationService;
    users: UserService;
    audit: AuditService;
    policy: PersonPolicy;
    people: PersonService;
    governance: PersonGovernanceService;
    sharing: SharingService;
    notifications: NotificationService;
    actions: ActionService;
    meetingEvents: MeetingEventLog;
    huddles: HuddleService;
    meetings: MeetingService;
    outcomes: OutcomeService;
    releases: ReleaseService;
    flags: FlagService;
  }
}

import type { DataSource } from 'typeorm';
import { ActionService } from '../modules/action/action.service.js';
import { AuditPartitionService } from '../modules/audit/audit-partitions.js';
import { FlagService } from '../modules/flags/flags.service.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { HuddleService } from '../modules/huddle/huddle.service.js';
import { IsaService } from '../modules/isa/isa.service.js';
import { SharingWithoutAgreementService } from '../modules/isa/without-agreement.service.js';
import { MeetingEventLog } from '../modules/meeting/meeting-events.js';
import { MeetingService } from '../modules/meeting/meeting.service.js';
import { NotificationFeed } from '../modules/notification/notification.feed.js';
import { NotificationService } from '../modules/notification/notification.service.js';
import { OutcomeService } from '../modules/outcome/outcome.service.js';
import { ReportService } from '../modules/report/report.service.js';
import { ReleaseService } from '../modules/release/release.service.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { OrganisationService } from '../modules/organisation/organisation.service.js';
import { PersonGovernanceService } from '../modules/person/person.governance.js';
import { PersonPolicy } from '../modules/person/person.policy.js';
import { PersonService } from '../modules/person/person.service.js';
import { PersonMergeService } from '../modules/person/person.merge.js';
import { RetentionService } from '../modules/retention/retention.service.js';
import { TransparencyService } from '../modules/transparency/transparency.service.js';
import { MinutesCorrectionService } from '../modules/rights/minutes-correction.service.js';
import { RightsService } from '../modules/rights/rights.service.js';
import { SharingService } from '../modules/sharing/sharing.service.js';
import { AccessRequestService } from '../modules/access/access.service.js';
import { RegistrationCheck } from '../modules/access/registration-check.js';
import { ReferralService } from '../modules/referral/referral.service.js';
import { MatchingService } from '../modules/matching/matching.service.js';
import { UserService } from '../modules/user/user.service.js';
import { TwoFactorService } from '../modules/two-factor/two-factor.service.js';
import { BreakGlassReviewService } from '../modules/misuse/break-glass-review.service.js';
import { BulkReadAlertService } from '../modules/misuse/bulk-reads.service.js';
import { IncidentService } from '../modules/misuse/incident.service.js';
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
  const notifications = new NotificationService({ dataSource, bus, logger: base.logger });
  const registrationCheck = new RegistrationCheck({ matching: new MatchingService(), notifications, audit, logger: base.logger });
  const people = new PersonService({ dataSource, policy, audit, bus, registrationCheck });
  const meetingEvents = new MeetingEventLog(bus);
  const actions = new ActionService({ dataSource, people, notifications, bus, meetingEvents });
  const outcomes = new OutcomeService({ dataSource, people });
  const huddles = new HuddleService({ dataSource, people, actions, outcomes });
  const governance = new PersonGovernanceService({
    dataSource,
    audit,
    policy,
    people,
    graphqlTrailLimit: base.config.EXPORT_GRAPHQL_MAX_AUDIT_ENTRIES,
  });
  const isas = new IsaService({ dataSource, huddles });
  const sharing = new SharingService({ dataSource, policy, audit, people, isas });
  const retention = new RetentionService({ dataSource, audit, people, governance, logger: base.logger });
  return {
    ...base,
    auth,
    organisations: new OrganisationService({ dataSource, auth }),
    users: new UserService({ dataSource, auth, bus }),
    audit,
    auditPartitions: new AuditPartitionService({
      dataSource,
      audit,
      logger: base.logger,
      retentionYears: base.config.AUDIT_RETENTION_YEARS,
      monthsAhead: 3,
    }),
    policy,
    people,
    governance,
    sharing,
    accessRequests: new AccessRequestService({ dataSource, policy, audit, people, sharing, notifications }),
    referrals: new ReferralService({ dataSource, bus, policy, audit, people, sharing, notifications, meetingEvents }),
    merges: new PersonMergeService({ dataSource, policy, audit, people }),
    isas,
    sharingWithoutAgreement: new SharingWithoutAgreementService({ dataSource, policy, audit, people }),
    notifications,
    notificationFeed: new NotificationFeed({ notifications, people }),
    actions,
    meetingEvents,
    huddles,
    meetings: new MeetingService({
      dataSource,
      huddles,
      people,
      actions,
      events: meetingEvents,
      bus,
      audit,
      protectiveMarking: base.config.PROTECTIVE_MARKING,
    }),
    outcomes,
    reports: new ReportService({ dataSource, people }),
    releases: new ReleaseService({ dataSource, people, notifications }),
    retention,
    transparency: new TransparencyService({ dataSource, policy, audit, isas, sharing, retention }),
    rights: new RightsService({ dataSource, policy, people, audit }),
    minutesCorrections: new MinutesCorrectionService({ dataSource, policy, audit }),
    twoFactor: new TwoFactorService({ dataSource, config: base.config, logger: base.logger, auth, audit }),
    breakGlassReviews: new BreakGlassReviewService({ dataSource, audit, people, policy }),
    bulkReads: new BulkReadAlertService({ dataSource, config: base.config, notifications }),
    incidents: new IncidentService({ dataSource, audit }),
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
    auditPartitions: AuditPartitionService;
    policy: PersonPolicy;
    people: PersonService;
    governance: PersonGovernanceService;
    sharing: SharingService;
    accessRequests: AccessRequestService;
    referrals: ReferralService;
    merges: PersonMergeService;
    isas: IsaService;
    sharingWithoutAgreement: SharingWithoutAgreementService;
    notifications: NotificationService;
    notificationFeed: NotificationFeed;
    actions: ActionService;
    meetingEvents: MeetingEventLog;
    huddles: HuddleService;
    meetings: MeetingService;
    outcomes: OutcomeService;
    reports: ReportService;
    releases: ReleaseService;
    retention: RetentionService;
    transparency: TransparencyService;
    rights: RightsService;
    minutesCorrections: MinutesCorrectionService;
    twoFactor: TwoFactorService;
    breakGlassReviews: BreakGlassReviewService;
    bulkReads: BulkReadAlertService;
    incidents: IncidentService;
    flags: FlagService;
  }
}

import type { SharingSection } from '@casehuddle/shared';

/**
 * The data map: every fact the API can return about a person, and every input that can change
 * one, assigned the part of the record it belongs to. It is data, declared once here; the
 * disclosure gate (`gate.ts`) reads it for every field it resolves, and a test walks
 * `schema.graphql` and fails on any field, argument or input field missing from it.
 *
 * Rules for output fields:
 * - `NONE`: not a fact about a person (staff, organisations, meetings, versions, ids of things).
 * - `KNOW`: who the person is (names, pronouns, agencies involved): anyone who may know of them.
 * - `PROFILE`: beyond names only (date of birth, council area, who is working with them): hidden
 *   on locked-down and restricted records from everyone without full access.
 * - a sharing section (`STORY`, `NEEDS`, `HEALTH`, `RISK`, `OFFENDING`, `CONTACT`).
 * - `DERIVED`: a fact derived from another part of the record, whose section the object carries
 *   (a release date is OFFENDING for custody and HEALTH for hospital; an agenda item's title and
 *   kind follow the fact the item was drafted from). When the object carries no section, the
 *   `otherwise` rule applies.
 * - `DISCUSSION`: free text written about a person in a meeting (notes, decisions, offers of
 *   help): read by members whose organisation may see beyond the person's name (an active
 *   agreement for any section on a record that is neither locked down nor restricted, or full
 *   access). Forms where it is typed say so.
 * - `ACTION`: an action's own text (title, detail, reasons, comments): seen by everyone who may
 *   see the action (its owner's and creator's organisations, the record's holders, and members of
 *   the huddle it was agreed in). Forms say it must not restate health or offending details.
 * - `AGGREGATE`: a count over people; small numbers (under 5) are suppressed or banded for
 *   viewers who cannot see every contributing record.
 * - `PERSON`: a person (gated by the Person type's own fields) or a person's id.
 * - `VIEWER`: the viewer's own account or own notifications.
 * - `AUDIT`: who has seen the record; for those allowed to read the access log.
 */
export type OutputRule =
  | 'NONE'
  | 'KNOW'
  | 'PROFILE'
  | SharingSection
  | 'DISCUSSION'
  | 'ACTION'
  | 'AGGREGATE'
  | 'PERSON'
  | 'VIEWER'
  | 'AUDIT'
  | { derived: true; otherwise: 'KNOW' | 'PROFILE' | SharingSection; hidden?: unknown };

/** What a field shows when the gate hides it and the schema does not allow null. */
export interface FieldRule {
  rule: OutputRule;
  /** The value shown instead, for non-null fields. Lists become empty; nullable fields null. */
  hidden?: unknown;
}

/** Rules for input fields and arguments: the part of the record an input searches by or changes. */
export type InputRule = 'NONE' | 'KNOW' | 'PROFILE' | SharingSection | 'IDENTIFIER' | 'DERIVED' | 'DISCUSSION' | 'ACTION' | 'PERSON_ID';

const all = <R>(rule: R, fields: string[]): Record<string, R> => Object.fromEntries(fields.map((f) => [f, rule]));

const derived = (otherwise: 'KNOW' | 'PROFILE' | SharingSection): OutputRule => ({ derived: true, otherwise });

/** Neutral wording shown in place of an agenda item's title when its subject is not shared. */
export const NEUTRAL_ITEM_TITLE = 'Person discussed (details restricted)';
/** Shown in place of an agenda item's kind when its reason is not shared. */
export const NEUTRAL_ITEM_KIND = 'PERSON_DISCUSSED';

/** Output fields of every object type. Root types (Query, Mutation, Subscription) are in OPERATIONS. */
export const OUTPUT_MAP: Record<string, Record<string, OutputRule | FieldRule>> = {
  // ---- the person record
  Person: {
    // Only on createPerson's answer, about the viewer's own new record: says a match exists elsewhere, nothing of it.
    possibleExistingRecord: 'NONE',
    ...all('KNOW', [
      'id',
      'displayName',
      'legalName',
      'preferredName',
      'pronouns',
      'agenciesInvolved',
      'owningOrganisation',
      'lockedDown',
      'processingRestricted',
      'access',
    ]),
    leadProfessionals: 'KNOW', // the organisations; staff names are PROFILE on LeadProfessional.user
    profile: 'PROFILE',
    situation: derived('OFFENDING'),
    story: 'STORY',
    needs: 'KNOW', // each need carries its own section (PersonNeed)
    preferences: 'CONTACT',
    risk: 'RISK',
    timeline: 'PROFILE', // each entry carries its own section (TimelineEntry)
    sharingAgreements: 'PROFILE',
    flags: 'PROFILE', // each flag carries the section of the fact it comes from (PersonFlag)
    openActions: 'ACTION', // the actions list's own rule: only actions the viewer may see with the person named
    huddles: 'PROFILE', // who is working with them: only huddles the viewer belongs to or chairs
  },
  PersonFlag: all(derived('KNOW'), ['kind', 'text']),
  PersonHuddle: all('NONE', ['addedOn', 'id', 'name', 'nextMeetingAt']),
  DayWarning: all(derived('CONTACT'), ['code', 'message']),
  PersonAccessInfo: all('NONE', ['basis', 'breakGlassUntil', 'canManageSharing', 'canSeeAccessLog', 'full', 'sections']),
  PersonProfile: {
    ...all('PROFILE', ['councilArea', 'dateOfBirth', 'version']),
    under18: 'PROFILE', // derived from the date of birth, so seen by exactly those who may see it
    nhsNumber: 'HEALTH',
    crn: 'OFFENDING',
    prisonNumber: 'OFFENDING',
  },
  PersonSituation: {
    ...all(derived('OFFENDING'), ['kind', 'establishment', 'releaseDate', 'accommodationStatus', 'notes', 'warnings']),
    version: 'NONE',
  },
  PersonStory: { ...all('STORY', ['text', 'recordedAt', 'recordedBy', 'personAgreed']), version: 'NONE' },
  PersonNeed: { ...all(derived('HEALTH'), ['domain', 'status', 'notes', 'updatedAt', 'section']), version: 'NONE' },
  PersonPreferences: { ...all('CONTACT', ['contactHow', 'contactWhen', 'timeOfDay', 'whatHelps', 'whatToAvoid']), version: 'NONE' },
  PersonRisk: { ...all('RISK', ['safetyPlan', 'summary']), version: 'NONE' },
  LeadProfessional: { organisation: 'KNOW', user: 'PROFILE' },
  TimelineEntry: all(derived('PROFILE'), ['at', 'author', 'id', 'kind', 'section', 'summary']),
  SharingAgreement: {
    ...all('PROFILE', ['agreedOn', 'expiresOn', 'id', 'organisations', 'recordedAt', 'recordedBy', 'sections', 'state', 'withdrawnAt']),
    notes: 'PROFILE',
    withdrawalReason: 'PROFILE',
    lawfulBasis: 'PROFILE',
  },
  BreakGlassGrant: { expiresAt: 'NONE', personId: 'PERSON' },
  AccessLogEntry: all('AUDIT', ['action', 'actorName', 'actorRole', 'at', 'breakGlass', 'id', 'organisationName', 'purpose', 'sections']),
  PersonChange: { changedBy: 'NONE', domain: derived('HEALTH'), part: 'KNOW', personId: 'PERSON', version: 'NONE' },

  // ---- actions
  Action: {
    ...all('ACTION', ['title', 'detail', 'statusReason', 'comments', 'history']),
    ...all('NONE', [
      'canEdit',
      'completedAt',
      'createdAt',
      'createdBy',
      'dueDate',
      'dueWindow',
      'id',
      'origin',
      'overdue',
      'owner',
      'ownerOrganisation',
      'status',
      'updatedAt',
      'version',
    ]),
    person: 'PERSON',
    personRestricted: 'NONE',
  },
  ActionChange: all('NONE', ['actionId', 'status', 'version']),
  ActionComment: { author: 'NONE', body: 'ACTION', createdAt: 'NONE', id: 'NONE' },
  ActionHistoryEntry: { actor: 'NONE', at: 'NONE', field: 'NONE', from: 'ACTION', id: 'NONE', to: 'ACTION' },
  ActionOrigin: all('NONE', ['agendaItemId', 'huddleId', 'meetingId']),
  ActionSummary: all('AGGREGATE', [
    'barriers',
    'blocked',
    'cancelled',
    'completionRate',
    'done',
    'medianDaysToComplete',
    'notPossible',
    'notUndertaken',
    'open',
    'overdue',
    'overdueByOrganisation',
    'total',
  ]),
  Barrier: { actionId: 'NONE', dueDate: 'NONE', organisation: 'NONE', reason: 'ACTION', recordedAt: 'NONE', title: 'ACTION' },
  MyWork: { dueThisWeek: 'NONE', later: 'NONE', leadFor: 'PERSON', organisation: 'NONE', overdue: 'NONE' },
  OrganisationCount: { count: 'AGGREGATE', organisation: 'NONE' },
  Notification: {
    aboutPerson: 'VIEWER',
    actionId: 'NONE',
    createdAt: 'VIEWER',
    id: 'VIEWER',
    kind: 'VIEWER',
    // Names the person only when the reader may know of them now (NotificationFeed, through the policy).
    message: 'VIEWER',
    person: 'PERSON',
    readAt: 'VIEWER',
  },

  // ---- huddles and meetings
  Huddle: {
    ...all('NONE', [
      'chairs',
      'coordinatorLoads',
      'councilArea',
      'id',
      'isChair',
      'meetings',
      'memberOrganisations',
      'name',
      'usualDay',
      'usualTime',
    ]),
    caseload: 'PERSON',
    informationSharingAgreement: 'NONE',
  },
  CaseloadEntry: {
    ...all('NONE', ['addedOn', 'coordinator', 'id', 'referringOrganisation', 'personRestricted']),
    offerOfHelp: { rule: 'DISCUSSION', hidden: '' },
    person: 'PERSON',
  },
  CaseloadResult: { huddle: 'NONE', warning: 'NONE' },
  CoordinatorLoad: all('NONE', ['coordinator', 'count', 'overLimit']),
  MeetingSummary: all('NONE', ['id', 'itemCount', 'startsAt', 'status']),
  Meeting: all('NONE', [
    'attendance',
    'chair',
    'closedAt',
    'huddleChairs',
    'place',
    'protectiveMarking',
    'signOff',
    'focusItemId',
    'huddleId',
    'huddleName',
    'id',
    'isChair',
    'items',
    'seq',
    'startsAt',
    'status',
  ]),
  Attendance: all('NONE', ['apologies', 'present', 'user']),
  MinutesSignOff: all('NONE', ['signedAt', 'signedBy', 'signedOn']),
  AgendaItem: {
    ...all('NONE', ['id', 'meetingId', 'position', 'notesVersion', 'decisionsVersion', 'barrierVersion', 'discussed', 'personRestricted']),
    // Like `discussed`: whether the item was reached, never what was said.
    outcome: 'NONE',
    kind: { rule: { derived: true, otherwise: 'KNOW' }, hidden: NEUTRAL_ITEM_KIND },
    title: { rule: { derived: true, otherwise: 'PROFILE' }, hidden: NEUTRAL_ITEM_TITLE },
    reason: { derived: true, otherwise: 'PROFILE' },
    carriedOver: { rule: 'PROFILE', hidden: false },
    systemBarrier: { rule: 'DISCUSSION', hidden: false },
    notes: 'DISCUSSION',
    decisions: 'DISCUSSION',
    person: 'PERSON',
    actions: 'DISCUSSION',
    // Corrections to frozen minutes follow the item, like its notes.
    corrections: 'DISCUSSION',
    flags: 'PROFILE', // each flag carries the section of the fact it comes from (PersonFlag)
  },
  MinutesCorrection: { ...all('NONE', ['addedAt', 'addedBy', 'id', 'itemId']), text: 'DISCUSSION', reason: 'DISCUSSION' },
  AgendaText: { ...all('NONE', ['field', 'itemId', 'version']), text: 'DISCUSSION', update: 'DISCUSSION' },
  MeetingEvent: {
    ...all('NONE', ['actorId', 'actorName', 'at', 'field', 'itemId', 'meetingId', 'seq', 'type', 'typing', 'version']),
    // The words just typed into an item's notes or decisions, as a Yjs update.
    update: 'DISCUSSION',
  },

  // ---- release planning and appointments
  ReleasePlan: {
    ...all(derived('OFFENDING'), [
      'daysToRelease',
      'destinationCouncilArea',
      'establishment',
      'establishmentTown',
      'items',
      'redFlags',
      'releaseDate',
      'releaseTime',
    ]),
    personId: 'PERSON',
    version: 'NONE',
  },
  ReleasePlanItemView: {
    ...all(derived('OFFENDING'), ['council', 'detail', 'item', 'label', 'onDate', 'outcome', 'owningOrganisation', 'referralId', 'status']),
    version: 'NONE',
  },
  UpcomingRelease: {
    ...all(derived('OFFENDING'), [
      'daysToRelease',
      'destinationCouncilArea',
      'establishment',
      'itemsDone',
      'itemsTotal',
      'redFlags',
      'releaseDate',
    ]),
    person: 'PERSON',
  },
  ReleaseForecast: { cells: 'AGGREGATE', councilAreas: 'NONE', months: 'NONE' },
  ForecastCell: {
    accommodationSecured: 'AGGREGATE',
    councilArea: 'NONE',
    due: 'AGGREGATE',
    dutyToReferMade: 'AGGREGATE',
    month: 'NONE',
    suppressed: 'NONE',
  },
  Appointment: {
    ...all('CONTACT', ['date', 'endTime', 'location', 'organisation', 'startTime', 'status', 'town', 'window', 'clashes', 'warnings']),
    purpose: { rule: derived('CONTACT'), hidden: 'Appointment' },
    firstProbation: { rule: derived('CONTACT'), hidden: false },
    id: 'NONE',
    personId: 'PERSON',
    version: 'NONE',
  },
  AppointmentClash: { message: 'CONTACT', otherAppointmentId: 'NONE', rule: 'CONTACT' },
  BookingResult: { appointment: 'CONTACT', clashes: 'CONTACT', warnings: 'CONTACT' },

  // ---- outcomes (an NDTA score is about risk to and from others, self-harm and substance use)
  OutcomeHistory: { assessments: 'RISK', measure: 'NONE', rescoreDue: 'RISK', rescoreDueOn: 'RISK' },
  Assessment: { ...all('RISK', ['assessedBy', 'assessedOn', 'measureKey', 'notes', 'scores', 'total']), id: 'NONE' },
  DomainScore: all('RISK', ['domain', 'score']),
  ServiceUseQuarter: {
    quarterStart: 'PROFILE',
    evictions: 'NEEDS',
    arrests: 'OFFENDING',
    nightsInPrison: 'OFFENDING',
    aeAttendances: 'HEALTH',
    mentalHealthInpatientDays: 'HEALTH',
  },
  CaseloadOutcomeSummary: {
    ...all('AGGREGATE', ['averageAtEntry', 'averageChange', 'averageLatest', 'peopleAssessed', 'peopleWithChange']),
    huddleId: 'NONE',
    measureKey: 'NONE',
    suppressed: 'NONE',
  },
  // Figures for managers (report module): counts and averages, no person details. Service use
  // averages are withheld under the small-number rule; barrier reasons are actions' own text.
  CaseloadReport: {
    ...all('AGGREGATE', [
      'actionsByMonth',
      'barrierThemes',
      'serviceUseAfter',
      'serviceUseBefore',
      'timelinessByOrganisation',
      'timelinessByOwner',
    ]),
    huddleId: 'NONE',
  },
  ServiceUsePeriod: {
    ...all('AGGREGATE', [
      'aeAttendances',
      'arrests',
      'evictions',
      'mentalHealthInpatientDays',
      'nightsInPrison',
      'people',
      'personQuarters',
    ]),
    suppressed: 'NONE',
  },
  ActionMonth: { completed: 'AGGREGATE', month: 'NONE', overdue: 'AGGREGATE' },
  Timeliness: {
    ...all('AGGREGATE', ['blocked', 'due', 'late', 'onTime', 'onTimeRate', 'overdue']),
    ...all('NONE', ['id', 'name', 'organisationName']),
  },
  BarrierThemeCount: { count: 'AGGREGATE', label: 'NONE', reasons: 'ACTION', theme: 'NONE' },
  OutcomeMeasure: all('NONE', ['acknowledgement', 'domains', 'id', 'key', 'maxTotal', 'name', 'rescoreDays']),
  OutcomeDomain: all('NONE', ['key', 'label', 'max', 'min', 'weight']),

  // ---- information governance: retention and rights requests
  RetentionSchedule: all('NONE', [
    'graceDays',
    'periodCount',
    'periodUnit',
    'recordType',
    'reviewRequired',
    'source',
    'triggerEvent',
    'updatedAt',
    'updatedByName',
  ]),
  RetentionReview: {
    ...all('NONE', [
      'canDecide',
      'description',
      'dueSince',
      'eraseAfter',
      'flaggedAt',
      'heldUntil',
      'holdReason',
      'id',
      'owningOrganisation',
      'recordType',
      'status',
    ]),
    person: 'PERSON',
  },
  RetentionRunResult: all('NONE', ['erased', 'flagged', 'notificationsPurged', 'ran', 'sessionsPurged']),
  // That a person made a request, and how it was answered, is beyond their name: PROFILE.
  RightsRequest: {
    ...all('PROFILE', [
      'closedOn',
      'deadlineState',
      'details',
      'dueOn',
      'extendedDueOn',
      'extensionReason',
      'identityCheckMethod',
      'identityCheckedBy',
      'identityCheckedOn',
      'kind',
      'loggedBy',
      'originalDueOn',
      'receivedOn',
      'refusalReason',
      'response',
      'status',
    ]),
    ...all('NONE', ['canManage', 'id', 'version']),
    person: 'PERSON',
  },
  // ---- information governance: ISAs and lawful bases are about organisations, not people
  LawfulBasis: all('NONE', ['code', 'description', 'kind', 'label', 'needsSchedule1', 'reference']),
  InformationSharingAgreement: all('NONE', [
    'awaitingMySignature',
    'createdAt',
    'id',
    'lawfulBases',
    'parties',
    'pastMinutesVisibleToNewParties',
    'purposes',
    'retention',
    'reviewDue',
    'reviewOn',
    'revisedAt',
    'revisionNote',
    'sections',
    'signedByAll',
    'title',
    'version',
  ]),
  // ---- transparency: a privacy notice for those with full access (the query refuses others)
  PrivacyNotice: {
    ...all('KNOW', ['personId', 'personName', 'heldBy', 'sharedWith']),
    ...all('PROFILE', ['generatedOn', 'purposes', 'lawfulBases', 'informationHeld', 'keptFor']),
    ...all('NONE', ['rights', 'howToAsk', 'complaint', 'jointControllers']),
  },
  PrivacyNoticeRecipient: { organisation: 'KNOW', sharedParts: 'PROFILE' },
  PrivacyNoticeItem: all('NONE', ['heading', 'text']),
  IsaParty: all('NONE', ['currentSignature', 'latestSignature', 'organisation']),
  IsaSignature: all('NONE', ['signatoryName', 'signatoryRole', 'signedAt', 'version']),
  // Reached only through SharingAgreement.lawfulBasis (PROFILE), whose mark it carries.
  SharingLawfulBasis: all('NONE', ['article10', 'article6', 'article9', 'commonLaw', 'isaId', 'isaTitle', 'schedule1']),
  SharingWithoutAgreement: {
    ...all('NONE', ['id', 'organisation', 'approvedBy', 'approvedAt', 'expiresAt', 'active', 'reviewedBy', 'reviewedAt']),
    ...all('PROFILE', ['purpose', 'schedule1Condition', 'sections', 'reason', 'reviewNote']),
    person: 'PERSON',
    personId: 'PERSON',
  },

  // ---- staff and organisations
  User: all('NONE', ['active', 'createdAt', 'email', 'id', 'name', 'organisation', 'role', 'twoFactorEnabled']),
  UserRef: all('NONE', ['id', 'name', 'organisation']),
  Organisation: all('NONE', ['active', 'councilArea', 'createdAt', 'id', 'kind', 'name', 'requireTwoFactor']),

  // ---- two-factor sign-in (the viewer's own account)
  TwoFactorEnrolment: all('VIEWER', ['otpauthUri', 'qrCodeDataUrl', 'secret']),
  TwoFactorStatus: all('VIEWER', ['enabled', 'enabledAt', 'recoveryCodesLeft', 'requiredByOrganisation']),
  TwoFactorSignInEnrolled: { recoveryCodes: 'VIEWER', user: 'NONE' },

  // ---- misuse aids for managers
  BreakGlassGrantReview: {
    ...all('NONE', ['expiresAt', 'grantedAt', 'id', 'outcome', 'reviewedAt', 'reviewedBy', 'userName', 'userOrganisationName']),
    person: 'PERSON',
    reason: { rule: 'KNOW', hidden: '' },
    reviewNote: 'KNOW',
    reads: 'AUDIT',
  },
  BreakGlassRead: all('AUDIT', ['action', 'at', 'context', 'sections']),
  BulkReadAlert: all('NONE', [
    'id',
    'organisationName',
    'peopleCount',
    'raisedAt',
    'threshold',
    'userId',
    'userName',
    'windowEnd',
    'windowStart',
  ]),
  Incident: all('NONE', [
    'dataCategories',
    'discoveredAt',
    'icoDecision',
    'icoDeadline',
    'icoReference',
    'icoReportedAt',
    'id',
    'likelyConsequences',
    'measuresProposed',
    'measuresTaken',
    'notReportableReason',
    'occurredAt',
    'organisationName',
    'overdue',
    'peopleAffected',
    'peopleTold',
    'peopleToldDetail',
    'recordedAt',
    'recordedBy',
    'recordsAffected',
    'title',
    'version',
    'whatHappened',
  ]),
  OrganisationRef: all('NONE', ['id', 'kind', 'name']),

  // ---- access requests: the request is the requester's own words; what it reveals of the
  // record (who holds it, the match evidence, the holder's answer) needs the viewer to know of
  // the person. Requests raised by the registration check are not listed to the requester
  // until granted.
  AccessRequest: {
    ...all('NONE', [
      'answeredAt',
      'answeredBy',
      'canAnswer',
      'createdAt',
      'direction',
      'expiresOn',
      'grantedSections',
      'id',
      'newPersonId',
      'reason',
      'requestedBy',
      'requestingOrganisation',
      'sections',
      'source',
      'status',
      'version',
    ]),
    ...all('KNOW', ['declineReason', 'holdingOrganisation', 'matchReason']),
    person: 'PERSON',
  },

  // ---- referrals: listed only to the two organisations party to them. The referral's own
  // facts (kind, status, dates, organisations, the sections named) are the parties' shared
  // work; the words written about the person (message, reasons, outcome, the person's own
  // words) need the viewer to know of the person, which a receiver does while the referral's
  // sharing lasts; the proposed appointment is CONTACT.
  Referral: {
    ...all('NONE', [
      'acknowledgedAt',
      'answeredAt',
      'canAccept',
      'canAcknowledge',
      'canClose',
      'canDecline',
      'canWithdraw',
      'closedAt',
      'consent',
      'direction',
      'expiresOn',
      'id',
      'kind',
      'overdue',
      'receivingOrganisation',
      'respondBy',
      'sections',
      'sendingOrganisation',
      'sentAt',
      'sentBy',
      'status',
      'timeline',
      'version',
    ]),
    ...all('KNOW', ['declineReason', 'outcome', 'withdrawReason']),
    message: { rule: 'KNOW', hidden: '' },
    proposedAppointment: 'CONTACT',
    // Who is working with the person (a staff name): profile, as for lead professionals.
    mentor: 'PROFILE',
    person: 'PERSON',
    personId: 'PERSON',
  },
  ReferralConsent: { ...all('NONE', ['givenOn', 'method', 'recordedAt', 'recordedBy']), personsWords: 'KNOW' },
  ReferralEvent: { ...all('NONE', ['at', 'by', 'id', 'kind', 'organisation']), note: 'KNOW' },
  ProposedAppointment: all('CONTACT', ['appointmentId', 'date', 'endTime', 'location', 'startTime', 'town', 'window']),
  ReferralKind: all('NONE', ['active', 'code', 'label', 'responseWorkingDays']),
  // The viewer's own organisation's inbox: counts of its own work, not figures about people elsewhere.
  ReferralInboxSummary: all('NONE', ['accepted', 'awaitingAnswer', 'new', 'overdue']),
  ReferralChange: all('NONE', ['referralId', 'status', 'version']),
  ReferralFigures: { ...all('NONE', ['from', 'to']), rows: 'AGGREGATE' },
  ReferralFigureRow: {
    ...all('NONE', ['kind', 'kindLabel', 'receivingOrganisation', 'suppressed']),
    ...all('AGGREGATE', ['accepted', 'declined', 'medianDaysToAccept', 'medianDaysToAcknowledge', 'overdueNow', 'sent']),
  },
  // ---- possible duplicates and merges, inside one organisation: both records are held by the
  // viewer's organisation and seen whole (the service lists no other pair); the evidence compares
  // names, dates of birth, areas and identifiers, so it needs the profile.
  PossibleDuplicate: { id: 'PERSON', first: 'PERSON', second: 'PERSON', ...all('PROFILE', ['evidence', 'reason', 'score']) },
  DuplicateRecord: { person: 'PERSON', version: 'NONE' },
  PersonMerge: {
    ...all('PERSON', ['keptPersonId', 'mergedPersonId']),
    ...all('NONE', ['id', 'mergedAt', 'undoneAt', 'rowsMoved', 'filledFields', 'differingFields']),
  },
};

/**
 * Root operations: what each reads or changes about people, and how the gate is reached. Every
 * operation that touches a person decides access through the policy (`PersonPolicy` and the
 * disclosure gate's `requireRead` / `requireWrite`) and returns objects the gate filters field by
 * field. `reads`/`changes` name the parts: `DERIVED` follows the person's situation.
 */
export interface OperationRule {
  reads?: Array<OutputRule>;
  changes?: Array<InputRule>;
  /** Audited as a read of the person (one row per person per view). */
  audited?: boolean;
  /** Not about people at all (accounts, organisations, huddle set-up). */
  none?: true;
}
const none: OperationRule = { none: true };

export const OPERATIONS: Record<'Query' | 'Mutation' | 'Subscription', Record<string, OperationRule>> = {
  Query: {
    action: { reads: ['ACTION', 'PERSON'] },
    actionSummary: { reads: ['AGGREGATE'] },
    actions: { reads: ['ACTION', 'PERSON'] },
    actionsCsv: { reads: ['ACTION'] },
    agendaItem: { reads: ['DISCUSSION', 'PERSON'], audited: true },
    agendaText: { reads: ['DISCUSSION'], audited: true },
    appointments: { reads: ['CONTACT', derived('CONTACT')], audited: true },
    assessments: { reads: ['RISK'], audited: true },
    breakGlassGrants: { reads: ['PERSON', 'KNOW', 'AUDIT'], audited: true },
    bulkReadAlerts: none,
    caseloadOutcomes: { reads: ['AGGREGATE'] },
    caseloadReport: { reads: ['AGGREGATE', 'ACTION'] },
    colleagues: none,
    exportPerson: {
      reads: ['KNOW', 'PROFILE', 'STORY', 'NEEDS', 'HEALTH', 'RISK', 'OFFENDING', 'CONTACT', 'DISCUSSION', 'ACTION', 'AUDIT'],
      audited: true,
    },
    huddle: { reads: ['PERSON', 'DISCUSSION'], audited: true },
    huddles: { reads: ['PERSON', 'DISCUSSION'], audited: true },
    incident: none,
    incidents: none,
    informationSharingAgreement: none,
    informationSharingAgreements: none,
    isasDueForReview: none,
    lawfulBases: none,
    me: none,
    meeting: { reads: ['DISCUSSION', 'PERSON'], audited: true },
    myWork: { reads: ['ACTION', 'PERSON'], audited: true },
    possibleDuplicates: { reads: ['PERSON', 'PROFILE'], audited: true },
    notifications: { reads: ['VIEWER', 'PERSON'], audited: true },
    accessRequests: { reads: ['PERSON', 'KNOW'], audited: true },
    referral: { reads: ['PERSON', 'KNOW', 'PROFILE', 'CONTACT'], audited: true },
    referralFigures: { reads: ['AGGREGATE'] },
    referralFiguresCsv: { reads: ['AGGREGATE'] },
    referralInbox: { reads: ['AGGREGATE'] },
    referralKinds: none,
    referrals: { reads: ['PERSON', 'KNOW', 'PROFILE', 'CONTACT'], audited: true },
    organisations: none,
    outcomeMeasures: none,
    partnerOrganisations: none,
    // The viewer's own organisation's peer mentors, by name: staff, not people on a record.
    peerMentors: none,
    people: { reads: ['PERSON'], audited: true },
    person: { reads: ['PERSON'], audited: true },
    personAccessLog: { reads: ['AUDIT'], audited: true },
    releaseForecast: { reads: ['AGGREGATE'] },
    releaseForecastPeople: { reads: [derived('OFFENDING'), 'PERSON'], audited: true },
    releasePlan: { reads: [derived('OFFENDING')], audited: true },
    retentionReviews: { reads: ['PERSON'], audited: true },
    privacyNotice: { reads: ['KNOW', 'PROFILE', 'PERSON'], audited: true },
    recordOfProcessingCsv: none,
    retentionSchedules: none,
    rightsRequest: { reads: ['PROFILE', 'PERSON'], audited: true },
    rightsRequests: { reads: ['PROFILE', 'PERSON'], audited: true },
    sharingWithoutAgreementReviews: { reads: ['PERSON', 'PROFILE'], audited: true },
    serviceUse: { reads: ['PROFILE', 'NEEDS', 'OFFENDING', 'HEALTH'], audited: true },
    unreadNotificationCount: { reads: ['VIEWER'] },
    upcomingReleases: { reads: [derived('OFFENDING'), 'PERSON'], audited: true },
    twoFactorStatus: none,
    users: none,
  },
  Mutation: {
    addActionComment: { changes: ['ACTION'] },
    addAgendaItem: { changes: ['DISCUSSION'] },
    addMinutesCorrection: { changes: ['DISCUSSION'] },
    confirmRetentionErasure: { changes: ['KNOW'] },
    holdRetentionReview: { changes: ['NONE'], reads: ['PERSON'] },
    logRightsRequest: { changes: ['PROFILE'], reads: ['PROFILE', 'PERSON'] },
    progressRightsRequest: { changes: ['PROFILE'], reads: ['PROFILE', 'PERSON'] },
    runRetentionJob: { changes: ['KNOW'] },
    updateRetentionSchedule: none,
    addTimelineNote: { changes: ['DERIVED'] },
    addToCaseload: { changes: ['DISCUSSION'] },
    addHuddleMember: { changes: ['NONE'], reads: ['PERSON', 'DISCUSSION'] },
    bookAppointment: { changes: ['CONTACT'], reads: ['CONTACT'] },
    breakGlass: { changes: ['KNOW'] },
    closeMeeting: { changes: ['DISCUSSION'], reads: ['PERSON', 'DISCUSSION'] },
    completeSignIn: none,
    confirmSignInEnrolment: none,
    confirmTwoFactorEnrolment: none,
    createAction: { changes: ['ACTION'] },
    createHuddle: { changes: ['NONE'], reads: ['PERSON'] },
    createOrganisation: none,
    createPerson: { changes: ['KNOW', 'PROFILE', 'IDENTIFIER', 'DERIVED'] },
    createUser: none,
    deactivateOrganisation: none,
    deactivateUser: none,
    editAgendaText: { changes: ['DISCUSSION'], reads: ['DISCUSSION'] },
    erasePerson: { changes: ['KNOW'] },
    login: none,
    logout: none,
    markNotificationsRead: { changes: ['NONE'] },
    markSharingWithoutAgreementReviewed: { changes: ['PROFILE'], reads: ['PERSON', 'PROFILE'] },
    moveAgendaItem: { changes: ['NONE'], reads: ['PERSON', 'DISCUSSION'] },
    reactivateOrganisation: none,
    reactivateUser: none,
    recordIncident: none,
    resetTwoFactor: none,
    reviewBreakGlass: { changes: ['KNOW'], reads: ['PERSON', 'KNOW', 'AUDIT'] },
    recordAssessment: { changes: ['RISK'], reads: ['RISK'] },
    recordAttendance: none,
    recordInformationSharingAgreement: none,
    recordServiceUse: { changes: ['NEEDS', 'OFFENDING', 'HEALTH'], reads: ['PROFILE', 'NEEDS', 'OFFENDING', 'HEALTH'] },
    recordSharingAgreement: { changes: ['PROFILE'] },
    requestAccess: { changes: ['KNOW'] },
    sendReferral: { changes: ['PROFILE', 'CONTACT'], reads: ['PERSON', 'KNOW'] },
    acknowledgeReferral: { changes: ['KNOW'], reads: ['PERSON', 'KNOW'] },
    acceptReferral: { changes: ['KNOW', 'PROFILE', 'CONTACT'], reads: ['PERSON', 'KNOW', 'PROFILE'] },
    declineReferral: { changes: ['KNOW', 'PROFILE'], reads: ['PERSON', 'KNOW'] },
    withdrawReferral: { changes: ['KNOW', 'PROFILE'], reads: ['PERSON', 'KNOW'] },
    closeReferral: { changes: ['KNOW'], reads: ['PERSON', 'KNOW'] },
    answerAccessRequest: { changes: ['PROFILE'] },
    dismissDuplicate: { changes: ['NONE'] },
    mergePeople: {
      changes: ['KNOW', 'PROFILE', 'IDENTIFIER', 'STORY', 'NEEDS', 'HEALTH', 'RISK', 'OFFENDING', 'CONTACT', 'DISCUSSION', 'ACTION'],
      reads: ['PERSON'],
    },
    undoMerge: {
      changes: ['KNOW', 'PROFILE', 'IDENTIFIER', 'STORY', 'NEEDS', 'HEALTH', 'RISK', 'OFFENDING', 'CONTACT', 'DISCUSSION', 'ACTION'],
      reads: ['PERSON'],
    },
    removeFromCaseload: { changes: ['NONE'], reads: ['PERSON', 'DISCUSSION'] },
    removeLeadProfessional: { changes: ['PROFILE'] },
    reportPresence: none,
    reviseInformationSharingAgreement: none,
    restrictPerson: { changes: ['KNOW'] },
    scheduleMeeting: { changes: ['DISCUSSION'], reads: ['PERSON', 'DISCUSSION'] },
    setLeadProfessional: { changes: ['PROFILE'] },
    setMeetingFocus: none,
    signOffMinutes: none,
    setTwoFactorRequired: none,
    startSignInEnrolment: none,
    startTwoFactorEnrolment: none,
    updateIncident: none,
    setHuddleIsa: none,
    shareWithoutAgreement: { changes: ['PROFILE'], reads: ['PERSON', 'PROFILE'] },
    signInformationSharingAgreement: none,
    setPersonLockdown: { changes: ['KNOW'] },
    startMeeting: { changes: ['NONE'], reads: ['PERSON', 'DISCUSSION'] },
    unrestrictPerson: { changes: ['KNOW'] },
    updateAction: { changes: ['ACTION'] },
    updateAgendaItem: { changes: ['DISCUSSION'] },
    updateAppointment: { changes: ['CONTACT'], reads: ['CONTACT'] },
    updateMeetingDetails: { changes: ['NONE'], reads: ['PERSON', 'DISCUSSION'] },
    updatePersonNeed: { changes: ['DERIVED'] },
    updatePersonPreferences: { changes: ['CONTACT'] },
    updatePersonProfile: { changes: ['PROFILE', 'IDENTIFIER'] },
    updatePersonRisk: { changes: ['RISK'] },
    updatePersonSituation: { changes: ['DERIVED'] },
    updatePersonStory: { changes: ['STORY'] },
    updateReleasePlan: { changes: ['DERIVED'], reads: [derived('OFFENDING')] },
    updateReleasePlanItem: { changes: ['DERIVED'], reads: [derived('OFFENDING')] },
    withdrawSharingAgreement: { changes: ['PROFILE'] },
  },
  Subscription: {
    actionChanged: { reads: ['NONE'] },
    meChanged: none,
    meetingEvents: { reads: ['NONE', 'DISCUSSION'], audited: true },
    notificationAdded: { reads: ['VIEWER', 'PERSON'], audited: true },
    personChanged: { reads: ['KNOW', derived('HEALTH')] },
    referralChanged: { reads: ['NONE'] },
  },
};

/**
 * The only operations a peer mentor may use: their own account, the records of the people referred
 * to them (as the person policy allows: an accepted PEER_MENTORING referral naming them, its
 * sections, while it is live), and adding a timeline note or an appointment for those people. The
 * gate refuses every other operation for the role, whatever the resolver's own check says, so a
 * new operation is closed to peer mentors until it is listed here.
 */
export const PEER_MENTOR_OPERATIONS: Record<'Query' | 'Mutation' | 'Subscription', readonly string[]> = {
  Query: ['appointments', 'me', 'notifications', 'people', 'person', 'twoFactorStatus', 'unreadNotificationCount'],
  Mutation: [
    'addTimelineNote',
    'bookAppointment',
    'completeSignIn',
    'confirmSignInEnrolment',
    'confirmTwoFactorEnrolment',
    'login',
    'logout',
    'markNotificationsRead',
    'startSignInEnrolment',
    'startTwoFactorEnrolment',
  ],
  Subscription: ['meChanged', 'notificationAdded', 'personChanged'],
};

/**
 * Output rules a peer mentor never reads, even about the people referred to them: what was said
 * in huddles, the actions list, figures over people and the record's access log.
 */
export const PEER_MENTOR_HIDDEN_RULES: ReadonlySet<OutputRule> = new Set<OutputRule>(['DISCUSSION', 'ACTION', 'AGGREGATE', 'AUDIT']);

/** A person's names, profile and identifiers, as given when creating or changing a record. */
const PROFILE_INPUTS: Record<string, InputRule> = {
  ...all('KNOW', ['legalName', 'preferredName', 'pronouns']),
  ...all('PROFILE', ['councilArea', 'dateOfBirth']),
  ...all('IDENTIFIER', ['crn', 'nhsNumber', 'prisonNumber']),
};

/** Input fields and arguments: what each searches by or changes. */
export const INPUT_MAP: Record<string, Record<string, InputRule>> = {
  ActionFilter: {
    ...all('NONE', ['dueFrom', 'dueTo', 'huddleId', 'meetingId', 'organisationId', 'overdueOnly', 'ownerId', 'statuses']),
    personId: 'PERSON_ID',
  },
  AddAgendaItemInput: { meetingId: 'NONE', personId: 'PERSON_ID', reason: 'DISCUSSION', title: 'DISCUSSION' },
  AddMinutesCorrectionInput: { ...all('NONE', ['itemId', 'meetingId']), reason: 'DISCUSSION', text: 'DISCUSSION' },
  HoldRetentionReviewInput: all('NONE', ['reason', 'reviewId', 'until']),
  LogRightsRequestInput: { ...all('PROFILE', ['details', 'kind', 'receivedOn']), personId: 'PERSON_ID' },
  ProgressRightsRequestInput: {
    ...all('PROFILE', ['extensionReason', 'identityCheckMethod', 'identityCheckedOn', 'refusalReason', 'response', 'step']),
    ...all('NONE', ['expectedVersion', 'id']),
  },
  UpdateRetentionScheduleInput: all('NONE', ['graceDays', 'periodCount', 'periodUnit', 'recordType', 'source']),
  MeetingDetailsInput: all('NONE', ['chairId', 'meetingId', 'place']),
  AddToCaseloadInput: {
    ...all('NONE', ['coordinatorId', 'huddleId', 'referringOrganisationId']),
    offerOfHelp: 'DISCUSSION',
    personId: 'PERSON_ID',
  },
  BookAppointmentInput: {
    ...all('CONTACT', ['date', 'endTime', 'location', 'organisationId', 'purpose', 'startTime', 'town', 'window']),
    firstProbation: 'DERIVED',
    personId: 'PERSON_ID',
  },
  CreateActionInput: {
    ...all('ACTION', ['detail', 'title']),
    ...all('NONE', ['agendaItemId', 'dueDate', 'dueWindow', 'ownerId']),
    personId: 'PERSON_ID',
  },
  CreateHuddleInput: all('NONE', ['chairIds', 'councilArea', 'memberOrganisationIds', 'name', 'usualDay', 'usualTime']),
  CreateOrganisationInput: all('NONE', ['councilArea', 'kind', 'name']),
  CreatePersonInput: { ...PROFILE_INPUTS, situation: 'DERIVED' },
  CreateUserInput: all('NONE', ['email', 'name', 'organisationId', 'password', 'role']),
  IncidentInput: all('NONE', [
    'dataCategories',
    'discoveredAt',
    'icoDecision',
    'icoReference',
    'icoReportedAt',
    'likelyConsequences',
    'measuresProposed',
    'measuresTaken',
    'notReportableReason',
    'occurredAt',
    'peopleAffected',
    'peopleTold',
    'peopleToldDetail',
    'recordsAffected',
    'title',
    'whatHappened',
  ]),
  ReviewBreakGlassInput: { grantId: 'NONE', note: 'KNOW', outcome: 'NONE' },
  UpdateIncidentInput: all('NONE', ['expectedVersion', 'id', 'incident']),
  EditAgendaTextInput: { ...all('NONE', ['field', 'itemId', 'stateVector']), update: 'DISCUSSION' },
  DomainScoreInput: all('RISK', ['domain', 'score']),
  PeopleSearchInput: { dateOfBirth: 'PROFILE', identifier: 'IDENTIFIER', name: 'KNOW' },
  PersonProfileFields: PROFILE_INPUTS,
  PersonSituationFields: all('DERIVED', ['accommodationStatus', 'establishment', 'kind', 'notes', 'releaseDate']),
  RecordAssessmentInput: { ...all('RISK', ['assessedOn', 'measureKey', 'notes', 'scores']), personId: 'PERSON_ID' },
  RecordServiceUseInput: {
    quarterStart: 'PROFILE',
    evictions: 'NEEDS',
    arrests: 'OFFENDING',
    nightsInPrison: 'OFFENDING',
    aeAttendances: 'HEALTH',
    mentalHealthInpatientDays: 'HEALTH',
    personId: 'PERSON_ID',
  },
  IsaTermsInput: all('NONE', [
    'lawfulBasisCodes',
    'partyOrganisationIds',
    'pastMinutesVisibleToNewParties',
    'purposes',
    'retention',
    'reviewOn',
    'sections',
    'title',
  ]),
  ReviseIsaInput: all('NONE', [
    'id',
    'lawfulBasisCodes',
    'partyOrganisationIds',
    'pastMinutesVisibleToNewParties',
    'purposes',
    'retention',
    'reviewOn',
    'revisionNote',
    'sections',
    'title',
    'version',
  ]),
  SignIsaInput: all('NONE', ['id', 'signatoryRole', 'version']),
  LawfulBasisInput: all('PROFILE', ['article10', 'article6', 'article9', 'commonLaw', 'isaId', 'schedule1']),
  ShareWithoutAgreementInput: {
    ...all('PROFILE', ['expiresOn', 'organisationId', 'purpose', 'reason', 'schedule1Condition', 'sections']),
    personId: 'PERSON_ID',
  },
  RequestAccessInput: { personId: 'PERSON_ID', reason: 'KNOW', sections: 'NONE' },
  AnswerAccessRequestInput: {
    ...all('NONE', ['grant', 'id', 'version']),
    ...all('PROFILE', ['expiresOn', 'lawfulBasis', 'personAgreed', 'reason', 'sections']),
  },
  AccessRequestFilter: all('NONE', ['direction', 'pendingOnly']),
  SendReferralInput: {
    ...all('PROFILE', ['consent', 'expiresOn', 'kind', 'lawfulBasis', 'receivingOrganisationId', 'sections']),
    message: 'KNOW',
    personId: 'PERSON_ID',
    proposedAppointment: 'CONTACT',
  },
  ReferralConsentInput: all('PROFILE', ['givenOn', 'method', 'personsWords']),
  ProposedAppointmentInput: all('CONTACT', ['date', 'endTime', 'location', 'startTime', 'town', 'window']),
  ReferralStepInput: { ...all('NONE', ['id', 'mentorId', 'version']), note: 'KNOW' },
  DeclineReferralInput: { ...all('NONE', ['id', 'version']), reason: 'KNOW' },
  CloseReferralInput: { ...all('NONE', ['id', 'version']), outcome: 'KNOW' },
  ReferralFilter: { ...all('NONE', ['direction', 'kind', 'overdueOnly', 'statuses']), personId: 'PERSON_ID' },
  RecordSharingAgreementInput: {
    ...all('PROFILE', ['agreedOn', 'expiresOn', 'lawfulBasis', 'notes', 'organisationIds', 'sections']),
    personId: 'PERSON_ID',
  },
  UpdateActionInput: {
    ...all('ACTION', ['detail', 'statusReason', 'title']),
    ...all('NONE', ['clearDueWindow', 'dueDate', 'dueWindow', 'expectedVersion', 'id', 'ownerId', 'status']),
  },
  UpdateAgendaItemInput: { ...all('NONE', ['expectedVersion', 'field', 'flag', 'itemId']), text: 'DISCUSSION' },
  UpdateAppointmentInput: {
    ...all('CONTACT', ['date', 'endTime', 'startTime', 'status', 'window']),
    ...all('NONE', ['expectedVersion', 'id']),
  },
  UpdatePersonNeedInput: { ...all('DERIVED', ['domain', 'notes', 'status']), expectedVersion: 'NONE', personId: 'PERSON_ID' },
  UpdatePersonPreferencesInput: {
    ...all('CONTACT', ['contactHow', 'contactWhen', 'timeOfDay', 'whatHelps', 'whatToAvoid']),
    expectedVersion: 'NONE',
    personId: 'PERSON_ID',
  },
  UpdatePersonProfileInput: { expectedVersion: 'NONE', personId: 'PERSON_ID', profile: 'PROFILE' },
  UpdatePersonRiskInput: { ...all('RISK', ['safetyPlan', 'summary']), expectedVersion: 'NONE', personId: 'PERSON_ID' },
  UpdatePersonSituationInput: { expectedVersion: 'NONE', personId: 'PERSON_ID', situation: 'DERIVED' },
  UpdatePersonStoryInput: { ...all('STORY', ['personAgreed', 'text']), expectedVersion: 'NONE', personId: 'PERSON_ID' },
  UpdateReleasePlanInput: {
    ...all('DERIVED', ['destinationCouncilArea', 'establishmentTown', 'releaseTime']),
    expectedVersion: 'NONE',
    personId: 'PERSON_ID',
  },
  UpdateReleasePlanItemInput: {
    ...all('DERIVED', ['council', 'detail', 'item', 'onDate', 'outcome', 'owningOrganisationId', 'status']),
    expectedVersion: 'NONE',
    personId: 'PERSON_ID',
  },
};

/**
 * Types listed inside a record whose elements each carry their own section: the gate drops the
 * elements a viewer may not see from any list that holds them.
 */
export const ELEMENT_RULES: Record<string, OutputRule> = {
  PersonNeed: derived('HEALTH'),
  TimelineEntry: derived('PROFILE'),
  // A release flag follows the situation's section; the overdue-actions flag carries none.
  PersonFlag: derived('KNOW'),
  // A warning about a day follows what holds it: the situation's section, or an appointment's.
  DayWarning: derived('CONTACT'),
};

/** The rule for an output field, or undefined when the map does not classify it. */
export function outputRule(typeName: string, fieldName: string): FieldRule | undefined {
  const entry = OUTPUT_MAP[typeName]?.[fieldName];
  if (entry === undefined) return undefined;
  return typeof entry === 'object' && 'rule' in entry ? entry : { rule: entry };
}

/**
 * Scalar arguments of root operations (input objects are in INPUT_MAP). A person's id is
 * `PERSON_ID`: an operation given one answers the same whether the person does not exist or the
 * viewer may not know of them.
 */
export const ARGUMENTS: Record<string, Record<string, InputRule>> = {
  action: { id: 'NONE' },
  actions: { limit: 'NONE', offset: 'NONE' },
  agendaItem: { id: 'NONE' },
  agendaText: { field: 'NONE', itemId: 'NONE', stateVector: 'NONE' },
  appointments: { from: 'CONTACT', personId: 'PERSON_ID', to: 'CONTACT' },
  assessments: { personId: 'PERSON_ID' },
  caseloadOutcomes: { huddleId: 'NONE', measureKey: 'NONE' },
  breakGlassGrants: { reviewed: 'NONE' },
  incident: { id: 'NONE' },
  completeSignIn: { code: 'NONE' },
  confirmSignInEnrolment: { code: 'NONE' },
  confirmTwoFactorEnrolment: { code: 'NONE' },
  resetTwoFactor: { userId: 'NONE' },
  setTwoFactorRequired: { organisationId: 'NONE', required: 'NONE' },
  caseloadReport: { huddleId: 'NONE' },
  exportPerson: { personId: 'PERSON_ID' },
  privacyNotice: { personId: 'PERSON_ID' },
  huddle: { id: 'NONE' },
  informationSharingAgreement: { id: 'NONE' },
  sharingWithoutAgreementReviews: { includeReviewed: 'NONE' },
  addHuddleMember: { huddleId: 'NONE', organisationId: 'NONE' },
  setHuddleIsa: { huddleId: 'NONE', isaId: 'NONE' },
  markSharingWithoutAgreementReviewed: { id: 'NONE', note: 'PROFILE' },
  meeting: { id: 'NONE' },
  notifications: { limit: 'NONE', unreadOnly: 'NONE' },
  people: { limit: 'NONE' },
  person: { id: 'PERSON_ID', purpose: 'KNOW' },
  personAccessLog: { personId: 'PERSON_ID' },
  releaseForecast: { councilArea: 'NONE', months: 'NONE' },
  releaseForecastPeople: { councilArea: 'NONE', month: 'NONE' },
  releasePlan: { personId: 'PERSON_ID' },
  referral: { id: 'NONE' },
  referralFigures: { from: 'NONE', to: 'NONE' },
  referralFiguresCsv: { from: 'NONE', to: 'NONE' },
  rightsRequest: { id: 'NONE' },
  rightsRequests: { openOnly: 'NONE', personId: 'PERSON_ID' },
  confirmRetentionErasure: { reviewId: 'NONE' },
  serviceUse: { personId: 'PERSON_ID' },
  upcomingReleases: { councilArea: 'NONE', withinDays: 'NONE' },
  addActionComment: { actionId: 'NONE', body: 'ACTION' },
  addTimelineNote: { personId: 'PERSON_ID', section: 'DERIVED', text: 'DERIVED' },
  breakGlass: { personId: 'PERSON_ID', reason: 'KNOW' },
  closeMeeting: { meetingId: 'NONE' },
  deactivateOrganisation: { id: 'NONE' },
  deactivateUser: { id: 'NONE' },
  erasePerson: { personId: 'PERSON_ID', reason: 'NONE' },
  login: { email: 'NONE', password: 'NONE' },
  markNotificationsRead: { ids: 'NONE' },
  moveAgendaItem: { itemId: 'NONE', toPosition: 'NONE' },
  reactivateOrganisation: { id: 'NONE' },
  reactivateUser: { id: 'NONE' },
  recordAttendance: { apologies: 'NONE', meetingId: 'NONE', present: 'NONE', userId: 'NONE' },
  removeFromCaseload: { entryId: 'NONE' },
  removeLeadProfessional: { organisationId: 'NONE', personId: 'PERSON_ID' },
  reportPresence: { field: 'NONE', itemId: 'NONE', meetingId: 'NONE', typing: 'NONE' },
  restrictPerson: { personId: 'PERSON_ID', reason: 'KNOW' },
  scheduleMeeting: { huddleId: 'NONE', startsAt: 'NONE' },
  setLeadProfessional: { personId: 'PERSON_ID', userId: 'NONE' },
  setMeetingFocus: { itemId: 'NONE', meetingId: 'NONE' },
  signOffMinutes: { meetingId: 'NONE', signedOn: 'NONE' },
  setPersonLockdown: { lockedDown: 'NONE', personId: 'PERSON_ID', reason: 'KNOW' },
  startMeeting: { meetingId: 'NONE' },
  unrestrictPerson: { personId: 'PERSON_ID', reason: 'KNOW' },
  withdrawSharingAgreement: { id: 'NONE', reason: 'PROFILE' },
  meetingEvents: { afterSeq: 'NONE', meetingId: 'NONE' },
  personChanged: { personId: 'PERSON_ID' },
  dismissDuplicate: { otherPersonId: 'PERSON_ID', personId: 'PERSON_ID' },
  mergePeople: {
    confirmDifferentIdentifiers: 'NONE',
    keepId: 'PERSON_ID',
    keepVersion: 'NONE',
    mergeId: 'PERSON_ID',
    mergeVersion: 'NONE',
  },
  undoMerge: { mergeId: 'NONE' },
};

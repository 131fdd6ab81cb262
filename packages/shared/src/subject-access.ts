/**
 * The machine-readable subject access export (`exportPerson`): everything held on a person.
 * Dates are ISO 8601 (`YYYY-MM-DD` for calendar days), and coded values keep their codes
 * (`NO_FIXED_ABODE`), so that another system can read it; the export page turns it into plain
 * English. People and organisations are named, never referred to by id. The server builds it
 * and the client reads it, so both use this one definition.
 */
export interface SubjectAccessExport {
  /** Bumped when the shape changes. */
  format: 'casehuddle-subject-access/3';
  generatedAt: string;
  generatedBy: string;
  person: SarPerson;
  story: SarStory;
  needs: SarNeed[];
  preferences: SarPreferences;
  situation: SarSituation;
  risk: SarRisk;
  leadProfessionals: SarLeadProfessional[];
  sharingAgreements: SarSharingAgreement[];
  timeline: SarTimelineEntry[];
  changes: SarChange[];
  appointments: SarAppointment[];
  releasePlan: SarReleasePlan | null;
  outcomes: SarAssessment[];
  serviceUse: SarServiceUse[];
  actions: SarAction[];
  caseloads: SarCaseloadEntry[];
  meetingNotes: SarAgendaItem[];
  minutes: SarMinutesItem[];
  notifications: SarNotification[];
  breakGlassGrants: SarBreakGlass[];
  auditTrail: SarAuditEntry[];
  /** Requests the person made to exercise their rights, and how each was answered. */
  rightsRequests: SarRightsRequest[];
  /** Whether the record is due for review under the retention schedule. */
  retention: SarRetentionReview[];
  /** Referrals about the person between organisations, with the consent recorded and each step. */
  referrals: SarReferral[];
  /**
   * Duplicate records of the person merged into this one (merges not undone): what is still
   * held under each, in full. A merge moves most rows to the kept record (they are in the parts
   * above); what stays with the duplicate (its own fields, its needs, its audit trail, and rows the
   * kept record already had its own of, such as a second release plan) is here.
   */
  mergedRecords: SarMergedRecord[];
}

/** Everything held on one record, as in the export (without the export's own header). */
export type SubjectAccessRecord = Omit<SubjectAccessExport, 'format' | 'generatedAt' | 'generatedBy'>;

/** A duplicate record merged into the exported one, with everything still held under it. */
export interface SarMergedRecord {
  mergedAt: string;
  mergedBy: string | null;
  organisation: string;
  record: SubjectAccessRecord;
}

/** The parts of the export, by key (each table that refers to a person maps to one). */
export type SubjectAccessPart = Exclude<keyof SubjectAccessExport, 'format' | 'generatedAt' | 'generatedBy'>;

export interface SarPerson {
  /** The record's id: the reference for the organisation answering the request. */
  id: string;
  legalName: string;
  preferredName: string | null;
  pronouns: string | null;
  dateOfBirth: string | null;
  councilArea: string;
  nhsNumber: string | null;
  prisonNumber: string | null;
  crn: string | null;
  owningOrganisation: string;
  lockedDown: boolean;
  processingRestricted: boolean;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
}

export interface SarStory {
  text: string | null;
  personAgreed: boolean;
  recordedBy: string | null;
  recordedAt: string | null;
}

export interface SarNeed {
  domain: string;
  status: string;
  notes: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface SarPreferences {
  whatHelps: string | null;
  whatToAvoid: string | null;
  contactHow: string | null;
  contactWhen: string | null;
  timeOfDay: string | null;
}

export interface SarSituation {
  kind: string;
  establishment: string | null;
  releaseDate: string | null;
  accommodationStatus: string | null;
  notes: string | null;
}

export interface SarRisk {
  summary: string | null;
  safetyPlan: string | null;
}

export interface SarLeadProfessional {
  organisation: string;
  name: string;
  assignedAt: string;
}

export interface SarSharingAgreement {
  organisations: string[];
  sections: string[];
  agreedOn: string;
  expiresOn: string;
  notes: string | null;
  recordedBy: string;
  recordedAt: string;
  withdrawnAt: string | null;
  withdrawnBy: string | null;
  withdrawalReason: string | null;
}

export interface SarTimelineEntry {
  at: string;
  kind: string;
  section: string | null;
  summary: string;
  author: string | null;
  authorOrganisation: string | null;
}

export interface SarChange {
  at: string;
  /** PROFILE, SITUATION, STORY, PREFERENCES, RISK or NEED:<domain>. */
  part: string;
  changedBy: string | null;
  /** Each field that was saved: its column name, and its value before and after (users named). */
  fields: Array<{ field: string; before: unknown; after: unknown }>;
}

export interface SarAppointment {
  date: string;
  window: string;
  startTime: string | null;
  endTime: string | null;
  organisation: string;
  purpose: string;
  location: string | null;
  town: string | null;
  status: string;
  firstProbation: boolean;
  bookedBy: string | null;
  bookedAt: string;
}

export interface SarReleasePlan {
  establishmentTown: string | null;
  /** 'HH:MM', when recorded. */
  releaseTime: string | null;
  destinationCouncilArea: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  items: Array<{
    item: string;
    status: string;
    onDate: string | null;
    detail: string | null;
    council: string | null;
    outcome: string | null;
    organisation: string | null;
    updatedBy: string | null;
    updatedAt: string;
  }>;
}

export interface SarAssessment {
  measure: string;
  acknowledgement: string | null;
  assessedOn: string;
  assessedBy: string;
  total: number;
  maxTotal: number;
  notes: string | null;
  scores: Array<{ domain: string; label: string; score: number; max: number; weight: number }>;
}

export interface SarServiceUse {
  quarterStart: string;
  evictions: number;
  arrests: number;
  nightsInPrison: number;
  aeAttendances: number;
  mhInpatientDays: number;
  recordedBy: string | null;
  recordedAt: string;
}

export interface SarAction {
  title: string;
  detail: string | null;
  status: string;
  statusReason: string | null;
  dueDate: string;
  dueWindow: string | null;
  owner: string;
  organisation: string;
  createdBy: string;
  createdAt: string;
  completedAt: string | null;
  /** The huddle and meeting it was agreed at, if any. */
  huddle: string | null;
  meetingStartsAt: string | null;
  comments: Array<{ at: string; author: string; body: string }>;
  /** `field` is `created`, `status`, `owner`, `dueDate`…; statuses keep their codes. */
  history: Array<{ at: string; actor: string | null; field: string; from: string | null; to: string | null }>;
}

export interface SarCaseloadEntry {
  huddle: string;
  councilArea: string;
  referringOrganisation: string;
  offerOfHelp: string;
  coordinator: string;
  addedOn: string;
  removedOn: string | null;
}

export interface SarAgendaItem {
  huddle: string;
  meetingStartsAt: string;
  meetingStatus: string;
  kind: string;
  title: string;
  reason: string | null;
  notes: string;
  decisions: string;
  systemBarrier: boolean;
  discussed: boolean;
}

/** A frozen minutes item about the person, or (with `aboutPerson` false) another item where an action for them was agreed. */
export interface SarMinutesItem {
  huddle: string;
  meetingStartsAt: string;
  frozenAt: string;
  kind: string;
  title: string;
  aboutPerson: boolean;
  reason: string | null;
  notes: string | null;
  decisions: string | null;
  systemBarrier: boolean;
  discussed: boolean;
  actions: Array<{ title: string; status: string; owner: string; organisation: string; dueDate: string }>;
  /** Dated corrections added after the minutes were frozen; the original text above is unchanged. */
  corrections?: Array<{ addedAt: string; addedBy: string; text: string; reason: string }>;
}

export interface SarNotification {
  at: string;
  kind: string;
  recipient: string;
  message: string;
}

export interface SarBreakGlass {
  grantedAt: string;
  expiresAt: string;
  user: string;
  reason: string;
}

export interface SarAuditEntry {
  at: string;
  action: string;
  actorName: string | null;
  actorRole: string | null;
  organisation: string | null;
  sections: string[];
  purpose: string | null;
  breakGlass: boolean;
}

export interface SarRightsRequest {
  kind: string;
  receivedOn: string;
  status: string;
  dueOn: string;
  extendedDueOn: string | null;
  extensionReason: string | null;
  identityCheckedOn: string | null;
  identityCheckMethod: string | null;
  details: string | null;
  response: string | null;
  refusalReason: string | null;
  closedOn: string | null;
}

export interface SarRetentionReview {
  recordType: string;
  dueSince: string;
  eraseAfter: string;
  status: string;
}

export interface SarReferral {
  kind: string;
  from: string;
  to: string;
  sentBy: string;
  sentAt: string;
  status: string;
  message: string;
  consent: { method: string; givenOn: string; recordedBy: string; personsWords: string | null };
  sections: string[];
  expiresOn: string;
  respondBy: string;
  declineReason: string | null;
  withdrawReason: string | null;
  outcome: string | null;
  steps: Array<{ at: string; what: string; by: string | null; organisation: string | null; note: string | null }>;
}

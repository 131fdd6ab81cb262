/** The seven resettlement pathways (HMPPS), used as needs domains. */
export const NEED_DOMAINS = [
  'ACCOMMODATION',
  'ATTITUDES_THINKING_BEHAVIOUR',
  'CHILDREN_FAMILIES_COMMUNITIES',
  'DRUGS_AND_ALCOHOL',
  'EDUCATION_SKILLS_WORK',
  'FINANCE_AND_ID',
  'HEALTH',
] as const;
export type NeedDomain = (typeof NEED_DOMAINS)[number];

export const NEED_DOMAIN_LABELS: Record<NeedDomain, string> = {
  ACCOMMODATION: 'Accommodation',
  ATTITUDES_THINKING_BEHAVIOUR: 'Attitudes, thinking and behaviour',
  CHILDREN_FAMILIES_COMMUNITIES: 'Children, families and communities',
  DRUGS_AND_ALCOHOL: 'Drugs and alcohol',
  EDUCATION_SKILLS_WORK: 'Education, skills and work',
  FINANCE_AND_ID: 'Finance and ID',
  HEALTH: 'Health (physical and mental)',
};

export const NEED_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'SUPPORT_REQUIRED',
  'SUPPORT_NOT_REQUIRED',
  'SUPPORT_DECLINED',
  'DONE',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  SUPPORT_REQUIRED: 'Support required',
  SUPPORT_NOT_REQUIRED: 'Support not required',
  SUPPORT_DECLINED: 'Support declined',
  DONE: 'Done',
};

/**
 * The parts of a record an agreement-to-share can cover. Names, pronouns and the agencies
 * involved are not a section: anyone who may know of the person sees them.
 */
export const SHARING_SECTIONS = ['STORY', 'NEEDS', 'HEALTH', 'RISK', 'OFFENDING', 'CONTACT'] as const;
export type SharingSection = (typeof SHARING_SECTIONS)[number];

export const SHARING_SECTION_LABELS: Record<SharingSection, string> = {
  STORY: 'My story',
  NEEDS: 'Needs',
  HEALTH: 'Health and substance use',
  RISK: 'Risks and safety',
  OFFENDING: 'Offending and custody',
  CONTACT: 'Preferences and contact',
};

/** Health and substance-use needs are special category data, so they travel with HEALTH, not NEEDS. */
export function sectionForNeed(domain: NeedDomain): SharingSection {
  return domain === 'HEALTH' || domain === 'DRUGS_AND_ALCOHOL' ? 'HEALTH' : 'NEEDS';
}

export const SITUATION_KINDS = ['CUSTODY', 'HOSPITAL', 'COMMUNITY'] as const;
export type SituationKind = (typeof SITUATION_KINDS)[number];
export const SITUATION_KIND_LABELS: Record<SituationKind, string> = {
  CUSTODY: 'In custody',
  HOSPITAL: 'In hospital',
  COMMUNITY: 'In the community',
};

/** Custody details are offending data; hospital stays are health data; where someone lives is a need. */
export function sectionForSituation(kind: SituationKind): SharingSection {
  return kind === 'CUSTODY' ? 'OFFENDING' : kind === 'HOSPITAL' ? 'HEALTH' : 'NEEDS';
}

export const ACCOMMODATION_STATUSES = [
  'SETTLED',
  'SUPPORTED_HOUSING',
  'TEMPORARY',
  'HOSTEL',
  'SOFA_SURFING',
  'ROUGH_SLEEPING',
  'NO_FIXED_ABODE',
  'UNKNOWN',
] as const;
export type AccommodationStatus = (typeof ACCOMMODATION_STATUSES)[number];
export const ACCOMMODATION_STATUS_LABELS: Record<AccommodationStatus, string> = {
  SETTLED: 'Settled home',
  SUPPORTED_HOUSING: 'Supported housing',
  TEMPORARY: 'Temporary accommodation',
  HOSTEL: 'Hostel',
  SOFA_SURFING: 'Sofa surfing',
  ROUGH_SLEEPING: 'Rough sleeping',
  NO_FIXED_ABODE: 'No fixed abode',
  UNKNOWN: 'Not known',
};

export const TIMES_OF_DAY = ['MORNING', 'AFTERNOON', 'EITHER'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export const TIME_OF_DAY_LABELS: Record<TimeOfDay, string> = { MORNING: 'Mornings', AFTERNOON: 'Afternoons', EITHER: 'Either' };

export const AGREEMENT_STATES = ['ACTIVE', 'EXPIRING', 'EXPIRED', 'WITHDRAWN'] as const;
export type AgreementState = (typeof AGREEMENT_STATES)[number];
export const AGREEMENT_STATE_LABELS: Record<AgreementState, string> = {
  ACTIVE: 'Active',
  EXPIRING: 'Expiring soon',
  EXPIRED: 'Expired',
  WITHDRAWN: 'Withdrawn',
};
/** An agreement is "expiring" this many days or fewer before its expiry date. */
export const AGREEMENT_EXPIRING_DAYS = 30;

/** Information governance helpers shared by the server and the client. */

/** The ICO expects a reportable personal data breach to be reported within 72 hours of discovery. */
export const ICO_REPORT_HOURS = 72;

/** When a breach discovered at `discoveredAt` must be reported to the ICO by. */
export function icoDeadline(discoveredAt: Date): Date {
  return new Date(discoveredAt.getTime() + ICO_REPORT_HOURS * 3_600_000);
}

/** What the organisation has decided about reporting an incident to the ICO. */
export const ICO_DECISIONS = ['UNDECIDED', 'REPORTED', 'NOT_REPORTABLE'] as const;
export type IcoDecision = (typeof ICO_DECISIONS)[number];
export const ICO_DECISION_LABELS: Record<IcoDecision, string> = {
  UNDECIDED: 'Not decided yet',
  REPORTED: 'Reported to the ICO',
  NOT_REPORTABLE: 'Not reportable',
};

/** Whether the people affected have been told. */
export const PEOPLE_TOLD = ['YES', 'NOT_YET', 'NO'] as const;
export type PeopleTold = (typeof PEOPLE_TOLD)[number];
export const PEOPLE_TOLD_LABELS: Record<PeopleTold, string> = {
  YES: 'Yes',
  NOT_YET: 'Not yet',
  NO: 'No, and we do not plan to',
};

/** The categories of personal data a breach may involve (the ICO's report asks for them). */
export const BREACH_DATA_CATEGORIES = [
  'IDENTITY',
  'CONTACT',
  'HEALTH',
  'OFFENDING',
  'RISK',
  'STORY',
  'NEEDS',
  'FINANCIAL',
  'OTHER',
] as const;
export type BreachDataCategory = (typeof BREACH_DATA_CATEGORIES)[number];
export const BREACH_DATA_CATEGORY_LABELS: Record<BreachDataCategory, string> = {
  IDENTITY: 'Identity (names, dates of birth, identifiers)',
  CONTACT: 'Contact details and preferences',
  HEALTH: 'Health, including mental health and substance use',
  OFFENDING: 'Criminal offence data',
  RISK: 'Risk information',
  STORY: 'People’s own stories',
  NEEDS: 'Support needs',
  FINANCIAL: 'Financial details',
  OTHER: 'Other',
};

/** A manager's verdict on one break-glass grant. */
export const BREAK_GLASS_OUTCOMES = ['APPROPRIATE', 'INAPPROPRIATE'] as const;
export type BreakGlassOutcome = (typeof BREAK_GLASS_OUTCOMES)[number];
export const BREAK_GLASS_OUTCOME_LABELS: Record<BreakGlassOutcome, string> = {
  APPROPRIATE: 'Appropriate',
  INAPPROPRIATE: 'Inappropriate',
};
import type { SharingSection } from './person.js';

/**
 * Information governance rules that both sides apply. The lawful bases and conditions
 * themselves are data (the server's `lawful_basis` table, served by the `lawfulBases` query);
 * what is fixed here is which parts of the record need which kind of condition.
 */

/** Sections holding special category data (UK GDPR Art. 9): health, substance use, self-harm, and the person's own account. */
export const SPECIAL_CATEGORY_SECTIONS: readonly SharingSection[] = ['STORY', 'NEEDS', 'HEALTH', 'RISK'];

/** Sections holding criminal offence data (UK GDPR Art. 10). */
export const CRIMINAL_OFFENCE_SECTIONS: readonly SharingSection[] = ['OFFENDING'];

/** The kinds of lawful basis and condition, in the order a form asks for them. */
export const LAWFUL_BASIS_KINDS = ['ARTICLE_6', 'ARTICLE_9', 'ARTICLE_10', 'SCHEDULE_1', 'COMMON_LAW', 'NOT_RECORDED'] as const;
export type LawfulBasisKind = (typeof LAWFUL_BASIS_KINDS)[number];

export const LAWFUL_BASIS_KIND_LABELS: Record<LawfulBasisKind, string> = {
  ARTICLE_6: 'Lawful basis (UK GDPR Article 6)',
  ARTICLE_9: 'Special category condition (UK GDPR Article 9)',
  ARTICLE_10: 'Criminal offence data condition (UK GDPR Article 10)',
  SCHEDULE_1: 'DPA 2018 Schedule 1 condition',
  COMMON_LAW: 'Common law duty of confidentiality',
  NOT_RECORDED: 'Not recorded',
};

/** Why information is shared without the person's agreement. */
export const SHARING_WITHOUT_AGREEMENT_PURPOSES = ['SAFEGUARDING', 'CRIME_PREVENTION'] as const;
export type SharingWithoutAgreementPurpose = (typeof SHARING_WITHOUT_AGREEMENT_PURPOSES)[number];

export const SHARING_WITHOUT_AGREEMENT_PURPOSE_LABELS: Record<SharingWithoutAgreementPurpose, string> = {
  SAFEGUARDING: 'Safeguarding an individual at risk',
  CRIME_PREVENTION: 'Preventing or detecting crime',
};

/** The longest a sharing without agreement may last before it must be made again. */
export const SHARING_WITHOUT_AGREEMENT_MAX_DAYS = 28;

/** An ISA whose review date falls within this many days (or has passed) is flagged to administrators. */
export const ISA_REVIEW_WARNING_DAYS = 30;

/** Which kinds of condition an agreement to share covering these sections needs, besides Art. 6 and common law. */
export function conditionsNeeded(sections: readonly SharingSection[]): { article9: boolean; article10: boolean } {
  return {
    article9: sections.some((s) => SPECIAL_CATEGORY_SECTIONS.includes(s)),
    article10: sections.some((s) => CRIMINAL_OFFENCE_SECTIONS.includes(s)),
  };
}

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

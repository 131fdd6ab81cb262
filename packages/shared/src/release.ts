import { addDays, daysBetween, isBankHoliday, weekday } from './calendar.js';

/** The checklist every person should have done before release ("Through the Gate"). */
export const RELEASE_ITEMS = [
  'DUTY_TO_REFER',
  'ACCOMMODATION',
  'UNIVERSAL_CREDIT',
  'ID',
  'BANK_ACCOUNT',
  'GP_REGISTRATION',
  'PRESCRIPTIONS',
  'FIRST_PROBATION_APPOINTMENT',
  'TRAVEL',
] as const;
export type ReleaseItem = (typeof RELEASE_ITEMS)[number];
export const RELEASE_ITEM_LABELS: Record<ReleaseItem, string> = {
  DUTY_TO_REFER: 'Duty to Refer made',
  ACCOMMODATION: 'Accommodation on release secured',
  UNIVERSAL_CREDIT: 'Universal Credit claim started',
  ID: 'ID',
  BANK_ACCOUNT: 'Bank account',
  GP_REGISTRATION: 'GP registration',
  PRESCRIPTIONS: 'Prescriptions continuity',
  FIRST_PROBATION_APPOINTMENT: 'First probation appointment booked and reachable',
  TRAVEL: 'Travel arranged',
};

export const RELEASE_ITEM_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_NEEDED'] as const;
export type ReleaseItemStatus = (typeof RELEASE_ITEM_STATUSES)[number];

/** Thresholds for the red flags; areas can change them. */
export interface RedFlagThresholds {
  /** Release this many days away or fewer with no accommodation. */
  noAccommodationDays: number;
  /** The Duty to Refer should be made at least this many days before release. */
  dutyToReferDays: number;
}
export const DEFAULT_RED_FLAG_THRESHOLDS: RedFlagThresholds = { noAccommodationDays: 14, dutyToReferDays: 56 };

export type RedFlag = 'NO_ACCOMMODATION' | 'DUTY_TO_REFER_LATE' | 'FRIDAY_RELEASE' | 'BEFORE_BANK_HOLIDAY' | 'FIRST_APPOINTMENT_ELSEWHERE';
export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  NO_ACCOMMODATION: 'No accommodation and release is close',
  DUTY_TO_REFER_LATE: 'Duty to Refer not made in time',
  FRIDAY_RELEASE: 'Released on a Friday',
  BEFORE_BANK_HOLIDAY: 'Released before a bank holiday',
  FIRST_APPOINTMENT_ELSEWHERE: 'First appointment on release day in another town',
};

export interface ReleaseFacts {
  /** 'YYYY-MM-DD' */
  releaseDate: string;
  /** 'HH:MM', when recorded. A morning release on a Friday or before a bank holiday is not flagged. */
  releaseTime?: string | null;
  today: string;
  items: Partial<Record<ReleaseItem, ReleaseItemStatus>>;
  establishmentTown?: string | null;
  /** The first probation appointment, if booked. */
  firstAppointment?: { date: string; town?: string | null } | null;
}

/**
 * The red flags for a release. Friday and pre-holiday releases matter because services shut
 * for the weekend: someone released then may be street homeless until they reopen.
 */
export function redFlags(facts: ReleaseFacts, thresholds: RedFlagThresholds = DEFAULT_RED_FLAG_THRESHOLDS): RedFlag[] {
  const flags: RedFlag[] = [];
  const daysLeft = daysBetween(facts.today, facts.releaseDate);
  const done = (item: ReleaseItem) => facts.items[item] === 'DONE' || facts.items[item] === 'NOT_NEEDED';
  if (daysLeft <= thresholds.noAccommodationDays && !done('ACCOMMODATION')) flags.push('NO_ACCOMMODATION');
  if (daysLeft <= thresholds.dutyToReferDays && !done('DUTY_TO_REFER')) flags.push('DUTY_TO_REFER_LATE');
  // Released in the morning, there is the rest of the day to reach services; after midday, or at a time not recorded, there may not be.
  const lateOrUnknown = !facts.releaseTime || facts.releaseTime >= '12:00';
  if (weekday(facts.releaseDate) === 5 && lateOrUnknown) flags.push('FRIDAY_RELEASE');
  if (isBankHoliday(addDays(facts.releaseDate, 1)) && lateOrUnknown) flags.push('BEFORE_BANK_HOLIDAY');
  const first = facts.firstAppointment;
  const from = facts.establishmentTown?.trim().toLowerCase();
  const to = first?.town?.trim().toLowerCase();
  if (first && first.date === facts.releaseDate && from && to && from !== to) flags.push('FIRST_APPOINTMENT_ELSEWHERE');
  return flags;
}

/** The New Directions Team Assessment, the outcome measure built in. */
export const NDTA = {
  key: 'NDTA',
  name: 'New Directions Team Assessment (NDTA)',
  acknowledgement: 'The New Directions Team Assessment is © South West London & St George’s Mental Health NHS Trust.',
  rescoreDays: 91,
  domains: [
    { key: 'ENGAGEMENT', label: 'Engagement with frontline services', min: 0, max: 4, weight: 1 },
    { key: 'INTENTIONAL_SELF_HARM', label: 'Intentional self-harm', min: 0, max: 4, weight: 1 },
    { key: 'UNINTENTIONAL_SELF_HARM', label: 'Unintentional self-harm', min: 0, max: 4, weight: 1 },
    { key: 'RISK_TO_OTHERS', label: 'Risk to others', min: 0, max: 4, weight: 2 },
    { key: 'RISK_FROM_OTHERS', label: 'Risk from others', min: 0, max: 4, weight: 2 },
    { key: 'STRESS_AND_ANXIETY', label: 'Stress and anxiety', min: 0, max: 4, weight: 1 },
    { key: 'SOCIAL_EFFECTIVENESS', label: 'Social effectiveness', min: 0, max: 4, weight: 1 },
    { key: 'ALCOHOL_DRUG_ABUSE', label: 'Alcohol/drug abuse', min: 0, max: 4, weight: 1 },
    { key: 'IMPULSE_CONTROL', label: 'Impulse control', min: 0, max: 4, weight: 1 },
    { key: 'HOUSING', label: 'Housing', min: 0, max: 4, weight: 1 },
  ],
} as const;

export interface MeasureDomain {
  key: string;
  label: string;
  min: number;
  max: number;
  weight: number;
}

/**
 * Checks scores against a measure's domains and returns the weighted total, or the problems
 * (one per domain). Measures are data, so another licensed tool can be added without code.
 */
export function scoreAssessment(
  domains: readonly MeasureDomain[],
  scores: Record<string, number>,
): { ok: true; total: number } | { ok: false; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  let total = 0;
  for (const d of domains) {
    const score = scores[d.key];
    if (score === undefined || score === null) problems[d.key] = `Score ${d.label} from ${d.min} to ${d.max}.`;
    else if (!Number.isInteger(score) || score < d.min || score > d.max)
      problems[d.key] = `${d.label} must be a whole number from ${d.min} to ${d.max}.`;
    else total += score * d.weight;
  }
  for (const key of Object.keys(scores)) if (!domains.some((d) => d.key === key)) problems[key] = `${key} is not part of this measure.`;
  return Object.keys(problems).length ? { ok: false, problems } : { ok: true, total };
}

export const SERVICE_USE_KINDS = ['evictions', 'arrests', 'nightsInPrison', 'aeAttendances', 'mentalHealthInpatientDays'] as const;

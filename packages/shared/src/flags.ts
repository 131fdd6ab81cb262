import { addDays, daysBetween, isBankHoliday, weekday } from './calendar.js';
import { formatDate } from './dates.js';
import type { AccommodationStatus, SituationKind } from './person.js';
import type { ReleaseItemStatus } from './release.js';

/**
 * Warnings about the day something happens on: services are mostly shut at weekends and on bank
 * holidays, and someone released on a Friday afternoon may have only hours to reach probation and
 * housing before the weekend. A warning can be read and proceeded past; it never refuses.
 */
export const DAY_WARNINGS = ['WEEKEND', 'BANK_HOLIDAY', 'FRIDAY_AFTERNOON', 'BEFORE_BANK_HOLIDAY'] as const;
export type DayWarningCode = (typeof DAY_WARNINGS)[number];

export interface DayWarning {
  code: DayWarningCode;
  message: string;
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const at = (day: string) => formatDate(`${day}T12:00:00Z`);
/** "Saturday 5 Dec 2026" */
export const dayWithWeekday = (day: string) => `${WEEKDAY_NAMES[weekday(day)]} ${at(day)}`;

/** True when a time ('HH:MM') is midday or later. */
const afternoon = (time: string | null | undefined) => !!time && time >= '12:00';

/**
 * Warnings for a release or discharge on `day`, at `time` ('HH:MM') when the plan records one.
 * A release on a Friday or the day before a bank holiday is warned about when it is at or after
 * midday, or at a time not recorded: released in the afternoon, someone may have too little time
 * to reach probation and housing before services shut. A morning release leaves the day.
 */
export function releaseDayWarnings(day: string, what: 'Release' | 'Discharge' = 'Release', time?: string | null): DayWarning[] {
  const wd = weekday(day);
  if (wd === 0 || wd === 6)
    return [{ code: 'WEEKEND', message: `${what} on ${dayWithWeekday(day)}, a weekend: most services are shut until Monday.` }];
  if (isBankHoliday(day))
    return [{ code: 'BANK_HOLIDAY', message: `${what} on ${dayWithWeekday(day)}, a bank holiday: most services are shut.` }];
  const friday = wd === 5;
  if (!friday && !isBankHoliday(addDays(day, 1))) return [];
  if (time && !afternoon(time)) return [];
  const when = time ? `${dayWithWeekday(day)} at ${time}` : `${dayWithWeekday(day)} (time not recorded)`;
  const risk = `${time ? '' : 'if after midday, '}there may be too little time to reach probation and housing`;
  if (friday) {
    const reopens = isBankHoliday(addDays(day, 3)) ? 'Tuesday' : 'Monday';
    return [
      {
        code: 'FRIDAY_AFTERNOON',
        message: `${what} on ${when}: ${risk} before the weekend; most services are shut until ${reopens}.`,
      },
    ];
  }
  return [
    {
      code: 'BEFORE_BANK_HOLIDAY',
      message: `${what} on ${when}, the day before a bank holiday: ${risk} before services shut for the holiday.`,
    },
  ];
}

/**
 * Warnings for an appointment: on a weekend or bank holiday, or on a Friday afternoon (a missed
 * Friday-afternoon appointment cannot be put right until the next working day).
 */
export function appointmentDayWarnings(slot: { date: string; window: string; startTime?: string | null }): DayWarning[] {
  const { date } = slot;
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return [{ code: 'WEEKEND', message: `${dayWithWeekday(date)} is a weekend: check the service is open.` }];
  if (isBankHoliday(date))
    return [{ code: 'BANK_HOLIDAY', message: `${dayWithWeekday(date)} is a bank holiday: check the service is open.` }];
  if (wd === 5 && (slot.window === 'AFTERNOON' || (slot.window === 'EXACT' && afternoon(slot.startTime)))) {
    return [
      {
        code: 'FRIDAY_AFTERNOON',
        message: `${dayWithWeekday(date)} is a Friday afternoon: if it is missed, nothing can be rearranged until the next working day.`,
      },
    ];
  }
  return [];
}

/** Red flags shown to a coordinator or manager on an agenda item and on the record's header. */
export const PERSON_FLAG_KINDS = [
  'RELEASE_NO_ACCOMMODATION',
  'RELEASE_WEEKEND',
  'RELEASE_BANK_HOLIDAY',
  'RELEASE_FRIDAY',
  'RELEASE_BEFORE_BANK_HOLIDAY',
  'DUTY_TO_REFER_NOT_MADE',
  'OVERDUE_ACTIONS',
] as const;
export type PersonFlagKind = (typeof PERSON_FLAG_KINDS)[number];

/** Where a flag's fact comes from: the release (the situation's section) or the person's actions. */
export type PersonFlagSource = 'SITUATION' | 'ACTIONS';

export interface PersonFlagView {
  kind: PersonFlagKind;
  source: PersonFlagSource;
  /** A sentence that reads well on its own, on screen and to a screen reader. */
  text: string;
}

export interface PersonFlagFacts {
  /** 'YYYY-MM-DD', in the UK. */
  today: string;
  situationKind: SituationKind | null;
  releaseDate: string | null;
  /** 'HH:MM', when the release plan records the time of release. */
  releaseTime?: string | null;
  accommodationStatus: AccommodationStatus | null;
  /** The release plan's accommodation item, when the plan has one. */
  accommodationItem?: ReleaseItemStatus | null;
  /** The release plan's Duty to Refer item: undefined when the plan has none. */
  dutyToRefer?: ReleaseItemStatus | null;
  /** Open actions past their due date that the viewer may see. */
  overdueActions: number;
}

export interface PersonFlagThresholds {
  /** Release this many days away or fewer with no accommodation arranged. */
  releaseSoonDays: number;
  /** A Duty to Refer should be made at least this many days before release (Housing Act 1996 s.213B). */
  dutyToReferDays: number;
}
export const DEFAULT_PERSON_FLAG_THRESHOLDS: PersonFlagThresholds = { releaseSoonDays: 28, dutyToReferDays: 56 };

/** Where someone is living, or going to, counts as arranged. */
const ARRANGED: readonly AccommodationStatus[] = ['SETTLED', 'SUPPORTED_HOUSING', 'TEMPORARY', 'HOSTEL'];
const settled = (status: ReleaseItemStatus | null | undefined) => status === 'DONE' || status === 'NOT_NEEDED';

const inDays = (days: number) => (days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`);

const RELEASE_FLAG_FOR: Record<DayWarningCode, PersonFlagKind> = {
  WEEKEND: 'RELEASE_WEEKEND',
  BANK_HOLIDAY: 'RELEASE_BANK_HOLIDAY',
  FRIDAY_AFTERNOON: 'RELEASE_FRIDAY',
  BEFORE_BANK_HOLIDAY: 'RELEASE_BEFORE_BANK_HOLIDAY',
};

/** The red flags for one person, from facts the caller has gathered. Pure, so both sides can test it. */
export function personFlags(facts: PersonFlagFacts, thresholds: PersonFlagThresholds = DEFAULT_PERSON_FLAG_THRESHOLDS): PersonFlagView[] {
  const flags: PersonFlagView[] = [];
  const released = facts.situationKind === 'CUSTODY' || facts.situationKind === 'HOSPITAL';
  if (released && facts.releaseDate) {
    const what = facts.situationKind === 'HOSPITAL' ? 'Discharge' : 'Release';
    const days = daysBetween(facts.today, facts.releaseDate);
    if (days >= 0) {
      const when = `${inDays(days)} (${dayWithWeekday(facts.releaseDate)})`;
      if (days <= thresholds.releaseSoonDays && !settled(facts.accommodationItem) && !ARRANGED.includes(facts.accommodationStatus!)) {
        flags.push({
          kind: 'RELEASE_NO_ACCOMMODATION',
          source: 'SITUATION',
          text:
            facts.accommodationStatus === 'NO_FIXED_ABODE'
              ? `${what} ${when} with no fixed abode.`
              : `${what} ${when} with no accommodation arranged.`,
        });
      }
      if (facts.dutyToRefer !== undefined && days <= thresholds.dutyToReferDays && !settled(facts.dutyToRefer)) {
        flags.push({
          kind: 'DUTY_TO_REFER_NOT_MADE',
          source: 'SITUATION',
          text: `Duty to Refer not made, and ${what.toLowerCase()} is ${when}.`,
        });
      }
      if (days <= thresholds.dutyToReferDays) {
        for (const w of releaseDayWarnings(facts.releaseDate, what, facts.releaseTime)) {
          const kind = RELEASE_FLAG_FOR[w.code];
          flags.push({ kind, source: 'SITUATION', text: w.message });
        }
      }
    }
  }
  if (facts.overdueActions > 0) {
    flags.push({
      kind: 'OVERDUE_ACTIONS',
      source: 'ACTIONS',
      text: facts.overdueActions === 1 ? '1 action is overdue.' : `${facts.overdueActions} actions are overdue.`,
    });
  }
  return flags;
}

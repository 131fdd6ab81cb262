import { SMALL_NUMBER } from '@casehuddle/shared';
import type { CaseloadReportQuery } from '../../generated/graphql';
import { todayIso } from '../../ui/dates';
import { csvCell } from '../releases/csv';
import { formatMonth } from '../releases/labels';

type Report = CaseloadReportQuery['caseloadReport'];
type Outcomes = CaseloadReportQuery['caseloadOutcomes'];
type Period = Report['serviceUseBefore'];
type TimelinessRow = Report['timelinessByOwner'][number] | Report['timelinessByOrganisation'][number];

/** A table of figures, shown beside its chart and downloaded as CSV. */
export interface FigureTable {
  caption: string;
  headers: string[];
  /** The first cell of each row is its heading; the rest are figures. */
  rows: Array<Array<string | number>>;
}

/** One bar series of a chart. */
export interface ChartSeries {
  key: string;
  name: string;
  colour: string;
}

/** What a chart draws: one group of bars per category. */
export interface ChartSpec {
  /** Read out in place of the drawing: the same numbers in words. */
  description: string;
  data: Array<Record<string, string | number | null>>;
  categoryKey: string;
  series: ChartSeries[];
  /** Bars across the page, for long category names. */
  horizontal?: boolean;
  stacked?: boolean;
}

/** How a withheld figure is shown, in tables and CSV. */
export const WITHHELD = `Withheld (fewer than ${SMALL_NUMBER} people)`;

// GOV.UK colours.
const BLUE = '#1d70b8';
const GREEN = '#00703c';
const RED = '#d4351c';
const ORANGE = '#f47738';
const PURPLE = '#4c2c92';
const GREY = '#505a5f';

/** 1.5 as "1.5", null as the withheld text. */
function figure(value: number | null, withheld: boolean): string | number {
  if (value === null) return withheld ? WITHHELD : 'None recorded';
  return Math.round(value * 100) / 100;
}

/** 0.5 as "50%". */
export function percent(rate: number | null): string {
  return rate === null ? 'Nothing due yet' : `${Math.round(rate * 100)}%`;
}

/** The table as CSV, with spreadsheet formulas neutralised. */
export function tableCsv(table: FigureTable): string {
  return `${[table.headers, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "casehuddle-ndta-change-northvale-meam-huddle-2026-12-03.csv" */
export function figureFileName(figureKey: string, huddleName: string, now: Date = new Date()): string {
  const slug = huddleName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `casehuddle-${figureKey}-${slug}-${todayIso(now)}.csv`;
}

export function ndtaTable(o: Outcomes): FigureTable {
  const withheld = o.suppressed;
  return {
    caption: 'NDTA change from entry, as a table',
    headers: ['Figure', 'Value'],
    rows: [
      ['People assessed', o.peopleAssessed],
      ['Assessed at least twice', o.peopleWithChange],
      ['Average score at entry', figure(o.averageAtEntry, withheld)],
      ['Average latest score', figure(o.averageLatest, withheld)],
      ['Average change (negative means less need)', figure(o.averageChange, withheld)],
    ],
  };
}

export function ndtaChart(o: Outcomes): ChartSpec | null {
  if (o.averageAtEntry === null || o.averageLatest === null) return null;
  return {
    description: `Bar chart of the average NDTA score: ${o.averageAtEntry} at entry and ${o.averageLatest} at the latest assessment, out of 48 (higher means more need).`,
    data: [
      { label: 'At entry', score: o.averageAtEntry },
      { label: 'Latest', score: o.averageLatest },
    ],
    categoryKey: 'label',
    series: [{ key: 'score', name: 'Average NDTA score', colour: BLUE }],
  };
}

const SERVICE_USE: Array<{ key: keyof Omit<Period, '__typename' | 'people' | 'personQuarters' | 'suppressed'>; label: string }> = [
  { key: 'evictions', label: 'Evictions' },
  { key: 'arrests', label: 'Arrests' },
  { key: 'nightsInPrison', label: 'Nights in prison' },
  { key: 'aeAttendances', label: 'A&E attendances' },
  { key: 'mentalHealthInpatientDays', label: 'Mental-health inpatient days' },
];

export function serviceUseTable(report: Report): FigureTable {
  const { serviceUseBefore: before, serviceUseAfter: after } = report;
  return {
    caption: 'Service use per person per quarter, before and after joining the caseload, as a table',
    headers: ['Service use', 'Before joining', 'After joining'],
    rows: [
      ...SERVICE_USE.map(({ key, label }) => [label, figure(before[key], before.suppressed), figure(after[key], after.suppressed)]),
      ['People counted', before.people, after.people],
      ['Quarters recorded', before.personQuarters, after.personQuarters],
    ],
  };
}

export function serviceUseChart(report: Report): ChartSpec | null {
  const { serviceUseBefore: before, serviceUseAfter: after } = report;
  if (before.suppressed && after.suppressed) return null;
  if (before.personQuarters === 0 && after.personQuarters === 0) return null;
  const words = (p: Period, key: (typeof SERVICE_USE)[number]['key']) => (p[key] === null ? 'withheld or none recorded' : String(p[key]));
  return {
    description: `Bar chart of service use per person per quarter, before and after joining the caseload: ${SERVICE_USE.map(
      ({ key, label }) => `${label}, ${words(before, key)} before and ${words(after, key)} after`,
    ).join('; ')}.`,
    data: SERVICE_USE.map(({ key, label }) => ({ label, before: before[key], after: after[key] })),
    categoryKey: 'label',
    series: [
      { key: 'before', name: 'Before joining', colour: GREY },
      { key: 'after', name: 'After joining', colour: BLUE },
    ],
  };
}

export function monthsTable(report: Report): FigureTable {
  return {
    caption: 'Actions completed and overdue by month, as a table',
    headers: ['Month', 'Completed', 'Overdue'],
    rows: report.actionsByMonth.map((m) => [formatMonth(m.month), m.completed, m.overdue]),
  };
}

export function monthsChart(report: Report): ChartSpec {
  const data = report.actionsByMonth.map((m) => ({ label: formatMonth(m.month), completed: m.completed, overdue: m.overdue }));
  return {
    description: `Bar chart of actions completed and overdue each month: ${data
      .map((m) => `${m.label}, ${m.completed} completed, ${m.overdue} overdue`)
      .join('; ')}.`,
    data,
    categoryKey: 'label',
    series: [
      { key: 'completed', name: 'Completed', colour: GREEN },
      { key: 'overdue', name: 'Overdue', colour: RED },
    ],
  };
}

export function timelinessTable(rows: ReadonlyArray<TimelinessRow>, byOwner: boolean): FigureTable {
  return {
    caption: byOwner ? 'Timeliness by owner' : 'Timeliness by organisation, as a table',
    headers: [
      byOwner ? 'Owner' : 'Organisation',
      ...(byOwner ? ['Organisation'] : []),
      'Due',
      'On time',
      'Late',
      'Overdue',
      'Blocked',
      'On time (%)',
    ],
    rows: rows.map((r) => [
      r.name,
      ...(byOwner ? [('organisationName' in r ? r.organisationName : null) ?? ''] : []),
      r.due,
      r.onTime,
      r.late,
      r.overdue,
      r.blocked,
      percent(r.onTimeRate),
    ]),
  };
}

export function timelinessChart(rows: ReadonlyArray<TimelinessRow>): ChartSpec {
  return {
    description: `Bar chart of actions whose due date has passed, by organisation: ${rows
      .map((r) => `${r.name}, ${r.onTime} on time, ${r.late} late, ${r.overdue} overdue, ${r.blocked} blocked`)
      .join('; ')}.`,
    data: rows.map((r) => ({ label: r.name, onTime: r.onTime, late: r.late, overdue: r.overdue, blocked: r.blocked })),
    categoryKey: 'label',
    series: [
      { key: 'onTime', name: 'On time', colour: GREEN },
      { key: 'late', name: 'Late', colour: ORANGE },
      { key: 'overdue', name: 'Overdue', colour: RED },
      { key: 'blocked', name: 'Blocked', colour: PURPLE },
    ],
    horizontal: true,
    stacked: true,
  };
}

export function barriersTable(report: Report): FigureTable {
  return {
    caption: 'Barriers by theme, as a table',
    headers: ['Theme', 'Barriers', 'Reasons given'],
    rows: report.barrierThemes.map((t) => [t.label, t.count, t.reasons.join('; ')]),
  };
}

export function barriersChart(report: Report): ChartSpec {
  return {
    description: `Bar chart of system barriers by theme: ${report.barrierThemes.map((t) => `${t.label}, ${t.count}`).join('; ')}.`,
    data: report.barrierThemes.map((t) => ({ label: t.label, count: t.count })),
    categoryKey: 'label',
    series: [{ key: 'count', name: 'Barriers', colour: PURPLE }],
    horizontal: true,
  };
}

import { SMALL_NUMBER } from '@casehuddle/shared';
import type { ReferralFiguresQuery } from '../../generated/graphql';
import { todayIso } from '../../ui/dates';
import type { ChartSpec } from '../outcomes/report';

export type FigureRow = ReferralFiguresQuery['referralFigures']['rows'][number];

/** How a withheld figure is shown: the server's CSV says the same. */
export const FEWER_THAN = `Fewer than ${SMALL_NUMBER}`;

/** A count, or "Fewer than 5" when the row is withheld. */
export function countCell(row: FigureRow, value: number | null): string {
  if (row.suppressed) return FEWER_THAN;
  return value === null ? '0' : value.toLocaleString('en-GB');
}

/** A median in days ("2.5 days", "1 day"), "None yet" when nothing has happened, or "Fewer than 5". */
export function medianCell(row: FigureRow, days: number | null): string {
  if (row.suppressed) return FEWER_THAN;
  if (days === null) return 'None yet';
  return `${days.toLocaleString('en-GB')} ${days === 1 ? 'day' : 'days'}`;
}

/**
 * Sent, accepted and declined by kind, added up over the receiving organisations. Withheld rows
 * are left out of the chart (their numbers are not known here); the table says which they are.
 */
export function figuresChart(rows: readonly FigureRow[]): ChartSpec | null {
  const byKind = new Map<string, { kind: string; sent: number; accepted: number; declined: number }>();
  for (const row of rows) {
    if (row.suppressed) continue;
    const totals = byKind.get(row.kind) ?? { kind: row.kindLabel, sent: 0, accepted: 0, declined: 0 };
    totals.sent += row.sent ?? 0;
    totals.accepted += row.accepted ?? 0;
    totals.declined += row.declined ?? 0;
    byKind.set(row.kind, totals);
  }
  const data = [...byKind.values()];
  if (data.length === 0) return null;
  const withheld = rows.some((row) => row.suppressed) ? ` Rows with fewer than ${SMALL_NUMBER} people are left out.` : '';
  return {
    description: `Bar chart of referrals sent, accepted and declined by kind: ${data
      .map((d) => `${d.kind}, ${d.sent} sent, ${d.accepted} accepted, ${d.declined} declined`)
      .join('; ')}.${withheld}`,
    data,
    categoryKey: 'kind',
    series: [
      { key: 'sent', name: 'Sent', colour: '#1d70b8' },
      { key: 'accepted', name: 'Accepted', colour: '#00703c' },
      { key: 'declined', name: 'Declined', colour: '#d4351c' },
    ],
    horizontal: true,
  };
}

/** "casehuddle-referral-figures-2025-12-03-to-2026-12-03-2026-12-03.csv" */
export function figuresFileName(from: string, to: string, now: Date = new Date()): string {
  return `casehuddle-referral-figures-${from}-to-${to}-${todayIso(now)}.csv`;
}

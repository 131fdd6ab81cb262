import type { ActionSummaryQuery } from '../../../generated/graphql';
import type { Drill, DrillKind } from '../filters';
import { formatNumber } from '../../../ui/numbers';

type Summary = ActionSummaryQuery['actionSummary'];

const COUNTS: Array<{ kind: DrillKind; label: string; value: (s: Summary) => number; urgent?: boolean }> = [
  { kind: 'open', label: 'Open', value: (s) => s.open },
  { kind: 'overdue', label: 'Overdue', value: (s) => s.overdue, urgent: true },
  { kind: 'done', label: 'Done', value: (s) => s.done },
  { kind: 'blocked', label: 'Blocked', value: (s) => s.blocked },
];

/** 0.8333 as "83%". */
export function formatRate(rate: number | null): string {
  return rate === null ? 'None yet' : `${Math.round(rate * 100)}%`;
}

/** 2.5 as "2.5 days", 1 as "1 day". */
export function formatDays(days: number | null): string {
  if (days === null) return 'None yet';
  const rounded = Math.round(days * 10) / 10;
  return `${formatNumber(rounded)} ${rounded === 1 ? 'day' : 'days'}`;
}

interface SummaryFiguresProps {
  summary: Summary;
  drill: Drill | null;
  onDrill: (drill: Drill) => void;
}

/**
 * The headline figures over the filtered actions. Each count opens the actions behind it in the
 * table below; the rate and the median describe the done actions.
 */
export function SummaryFigures({ summary, drill, onDrill }: SummaryFiguresProps) {
  return (
    <section aria-labelledby="summary-heading" className="app-review-section">
      <h2 className="govuk-heading-m" id="summary-heading">
        Summary
      </h2>
      <ul className="app-figures">
        {COUNTS.map(({ kind, label, value, urgent }) => {
          const count = value(summary);
          return (
            <li className="app-figures__item" key={kind}>
              <button
                type="button"
                className={`app-figure app-figure--button${urgent && count > 0 ? ' app-figure--urgent' : ''}`}
                aria-pressed={drill?.kind === kind}
                onClick={() => onDrill({ kind })}
              >
                <span className="app-figure__label">{label}</span>
                <span className="app-figure__value">{formatNumber(count)}</span>
                <span className="app-figure__hint">
                  {kind === 'blocked'
                    ? `${summary.notPossible} not possible, ${summary.notUndertaken} not undertaken`
                    : 'Show these actions'}
                </span>
              </button>
            </li>
          );
        })}
        <li className="app-figures__item">
          <div className="app-figure">
            <span className="app-figure__label">Completion rate</span>
            <span className="app-figure__value">{formatRate(summary.completionRate)}</span>
            <span className="app-figure__hint">Done, of all but cancelled</span>
          </div>
        </li>
        <li className="app-figures__item">
          <div className="app-figure">
            <span className="app-figure__label">Median time to complete</span>
            <span className="app-figure__value">{formatDays(summary.medianDaysToComplete)}</span>
            <span className="app-figure__hint">From agreed to done</span>
          </div>
        </li>
      </ul>
      <p className="govuk-body-s app-secondary-text">
        {formatNumber(summary.total)} {summary.total === 1 ? 'action' : 'actions'} in all, {formatNumber(summary.cancelled)} cancelled.{' '}
        <button type="button" className="app-link-button" aria-pressed={drill?.kind === 'total'} onClick={() => onDrill({ kind: 'total' })}>
          Show all of them
        </button>
      </p>
    </section>
  );
}

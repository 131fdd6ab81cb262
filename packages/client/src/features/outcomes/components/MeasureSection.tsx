import { useState } from 'react';
import type { OutcomeHistoryFieldsFragment } from '../../../generated/graphql';
import { SavedMessage } from '../../../ui/SavedMessage';
import { WarningText } from '../../../ui/WarningText';
import { formatLocalDate } from '../../releases/labels';
import { Acknowledgement } from './Acknowledgement';
import { RecordAssessmentForm } from './RecordAssessmentForm';
import { TrendChart } from './TrendChart';
import { TableHead } from '../../../ui/TableHead';

type History = OutcomeHistoryFieldsFragment;

/** "New Directions Team Assessment (NDTA)" → "NDTA"; a name without an abbreviation is used whole. */
export function shortNameOf(name: string): string {
  return /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? name;
}

function RescorePrompt({ history, shortName }: { history: History; shortName: string }) {
  const last = history.assessments.at(-1);
  const weeks = Math.round(history.measure.rescoreDays / 7);
  if (!last) {
    return (
      <div className="govuk-inset-text app-inset-text--compact">
        No {shortName} has been scored yet. Score one now, as they join the caseload, so that change can be measured later.
      </div>
    );
  }
  if (history.rescoreDue) {
    return (
      <WarningText>
        A re-score is due{history.rescoreDueOn ? ` (it was due on ${formatLocalDate(history.rescoreDueOn)})` : ''}. The {shortName} is
        scored about every {weeks} weeks; the last was on {formatLocalDate(last.assessedOn)}.
      </WarningText>
    );
  }
  return (
    <p className="govuk-body">
      Next re-score due on <strong>{history.rescoreDueOn ? formatLocalDate(history.rescoreDueOn) : 'not known'}</strong>. The last was on{' '}
      {formatLocalDate(last.assessedOn)}.
    </p>
  );
}

function TrendTable({ history, shortName }: { history: History; shortName: string }) {
  const { assessments, measure } = history;
  return (
    <table className="govuk-table app-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{shortName} totals over time, as a table</caption>
      <TableHead
        columns={['Date', { label: `Total (out of ${measure.maxTotal})`, numeric: true }, { label: 'Change', numeric: true }, 'Scored by']}
      />
      <tbody className="govuk-table__body">
        {assessments.map((a, index) => {
          const previous = assessments[index - 1];
          const change = previous ? a.total - previous.total : null;
          return (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell app-table__date">{formatLocalDate(a.assessedOn)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{a.total}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {change === null ? (
                  <span className="app-secondary-text">At entry</span>
                ) : change === 0 ? (
                  'No change'
                ) : (
                  <>
                    {change > 0 ? `+${change}` : `−${-change}`}
                    <span className="govuk-visually-hidden">{change < 0 ? ' (less need)' : ' (more need)'}</span>
                  </>
                )}
              </td>
              <td className="govuk-table__cell">
                {a.assessedBy.name}
                <span className="app-table__meta">{a.assessedBy.organisation.name}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LatestScores({ history, shortName }: { history: History; shortName: string }) {
  const { assessments, measure } = history;
  const latest = assessments.at(-1);
  const previous = assessments.at(-2);
  if (!latest) return null;
  const score = (a: typeof latest, key: string) => a.scores.find((s) => s.domain === key)?.score;
  return (
    <table className="govuk-table app-table app-latest-scores">
      <caption className="govuk-table__caption govuk-table__caption--s">
        Latest {shortName} scores by domain, {formatLocalDate(latest.assessedOn)}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Domain
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Score
          </th>
          {previous ? (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">
              Before ({formatLocalDate(previous.assessedOn)})
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {measure.domains.map((d) => (
          <tr className="govuk-table__row" key={d.key}>
            <th scope="row" className="govuk-table__header">
              {d.label}
              {d.weight > 1 ? (
                <>
                  {' '}
                  <span className="app-secondary-text">(counts double)</span>
                </>
              ) : null}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {score(latest, d.key) ?? '–'} <span className="app-secondary-text">of {d.max}</span>
            </td>
            {previous ? <td className="govuk-table__cell govuk-table__cell--numeric">{score(previous, d.key) ?? '–'}</td> : null}
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            Total
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold">
            {latest.total} <span className="app-secondary-text">of {measure.maxTotal}</span>
          </td>
          {previous ? <td className="govuk-table__cell govuk-table__cell--numeric">{previous.total}</td> : null}
        </tr>
      </tbody>
    </table>
  );
}

/** One outcome measure for one person: the trend, the latest scores, whether a re-score is due, and the form. */
export function MeasureSection({ personId, history }: { personId: string; history: History }) {
  const [saved, setSaved] = useState<{ total: number; key: number } | null>(null);
  const shortName = shortNameOf(history.measure.name);
  const headingId = `measure-${history.measure.key.toLowerCase()}-heading`;
  return (
    <section aria-labelledby={headingId} className="app-releases-section">
      <h2 className="govuk-heading-m" id={headingId}>
        {history.measure.name}
      </h2>
      {saved ? (
        <SavedMessage key={saved.key} text={`${shortName} saved: total ${saved.total} out of ${history.measure.maxTotal}.`} />
      ) : null}
      <RescorePrompt history={history} shortName={shortName} />
      {history.assessments.length > 0 ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half-from-desktop">
            <h3 className="govuk-heading-s">Trend</h3>
            <p className="govuk-body-s app-secondary-text">Higher means more need, so a falling line is progress.</p>
            <TrendChart history={history} shortName={shortName} />
            <TrendTable history={history} shortName={shortName} />
          </div>
          <div className="govuk-grid-column-one-half-from-desktop">
            <LatestScores history={history} shortName={shortName} />
          </div>
        </div>
      ) : null}
      <Acknowledgement measure={history.measure} />
      <RecordAssessmentForm
        personId={personId}
        measure={history.measure}
        shortName={shortName}
        onSaved={(total) => setSaved((previous) => ({ total, key: (previous?.key ?? 0) + 1 }))}
      />
    </section>
  );
}

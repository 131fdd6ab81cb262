import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { SMALL_NUMBER } from '@casehuddle/shared';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { TableHead } from '../../../ui/TableHead';
import { checkDate, EMPTY_DATE, type DateParts } from '../../../ui/dates';
import { downloadCsv } from '../../../ui/download';
import { DateInput } from '../../../ui/fields';
import { usePageTitle } from '../../../ui/usePageTitle';
import { formatLocalDate } from '../../releases/labels';
import { countCell, FEWER_THAN, figuresChart, figuresFileName, medianCell, type FigureRow } from '../figures';
import { ReferralFiguresCsvQuery, ReferralFiguresQuery } from '../graphql/figures';

// recharts is large: it loads only when there is something to draw (as on the outcomes page).
const ReportChart = lazy(() => import('../../outcomes/components/ReportChart'));

interface Period {
  from: string | null;
  to: string | null;
}

/** The GOV.UK "from" and "to" date boxes; both may be left empty (the last 12 months). */
function PeriodForm({ onApply }: { onApply: (period: Period) => void }) {
  const [from, setFrom] = useState<DateParts>(EMPTY_DATE);
  const [to, setTo] = useState<DateParts>(EMPTY_DATE);
  const [errors, setErrors] = useState<{ from?: string; to?: string; attempt: number } | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const start = checkDate(from, 'From');
    const end = checkDate(to, 'To');
    const fail = (found: { from?: string; to?: string }) => setErrors((previous) => ({ ...found, attempt: (previous?.attempt ?? 0) + 1 }));
    if (!start.ok || !end.ok) return fail({ ...(start.ok ? {} : { from: start.message }), ...(end.ok ? {} : { to: end.message }) });
    if (start.value && end.value && end.value < start.value)
      return fail({ to: 'The ‘to’ date must be the same as or after the ‘from’ date' });
    setErrors(null);
    onApply({ from: start.value, to: end.value });
  }

  const summary = [
    ...(errors?.from ? [{ fieldId: 'figures-from-day', text: errors.from }] : []),
    ...(errors?.to ? [{ fieldId: 'figures-to-day', text: errors.to }] : []),
  ];
  return (
    <form noValidate onSubmit={handleSubmit} className="app-search-form" aria-labelledby="period-heading">
      <h2 className="govuk-heading-s" id="period-heading">
        Choose the period
      </h2>
      {summary.length > 0 ? <ErrorSummary key={errors?.attempt} errors={summary} /> : null}
      <div className="app-search-form__fields">
        <DateInput
          id="figures-from"
          legend="From"
          hint="Referrals sent on or after this day. For example, 1 4 2026"
          value={from}
          error={errors?.from}
          onChange={setFrom}
        />
        <DateInput
          id="figures-to"
          legend="To"
          hint="Referrals sent on or before this day. Leave empty for today"
          value={to}
          error={errors?.to}
          onChange={setTo}
        />
      </div>
      <button type="submit" className="govuk-button">
        Show figures
      </button>
    </form>
  );
}

function FiguresTable({ rows }: { rows: readonly FigureRow[] }) {
  return (
    <table className="govuk-table app-table app-chart-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Referrals by kind and receiving organisation</caption>
      <TableHead
        columns={[
          'Kind',
          'Receiving organisation',
          { label: 'Sent', numeric: true },
          { label: 'Accepted', numeric: true },
          { label: 'Declined', numeric: true },
          { label: 'Overdue now', numeric: true },
          { label: 'Median time to acknowledge', numeric: true },
          { label: 'Median time to accept', numeric: true },
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={`${row.kind}:${row.receivingOrganisation.id}`}>
            <th scope="row" className="govuk-table__header">
              {row.kindLabel}
            </th>
            <td className="govuk-table__cell">{row.receivingOrganisation.name}</td>
            {[row.sent, row.accepted, row.declined, row.overdueNow].map((value, i) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={i}>
                {countCell(row, value)}
              </td>
            ))}
            <td className="govuk-table__cell govuk-table__cell--numeric">{medianCell(row, row.medianDaysToAcknowledge)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{medianCell(row, row.medianDaysToAccept)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The CSV, as the server writes it, saved by the browser. */
function DownloadCsv({ period, from, to }: { period: Period; from: string; to: string }) {
  const client = useApolloClient();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  async function download() {
    setState('busy');
    try {
      const { data } = await client.query({ query: ReferralFiguresCsvQuery, variables: period, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No CSV');
      downloadCsv(data.referralFiguresCsv, figuresFileName(from, to));
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <>
      {state === 'failed' ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The CSV could not be made. Try again.
        </p>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-no-print"
        disabled={state === 'busy'}
        aria-disabled={state === 'busy'}
        onClick={() => void download()}
      >
        {state === 'busy' ? 'Preparing CSV…' : 'Download CSV'}
      </button>
    </>
  );
}

function Figures({ period }: { period: Period }) {
  const { data, loading, error, refetch } = useQuery(ReferralFiguresQuery, { variables: period, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadProblem error={error} onRetry={() => void refetch()} what="the referral figures" />;
  if (!data) return loading ? <Loading text="Loading the figures…" /> : null;
  const { from, to, rows } = data.referralFigures;
  const chart = figuresChart(rows);
  const withheld = rows.some((row) => row.suppressed);
  return (
    <section aria-labelledby="figures-heading" className="app-review-section">
      <h2 className="govuk-heading-m" id="figures-heading">
        Referrals sent from {formatLocalDate(from)} to {formatLocalDate(to)}
      </h2>
      {rows.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">Your organisation sent no referrals in this period.</p>
        </div>
      ) : (
        <>
          {chart ? (
            <div className="app-figure-chart" role="img" aria-label={chart.description}>
              <Suspense fallback={<div style={{ height: 300 }} />}>
                <ReportChart spec={chart} />
              </Suspense>
            </div>
          ) : null}
          <FiguresTable rows={rows} />
          {withheld ? (
            <div className="govuk-inset-text">
              Where a row says “{FEWER_THAN}”, fewer than {SMALL_NUMBER} people were referred and your organisation cannot see all of their
              records, so the figures are withheld to make sure nobody can be singled out.
            </div>
          ) : null}
          <p className="govuk-body">
            Overdue now counts referrals still waiting for an answer after their response target. Median times are in calendar days from
            sending.
          </p>
          <DownloadCsv period={period} from={from} to={to} />
        </>
      )}
    </section>
  );
}

/**
 * /referrals/figures, for managers: how the referrals the organisation sent have gone, by kind
 * and receiving organisation. Counts only; nobody is named.
 */
export function ReferralFiguresPage() {
  usePageTitle('Referral figures');
  const [period, setPeriod] = useState<Period>({ from: null, to: null });
  return (
    <>
      <Link className="govuk-back-link" to="/referrals">
        Back to referrals
      </Link>
      <h1 className="govuk-heading-l">Referral figures</h1>
      <p className="govuk-body">
        Referrals your organisation sent, by kind and receiving organisation: how many were accepted or declined, how many are overdue now,
        and how long answers took. Without dates, the figures cover the last 12 months.
      </p>
      <PeriodForm onApply={setPeriod} />
      <Figures key={`${period.from ?? ''}:${period.to ?? ''}`} period={period} />
    </>
  );
}

export default ReferralFiguresPage;

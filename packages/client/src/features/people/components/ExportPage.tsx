import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { todayIso } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useCurrentUser } from '../../auth/session';
import { ExportPersonQuery } from '../graphql/people';

/** "agreed_on" or "agreedOn" → "Agreed on". */
function humanise(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') return DATE_TIME.test(value) ? formatDateTime(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean') return typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value);
  if (Array.isArray(value))
    return value.every((v) => typeof v !== 'object' || v === null) ? value.map(show).join(', ') : JSON.stringify(value);
  return JSON.stringify(value);
}

function KeyValues({ value }: { value: Record<string, unknown> }) {
  return (
    <dl className="govuk-summary-list app-summary-list app-export__list">
      {Object.entries(value).map(([key, item]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{humanise(key)}</dt>
          <dd className="govuk-summary-list__value app-preserve-lines">{show(item)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Rows({ caption, rows }: { caption: string; rows: Record<string, unknown>[] }) {
  if (rows.length === 0) return <p className="govuk-body">None.</p>;
  const keys = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return (
    <table className="govuk-table app-table app-export__table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {keys.map((key) => (
            <th scope="col" className="govuk-table__header" key={key}>
              {humanise(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, index) => (
          <tr className="govuk-table__row" key={index}>
            {keys.map((key) => (
              <td className="govuk-table__cell app-preserve-lines" key={key}>
                {show(row[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const SECTIONS: Array<{ key: string; title: string }> = [
  { key: 'needs', title: 'Needs' },
  { key: 'leadProfessionals', title: 'Lead professionals' },
  { key: 'sharingAgreements', title: 'Agreements to share' },
  { key: 'timeline', title: 'Timeline' },
  { key: 'changes', title: 'Changes' },
  { key: 'breakGlassGrants', title: 'Break-glass access' },
  { key: 'auditTrail', title: 'Audit trail: who has seen or changed the record' },
];

const asRows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];

function download(data: Record<string, unknown>, personId: string) {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `subject-access-${personId}-${todayIso()}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Everything held on a person, for a subject access request, at /people/:id/export: printable (the
 * print styles drop the header and buttons), and downloadable as JSON.
 */
export function ExportPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  // Not cached: the export holds everything, and each one is audited.
  const { data, loading, error, refetch } = useQuery(ExportPersonQuery, { variables: { personId: id }, fetchPolicy: 'no-cache' });
  usePageTitle('Subject access export');
  const back =
    user.role === 'ADMIN' ? null : (
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={`/people/${id}`}>
          Back to the record
        </Link>
      </p>
    );

  if (loading) return <Loading text="Preparing the export…" />;
  if (error || !data) {
    const apiError = readApiError(error);
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'NOT_FOUND') {
      return (
        <>
          <h1 className="govuk-heading-l">You cannot export this record</h1>
          <p className="govuk-body">{apiError.message}</p>
          {back}
        </>
      );
    }
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const exported = data.exportPerson;
  const person = (exported['person'] && typeof exported['person'] === 'object' ? exported['person'] : {}) as Record<string, unknown>;
  const name = typeof person['legal_name'] === 'string' ? person['legal_name'] : 'this person';

  return (
    <div className="app-export">
      {back}
      <span className="govuk-caption-m">Subject access export</span>
      <h1 className="govuk-heading-l">Everything held on {name}</h1>
      <p className="govuk-body">
        Made {typeof exported['generatedAt'] === 'string' ? formatDateTime(exported['generatedAt']) : ''}
        {typeof exported['generatedBy'] === 'string' ? ` by ${exported['generatedBy']}` : ''}. A subject access request must be answered
        within one month. Making this export has been recorded in the audit trail.
      </p>
      <div className="govuk-button-group app-no-print">
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => download(exported, id)}>
          Download as JSON
        </button>
      </div>
      <h2 className="govuk-heading-m">The record</h2>
      <KeyValues value={person} />
      {SECTIONS.map((section) => (
        <section key={section.key} aria-labelledby={`export-${section.key}`} className="app-export__section">
          <h2 className="govuk-heading-m" id={`export-${section.key}`}>
            {section.title}
          </h2>
          <Rows caption={section.title} rows={asRows(exported[section.key])} />
        </section>
      ))}
    </div>
  );
}

export default ExportPage;

import { useQuery } from '@apollo/client/react';
import { formatDateTime, ROLE_LABELS, type Role } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { PersonAccessLogQuery } from '../graphql/people';
import { AUDIT_ACTION_LABELS, auditSectionLabel } from '../labels';
import { usePerson } from './PersonContext';
import { SectionCard } from './SectionCard';
import { TableHead } from '../../../ui/TableHead';

const roleLabel = (role: string | null) => (role && role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role);

/** "Who has seen this record": every read, search and change, newest first. Break-glass stands out. */
export function AccessLogTab() {
  const { person } = usePerson();
  const { data, loading, error, refetch } = useQuery(PersonAccessLogQuery, {
    variables: { personId: person.id },
    fetchPolicy: 'network-only',
  });

  return (
    <SectionCard id="access-log" title="Who has seen this record">
      <p className="govuk-body-s">
        Every time someone opens, finds or changes this record it is written here, with their organisation and the parts of the record they
        saw. Break-glass (emergency) access is highlighted.
      </p>
      {loading && !data ? (
        <Loading />
      ) : error ? (
        <>
          <p className="govuk-body" role="alert">
            {readApiError(error).message}
          </p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void refetch().catch(() => undefined)}>
            Try again
          </button>
        </>
      ) : data && data.personAccessLog.length === 0 ? (
        <p className="govuk-body">Nobody has seen this record yet.</p>
      ) : data ? (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Who has seen this record, newest first</caption>
          <TableHead columns={['When', 'Who', 'Organisation', 'What they did', 'Parts of the record', 'Reason given']} />
          <tbody className="govuk-table__body">
            {data.personAccessLog.map((entry) => (
              <tr className={`govuk-table__row${entry.breakGlass ? ' app-row--break-glass' : ''}`} key={entry.id}>
                <td className="govuk-table__cell app-table__date">{formatDateTime(entry.at)}</td>
                <td className="govuk-table__cell">
                  {entry.actorName ?? <span className="app-secondary-text">Unknown</span>}
                  {entry.actorRole ? <span className="app-table__meta">{roleLabel(entry.actorRole)}</span> : null}
                </td>
                <td className="govuk-table__cell">{entry.organisationName}</td>
                <td className="govuk-table__cell">
                  {entry.breakGlass ? (
                    <>
                      <strong className="govuk-tag govuk-tag--red app-tag">Break-glass</strong>{' '}
                    </>
                  ) : null}
                  {AUDIT_ACTION_LABELS[entry.action] ?? entry.action}
                </td>
                <td className="govuk-table__cell">{entry.sections.map(auditSectionLabel).join(', ')}</td>
                <td className="govuk-table__cell app-preserve-lines">{entry.purpose}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </SectionCard>
  );
}

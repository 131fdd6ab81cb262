import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate, formatDateTime, ICO_DECISION_LABELS } from '@casehuddle/shared';
import type { IncidentFieldsFragment } from '../../../generated/graphql';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { IncidentsQuery } from '../graphql/governance';

/** The incident's reporting state, as a tag. */
export function IcoStatus({ incident }: { incident: Pick<IncidentFieldsFragment, 'overdue' | 'icoDecision' | 'icoDeadline'> }) {
  if (incident.overdue) return <strong className="govuk-tag govuk-tag--red">Overdue</strong>;
  if (incident.icoDecision === 'UNDECIDED')
    return <strong className="govuk-tag govuk-tag--yellow">Decide by {formatDateTime(incident.icoDeadline)}</strong>;
  return (
    <strong className={`govuk-tag ${incident.icoDecision === 'REPORTED' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>
      {ICO_DECISION_LABELS[incident.icoDecision]}
    </strong>
  );
}

/** The organisation's incident log, at /governance/incidents. */
export function IncidentsPage() {
  usePageTitle('Incident log');
  const incidents = useQuery(IncidentsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <h1 className="govuk-heading-l">Incident log</h1>
      <p className="govuk-body">
        Record every personal data breach and near miss. A breach that risks people’s rights and freedoms must be reported to the ICO within
        72 hours of being discovered.
      </p>
      <Link className="govuk-button" to="/governance/incidents/new">
        Record an incident
      </Link>
      {incidents.error && !incidents.data ? (
        <LoadProblem error={incidents.error} what="the incident log" onRetry={() => void incidents.refetch()} />
      ) : !incidents.data ? (
        <Loading />
      ) : incidents.data.incidents.length === 0 ? (
        <p className="govuk-body">No incidents have been recorded.</p>
      ) : (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Incidents, most recently discovered first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Incident
              </th>
              <th scope="col" className="govuk-table__header">
                Discovered
              </th>
              <th scope="col" className="govuk-table__header">
                ICO deadline
              </th>
              <th scope="col" className="govuk-table__header">
                Reporting
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {incidents.data.incidents.map((incident) => (
              <tr className="govuk-table__row" key={incident.id}>
                <th scope="row" className="govuk-table__header">
                  <Link className="govuk-link" to={`/governance/incidents/${incident.id}`}>
                    {incident.title}
                  </Link>
                </th>
                <td className="govuk-table__cell">{formatDate(incident.discoveredAt)}</td>
                <td className="govuk-table__cell">{formatDateTime(incident.icoDeadline)}</td>
                <td className="govuk-table__cell">
                  <IcoStatus incident={incident} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@casehuddle/shared';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { BulkReadAlertsQuery } from '../graphql/governance';

/** Alerts raised when one of the organisation's users read many people's records in a short time, at /governance/alerts. */
export function BulkReadAlertsPage() {
  usePageTitle('Misuse alerts');
  const alerts = useQuery(BulkReadAlertsQuery, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <h1 className="govuk-heading-l">Misuse alerts</h1>
      <p className="govuk-body">
        An alert is raised when someone in your organisation reads or exports the records of more people than the set limit within a short
        time. It may be part of their work (preparing a huddle, say), but check.
      </p>
      {alerts.error && !alerts.data ? (
        <LoadProblem error={alerts.error} what="the alerts" onRetry={() => void alerts.refetch()} />
      ) : !alerts.data ? (
        <Loading />
      ) : alerts.data.bulkReadAlerts.length === 0 ? (
        <p className="govuk-body">There are no alerts.</p>
      ) : (
        <table className="govuk-table app-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Misuse alerts, newest first</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                People’s records
              </th>
              <th scope="col" className="govuk-table__header">
                Between
              </th>
              <th scope="col" className="govuk-table__header">
                Raised
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {alerts.data.bulkReadAlerts.map((alert) => (
              <tr className="govuk-table__row" key={alert.id}>
                <th scope="row" className="govuk-table__header">
                  {alert.userName}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {alert.peopleCount} <span className="app-secondary-text">(limit {alert.threshold})</span>
                </td>
                <td className="govuk-table__cell">
                  {formatDateTime(alert.windowStart)} and {formatDateTime(alert.windowEnd)}
                </td>
                <td className="govuk-table__cell">{formatDateTime(alert.raisedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import {
  formatDate,
  RIGHTS_REQUEST_KIND_LABELS,
  RIGHTS_REQUEST_STATUS_LABELS,
  type RightsRequestKind,
  type RightsRequestStatus,
} from '@casehuddle/shared';
import { useCurrentUser } from '../../auth/session';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { RightsRegisterQuery } from '../graphql/governance';
import { DeadlineTag } from './DeadlineTag';

/** /governance/rights: the register of rights requests, most urgent first, with overdue and near-deadline requests flagged. */
export function RightsRegisterPage() {
  usePageTitle('Rights requests');
  const user = useCurrentUser();
  const [openOnly, setOpenOnly] = useState(true);
  const { data, loading, error } = useQuery(RightsRegisterQuery, { variables: { openOnly }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ServiceProblem />;
  const requests = data?.rightsRequests ?? [];
  const late = requests.filter((r) => r.deadlineState === 'OVERDUE').length;
  const soon = requests.filter((r) => r.deadlineState === 'DUE_SOON').length;

  return (
    <>
      <h1 className="govuk-heading-l">Rights requests</h1>
      <p className="govuk-body">
        Requests to see, correct, restrict, object to or erase a record. Each must be answered within one calendar month of receipt; a
        complex request can be extended once by two further months, with a reason. You see requests about people whose record is shared with
        your organisation.
      </p>
      {user.role === 'COORDINATOR' || user.role === 'MANAGER' ? (
        <Link className="govuk-button" to="/governance/rights/new">
          Log a request
        </Link>
      ) : null}
      {late > 0 || soon > 0 ? (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {[late > 0 ? `${late} overdue` : null, soon > 0 ? `${soon} due within 7 days` : null].filter(Boolean).join(', ')}
          </strong>
        </div>
      ) : null}
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="rights-open-only"
            type="checkbox"
            checked={openOnly}
            onChange={(e) => setOpenOnly(e.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="rights-open-only">
            Open requests only
          </label>
        </div>
      </div>
      {loading && !data ? (
        <Loading />
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Requests</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {['Person', 'Request', 'Received', 'Deadline', 'Status'].map((h) => (
                <th scope="col" className="govuk-table__header" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {requests.length === 0 ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={5}>
                  {openOnly ? 'There are no open requests.' : 'There are no requests.'}
                </td>
              </tr>
            ) : (
              requests.map((r) => (
                <tr className="govuk-table__row" key={r.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/governance/rights/${r.id}`}>
                      {r.person?.displayName ?? 'Person'}
                      <span className="govuk-visually-hidden">: {RIGHTS_REQUEST_KIND_LABELS[r.kind as RightsRequestKind]} request</span>
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{RIGHTS_REQUEST_KIND_LABELS[r.kind as RightsRequestKind]}</td>
                  <td className="govuk-table__cell">{formatDate(r.receivedOn)}</td>
                  <td className="govuk-table__cell">
                    {formatDate(r.dueOn)}
                    {r.extendedDueOn ? ' (extended)' : ''} <DeadlineTag state={r.deadlineState} />
                  </td>
                  <td className="govuk-table__cell">{RIGHTS_REQUEST_STATUS_LABELS[r.status as RightsRequestStatus]}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      )}
    </>
  );
}

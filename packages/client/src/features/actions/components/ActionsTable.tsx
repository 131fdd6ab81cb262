import { Link, useLocation } from 'react-router';
import type { ActionStatus } from '@casehuddle/shared';
import type { ActionListFieldsFragment } from '../../../generated/graphql';
import { formatDue } from '../labels';
import { ActionPersonName, ActionStatusTag } from './ActionStatusTag';
import { StatusChangeForm } from './StatusChangeForm';

interface ActionsTableProps {
  actions: ReadonlyArray<ActionListFieldsFragment>;
  /** Read by screen readers as the table's name. */
  caption: string;
  /** Show the owner and their organisation (for actions that are not the viewer's own). */
  showOwner?: boolean;
  /** Offer a quick change of status on each action the viewer may change. */
  statusChange?: boolean;
  onSaved?: (saved: { title: string; status: ActionStatus }) => void;
}

/** A list of actions: what, for whom, when, where it stands, and (optionally) a quick status change. */
export function ActionsTable({ actions, caption, showOwner = false, statusChange = false, onSaved }: ActionsTableProps) {
  const location = useLocation();
  // So the action page's "Back" link returns to this list, filters and all.
  const from = `${location.pathname}${location.search}`;
  return (
    <table className="govuk-table app-table app-actions-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          {showOwner ? (
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
          ) : null}
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          {statusChange ? (
            <th scope="col" className="govuk-table__header app-actions-table__change">
              Change status
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <tr className="govuk-table__row" key={action.id}>
            <th scope="row" className="govuk-table__header app-actions-table__title">
              <Link className="govuk-link" to={`/actions/${action.id}`} state={{ from }}>
                {action.title}
              </Link>
              {action.person || action.personRestricted ? (
                <span className="app-table__meta">
                  For <ActionPersonName person={action.person} personRestricted={action.personRestricted} />
                </span>
              ) : null}
              {action.statusReason ? <span className="app-table__meta app-preserve-lines">Reason: {action.statusReason}</span> : null}
            </th>
            {showOwner ? (
              <td className="govuk-table__cell">
                {action.owner.name}
                <span className="app-table__meta">{action.ownerOrganisation.name}</span>
              </td>
            ) : null}
            <td className="govuk-table__cell app-table__date">{formatDue(action.dueDate, action.dueWindow)}</td>
            <td className="govuk-table__cell">
              <ActionStatusTag status={action.status} overdue={action.overdue} />
            </td>
            {statusChange ? (
              <td className="govuk-table__cell app-actions-table__change">
                <StatusChangeForm action={action} variant="row" onSaved={onSaved} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { memo, startTransition, useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { ActionRowFieldsFragment } from '../../../generated/graphql';
import { formatDue } from '../labels';
import { ActionPersonName, ActionStatusTag, APP_LINK } from './ActionStatusTag';

interface ActionsTableProps<Row extends ActionRowFieldsFragment> {
  actions: ReadonlyArray<Row>;
  /** Read by screen readers as the table's name. */
  caption: string;
  /** Show the owner and their organisation (for actions that are not the viewer's own). */
  showOwner?: boolean;
  /**
   * A "Change status" column, with what to show in it for each action (My work offers a quick
   * change of status there). The table does not load the status form itself, for pages without it.
   */
  change?: (action: Row) => ReactNode;
}

/** How many rows are drawn at once when the table first appears; the rest follow straight after, in the background. */
export const FIRST_ROWS = 20;

/** The value of APP_LINK on links whose page offers a "Back" to this list. */
const WITH_BACK = 'back';

/**
 * A list of actions: what, for whom, when, where it stands, and (optionally) a quick status change.
 *
 * Tables of up to 100 actions are the costly part of the pages that show them, so each row is kept
 * cheap: its links are plain links that one click handler on the table opens in the app (as the
 * router's Link would, without a Link's work per row), and the first FIRST_ROWS rows are drawn on
 * their own, the others in the background after them, so neither drawing holds the page up long.
 */
export function ActionsTable<Row extends ActionRowFieldsFragment>({ actions, caption, showOwner = false, change }: ActionsTableProps<Row>) {
  const location = useLocation();
  const navigate = useNavigate();
  // So the action page's "Back" link returns to this list, filters and all.
  const from = `${location.pathname}${location.search}`;
  const [drawAll, setDrawAll] = useState(actions.length <= FIRST_ROWS);
  useEffect(() => {
    if (!drawAll) startTransition(() => setDrawAll(true));
  }, [drawAll]);
  const rows = drawAll ? actions : actions.slice(0, FIRST_ROWS);

  function followLink(event: MouseEvent<HTMLTableSectionElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    const link = (event.target as Element).closest(`a[${APP_LINK}]`);
    if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
    event.preventDefault();
    const to = link.getAttribute('href') ?? '/';
    void navigate(to, link.getAttribute(APP_LINK) === WITH_BACK ? { state: { from } } : undefined);
  }

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
          {change ? (
            <th scope="col" className="govuk-table__header app-actions-table__change">
              Change status
            </th>
          ) : null}
        </tr>
      </thead>
      {/* Opens the rows' links in the app: they are ordinary links to the keyboard and to assistive technology. */}
      <tbody className="govuk-table__body" onClick={followLink}>
        {rows.map((action) => (
          <ActionRow key={action.id} action={action} showOwner={showOwner} change={change ? <>{change(action)}</> : null} />
        ))}
      </tbody>
    </table>
  );
}

interface ActionRowProps {
  action: ActionRowFieldsFragment;
  showOwner: boolean;
  /** The "Change status" cell's content, or null for no such column. */
  change: ReactNode;
}

/** One action; drawn again only when it changes. */
const ActionRow = memo(function ActionRow({ action, showOwner, change }: ActionRowProps) {
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header app-actions-table__title">
        <a className="govuk-link" href={`/actions/${action.id}`} {...{ [APP_LINK]: WITH_BACK }}>
          {action.title}
        </a>
        {action.person || action.personRestricted ? (
          <span className="app-table__meta">
            For <ActionPersonName person={action.person} personRestricted={action.personRestricted} link="plain" />
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
      {change ? <td className="govuk-table__cell app-actions-table__change">{change}</td> : null}
    </tr>
  );
});

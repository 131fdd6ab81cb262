import { useId } from 'react';
import { Link } from 'react-router';
import { DUE_WINDOW_LABELS, formatDate } from '@casehuddle/shared';
import { ActionTag } from '../tags';
import type { MeetingActionFieldsFragment } from '../../../../generated/graphql';

type Action = MeetingActionFieldsFragment;

/** "22 Nov 2026 (morning)" for a `YYYY-MM-DD` due date. */
export function dueText(action: Pick<Action, 'dueDate' | 'dueWindow'>): string {
  const date = formatDate(`${action.dueDate}T12:00:00Z`);
  return action.dueWindow ? `${date} (${DUE_WINDOW_LABELS[action.dueWindow].toLowerCase()})` : date;
}

/**
 * The actions agreed at an item: what, who, when and how it is going. With `hideTitles` (projector-safe
 * mode, for items about people) only the owner, due date and status show.
 */
export function ItemActions({
  actions,
  hideTitles,
  headingLevel = 3,
  itemHeadingId,
  problem,
}: {
  /** `null` while they are being read. */
  actions: readonly Action[] | null;
  hideTitles: boolean;
  headingLevel?: 3 | 4;
  /** The item's heading, when several items' actions share a page: it names the region ("Actions, 2. Jo Bloggs"). */
  itemHeadingId?: string;
  /** Why the actions could not be read. */
  problem?: string;
}) {
  const headingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <section className="app-item-actions" aria-labelledby={itemHeadingId ? `${headingId} ${itemHeadingId}` : headingId}>
      <Heading className="govuk-heading-s" id={headingId}>
        Actions{actions && actions.length > 0 ? ` (${actions.length})` : ''}
      </Heading>
      {problem ? (
        <p className="govuk-body-s app-secondary-text">The actions could not be read: {problem}</p>
      ) : actions === null ? (
        <p className="govuk-body-s app-secondary-text">Loading the actions…</p>
      ) : actions.length === 0 ? (
        <p className="govuk-body-s app-secondary-text">No actions agreed at this item.</p>
      ) : (
        <ul className="app-item-actions__list">
          {actions.map((action, index) => (
            <li className="app-item-actions__item" key={action.id}>
              <span className="app-item-actions__title">
                {hideTitles || action.personRestricted ? (
                  <span className="app-secondary-text">Action {index + 1} (details hidden)</span>
                ) : (
                  <Link className="govuk-link" to={`/actions/${action.id}`}>
                    {action.title}
                  </Link>
                )}
              </span>
              <span className="app-item-actions__meta">
                {action.owner.name}, {action.owner.organisation.name}
                <span aria-hidden="true"> · </span>
                <span className="govuk-visually-hidden">, </span>
                due {dueText(action)}
              </span>
              <ActionTag status={action.status} overdue={action.overdue} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

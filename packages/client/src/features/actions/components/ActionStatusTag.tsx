import { Link } from 'react-router';
import { ACTION_STATUS_LABELS, type ActionStatus } from '@casehuddle/shared';
import { ACTION_STATUS_TAGS } from '../labels';

/** An action's status as a GOV.UK tag, with a red "Overdue" tag beside it when it is late. */
export function ActionStatusTag({ status, overdue = false }: { status: ActionStatus; overdue?: boolean }) {
  return (
    <span className="app-tag-list">
      {overdue ? <strong className="govuk-tag app-tag govuk-tag--red">Overdue</strong> : null}
      <strong className={['govuk-tag', 'app-tag', ACTION_STATUS_TAGS[status]].filter(Boolean).join(' ')}>
        {ACTION_STATUS_LABELS[status]}
      </strong>
    </span>
  );
}

/**
 * Marks a plain link (an `<a>`, not the router's Link) that a list opens in the app with one click
 * handler for all its links (ActionsTable), which is cheaper to draw a hundred times over.
 */
export const APP_LINK = 'data-app-link';

/** Who the action is for: a link to their record, "details restricted", or nothing. */
export function ActionPersonName({
  person,
  personRestricted,
  link = true,
}: {
  person: { id: string; displayName: string } | null;
  personRestricted: boolean;
  /** `plain`: an `<a>` marked with APP_LINK, for a list that opens its links itself. */
  link?: boolean | 'plain';
}) {
  if (person) {
    if (link === 'plain') {
      return (
        <a className="govuk-link" href={`/people/${person.id}`} {...{ [APP_LINK]: '' }}>
          {person.displayName}
        </a>
      );
    }
    return link ? (
      <Link className="govuk-link" to={`/people/${person.id}`}>
        {person.displayName}
      </Link>
    ) : (
      <>{person.displayName}</>
    );
  }
  if (personRestricted) return <span className="app-secondary-text">Person (details restricted)</span>;
  return null;
}

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

/** Who the action is for: a link to their record, "details restricted", or nothing. */
export function ActionPersonName({
  person,
  personRestricted,
  link = true,
}: {
  person: { id: string; displayName: string } | null;
  personRestricted: boolean;
  link?: boolean;
}) {
  if (person) {
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

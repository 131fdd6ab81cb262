import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ActionStatusTag } from '../../actions/components/ActionStatusTag';
import { formatDue } from '../../actions/labels';
import { PersonCoordinationQuery } from '../graphql/people';
import { usePerson } from './PersonContext';
import { SectionCard } from './SectionCard';

/**
 * The person's open actions (with owners and due dates) and the huddles they are on, as the
 * viewer may see them: actions follow the actions list's own rule, huddles only those the viewer
 * belongs to or chairs.
 */
export function CoordinationCards() {
  const { person } = usePerson();
  const { data, error, loading } = useQuery(PersonCoordinationQuery, { variables: { id: person.id }, fetchPolicy: 'cache-and-network' });
  const found = data?.person;
  const problem = error && !found ? <p className="govuk-body">{readApiError(error).message}</p> : null;
  const waiting = !found && loading ? <p className="govuk-body app-secondary-text">Loading…</p> : null;
  return (
    <>
      <SectionCard id="open-actions" title="Open actions">
        {problem ?? waiting}
        {found ? (
          found.openActions.length === 0 ? (
            <p className="govuk-body">No open actions that you can see.</p>
          ) : (
            <ul className="govuk-list app-open-actions">
              {found.openActions.map((action) => (
                <li key={action.id} className="app-open-actions__item">
                  <Link className="govuk-link govuk-!-font-weight-bold" to={`/actions/${action.id}`}>
                    {action.title}
                  </Link>
                  <dl className="app-facts app-facts--compact">
                    <div className="app-facts__item">
                      <dt>Owner</dt>
                      <dd>
                        {action.owner.name} ({action.owner.organisation.name})
                      </dd>
                    </div>
                    <div className="app-facts__item">
                      <dt>Due</dt>
                      <dd>{formatDue(action.dueDate, action.dueWindow)}</dd>
                    </div>
                  </dl>
                  <ActionStatusTag status={action.status} overdue={action.overdue} />
                </li>
              ))}
            </ul>
          )
        ) : null}
      </SectionCard>
      <SectionCard id="person-huddles" title="Huddles">
        {problem ?? waiting}
        {found ? (
          found.huddles.length === 0 ? (
            <p className="govuk-body">Not on the caseload of any huddle you belong to.</p>
          ) : (
            <ul className="govuk-list">
              {found.huddles.map((huddle) => (
                <li key={huddle.id}>
                  <Link className="govuk-link" to={`/huddles/${huddle.id}`}>
                    {huddle.name}
                  </Link>
                  <span className="govuk-body-s app-secondary-text">
                    {' '}
                    — on the caseload since {formatDate(`${huddle.addedOn}T12:00:00Z`)}
                    {huddle.nextMeetingAt ? `; next meeting ${formatDateTime(huddle.nextMeetingAt)}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )
        ) : null}
      </SectionCard>
    </>
  );
}

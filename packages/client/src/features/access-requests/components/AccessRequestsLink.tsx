import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { PendingAccessRequestsQuery } from '../graphql/accessRequests';

/** On My work: a link to the access requests page, with how many wait for the user's organisation to answer. */
export function AccessRequestsLink() {
  const { data } = useQuery(PendingAccessRequestsQuery, { fetchPolicy: 'cache-and-network' });
  const waiting = data?.accessRequests.length ?? 0;
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to="/access-requests">
        Access requests
      </Link>{' '}
      <span className={`app-count${waiting > 0 ? ' app-count--urgent' : ''}`}>{waiting}</span>
      <span className="govuk-visually-hidden"> waiting for an answer</span>
    </p>
  );
}

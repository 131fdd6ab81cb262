import { useQuery } from '@apollo/client/react';
import { formatDate } from '@casehuddle/shared';
import { Link } from 'react-router';
import { IsasDueForReviewQuery } from '../graphql/agreements';

/** For administrators: information sharing agreements whose review date is within 30 days or has passed. */
export function IsaReviewNotice() {
  const { data } = useQuery(IsasDueForReviewQuery, { fetchPolicy: 'cache-and-network' });
  const due = data?.isasDueForReview ?? [];
  if (due.length === 0) return null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="isa-review-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="isa-review-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          {due.length === 1 ? 'An information sharing agreement is' : `${due.length} information sharing agreements are`} due for review
        </p>
        <ul className="govuk-list">
          {due.map((isa) => (
            <li key={isa.id}>
              <Link className="govuk-notification-banner__link" to={`/agreements/${isa.id}`}>
                {isa.title}
              </Link>{' '}
              ({isa.reviewOn < today ? 'review was due' : 'review due'} {formatDate(isa.reviewOn)})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

import { Link, useLocation } from 'react-router';
import { formatDate } from '@casehuddle/shared';
import type { ActionSummaryQuery } from '../../../generated/graphql';
import { formatLocalDate } from '../labels';

type Barrier = ActionSummaryQuery['actionSummary']['barriers'][number];

/** A dot between facts on screen, a comma to a screen reader. */
function Separator() {
  return (
    <>
      <span aria-hidden="true"> · </span>
      <span className="govuk-visually-hidden">, </span>
    </>
  );
}

/** Actions that were not possible, and why: the system barriers a strategic board needs to hear about. */
export function BarriersList({ barriers }: { barriers: ReadonlyArray<Barrier> }) {
  const location = useLocation();
  const from = `${location.pathname}${location.search}`;
  return (
    <section aria-labelledby="barriers-heading" className="app-review-section">
      <h2 className="govuk-heading-m" id="barriers-heading">
        Barriers
      </h2>
      <p className="govuk-body-s app-secondary-text">Actions marked not possible, and what stopped them, for the strategic board.</p>
      {barriers.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">No barriers recorded.</p>
        </div>
      ) : (
        <ul className="govuk-list app-barriers" aria-label="Barriers">
          {barriers.map((barrier) => (
            <li className="app-barriers__item" key={barrier.actionId}>
              <Link className="govuk-link govuk-!-font-weight-bold" to={`/actions/${barrier.actionId}`} state={{ from }}>
                {barrier.title}
              </Link>
              <p className="app-barriers__reason app-preserve-lines">{barrier.reason}</p>
              <p className="app-barriers__meta">
                {barrier.organisation.name}
                <Separator />
                due {formatLocalDate(barrier.dueDate)}
                <Separator />
                recorded {formatDate(barrier.recordedAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

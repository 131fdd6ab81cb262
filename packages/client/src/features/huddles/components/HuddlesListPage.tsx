import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { HuddleSummaryFieldsFragment } from '../../../generated/graphql';
import { HuddlesListQuery } from '../graphql/huddles';
import { nextMeeting, pastMeetings, usualSlot } from '../labels';
import { MeetingStatusTag } from './tags';

/** How many past meetings each card links to (the huddle's page lists them all). */
const PAST_SHOWN = 4;

function HuddleCard({ huddle }: { huddle: HuddleSummaryFieldsFragment }) {
  const next = nextMeeting(huddle.meetings);
  const past = pastMeetings(huddle.meetings);
  const headingId = `huddle-${huddle.id}`;
  return (
    <section className="govuk-summary-card app-card app-huddle-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={headingId}>
          <Link className="govuk-link" to={`/huddles/${huddle.id}`}>
            {huddle.name}
          </Link>
          {huddle.isChair ? <span className="app-huddle-card__role"> · You chair this huddle</span> : null}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list app-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Meets</dt>
            <dd className="govuk-summary-list__value">{usualSlot(huddle.usualDay, huddle.usualTime) ?? 'No usual day set'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Next meeting</dt>
            <dd className="govuk-summary-list__value">
              {next ? (
                <>
                  <Link className="govuk-link" to={`/meetings/${next.id}`}>
                    {formatDateTime(next.startsAt)}
                    <span className="govuk-visually-hidden">: open the meeting room for {huddle.name}</span>
                  </Link>{' '}
                  <MeetingStatusTag status={next.status} />
                </>
              ) : (
                'None planned'
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Past meetings</dt>
            <dd className="govuk-summary-list__value">
              {past.length === 0 ? (
                'None yet'
              ) : (
                <ul className="app-inline-list">
                  {past.slice(0, PAST_SHOWN).map((m) => (
                    <li key={m.id}>
                      <Link className="govuk-link" to={`/meetings/${m.id}`}>
                        <span className="govuk-visually-hidden">Minutes of </span>
                        {formatDate(m.startsAt)}
                      </Link>
                    </li>
                  ))}
                  {past.length > PAST_SHOWN ? (
                    <li>
                      <Link className="govuk-link" to={`/huddles/${huddle.id}#meetings`}>
                        {past.length - PAST_SHOWN} more<span className="govuk-visually-hidden"> past meetings of {huddle.name}</span>
                      </Link>
                    </li>
                  ) : null}
                </ul>
              )}
            </dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Caseload</dt>
            <dd className="govuk-summary-list__value">{huddle.caseload.length === 1 ? '1 person' : `${huddle.caseload.length} people`}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Chairs</dt>
            <dd className="govuk-summary-list__value">{huddle.chairs.map((c) => c.name).join(', ') || 'None'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Member organisations</dt>
            <dd className="govuk-summary-list__value">
              <ul className="app-inline-list">
                {huddle.memberOrganisations.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </div>
    </section>
  );
}

/** The huddles the user's organisation belongs to, or that they chair, at /huddles. */
export function HuddlesListPage() {
  usePageTitle('Huddles');
  const { data, loading, error, refetch } = useQuery(HuddlesListQuery, { fetchPolicy: 'cache-and-network' });
  const huddles = data?.huddles ?? [];
  return (
    <>
      <h1 className="govuk-heading-l">Huddles</h1>
      {!data && loading ? <Loading /> : null}
      {!data && error ? (
        <div className="app-empty-state">
          <p className="govuk-body">{readApiError(error).message}</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void refetch()}>
            Try again
          </button>
        </div>
      ) : null}
      {data && huddles.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">You are not part of any huddles yet.</p>
          <p className="govuk-body app-secondary-text">
            A huddle’s coordinator adds member organisations. When your organisation joins one, its meetings and caseload appear here.
          </p>
        </div>
      ) : null}
      {huddles.map((huddle) => (
        <HuddleCard key={huddle.id} huddle={huddle} />
      ))}
    </>
  );
}

export default HuddlesListPage;

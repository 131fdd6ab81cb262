import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { formatDate } from '@casehuddle/shared';
import { readApiError } from '../../../../ui/apiErrors';
import { Loading } from '../../../../ui/Loading';
import { PageNotice } from '../../../../ui/PageNotice';
import { ServiceProblem } from '../../../../ui/ServiceProblem';
import { usePageTitle } from '../../../../ui/usePageTitle';
import { MeetingRoomQuery } from '../../graphql/meetings';
import { joinNames } from '../../labels';
import { timeOfDay } from '../../time';
import { ItemKindTag, MeetingStatusTag } from '../tags';
import { MeetingDetailsForm } from './MeetingDetailsForm';
import { fullItemLabel, type Meeting } from './MeetingContext';
import { PrintedMarking, ProtectiveMarking } from './ProtectiveMarking';

/** "Agenda pack: meeting on 24 Nov 2026". */
export const packTitle = (startsAt: string) => `Agenda pack: meeting on ${formatDate(startsAt)}`;

function chairLine(meeting: Meeting): string {
  if (meeting.chair) return `${meeting.chair.name} (${meeting.chair.organisation.name})`;
  if (meeting.huddleChairs.length === 0) return 'Not yet named';
  return `${joinNames(meeting.huddleChairs.map((c) => c.name))}${meeting.huddleChairs.length > 1 ? ' (one of the huddle’s chairs)' : ''}`;
}

/**
 * The agenda pack the chair sends round before the meeting: when and where, who chairs, and the
 * items in order with why each is on the agenda, under the protective marking. It is the agenda
 * as this reader may see it (the same view, and the same audit, as the meeting room): an item
 * about someone not shared with the reader's organisation reads "Person discussed (details
 * restricted)". Printed, every page carries the marking.
 */
export function AgendaPack({ meeting }: { meeting: Meeting }) {
  const title = packTitle(meeting.startsAt);
  usePageTitle(title);
  const detailsId = useId();
  const itemsId = useId();
  const [saved, setSaved] = useState<string | null>(null);
  const items = [...meeting.items].sort((a, b) => a.position - b.position);

  return (
    <div className="app-pack">
      <PrintedMarking marking={meeting.protectiveMarking} />
      <ProtectiveMarking marking={meeting.protectiveMarking} position="top" />
      <span className="govuk-caption-l">{meeting.huddleName}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="app-minutes__tools app-no-print">
        <button type="button" className="govuk-button app-button--small" onClick={() => window.print()}>
          Print agenda pack
        </button>
        <Link className="govuk-link govuk-body-s app-pack__back" to={`/meetings/${meeting.id}`}>
          {meeting.status === 'CLOSED' ? 'Back to the minutes' : 'Back to the meeting room'}
        </Link>
      </div>
      <p className="govuk-body-s app-no-print">
        This pack shows each reader only what their organisation may see. Send the link round: each member opens and prints their own copy.
      </p>
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {saved}
      </div>

      <section aria-labelledby={detailsId}>
        <h2 className="govuk-heading-m" id={detailsId}>
          Meeting details
        </h2>
        <dl className="govuk-summary-list app-pack__details">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Date</dt>
            <dd className="govuk-summary-list__value">{formatDate(meeting.startsAt)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Time</dt>
            <dd className="govuk-summary-list__value">{timeOfDay(meeting.startsAt)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Place</dt>
            <dd className="govuk-summary-list__value">{meeting.place ?? 'Not yet set'}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Chair</dt>
            <dd className="govuk-summary-list__value">{chairLine(meeting)}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Status</dt>
            <dd className="govuk-summary-list__value">
              <MeetingStatusTag status={meeting.status} />
            </dd>
          </div>
        </dl>
      </section>
      {meeting.isChair && meeting.status !== 'CLOSED' ? <MeetingDetailsForm meeting={meeting} onSaved={setSaved} /> : null}

      <section aria-labelledby={itemsId}>
        <h2 className="govuk-heading-m" id={itemsId}>
          Agenda
        </h2>
        {items.length === 0 ? (
          <p className="govuk-body">There is nothing on the agenda yet.</p>
        ) : (
          <ol className="govuk-list app-pack__items">
            {items.map((item, index) => (
              <li key={item.id} className="app-pack__item" aria-labelledby={`pack-item-${item.id}`}>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`pack-item-${item.id}`}>
                  {index + 1}. {fullItemLabel(item)}
                </h3>
                <p className="app-tag-list govuk-!-margin-bottom-1">
                  <ItemKindTag kind={item.kind} />
                </p>
                {item.reason ? <p className="govuk-body-s govuk-!-margin-bottom-0">{item.reason}</p> : null}
                {item.personRestricted ? (
                  <p className="govuk-body-s app-secondary-text govuk-!-margin-bottom-0">
                    This person’s details are not shared with your organisation.
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
      <ProtectiveMarking marking={meeting.protectiveMarking} position="bottom" />
    </div>
  );
}

/** /meetings/:id/pack: the agenda pack for this reader. */
export function AgendaPackPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MeetingRoomQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data) {
    if (!error) return <Loading text="Opening the agenda pack…" />;
    const problem = readApiError(error);
    if (problem.code === 'NOT_FOUND' || problem.code === 'VALIDATION_FAILED')
      return (
        <PageNotice
          title="Meeting not found"
          message="The meeting may have been removed, or the link may be wrong."
          link={{ to: '/huddles', text: 'Go to your huddles' }}
        />
      );
    if (problem.code === 'FORBIDDEN')
      return (
        <PageNotice
          title="You cannot open this agenda pack"
          message={problem.message}
          link={{ to: '/huddles', text: 'Go to your huddles' }}
        />
      );
    return <ServiceProblem message={problem.message} onRetry={() => void refetch()} />;
  }
  return <AgendaPack meeting={data.meeting} />;
}

export default AgendaPackPage;

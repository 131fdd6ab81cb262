import { BackLink } from '../../../ui/BackLink';
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { COORDINATOR_CASELOAD_LIMIT, formatDateTime } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { WarningText } from '../../../ui/WarningText';
import type { HuddleDetailFieldsFragment } from '../../../generated/graphql';
import { HuddlePageQuery } from '../graphql/huddles';
import { nextMeeting, usualSlot } from '../labels';
import { AddToCaseloadForm } from './AddToCaseloadForm';
import { CaseloadTable } from './CaseloadTable';
import { ScheduleMeetingForm } from './ScheduleMeetingForm';
import { HuddleIsaSection } from '../../agreements/components/HuddleIsaSection';
import { MeetingStatusTag, Tag } from './tags';
import { TableHead } from '../../../ui/TableHead';
import { PageNotice } from '../../../ui/PageNotice';

function MeetingsTable({ huddle }: { huddle: HuddleDetailFieldsFragment }) {
  if (huddle.meetings.length === 0) return <p className="govuk-body">No meetings yet.</p>;
  const meetings = [...huddle.meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <table className="govuk-table app-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Meetings, newest first</caption>
      <TableHead columns={['Date', 'Status', { label: 'Items', numeric: true }]} />
      <tbody className="govuk-table__body">
        {meetings.map((m) => (
          <tr className="govuk-table__row" key={m.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/meetings/${m.id}`}>
                <span className="govuk-visually-hidden">{m.status === 'CLOSED' ? 'Minutes of the meeting on ' : 'Meeting room for '}</span>
                {formatDateTime(m.startsAt)}
              </Link>
            </td>
            <td className="govuk-table__cell">
              <MeetingStatusTag status={m.status} />
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{m.itemCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CoordinatorLoads({ huddle }: { huddle: HuddleDetailFieldsFragment }) {
  if (huddle.coordinatorLoads.length === 0) return <p className="govuk-body">No coordinators yet.</p>;
  const loads = [...huddle.coordinatorLoads].sort((a, b) => b.count - a.count);
  return (
    <table className="govuk-table app-table">
      <caption className="govuk-table__caption govuk-visually-hidden">How many people each coordinator holds, across all huddles</caption>
      <TableHead columns={['Coordinator', 'Organisation', { label: 'People held', numeric: true }]} />
      <tbody className="govuk-table__body">
        {loads.map((load) => (
          <tr className="govuk-table__row" key={load.coordinator.id}>
            <th scope="row" className="govuk-table__header">
              {load.coordinator.name}
            </th>
            <td className="govuk-table__cell">{load.coordinator.organisation.name}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {load.overLimit ? (
                <>
                  <Tag className="govuk-tag--red">{`Over ${COORDINATOR_CASELOAD_LIMIT}`}</Tag>{' '}
                </>
              ) : null}
              {load.count}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One huddle at /huddles/:id: its meetings, caseload and coordinators; chairs schedule and add people. */
export function HuddlePage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(HuddlePageQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [notice, setNotice] = useState<{ text: string; warning: string | null; key: number } | null>(null);
  usePageTitle(data?.huddle.name ?? 'Huddle');

  if (!data) {
    if (loading) return <Loading />;
    const problem = error ? readApiError(error) : null;
    if (problem?.code === 'NOT_FOUND' || problem?.code === 'FORBIDDEN' || problem?.code === 'VALIDATION_FAILED') {
      return (
        <PageNotice
          title={problem.code === 'FORBIDDEN' ? 'You cannot see this huddle' : 'Huddle not found'}
          message={problem.message}
          link={{ to: '/huddles', text: 'Go to your huddles' }}
        />
      );
    }
    return <ServiceProblem message={problem?.message} onRetry={() => void refetch()} />;
  }

  const huddle = data.huddle;
  const next = nextMeeting(huddle.meetings);
  const showNotice = (text: string, warning: string | null = null) => setNotice((n) => ({ text, warning, key: (n?.key ?? 0) + 1 }));
  const organisations = huddle.memberOrganisations.map((o) => ({ value: o.id, label: o.name }));

  return (
    <>
      <BackLink to="/huddles">Back to huddles</BackLink>
      {notice ? (
        <div key={notice.key}>
          <NotificationBanner type="success" text={notice.text} />
          {notice.warning ? <WarningText>{notice.warning}</WarningText> : null}
        </div>
      ) : null}
      <span className="govuk-caption-l">
        <Link className="govuk-link" to="/huddles">
          Huddles
        </Link>
      </span>
      <h1 className="govuk-heading-l">{huddle.name}</h1>
      <dl className="app-facts app-huddle-facts">
        <div className="app-facts__item">
          <dt>Meets</dt>
          <dd>{usualSlot(huddle.usualDay, huddle.usualTime) ?? 'No usual day set'}</dd>
        </div>
        <div className="app-facts__item">
          <dt>Council area</dt>
          <dd>{huddle.councilArea}</dd>
        </div>
        <div className="app-facts__item">
          <dt>Chairs</dt>
          <dd>{huddle.chairs.map((c) => c.name).join(', ') || 'None'}</dd>
        </div>
        <div className="app-facts__item">
          <dt>Member organisations</dt>
          <dd>{huddle.memberOrganisations.length}</dd>
        </div>
      </dl>
      <p className="govuk-body-s app-secondary-text">{huddle.memberOrganisations.map((o) => o.name).join(', ')}</p>
      {next ? (
        <div className="app-next-meeting">
          <p className="govuk-body govuk-!-margin-bottom-0">
            <strong>Next meeting:</strong>{' '}
            <Link className="govuk-link" to={`/meetings/${next.id}`}>
              {formatDateTime(next.startsAt)}
              <span className="govuk-visually-hidden">: open the meeting room</span>
            </Link>{' '}
            <MeetingStatusTag status={next.status} />{' '}
            <Link className="govuk-link govuk-body-s" to={`/meetings/${next.id}/pack`}>
              Agenda pack<span className="govuk-visually-hidden"> for the meeting on {formatDateTime(next.startsAt)}</span>
            </Link>
          </p>
        </div>
      ) : null}

      <div className="govuk-grid-row">
        <div className={huddle.isChair ? 'govuk-grid-column-two-thirds-from-desktop app-grid-column--wide-main' : 'govuk-grid-column-full'}>
          <section className="app-table-section" aria-labelledby="meetings">
            <h2 className="govuk-heading-m" id="meetings">
              Meetings
            </h2>
            <MeetingsTable huddle={huddle} />
          </section>
          <section className="app-table-section" aria-labelledby="caseload">
            <h2 className="govuk-heading-m" id="caseload">
              Caseload ({huddle.caseload.length})
            </h2>
            <CaseloadTable huddle={huddle} onNotice={(text) => showNotice(text)} />
          </section>
          <section className="app-table-section" aria-labelledby="coordinators">
            <h2 className="govuk-heading-m" id="coordinators">
              Coordinators’ caseloads
            </h2>
            <p className="govuk-body-s app-secondary-text">
              Counts cover every huddle. A coordinator can usually hold about {COORDINATOR_CASELOAD_LIMIT} people.
            </p>
            <CoordinatorLoads huddle={huddle} />
          </section>
        </div>
        {huddle.isChair ? (
          <div className="govuk-grid-column-one-third-from-desktop app-grid-column--wide-aside">
            <ScheduleMeetingForm huddleId={huddle.id} usualTime={huddle.usualTime} onScheduled={(text) => showNotice(text)} />
            <AddToCaseloadForm
              huddleId={huddle.id}
              organisations={organisations}
              onCaseload={new Set(huddle.caseload.flatMap((e) => (e.person ? [e.person.id] : [])))}
              onAdded={(name, warning) => showNotice(`${name} has been added to the caseload.`, warning)}
            />
            <HuddleIsaSection huddleId={huddle.id} onNotice={(text) => showNotice(text)} />
          </div>
        ) : null}
      </div>
    </>
  );
}

export default HuddlePage;

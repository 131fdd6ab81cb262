import { useId, useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime } from '@casehuddle/shared';
import { usePageTitle } from '../../../../ui/usePageTitle';
import { MinutesActionsQuery } from '../../graphql/meetings';
import { minutesTitle } from '../../labels';
import { ItemKindTag, Tag } from '../tags';
import { useCurrentUser } from '../../../auth/session';
import { MinutesCorrections } from '../../../governance/components/MinutesCorrections';
import { ItemActions } from './ItemActions';
import { fullItemLabel, isAboutPerson, useMeeting, type AgendaItem } from './MeetingContext';
import { ProjectorBanner, ProjectorToggle } from './Projector';

type Action = AgendaItem['actions'][number];

function Paragraphs({ text, empty }: { text: string | null; empty: string }) {
  if (!text?.trim()) return <p className="govuk-body app-secondary-text">{empty}</p>;
  return <p className="govuk-body app-preserve-lines">{text}</p>;
}

/** Words typed here that did not save before the chair closed the meeting: shown so they can be copied elsewhere. */
function UnsavedWords() {
  const { fields, meeting } = useMeeting();
  const unsaved = useSyncExternalStore(fields.subscribe, () => fields.unsaved().length);
  if (unsaved === 0) return null;
  const titles = new Map(meeting.items.map((i) => [i.id, fullItemLabel(i)]));
  return (
    <div className="app-conflict app-no-print" role="alert">
      <h2 className="govuk-heading-m">Some of your words were not saved</h2>
      <p className="govuk-body">
        The meeting closed before these were saved, so they are not in the minutes. Copy them into the person’s record or an action, or send
        them to the chair.
      </p>
      {fields.unsaved().map((u) => (
        <div key={`${u.itemId}:${u.field}`} className="app-unsaved">
          <h3 className="govuk-heading-s">
            {titles.get(u.itemId) ?? 'An agenda item'}: {u.field === 'NOTES' ? 'notes' : 'decisions'}
          </h3>
          <p className="govuk-body app-preserve-lines app-unsaved__text">{u.text}</p>
        </div>
      ))}
    </div>
  );
}

/**
 * A closed meeting's minutes: frozen and read-only, with attendance, each item's notes and
 * decisions, and the actions agreed. Prints cleanly, one item to a page.
 */
export function MinutesView() {
  const { meeting, projectorSafe, itemLabel } = useMeeting();
  const user = useCurrentUser();
  const title = minutesTitle(meeting.startsAt);
  usePageTitle(title);
  const attendanceId = useId();
  // The frozen minutes carry no actions, so read the actions agreed at this meeting.
  const { data } = useQuery(MinutesActionsQuery, { variables: { meetingId: meeting.id } });
  const actionsByItem = new Map<string, Action[]>();
  for (const action of data?.actions ?? []) {
    const itemId = action.origin?.agendaItemId;
    if (itemId) actionsByItem.set(itemId, [...(actionsByItem.get(itemId) ?? []), action]);
  }
  const present = meeting.attendance.filter((a) => a.present);
  const absent = meeting.attendance.filter((a) => !a.present);
  const items = [...meeting.items].sort((a, b) => a.position - b.position);

  return (
    <div className="app-minutes">
      <span className="govuk-caption-l">
        <Link className="govuk-link app-no-print-link" to={`/huddles/${meeting.huddleId}`}>
          {meeting.huddleName}
        </Link>
      </span>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">
        <Tag className="govuk-tag--grey">Closed</Tag> {meeting.closedAt ? `Closed on ${formatDateTime(meeting.closedAt)}. ` : ''}These
        minutes are frozen and cannot be changed.
      </p>
      <div className="app-minutes__tools app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => window.print()}>
          Print minutes
        </button>
        <ProjectorToggle />
      </div>
      {projectorSafe ? <ProjectorBanner /> : null}
      <UnsavedWords />

      <section className="app-minutes__section" aria-labelledby={attendanceId}>
        <h2 className="govuk-heading-m" id={attendanceId}>
          Attendance
        </h2>
        {present.length === 0 ? (
          <p className="govuk-body">No attendance was recorded.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet app-minutes__attendance">
            {present.map((a) => (
              <li key={a.user.id}>
                {a.user.name}, {a.user.organisation.name}
              </li>
            ))}
          </ul>
        )}
        {absent.length > 0 ? (
          <p className="govuk-body-s">
            Recorded as not present: {absent.map((a) => `${a.user.name} (${a.user.organisation.name})`).join(', ')}
          </p>
        ) : null}
      </section>

      <h2 className="govuk-heading-m">Items</h2>
      {items.length === 0 ? <p className="govuk-body">There was nothing on the agenda.</p> : null}
      {items.map((item, index) => {
        const hidden = projectorSafe && isAboutPerson(item);
        const actions = item.actions.length > 0 ? item.actions : (actionsByItem.get(item.id) ?? []);
        return (
          <article className="app-minutes__item" key={item.id} aria-labelledby={`minutes-item-${item.id}`}>
            <h3 className="govuk-heading-m" id={`minutes-item-${item.id}`}>
              {index + 1}. {itemLabel(item)}
            </h3>
            <p className="app-tag-list">
              <ItemKindTag kind={item.kind} />
              {item.discussed ? (
                <Tag className="govuk-tag--green">Discussed</Tag>
              ) : (
                <Tag className="govuk-tag--yellow">Not reached: carried over to the next meeting</Tag>
              )}
              {item.systemBarrier ? <Tag className="govuk-tag--red">System barrier: escalated to the strategic board</Tag> : null}
            </p>
            {item.personRestricted ? (
              <p className="govuk-body app-secondary-text">
                This person’s details are not shared with your organisation, so the notes, decisions and actions are not shown.
              </p>
            ) : hidden ? (
              <>
                <p className="govuk-body app-secondary-text">Notes and decisions are hidden in projector-safe mode.</p>
                <ItemActions actions={actions} hideTitles headingLevel={4} itemHeadingId={`minutes-item-${item.id}`} />
              </>
            ) : (
              <>
                {item.reason ? <p className="govuk-body app-secondary-text">{item.reason}</p> : null}
                <h4 className="govuk-heading-s">Notes</h4>
                <Paragraphs text={item.notes} empty="No notes were recorded." />
                <h4 className="govuk-heading-s">Decisions</h4>
                <Paragraphs text={item.decisions} empty="No decisions were recorded." />
                <ItemActions actions={actions} hideTitles={false} headingLevel={4} itemHeadingId={`minutes-item-${item.id}`} />
                <MinutesCorrections meetingId={meeting.id} itemId={item.id} canAdd={meeting.isChair || user.role === 'COORDINATOR'} />
              </>
            )}
          </article>
        );
      })}
    </div>
  );
}

import { useId, useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDateTime, ITEM_OUTCOME_LABELS } from '@casehuddle/shared';
import { usePageTitle } from '../../../../ui/usePageTitle';
import type { MinutesActionsQuery } from '../../../../generated/graphql';
import { MinutesActionsQuery as MinutesActions } from '../../graphql/meetings';
import { minutesTitle } from '../../labels';
import { ItemKindTag, Tag } from '../tags';
import { useCurrentUser } from '../../../auth/session';
import { MinutesCorrections } from '../../../governance/components/MinutesCorrections';
import { ItemActions } from './ItemActions';
import { fullItemLabel, isAboutPerson, useMeeting } from './MeetingContext';
import { MinutesSignOff } from './MinutesSignOff';
import { PrintedMarking, ProtectiveMarking } from './ProtectiveMarking';
import { ProjectorBanner, ProjectorToggle } from './Projector';

type Action = MinutesActionsQuery['actions'][number];

/** A heading and the words under it, or nothing at all when nothing was written. */
function Written({ heading, text }: { heading: string; text: string | null }) {
  if (!text?.trim()) return null;
  return (
    <>
      <h4 className="govuk-heading-s">{heading}</h4>
      <p className="govuk-body app-preserve-lines">{text}</p>
    </>
  );
}

const names = (list: ReadonlyArray<{ user: { name: string; organisation: { name: string } } }>) =>
  list.map((a) => `${a.user.name} (${a.user.organisation.name})`).join(', ');

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
 * A closed meeting's minutes: frozen and read-only, under the protective marking, with the chair,
 * who attended and who sent apologies, then the items that were discussed in full (notes,
 * decisions, actions) and one line for each item that was not. The chair signs them off.
 */
export function MinutesView() {
  const { meeting, projectorSafe, itemLabel } = useMeeting();
  const user = useCurrentUser();
  const title = minutesTitle(meeting.startsAt);
  usePageTitle(title);
  const attendanceId = useId();
  const discussedId = useId();
  const notDiscussedId = useId();
  // The meeting's answer carries no actions (the room reads them item by item), so read the actions agreed at this meeting.
  const { data } = useQuery(MinutesActions, { variables: { meetingId: meeting.id } });
  const actionsByItem = new Map<string, Action[]>();
  for (const action of data?.actions ?? []) {
    const itemId = action.origin?.agendaItemId;
    if (itemId) actionsByItem.set(itemId, [...(actionsByItem.get(itemId) ?? []), action]);
  }
  const present = meeting.attendance.filter((a) => a.present);
  const apologies = meeting.attendance.filter((a) => a.apologies);
  const absent = meeting.attendance.filter((a) => !a.present && !a.apologies);
  const items = [...meeting.items].sort((a, b) => a.position - b.position);
  const number = new Map(items.map((item, index) => [item.id, index + 1]));
  const discussed = items.filter((i) => i.outcome === 'DISCUSSED');
  const notDiscussed = items.filter((i) => i.outcome !== 'DISCUSSED');

  return (
    <div className="app-minutes">
      <PrintedMarking marking={meeting.protectiveMarking} />
      <ProtectiveMarking marking={meeting.protectiveMarking} position="top" />
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
      <MinutesSignOff />
      <div className="app-minutes__tools app-no-print">
        <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => window.print()}>
          Print minutes
        </button>
        <ProjectorToggle />
      </div>
      {projectorSafe ? <ProjectorBanner /> : null}
      <UnsavedWords />

      <dl className="govuk-summary-list govuk-summary-list--no-border app-minutes__facts">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Date and time</dt>
          <dd className="govuk-summary-list__value">{formatDateTime(meeting.startsAt)}</dd>
        </div>
        {meeting.place ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Place</dt>
            <dd className="govuk-summary-list__value">{meeting.place}</dd>
          </div>
        ) : null}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Chair</dt>
          <dd className="govuk-summary-list__value">
            {meeting.chair ? `${meeting.chair.name} (${meeting.chair.organisation.name})` : 'Not recorded'}
          </dd>
        </div>
      </dl>

      <section className="app-minutes__section" aria-labelledby={attendanceId}>
        <h2 className="govuk-heading-m" id={attendanceId}>
          Attendance
        </h2>
        {present.length === 0 ? (
          <p className="govuk-body">No attendance was recorded.</p>
        ) : (
          <>
            <h3 className="govuk-heading-s">Present</h3>
            <ul className="govuk-list govuk-list--bullet app-minutes__attendance">
              {present.map((a) => (
                <li key={a.user.id}>
                  {a.user.name}, {a.user.organisation.name}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3 className="govuk-heading-s">Apologies</h3>
        {apologies.length === 0 ? (
          <p className="govuk-body">None.</p>
        ) : (
          <ul className="govuk-list govuk-list--bullet app-minutes__apologies">
            {apologies.map((a) => (
              <li key={a.user.id}>
                {a.user.name}, {a.user.organisation.name}
              </li>
            ))}
          </ul>
        )}
        {absent.length > 0 ? <p className="govuk-body-s">Recorded as not present: {names(absent)}</p> : null}
      </section>

      <section className="app-minutes__section" aria-labelledby={discussedId}>
        <h2 className="govuk-heading-m" id={discussedId}>
          Items discussed
        </h2>
        {items.length === 0 ? <p className="govuk-body">There was nothing on the agenda.</p> : null}
        {items.length > 0 && discussed.length === 0 ? <p className="govuk-body">No item was discussed.</p> : null}
        {discussed.map((item) => {
          const hidden = projectorSafe && isAboutPerson(item);
          const actions = actionsByItem.get(item.id) ?? [];
          const nothingWritten = !item.notes?.trim() && !item.decisions?.trim() && actions.length === 0;
          return (
            <article className="app-minutes__item" key={item.id} aria-labelledby={`minutes-item-${item.id}`}>
              <h3 className="govuk-heading-m" id={`minutes-item-${item.id}`}>
                {number.get(item.id)}. {itemLabel(item)}
              </h3>
              <p className="app-tag-list">
                <ItemKindTag kind={item.kind} />
                <Tag className="govuk-tag--green">{ITEM_OUTCOME_LABELS.DISCUSSED}</Tag>
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
                  <Written heading="Notes" text={item.notes} />
                  <Written heading="Decisions" text={item.decisions} />
                  {nothingWritten ? <p className="govuk-body app-secondary-text">Marked as discussed; nothing was written down.</p> : null}
                  {actions.length > 0 ? (
                    <ItemActions actions={actions} hideTitles={false} headingLevel={4} itemHeadingId={`minutes-item-${item.id}`} />
                  ) : null}
                  <MinutesCorrections meetingId={meeting.id} itemId={item.id} canAdd={meeting.isChair || user.role === 'COORDINATOR'} />
                </>
              )}
            </article>
          );
        })}
      </section>

      {notDiscussed.length > 0 ? (
        <section className="app-minutes__section" aria-labelledby={notDiscussedId}>
          <h2 className="govuk-heading-m" id={notDiscussedId}>
            Items not discussed
          </h2>
          <ul className="govuk-list app-minutes__not-discussed">
            {notDiscussed.map((item) => (
              <li key={item.id}>
                {number.get(item.id)}. {itemLabel(item)} – {ITEM_OUTCOME_LABELS[item.outcome]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ProtectiveMarking marking={meeting.protectiveMarking} position="bottom" />
    </div>
  );
}

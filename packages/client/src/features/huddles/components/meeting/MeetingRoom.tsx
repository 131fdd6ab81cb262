import { useDeferredValue, useEffect, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../../../ui/usePageTitle';
import { AgendaItemWithActionsQuery } from '../../graphql/meetings';
import { meetingTitle } from '../../labels';
import { MeetingStatusTag } from '../tags';
import { AddItemForm } from './AddItemForm';
import { AgendaList } from './AgendaList';
import { AttendancePanel } from './AttendancePanel';
import { ChairControls } from './ChairControls';
import { ItemPanel } from './ItemPanel';
import { preloadRoomParts } from './lazyParts';
import { useMeeting, type Meeting } from './MeetingContext';
import { PresenceAvatars } from './Presence';
import { ProjectorBanner, ProjectorToggle } from './Projector';

/** Whether the user is typing in (or has focus on a control in) the item on screen. */
function busyInItem(): boolean {
  const active = document.activeElement;
  return !!active && !!active.closest('#agenda-item') && /^(TEXTAREA|INPUT|SELECT)$/.test(active.tagName);
}

/**
 * The room's title: the huddle, the meeting's date and time, its status and the agenda pack. It is
 * also drawn on its own the moment the meeting's answer arrives (MeetingPage.tsx), before the rest of
 * the room, in the same place.
 */
export function MeetingTitle({
  meeting,
}: {
  meeting: Pick<Meeting, 'id' | 'huddleId' | 'huddleName' | 'startsAt' | 'status' | 'isChair'>;
}) {
  return (
    <div className="app-meeting__title">
      <span className="govuk-caption-m">
        <Link className="govuk-link" to={`/huddles/${meeting.huddleId}`}>
          {meeting.huddleName}
        </Link>
      </span>
      <h1 className="govuk-heading-l app-meeting__heading">{meetingTitle(meeting.startsAt)}</h1>
      <p className="app-meeting__status">
        <MeetingStatusTag status={meeting.status} />
        {meeting.status === 'PLANNED' ? (
          <span className="govuk-body-s app-secondary-text">
            {meeting.isChair ? ' Start the meeting when everyone is here.' : ' The chair has not started the meeting yet.'} You can add
            notes before it starts.
          </span>
        ) : null}
      </p>
      <p className="govuk-body-s app-meeting__pack-link">
        <Link className="govuk-link" to={`/meetings/${meeting.id}/pack`}>
          Agenda pack<span className="govuk-visually-hidden"> for this meeting</span>
        </Link>{' '}
        to print or send round before the meeting
      </p>
    </div>
  );
}

/**
 * The live meeting room: the agenda down the side, the item being looked at, attendance, who is
 * here, and the chair's controls. Without a chosen item it follows the chair's "now discussing",
 * unless the user is busy in the item on screen, when it stays put and says what is being discussed.
 */
export function MeetingRoom() {
  const { meeting, projectorSafe, itemLabel, announce } = useMeeting();
  usePageTitle(meetingTitle(meeting.startsAt));
  const [params, setParams] = useSearchParams();
  const items = [...meeting.items].sort((a, b) => a.position - b.position);
  const chosenId = params.get('item');
  const [followId, setFollowId] = useState<string | null>(() => meeting.focusItemId ?? items[0]?.id ?? null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The header and agenda are drawn first; the item and attendance follow in the background, in
  // slices the browser can interrupt, so the first drawing of the room is not one long task.
  const drawPanels = useDeferredValue(true, false);
  const moveFocusToItem = useRef(false);

  const selected = items.find((i) => i.id === chosenId) ?? items.find((i) => i.id === followId) ?? items[0] ?? null;
  const focusItem = items.find((i) => i.id === meeting.focusItemId) ?? null;

  // The chair moved on: follow them, unless the user is busy in the item on screen.
  const lastFocus = useRef(meeting.focusItemId);
  useEffect(() => {
    if (lastFocus.current === meeting.focusItemId) return;
    lastFocus.current = meeting.focusItemId;
    if (!meeting.focusItemId) return;
    const focused = meeting.items.find((i) => i.id === meeting.focusItemId);
    if (focused) announce(`Now discussing: ${itemLabel(focused)}.`);
    if (chosenId) return;
    if (busyInItem() && selected) setParams({ item: selected.id }, { replace: true });
    else setFollowId(meeting.focusItemId);
  }, [meeting.focusItemId, meeting.items, chosenId, selected, setParams, announce, itemLabel]);

  // The actions of the item in view are asked for as soon as it is known, while the panel is drawn
  // in the background (the panel's own query then finds them in the cache or already on their way).
  const client = useApolloClient();
  const selectedId = selected?.id ?? null;
  const selectedRestricted = selected?.personRestricted ?? true;
  useEffect(() => {
    if (!selectedId || selectedRestricted) return;
    client.query({ query: AgendaItemWithActionsQuery, variables: { id: selectedId } }).catch(() => undefined);
  }, [client, selectedId, selectedRestricted]);

  // The forms' chunk is asked for once the room has been drawn, not with it.
  useEffect(() => {
    if (drawPanels) preloadRoomParts();
  }, [drawPanels]);

  useEffect(() => {
    if (!moveFocusToItem.current) return;
    moveFocusToItem.current = false;
    headingRef.current?.focus();
  }, [selected?.id]);

  const choose = (itemId: string) => {
    moveFocusToItem.current = true;
    if (itemId === selected?.id) headingRef.current?.focus();
  };

  return (
    <div className={`app-meeting${projectorSafe ? ' app-meeting--projector' : ''}`}>
      <div className="app-meeting__header">
        <MeetingTitle meeting={meeting} />
        <div className="app-meeting__tools">
          <PresenceAvatars />
          <div className="app-meeting__buttons">
            <ProjectorToggle />
            {meeting.isChair ? <ChairControls /> : null}
          </div>
        </div>
      </div>
      {projectorSafe ? <ProjectorBanner /> : null}
      {focusItem && selected && focusItem.id !== selected.id && meeting.status === 'LIVE' ? (
        <p className="app-now-discussing govuk-body">
          <strong>Now discussing:</strong>{' '}
          <Link
            className="govuk-link"
            to={`/meetings/${meeting.id}?item=${focusItem.id}`}
            replace
            onClick={() => {
              moveFocusToItem.current = true;
            }}
          >
            {itemLabel(focusItem)}
          </Link>
        </p>
      ) : null}
      <div className="app-meeting__layout">
        <div className="app-meeting__agenda-column">
          <AgendaList items={items} selectedId={selected?.id ?? null} onSelect={choose} />
          <AddItemForm
            onAdded={(itemId) => {
              moveFocusToItem.current = true;
              setParams({ item: itemId }, { replace: true });
            }}
          />
        </div>
        {!drawPanels ? (
          <section className="app-meeting__item" aria-label="Agenda item" aria-busy="true" />
        ) : selected ? (
          <ItemPanel
            key={selected.id}
            item={selected}
            index={items.indexOf(selected)}
            total={items.length}
            headingRef={headingRef}
            previous={items[items.indexOf(selected) - 1] ?? null}
            next={items[items.indexOf(selected) + 1] ?? null}
            onChoose={choose}
          />
        ) : (
          <section className="app-meeting__item" aria-label="Agenda item">
            <p className="govuk-body">Add an item to the agenda to start taking notes.</p>
          </section>
        )}
        {drawPanels ? <AttendancePanel /> : null}
      </div>
    </div>
  );
}

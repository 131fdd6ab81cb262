import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { readApiError } from '../../../../ui/apiErrors';
import { Loading } from '../../../../ui/Loading';
import { PageNotice } from '../../../../ui/PageNotice';
import { ServiceProblem } from '../../../../ui/ServiceProblem';
import { useCurrentUser } from '../../../auth/session';
import { askEarly as askEarlyAnswer, onSocketReconnected } from '../../../../app/apollo';
import { AgendaTextQuery, EditAgendaTextMutation, MeetingRoomQuery } from '../../graphql/meetings';
import { LazySharedText } from '../../hooks/lazySharedText';
import type { TextTransport } from '../../hooks/sharedText';
import { useMeetingEvents, type MeetingEvent } from '../../hooks/useMeetingEvents';
import { PresenceStore } from '../../hooks/presenceStore';
import { usePresenceReporter } from '../../hooks/usePresenceReporter';
import { useProjectorSafe } from '../../hooks/useProjectorSafe';
import { browserStorage } from '../../hooks/unsentText';
import { ColleagueListProvider } from './ColleagueList';
import { MinutesView } from './lazyParts';
import { fullItemLabel, MeetingProvider, projectorLabels, type AgendaItem, type Meeting, type MeetingContextValue } from './MeetingContext';
import { MeetingRoom, MeetingTitle } from './MeetingRoom';

function CannotOpen({ title, message }: { title: string; message: string }) {
  return <PageNotice title={title} message={message} link={{ to: '/huddles', text: 'Go to your huddles' }} />;
}

/** Everything that outlives a switch between the live room and the minutes: unsaved words, presence, live events. */
function LiveMeeting({ meeting }: { meeting: Meeting }) {
  const me = useCurrentUser();
  const client = useApolloClient();
  const [projectorSafe, setProjectorSafe] = useProjectorSafe();
  const [announcement, setAnnouncement] = useState<{ text: string; key: number } | null>(null);

  const [fields] = useState(() => {
    const transport: TextTransport = {
      read: async (itemId, field, stateVector) => {
        const result = await client.query({ query: AgendaTextQuery, variables: { itemId, field, stateVector }, fetchPolicy: 'no-cache' });
        if (!result.data) throw result.error ?? new Error('The notes could not be read.');
        return result.data.agendaText;
      },
      send: async (itemId, field, update, stateVector) => {
        const result = await client.mutate({
          mutation: EditAgendaTextMutation,
          variables: { input: { itemId, field, update, stateVector } },
          fetchPolicy: 'no-cache',
        });
        if (!result.data) throw new Error('The change was not confirmed.');
        return result.data.editAgendaText;
      },
    };
    const storage = browserStorage();
    return new LazySharedText(meeting.id, transport, storage ? { storage, userId: me.id } : null);
  });
  const [presence] = useState(() => new PresenceStore());
  const live = meeting.status !== 'CLOSED';
  const reporter = usePresenceReporter(meeting.id, live);

  // Leaving the page: save what can be saved, and ask before a reload or close loses anything.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!fields.hasUnsaved()) return;
      void fields.flushAll();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      void fields.flushAll();
    };
  }, [fields]);
  // Back online, or the live connection came back: send what waits and read what was missed.
  useEffect(() => {
    const again = () => void fields.reconnected();
    window.addEventListener('online', again);
    const stop = onSocketReconnected(again);
    return () => {
      window.removeEventListener('online', again);
      stop();
    };
  }, [fields]);
  useEffect(
    () => () => {
      fields.dispose();
      presence.dispose();
    },
    [fields, presence],
  );

  const announce = useCallback((text: string) => setAnnouncement((a) => ({ text, key: (a?.key ?? 0) + 1 })), []);

  const onEvent = useCallback(
    (event: MeetingEvent) => {
      if (event.type !== 'STATUS' || !event.actorId || event.actorId === me.id) return;
      if (event.field === 'LIVE') announce(`${event.actorName ?? 'The chair'} started the meeting.`);
      if (event.field === 'CLOSED') announce(`${event.actorName ?? 'The chair'} closed the meeting. These are now its minutes.`);
    },
    [announce, me.id],
  );

  useMeetingEvents({ meetingId: meeting.id, seq: meeting.seq, enabled: live, myId: me.id, fields, presence, onEvent });

  const labels = useMemo(() => projectorLabels(meeting.items), [meeting.items]);
  const itemLabel = useCallback(
    (item: AgendaItem) => (projectorSafe ? (labels.get(item.id) ?? item.title) : fullItemLabel(item)),
    [projectorSafe, labels],
  );

  const value: MeetingContextValue = {
    meeting,
    myId: me.id,
    myName: me.name,
    fields,
    presence,
    reporter,
    projectorSafe,
    setProjectorSafe,
    announce,
    itemLabel,
  };

  return (
    <MeetingProvider value={value}>
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {announcement ? <span key={announcement.key}>{announcement.text}</span> : null}
      </div>
      <ColleagueListProvider>{meeting.status === 'CLOSED' ? <MinutesView /> : <MeetingRoom />}</ColleagueListProvider>
    </MeetingProvider>
  );
}

/**
 * Apollo hands the meeting's first answer to React as an urgent update, drawn in one long task. The
 * room is drawn from it in the background instead, in slices the browser can interrupt; later
 * answers (a meeting read again) are drawn at once, as before.
 */
function DrawnInBackground({ meeting }: { meeting: Meeting }) {
  const draw = useDeferredValue(true, false);
  if (!draw) {
    if (meeting.status === 'CLOSED') return <Loading text="Opening the meeting…" />;
    // The title at once, where the room draws it: the first thing on the page with the meeting's own words.
    return (
      <div className="app-meeting">
        <div className="app-meeting__header">
          <MeetingTitle meeting={meeting} />
        </div>
        <Loading text="Opening the meeting…" />
      </div>
    );
  }
  return <LiveMeeting meeting={meeting} />;
}

/** A huddle meeting at /meetings/:id: the live room, or the minutes once it is closed. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MeetingRoomQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

  if (!data) {
    if (!error) return <Loading text="Opening the meeting…" />;
    const problem = readApiError(error);
    if (problem.code === 'NOT_FOUND' || problem.code === 'VALIDATION_FAILED')
      return <CannotOpen title="Meeting not found" message="The meeting may have been removed, or the link may be wrong." />;
    if (problem.code === 'FORBIDDEN') return <CannotOpen title="You cannot open this meeting" message={problem.message} />;
    return <ServiceProblem message={problem.message} onRetry={() => void refetch()} />;
  }
  return <DrawnInBackground key={data.meeting.id} meeting={data.meeting} />;
}

/** Opening the room: the meeting is asked for as soon as this page has loaded, beside the session check (routes.tsx). */
export function askEarly({ id }: { id?: string }): void {
  if (id) askEarlyAnswer(MeetingRoomQuery, { id });
}

export default MeetingPage;

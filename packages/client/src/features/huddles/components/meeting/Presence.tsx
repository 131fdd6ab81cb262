import { useId, useSyncExternalStore } from 'react';
import { initials, joinNames } from '../../labels';
import { useMeeting } from './MeetingContext';

/**
 * Who is in the meeting room now (seen in the last 30 seconds), as initials, with their names for
 * screen readers and on hover. The signed-in user is listed first.
 */
export function PresenceAvatars() {
  const { presence, myId, myName } = useMeeting();
  const { here } = useSyncExternalStore(presence.subscribe, presence.getSnapshot);
  const labelId = useId();
  const people = [{ id: myId, name: myName, you: true }, ...here.filter((p) => p.id !== myId).map((p) => ({ ...p, you: false }))];
  return (
    <div className="app-presence">
      <p className="app-presence__label govuk-body-s" id={labelId}>
        In the room now<span className="govuk-visually-hidden">: {people.length}</span>
      </p>
      <ul className="app-presence__list" aria-labelledby={labelId}>
        {people.map((person) => (
          <li className="app-presence__person" key={person.id} title={person.you ? `${person.name} (you)` : person.name}>
            <span className={`app-avatar${person.you ? ' app-avatar--you' : ''}`} aria-hidden="true">
              {initials(person.name)}
            </span>
            <span className="govuk-visually-hidden">{person.you ? `${person.name} (you)` : person.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * "Sam Okafor is typing…" beside a field. A polite live region whose text changes only when the set
 * of people typing changes, so screen readers hear it once rather than on every keystroke.
 */
export function TypingIndicator({ itemId, field }: { itemId: string; field: string }) {
  const { presence } = useMeeting();
  const { typing } = useSyncExternalStore(presence.subscribe, presence.getSnapshot);
  const names = typing.filter((t) => t.itemId === itemId && t.field === field).map((t) => t.name);
  return (
    <p className="app-typing govuk-body-s" aria-live="polite" aria-atomic="true">
      {names.length > 0 ? `${joinNames(names)} ${names.length > 1 ? 'are' : 'is'} typing…` : ''}
    </p>
  );
}

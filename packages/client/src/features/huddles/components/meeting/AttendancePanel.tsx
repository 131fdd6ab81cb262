import { useDeferredValue, useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { readApiError } from '../../../../ui/apiErrors';
import { MeetingMembersQuery, MeetingRoomQuery, RecordAttendanceMutation } from '../../graphql/meetings';
import { byName, useColleagueList } from './ColleagueList';
import { useMeeting } from './MeetingContext';

interface Person {
  id: string;
  name: string;
  organisation: { name: string };
}

type Mark = { present: boolean; apologies: boolean };

/**
 * The chair's register: everyone from the member organisations, ticked when present or when they
 * sent apologies. It is read and drawn only when the chair opens it: with hundreds of members it
 * is most of the room's page, and the room is ready sooner without it.
 */
function ChairRegister({ onRecord, busy }: { onRecord: (person: Person, mark: Mark) => void; busy: string | null }) {
  const { meeting } = useMeeting();
  const members = useQuery(MeetingMembersQuery, { variables: { huddleId: meeting.huddleId } });
  const colleagues = useColleagueList();
  const list = useMemo(() => {
    const orgIds = new Set(members.data?.huddle.memberOrganisations.map((o) => o.id) ?? []);
    const people = new Map<string, Person>();
    for (const c of colleagues ?? []) if (orgIds.has(c.organisation.id)) people.set(c.id, c);
    for (const c of members.data?.huddle.chairs ?? []) people.set(c.id, c);
    for (const a of meeting.attendance) people.set(a.user.id, a.user);
    return [...people.values()].sort(byName);
  }, [colleagues, members.data, meeting.attendance]);
  // Everyone in the member organisations can be hundreds of rows: they are drawn in the
  // background, in slices the browser can interrupt, so the room answers while they arrive.
  const rows = useDeferredValue(list);
  const present = new Set(meeting.attendance.filter((a) => a.present).map((a) => a.user.id));
  const apologies = new Set(meeting.attendance.filter((a) => a.apologies).map((a) => a.user.id));

  if (members.loading || colleagues === null || (rows.length === 0 && list.length > 0))
    return <p className="govuk-body-s app-loading">Loading members…</p>;
  return (
    <fieldset className="govuk-fieldset app-register">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Who is here, and apologies</legend>
      <div className="govuk-checkboxes govuk-checkboxes--small">
        {rows.map((person) => (
          <div className="app-register__row" key={person.id}>
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id={`present-${person.id}`}
                type="checkbox"
                checked={present.has(person.id)}
                disabled={busy === person.id}
                onChange={(event) => onRecord(person, { present: event.target.checked, apologies: false })}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`present-${person.id}`}>
                {person.name}
                <span className="app-register__organisation">{person.organisation.name}</span>
              </label>
            </div>
            <div className="govuk-checkboxes__item app-register__apologies">
              <input
                className="govuk-checkboxes__input"
                id={`apologies-${person.id}`}
                type="checkbox"
                checked={apologies.has(person.id)}
                disabled={busy === person.id}
                onChange={(event) => onRecord(person, { present: false, apologies: event.target.checked })}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={`apologies-${person.id}`}>
                Apologies<span className="govuk-visually-hidden"> from {person.name}</span>
              </label>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Attendance: who is here and who sent apologies; mark yourself present; the chair takes the register. */
export function AttendancePanel() {
  const { meeting, myId, announce } = useMeeting();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [registerOpen, setRegisterOpen] = useState(false);
  const [record] = useMutation(RecordAttendanceMutation, {
    refetchQueries: [{ query: MeetingRoomQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });
  const present = meeting.attendance.filter((a) => a.present).sort((a, b) => byName(a.user, b.user));
  const apologies = meeting.attendance.filter((a) => a.apologies).sort((a, b) => byName(a.user, b.user));
  const mePresent = present.some((a) => a.user.id === myId);
  const myApologies = apologies.some((a) => a.user.id === myId);

  async function onRecord(userId: string, mark: Mark, name?: string) {
    setBusy(userId);
    setProblem(null);
    try {
      await record({ variables: { meetingId: meeting.id, ...mark, userId: userId === myId ? null : userId } });
      const who = userId === myId ? 'You are' : `${name ?? 'They'} is`;
      announce(`${who} marked as ${mark.present ? 'present' : mark.apologies ? 'having sent apologies' : 'not present'}.`);
    } catch (error) {
      setProblem(readApiError(error).message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <aside className="app-meeting__side" aria-labelledby="attendance-heading">
      <h2 className="govuk-heading-m" id="attendance-heading">
        Attendance
      </h2>
      <p className="govuk-body-s">
        {present.length === 1 ? '1 person present' : `${present.length} people present`}
        {apologies.length > 0 ? `, ${apologies.length === 1 ? '1 apology' : `${apologies.length} apologies`}` : ''}
      </p>
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      <div className="app-attendance__me">
        {mePresent ? (
          <p className="govuk-body-s">
            You are marked as present.{' '}
            <button
              type="button"
              className="app-link-button"
              disabled={busy === myId}
              onClick={() => void onRecord(myId, { present: false, apologies: false })}
            >
              Mark me as not present
            </button>
          </p>
        ) : (
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary app-button--small"
              disabled={busy === myId}
              onClick={() => void onRecord(myId, { present: true, apologies: false })}
            >
              Mark me as present
            </button>
            {myApologies ? (
              <p className="govuk-body-s">
                You have sent apologies.{' '}
                <button
                  type="button"
                  className="app-link-button"
                  disabled={busy === myId}
                  onClick={() => void onRecord(myId, { present: false, apologies: false })}
                >
                  Withdraw my apologies
                </button>
              </p>
            ) : (
              <button
                type="button"
                className="govuk-button govuk-button--secondary app-button--small"
                disabled={busy === myId}
                onClick={() => void onRecord(myId, { present: false, apologies: true })}
              >
                Send my apologies
              </button>
            )}
          </div>
        )}
      </div>
      {present.length > 0 ? (
        <ul className="govuk-list app-compact-list app-attendance__list">
          {present.map((a) => (
            <li key={a.user.id}>
              {a.user.name} <span className="app-secondary-text">({a.user.organisation.name})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {apologies.length > 0 ? (
        <p className="govuk-body-s">Apologies: {apologies.map((a) => `${a.user.name} (${a.user.organisation.name})`).join(', ')}</p>
      ) : null}
      {meeting.isChair ? (
        <details className="govuk-details app-register__details" onToggle={(event) => setRegisterOpen(event.currentTarget.open)}>
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Take the register</span>
          </summary>
          <div className="govuk-details__text">
            {registerOpen ? <ChairRegister onRecord={(person, mark) => void onRecord(person.id, mark, person.name)} busy={busy} /> : null}
          </div>
        </details>
      ) : null}
    </aside>
  );
}

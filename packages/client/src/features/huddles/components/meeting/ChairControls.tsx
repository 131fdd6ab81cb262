import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { readApiError } from '../../../../ui/apiErrors';
import { CloseMeetingMutation, MeetingRoomQuery, StartMeetingMutation } from '../../graphql/meetings';
import { useMeeting } from './MeetingContext';

/** The chair starts the meeting, and closes it after confirming (closing freezes the minutes). */
export function ChairControls() {
  const { meeting, fields, announce } = useMeeting();
  const confirmHeadingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [closing, setClosing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const reread = { refetchQueries: [{ query: MeetingRoomQuery, variables: { id: meeting.id } }], awaitRefetchQueries: true };
  const [start, { loading: starting }] = useMutation(StartMeetingMutation, reread);
  // Closed minutes are read again in full (frozen items replace the live ones).
  const [close] = useMutation(CloseMeetingMutation, reread);
  // Items nobody wrote, decided or agreed anything at carry over (the review of incomplete actions starts afresh).
  const undiscussed = meeting.items.filter((i) => i.outcome !== 'DISCUSSED' && i.kind !== 'INCOMPLETE_ACTIONS_REVIEW').length;
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
    else if (wasConfirming.current) closeButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  async function startMeeting() {
    setProblem(null);
    try {
      await start({ variables: { meetingId: meeting.id } });
      announce('The meeting has started.');
    } catch (error) {
      setProblem(readApiError(error).message);
    }
  }

  async function closeMeeting() {
    setClosing(true);
    setProblem(null);
    // Nobody's words may be lost: save everything typed here first.
    await fields.flushAll();
    if (fields.hasUnsaved()) {
      setClosing(false);
      setProblem(
        'Some notes or decisions you typed have not reached the server yet. Check your connection; once they say “Saved”, close the meeting.',
      );
      return;
    }
    try {
      await close({ variables: { meetingId: meeting.id } });
    } catch (error) {
      setClosing(false);
      setProblem(readApiError(error).message);
    }
  }

  if (meeting.status === 'CLOSED') return null;

  return (
    <div className="app-chair-controls app-no-print">
      {problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      ) : null}
      {meeting.status === 'PLANNED' ? (
        <button
          type="button"
          className="govuk-button app-button--small"
          disabled={starting}
          aria-disabled={starting || undefined}
          onClick={() => void startMeeting()}
        >
          {starting ? 'Starting…' : 'Start meeting'}
        </button>
      ) : confirming ? (
        <div className="app-confirm" role="group" aria-labelledby={confirmHeadingId}>
          <h2 className="govuk-heading-s app-confirm__heading" id={confirmHeadingId} ref={confirmHeading} tabIndex={-1}>
            Close the meeting?
          </h2>
          <p className="govuk-body-s">
            The minutes will be frozen: nobody can change these notes, decisions or attendance afterwards.
            {undiscussed > 0
              ? ` ${undiscussed === 1 ? '1 item has' : `${undiscussed} items have`} nothing written, decided or agreed and will carry over to the next meeting.`
              : ''}
          </p>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--warning app-button--small"
              disabled={closing}
              aria-disabled={closing || undefined}
              onClick={() => void closeMeeting()}
            >
              {closing ? 'Closing…' : 'Yes, close the meeting'}
            </button>
            <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          ref={closeButton}
          className="govuk-button govuk-button--warning app-button--small"
          onClick={() => setConfirming(true)}
        >
          Close meeting
        </button>
      )}
    </div>
  );
}

import { useMeeting } from './MeetingContext';

/** Shown across the top while projector-safe mode is on, so the room knows details are hidden. */
export function ProjectorBanner() {
  return (
    <div className="app-projector-banner" role="status">
      <p className="app-projector-banner__title">Projector-safe mode: sensitive details hidden</p>
      <p className="app-projector-banner__text">
        People are shown as “Person 1”, “Person 2” and so on. Notes, decisions, personal details and action titles for items about people
        are hidden from this screen.
      </p>
    </div>
  );
}

/** Turns projector-safe mode on and off (remembered for this browser tab). */
export function ProjectorToggle() {
  const { projectorSafe, setProjectorSafe } = useMeeting();
  return (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-button--small app-projector-toggle"
      aria-pressed={projectorSafe}
      onClick={() => setProjectorSafe(!projectorSafe)}
    >
      Projector-safe mode
      <span className="app-projector-toggle__state" aria-hidden="true">
        {projectorSafe ? 'On' : 'Off'}
      </span>
    </button>
  );
}

import { useId } from 'react';

interface ConflictHelperProps {
  /** What is being edited, in lower case: "notes", "decisions". */
  what: string;
  theirs: string;
  mine: string;
  /** Who saved first, when the live events said. */
  by: string | null;
  busy: boolean;
  onUseTheirs: () => void;
  onAddMineBelow: () => void;
  onEditTogether: () => void;
}

const show = (text: string) => (text.trim() ? text : <span className="app-secondary-text">Nothing written</span>);

/**
 * Someone else saved the same field first. Their words and the user's unsaved words sit side by
 * side; the user chooses: keep theirs, add theirs and mine together, or edit the combination.
 * Nothing is thrown away until they choose "Use theirs".
 */
export function ConflictHelper({ what, theirs, mine, by, busy, onUseTheirs, onAddMineBelow, onEditTogether }: ConflictHelperProps) {
  const headingId = useId();
  return (
    <section className="app-conflict app-no-print" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s app-conflict__heading" id={headingId}>
        Someone else saved this first
      </h3>
      <p className="govuk-body-s">
        {by ? `${by} saved` : 'Someone saved'} the {what} while you were typing. Your words are kept here but are not saved yet. Choose how
        to combine them.
      </p>
      <div className="app-conflict__compare">
        <div className="app-conflict__version">
          <h4 className="govuk-heading-s">Their version (saved)</h4>
          <div className="app-conflict__text app-preserve-lines" data-testid="conflict-theirs">
            {show(theirs)}
          </div>
        </div>
        <div className="app-conflict__version">
          <h4 className="govuk-heading-s">Your version (not saved)</h4>
          <div className="app-conflict__text app-preserve-lines" data-testid="conflict-mine">
            {show(mine)}
          </div>
        </div>
      </div>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={onAddMineBelow} disabled={busy} aria-disabled={busy || undefined}>
          Add mine below theirs
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onEditTogether} disabled={busy}>
          Edit both together
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onUseTheirs} disabled={busy}>
          Use theirs
        </button>
      </div>
      <p className="govuk-hint govuk-!-margin-bottom-0">“Use theirs” discards your unsaved words.</p>
    </section>
  );
}

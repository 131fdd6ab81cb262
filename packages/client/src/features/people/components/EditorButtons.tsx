interface EditorButtonsProps {
  saving: boolean;
  /** The save button's text, such as "Save preferences". */
  saveLabel: string;
  onCancel: () => void;
}

/** Save (showing "Saving…" while it waits) and Cancel, for a section's edit form. */
export function EditorButtons({ saving, saveLabel, onCancel }: EditorButtonsProps) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving || undefined}>
        {saving ? 'Saving…' : saveLabel}
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel} disabled={saving}>
        Cancel
      </button>
    </div>
  );
}

/** Said inside an edit form when a live update shows the section has changed since editing began. */
export function ChangedSinceNotice({ what }: { what: string }) {
  return (
    <div className="govuk-inset-text app-inset-text--compact">
      Someone has changed {what} since you started editing. When you save, you can compare the two versions.
    </div>
  );
}

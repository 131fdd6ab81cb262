import { useEffect, useLayoutEffect, useRef, useSyncExternalStore, type ChangeEvent } from 'react';
import { syncStatusText, type TextField } from '../../hooks/sharedTextState';
import { timeOfDay } from '../../time';
import { isAboutPerson, useMeeting, type AgendaItem } from './MeetingContext';
import { TypingIndicator } from './Presence';

const LABELS: Record<TextField, { label: string; what: string; hint: string }> = {
  NOTES: { label: 'Notes', what: 'notes', hint: 'What was said.' },
  DECISIONS: { label: 'Decisions', what: 'decisions', hint: 'What the huddle agreed.' },
};

/**
 * Who reads free text about a person: members whose organisation may see beyond the person's name
 * (the server's DISCUSSION rule). Said where the text is typed, so nobody writes health or offending
 * details for members who may not see them.
 */
export const PERSON_TEXT_HINT =
  'Seen by huddle members whose organisation may see this person’s record beyond their name. Do not record health or offending details here unless everyone in the huddle may see them.';

/**
 * A live notes or decisions field that several people can type into at once. What each person
 * types is merged character by character (see `sharedText.ts`), so nobody is ever told that
 * someone else saved first; someone else's words appear as they type, and the caret stays where
 * it was. Changes typed while offline are kept in the browser and sent on reconnecting.
 */
export function TextFieldEditor({ item, field }: { item: AgendaItem; field: TextField }) {
  const { fields, reporter } = useMeeting();
  const state = useSyncExternalStore(fields.subscribe, () => fields.get(item.id, field));
  const { label, what, hint } = LABELS[field];
  const id = `${field.toLowerCase()}-${item.id}`;
  const aboutPerson = isAboutPerson(item);
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    fields.attach(item.id, field, () => {
      const textarea = textareaRef.current;
      if (!textarea || document.activeElement !== textarea) return null;
      return { start: textarea.selectionStart, end: textarea.selectionEnd };
    });
    void fields.open(item.id, field);
    return () => fields.attach(item.id, field, null);
  }, [fields, item.id, field]);

  // Someone else's words arrived: put the caret back after the character it followed.
  useLayoutEffect(() => {
    const textarea = textareaRef.current;
    if (textarea && state.selection && document.activeElement === textarea) {
      textarea.setSelectionRange(state.selection.start, state.selection.end);
    }
  }, [state.revision, state.selection]);

  // Until the shared text has loaded, show the saved text (read-only for that moment).
  const loading = state.status === 'loading';
  const value = loading ? ((field === 'NOTES' ? item.notes : item.decisions) ?? '') : state.text;

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    fields.edit(item.id, field, event.target.value);
    reporter.typing(item.id, field);
  }

  return (
    <div className={`govuk-form-group app-live-field${state.error ? ' govuk-form-group--error' : ''}`}>
      <div className="app-live-field__header">
        <label className="govuk-label govuk-label--s app-live-field__label" htmlFor={id}>
          {label}
        </label>
        <TypingIndicator itemId={item.id} field={field} />
      </div>
      <div id={`${id}-hint`} className="govuk-hint app-live-field__hint">
        {hint}
      </div>
      {aboutPerson ? (
        <div id={`${id}-sharing-hint`} className="govuk-hint app-live-field__hint">
          {PERSON_TEXT_HINT}
        </div>
      ) : null}
      {state.error ? (
        <p id={`${id}-error`} className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Your last change to the {what} was not saved. {state.error}
        </p>
      ) : null}
      <textarea
        ref={textareaRef}
        id={id}
        name={id}
        className={`govuk-textarea app-live-field__textarea${state.error ? ' govuk-textarea--error' : ''}`}
        rows={field === 'NOTES' ? 7 : 4}
        value={value}
        readOnly={loading}
        spellCheck
        aria-describedby={[`${id}-hint`, aboutPerson ? `${id}-sharing-hint` : null, `${id}-status`, state.error ? `${id}-error` : null]
          .filter(Boolean)
          .join(' ')}
        onChange={handleChange}
        onFocus={() => reporter.focus(item.id, field)}
        onBlur={() => {
          void fields.flush(item.id, field);
          reporter.leave(item.id);
        }}
      />
      <p id={`${id}-status`} className={`app-save-state app-save-state--${state.status}`}>
        {syncStatusText(state, (at) => timeOfDay(at))}
      </p>
    </div>
  );
}

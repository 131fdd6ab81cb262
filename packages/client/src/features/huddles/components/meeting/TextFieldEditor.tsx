import { useEffect, useRef, useSyncExternalStore, type ChangeEvent } from 'react';
import type { FieldState, TextField } from '../../hooks/fieldEditorStore';
import { timeOfDay } from '../../time';
import { ConflictHelper } from './ConflictHelper';
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

function statusText(state: FieldState): string {
  switch (state.status) {
    case 'pending':
      return 'Not saved yet: saves when you stop typing';
    case 'unsaved':
      return 'Not saved yet: check the combined text, then it saves when you leave the field';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return state.savedAt ? `Saved at ${timeOfDay(state.savedAt)}` : 'Saved';
    case 'conflict':
      return 'Not saved: someone else saved first';
    case 'error':
      return 'Not saved';
    default:
      return '';
  }
}

/**
 * A live notes or decisions field: saves about 800 ms after typing stops and on leaving the field,
 * shows whether it has saved, says who else is typing here, and helps merge when someone else
 * saved first. Live changes from others replace the text only when the user has nothing unsaved.
 */
export function TextFieldEditor({ item, field }: { item: AgendaItem; field: TextField }) {
  const { fields, reporter, announce } = useMeeting();
  const state = useSyncExternalStore(fields.subscribe, () => fields.get(item.id, field));
  const { label, what, hint } = LABELS[field];
  const id = `${field.toLowerCase()}-${item.id}`;
  const aboutPerson = isAboutPerson(item);

  const cacheText = (field === 'NOTES' ? item.notes : item.decisions) ?? '';
  const cacheVersion = field === 'NOTES' ? item.notesVersion : item.decisionsVersion;
  // Until the cache catches up with what this browser saved, show what was saved.
  const saved = state.lastSaved && state.lastSaved.version > cacheVersion ? state.lastSaved : { text: cacheText, version: cacheVersion };
  const value = state.draft ?? saved.text;
  const newerSaved = state.draft !== null && state.status !== 'conflict' && saved.version > state.baseVersion;

  // Tell screen reader users once when a conflict opens (without moving their focus from the field).
  const announced = useRef(false);
  useEffect(() => {
    if (state.status === 'conflict' && !announced.current) {
      announced.current = true;
      announce(`Someone else saved the ${what} first. Your words are kept: choose how to combine them.`);
    }
    if (state.status !== 'conflict') announced.current = false;
  }, [state.status, announce, what]);

  function handleChange(event: ChangeEvent<HTMLTextAreaElement>) {
    fields.edit(item.id, field, event.target.value, saved);
    reporter.typing(item.id, field);
  }

  const textareaRef = useRef<HTMLTextAreaElement>(null);

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
      {state.status === 'conflict' && state.conflict ? (
        <ConflictHelper
          what={what}
          theirs={state.conflict.text}
          mine={state.draft ?? ''}
          by={state.conflict.by}
          busy={false}
          onUseTheirs={() => fields.useTheirs(item.id, field)}
          onAddMineBelow={() => void fields.addMineBelowTheirs(item.id, field)}
          onEditTogether={() => {
            fields.editTogether(item.id, field);
            textareaRef.current?.focus();
          }}
        />
      ) : null}
      {newerSaved ? (
        <p className="app-live-field__newer govuk-body-s">
          {state.remote ? `${state.remote.by} saved` : 'Someone saved'} a newer version while you were typing. Your words are kept; when
          they save you can compare the two.
        </p>
      ) : null}
      {state.error ? (
        <p id={`${id}-error`} className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> Your {what} could not be saved. {state.error}{' '}
          <button type="button" className="app-link-button" onClick={() => void fields.retry(item.id, field)}>
            Try again
          </button>
        </p>
      ) : null}
      <textarea
        ref={textareaRef}
        id={id}
        name={id}
        className={`govuk-textarea app-live-field__textarea${state.error ? ' govuk-textarea--error' : ''}`}
        rows={field === 'NOTES' ? 7 : 4}
        value={value}
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
        {statusText(state)}
      </p>
    </div>
  );
}

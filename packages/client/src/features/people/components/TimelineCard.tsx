import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDateTime, LIMITS, SHARING_SECTION_LABELS, type SharingSection } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectInput, TextArea } from '../../../ui/fields';
import { SavedMessage } from '../../../ui/SavedMessage';
import { AddTimelineNoteMutation } from '../graphql/people';
import { usePerson } from './PersonContext';
import { SectionCard } from './SectionCard';

/** How many entries show before "Show all". */
const FIRST_ENTRIES = 8;

function AddNoteForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { person } = usePerson();
  const sections = person.access.sections;
  const [text, setText] = useState('');
  const [section, setSection] = useState<string>(sections.includes('NEEDS') ? 'NEEDS' : '');
  const [error, setError] = useState<{ text: string; attempt: number } | null>(null);
  const [addNote, { loading }] = useMutation(AddTimelineNoteMutation);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const attempt = (error?.attempt ?? 0) + 1;
    const note = text.trim();
    if (!note) return setError({ text: 'Enter the note', attempt });
    if (note.length > LIMITS.notesMaxLength) {
      return setError({ text: `Keep the note to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`, attempt });
    }
    setError(null);
    try {
      await addNote({ variables: { personId: person.id, text: note, section: (section || null) as SharingSection | null } });
      setText('');
      onAdded('Note added to the timeline.');
    } catch (caught) {
      setError({ text: readApiError(caught).message, attempt });
    }
  }

  const options = [
    { value: '', label: 'Everyone who can see this record' },
    ...sections.map((s) => ({ value: s, label: `Those who can see ${SHARING_SECTION_LABELS[s]}` })),
  ];

  return (
    <form
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
      aria-labelledby="add-note-heading"
      className="app-form-panel app-form-panel--compact"
    >
      <h3 className="govuk-heading-s" id="add-note-heading">
        Add a note
      </h3>
      {error ? <ErrorSummary key={error.attempt} errors={[{ fieldId: 'note-text', text: error.text }]} /> : null}
      <TextArea
        id="note-text"
        name="text"
        label="Note"
        rows={3}
        value={text}
        error={error?.text}
        onChange={(event) => setText(event.target.value)}
      />
      <SelectInput
        id="note-section"
        name="section"
        label="Who can see this note"
        hint="A note is shared like the part of the record it is about"
        options={options}
        value={section}
        onChange={(event) => setSection(event.target.value)}
      />
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Adding…' : 'Add note'}
      </button>
    </form>
  );
}

/** Changes and notes, newest first, with a form to add a note. */
export function TimelineCard() {
  const { person } = usePerson();
  const [showAll, setShowAll] = useState(false);
  const [added, setAdded] = useState<{ text: string; key: number } | null>(null);
  const canAddNote = person.profile !== null && !person.processingRestricted;
  const entries = showAll ? person.timeline : person.timeline.slice(0, FIRST_ENTRIES);

  return (
    <SectionCard id="timeline" title="Timeline">
      {added ? <SavedMessage key={added.key} text={added.text} /> : null}
      {canAddNote ? <AddNoteForm onAdded={(text) => setAdded((previous) => ({ text, key: (previous?.key ?? 0) + 1 }))} /> : null}
      {person.timeline.length === 0 ? (
        <p className="govuk-body">Nothing on the timeline yet.</p>
      ) : (
        <ol className="app-timeline">
          {entries.map((entry) => (
            <li className="app-timeline__item" key={entry.id}>
              <h3 className="app-timeline__title">{entry.kind === 'NOTE' ? 'Note' : entry.summary}</h3>
              <p className="app-timeline__meta">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                {entry.author ? (
                  <>
                    {' '}
                    by {entry.author.name} ({entry.author.organisation.name})
                  </>
                ) : null}
                {entry.section ? <span className="app-timeline__section"> · {SHARING_SECTION_LABELS[entry.section]}</span> : null}
              </p>
              {entry.kind === 'NOTE' ? <p className="app-timeline__description app-preserve-lines">{entry.summary}</p> : null}
            </li>
          ))}
        </ol>
      )}
      {person.timeline.length > FIRST_ENTRIES ? (
        <button type="button" className="app-link-button govuk-link" onClick={() => setShowAll((value) => !value)} aria-expanded={showAll}>
          {showAll ? 'Show fewer entries' : `Show all ${person.timeline.length} entries`}
        </button>
      ) : null}
    </SectionCard>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDate, formatDateTime, LIMITS } from '@casehuddle/shared';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Checkboxes, TextArea } from '../../../ui/fields';
import { summaryItems, type FieldErrors } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { canEdit } from '../access';
import { currentText, type Conflict } from '../conflict';
import { UpdatePersonStoryMutation } from '../graphql/people';
import { useSectionEditor } from '../hooks/useSectionEditor';
import { useVersionedSave } from '../hooks/useVersionedSave';
import { ConflictView } from './ConflictView';
import { usePerson } from './PersonContext';
import { CardAction, NotShared, SectionCard } from './SectionCard';

const STORY_FIELDS = ['text', 'personAgreed'] as const;
type StoryField = (typeof STORY_FIELDS)[number];
const FIELD_IDS: Record<StoryField, string> = { text: 'story-text', personAgreed: 'story-person-agreed' };

function savedBy(conflict: Conflict): string | null {
  const name = currentText(conflict, 'recordedBy');
  const at = currentText(conflict, 'recordedAt');
  if (!name) return null;
  return at ? `${name}, ${formatDateTime(at)}` : name;
}

interface StoryEditorProps {
  personId: string;
  displayName: string;
  text: string | null;
  /** The story's version as it is now on the page: the editor remembers the one it started from. */
  version: number;
  onSaved: (message: string) => void;
  onCancel: () => void;
  onUseTheirs: () => void;
}

/** Records the person's story in their own words, only with their agreement. */
export function StoryEditor({ personId, displayName, text: initialText, version, onSaved, onCancel, onUseTheirs }: StoryEditorProps) {
  const [text, setText] = useState(initialText ?? '');
  const [agreed, setAgreed] = useState(false);
  const [update] = useMutation(UpdatePersonStoryMutation);
  const save = useVersionedSave({
    version,
    fieldNames: STORY_FIELDS,
    duplicateField: 'text',
    save: (expectedVersion) => update({ variables: { input: { personId, expectedVersion, text: text.trim(), personAgreed: agreed } } }),
    onSaved: () => onSaved('My story saved.'),
  });

  function validate(): FieldErrors<StoryField> {
    const errors: FieldErrors<StoryField> = {};
    if (text.length > LIMITS.storyMaxLength) {
      errors.text = `Keep the story to ${LIMITS.storyMaxLength.toLocaleString('en-GB')} characters or fewer`;
    }
    if (!agreed) errors.personAgreed = `Confirm that ${displayName} agreed to their story being recorded and shared`;
    return errors;
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void save.submit(validate());
  }

  const items = summaryItems(save.errors, STORY_FIELDS, (field) => FIELD_IDS[field]);
  const theirs = save.conflict ? currentText(save.conflict, 'text') : null;

  return (
    <form noValidate aria-labelledby="story-editor-heading" onSubmit={handleSubmit}>
      <h3 className="govuk-heading-s" id="story-editor-heading">
        Edit my story
      </h3>
      {items.length > 0 ? <ErrorSummary key={save.attempt} errors={items} /> : null}
      {save.conflict ? (
        <ConflictView
          what="My story"
          rows={[{ label: 'My story', theirs, mine: text.trim(), differs: (theirs ?? '') !== text.trim() }]}
          savedBy={savedBy(save.conflict)}
          saving={save.saving}
          onKeepMine={() => void save.keepMine(validate())}
          onUseTheirs={onUseTheirs}
        />
      ) : save.changedSince(version) ? (
        <div className="govuk-inset-text app-inset-text--compact">
          Someone has changed this story since you started editing. When you save, you can compare the two versions.
        </div>
      ) : null}
      <TextArea
        id={FIELD_IDS.text}
        name="text"
        label={`${displayName}’s story, in their own words`}
        hint="Write it as they tell it. Read it back to them before you save."
        rows={8}
        value={text}
        error={save.errors.fields.text}
        onChange={(event) => setText(event.target.value)}
        autoFocus
      />
      <Checkboxes
        id={FIELD_IDS.personAgreed}
        name="personAgreed"
        legend="Agreement"
        legendClass="govuk-fieldset__legend--s"
        small
        error={save.errors.fields.personAgreed}
        options={[
          {
            value: 'agreed',
            label: `${displayName} agreed to their story being recorded, and shared as their agreements say`,
          },
        ]}
        values={agreed ? ['agreed'] : []}
        onChange={(values) => setAgreed(values.includes('agreed'))}
      />
      {save.conflict ? null : (
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={save.saving} aria-disabled={save.saving || undefined}>
            {save.saving ? 'Saving…' : 'Save my story'}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel} disabled={save.saving}>
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}

/** "My story": the person's own words, who recorded them and whether the person agreed. */
export function StoryCard() {
  const { person, refresh } = usePerson();
  const editor = useSectionEditor();
  const { story } = person;
  const editable = story !== null && canEdit(person, 'STORY');

  return (
    <SectionCard
      id="story"
      title="My story"
      action={
        editable && !editor.editing ? (
          <CardAction verb="Edit" what="my story" onClick={() => editor.start(true)} buttonRef={editor.editButtonRef(true)} />
        ) : null
      }
    >
      {editor.saved ? <SavedMessage key={editor.saved.key} text={editor.saved.text} /> : null}
      {!story ? (
        <NotShared />
      ) : editor.editing ? (
        <StoryEditor
          personId={person.id}
          displayName={person.displayName}
          text={story.text}
          version={story.version}
          onSaved={editor.finish}
          onCancel={editor.cancel}
          onUseTheirs={() => {
            editor.finish('Their version of My story is shown. Your changes were not saved.');
            void refresh();
          }}
        />
      ) : (
        <>
          {story.text ? (
            <blockquote className="app-story app-preserve-lines">{story.text}</blockquote>
          ) : (
            <p className="govuk-body app-secondary-text">No story recorded yet.</p>
          )}
          {story.text ? (
            <p className="govuk-body-s app-secondary-text app-story__meta">
              {story.recordedBy ? (
                <>
                  Recorded by {story.recordedBy.name} ({story.recordedBy.organisation.name})
                  {story.recordedAt ? ` on ${formatDate(story.recordedAt)}` : ''}.{' '}
                </>
              ) : null}
              {story.personAgreed
                ? `${person.displayName} agreed to it being recorded and shared.`
                : 'The person’s agreement is not recorded.'}
            </p>
          ) : null}
        </>
      )}
    </SectionCard>
  );
}

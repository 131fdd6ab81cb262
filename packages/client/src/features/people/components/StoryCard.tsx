import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { formatDate, formatDateTime, LIMITS } from '@casehuddle/shared';
import { CheckboxesField, TextAreaField, useGovukForm } from '../../../ui/form';
import { canEdit } from '../access';
import { currentText, type Conflict } from '../conflict';
import { UpdatePersonStoryMutation } from '../graphql/people';
import { usePerson } from './PersonContext';
import { EditableCard, SectionEditor, type EditorCallbacks } from './SectionEditor';

function savedBy(conflict: Conflict): string | null {
  const name = currentText(conflict, 'recordedBy');
  const at = currentText(conflict, 'recordedAt');
  if (!name) return null;
  return at ? `${name}, ${formatDateTime(at)}` : name;
}

interface StoryEditorProps extends EditorCallbacks {
  personId: string;
  displayName: string;
  text: string | null;
  /** The story's version as it is now on the page: the editor remembers the one it started from. */
  version: number;
}

const storySchema = (displayName: string) =>
  z.object({
    text: z
      .string()
      .trim()
      .max(LIMITS.storyMaxLength, `Keep the story to ${LIMITS.storyMaxLength.toLocaleString('en-GB')} characters or fewer`),
    personAgreed: z
      .array(z.string())
      .refine((values) => values.includes('agreed'), `Confirm that ${displayName} agreed to their story being recorded and shared`)
      .transform(() => true),
  });

/** Records the person's story in their own words, only with their agreement. */
export function StoryEditor({ personId, displayName, text, version, ...callbacks }: StoryEditorProps) {
  const form = useGovukForm({
    schema: storySchema(displayName),
    defaultValues: { text: text ?? '', personAgreed: [] },
    ids: { text: 'story-text', personAgreed: 'story-person-agreed' },
  });
  const [update] = useMutation(UpdatePersonStoryMutation);

  return (
    <SectionEditor
      {...callbacks}
      form={form}
      id="story"
      title="Edit my story"
      version={version}
      save={(values, expectedVersion) => update({ variables: { input: { personId, expectedVersion, ...values } } })}
      savedText="My story saved."
      what="My story"
      changedWhat="this story"
      conflictRows={(conflict, mine) => [
        { label: 'My story', theirs: currentText(conflict, 'text'), mine: mine?.text ?? form.getValues('text').trim() },
      ]}
      savedBy={savedBy}
      saveLabel="Save my story"
    >
      <TextAreaField
        name="text"
        label={`${displayName}’s story, in their own words`}
        hint="Write it as they tell it. Read it back to them before you save."
        rows={8}
        autoFocus
      />
      <CheckboxesField
        name="personAgreed"
        legend="Agreement"
        legendClass="govuk-fieldset__legend--s"
        small
        options={[{ value: 'agreed', label: `${displayName} agreed to their story being recorded, and shared as their agreements say` }]}
      />
    </SectionEditor>
  );
}

/** "My story": the person's own words, who recorded them and whether the person agreed. */
export function StoryCard() {
  const { person } = usePerson();
  const { story } = person;
  return (
    <EditableCard
      id="story"
      title="My story"
      what="my story"
      shared={story !== null}
      editable={canEdit(person, 'STORY')}
      theirsShown="Their version of My story is shown. Your changes were not saved."
      editor={(callbacks) =>
        story && (
          <StoryEditor personId={person.id} displayName={person.displayName} text={story.text} version={story.version} {...callbacks} />
        )
      }
    >
      {story ? (
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
      ) : null}
    </EditableCard>
  );
}

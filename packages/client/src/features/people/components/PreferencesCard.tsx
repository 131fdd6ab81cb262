import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { LIMITS, TIME_OF_DAY_LABELS, TIMES_OF_DAY, type TimeOfDay } from '@casehuddle/shared';
import type { PersonRecordFieldsFragment } from '../../../generated/graphql';
import { RadiosField, TextAreaField, TextField, useGovukForm } from '../../../ui/form';
import { optionalOneOf, optionalText } from '../../../ui/schema';
import { canEdit } from '../access';
import { currentText } from '../conflict';
import { UpdatePersonPreferencesMutation } from '../graphql/people';
import { usePerson } from './PersonContext';
import { SummaryList } from './SectionCard';
import { EditableCard, SectionEditor, type EditorCallbacks } from './SectionEditor';

type Preferences = NonNullable<PersonRecordFieldsFragment['preferences']>;

const FIELDS = ['whatHelps', 'whatToAvoid', 'contactHow', 'contactWhen', 'timeOfDay'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_IDS: Record<Field, string> = {
  whatHelps: 'preferences-what-helps',
  whatToAvoid: 'preferences-what-to-avoid',
  contactHow: 'preferences-contact-how',
  contactWhen: 'preferences-contact-when',
  timeOfDay: 'preferences-time-of-day',
};
const LABELS: Record<Field, string> = {
  whatHelps: 'What helps me',
  whatToAvoid: 'What to avoid',
  contactHow: 'How to contact me',
  contactWhen: 'When to contact me',
  timeOfDay: 'Best time for appointments',
};
const TIME_OPTIONS = [...TIMES_OF_DAY.map((time) => ({ value: time, label: TIME_OF_DAY_LABELS[time] })), { value: '', label: 'Not known' }];
const timeLabel = (value: unknown) =>
  typeof value === 'string' && value in TIME_OF_DAY_LABELS ? TIME_OF_DAY_LABELS[value as TimeOfDay] : null;

const notes = () =>
  optionalText(LIMITS.notesMaxLength, `Keep this to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`);
const short = () => optionalText(LIMITS.shortTextMaxLength, `Keep this to ${LIMITS.shortTextMaxLength} characters or fewer`);
const schema = z.object({
  whatHelps: notes(),
  whatToAvoid: notes(),
  contactHow: short(),
  contactWhen: short(),
  timeOfDay: optionalOneOf(TIMES_OF_DAY),
});

function PreferencesEditor({ personId, preferences, ...callbacks }: EditorCallbacks & { personId: string; preferences: Preferences }) {
  const form = useGovukForm({
    schema,
    defaultValues: {
      whatHelps: preferences.whatHelps ?? '',
      whatToAvoid: preferences.whatToAvoid ?? '',
      contactHow: preferences.contactHow ?? '',
      contactWhen: preferences.contactWhen ?? '',
      timeOfDay: preferences.timeOfDay ?? '',
    },
    ids: FIELD_IDS,
  });
  const [update] = useMutation(UpdatePersonPreferencesMutation);

  return (
    <SectionEditor
      {...callbacks}
      form={form}
      id="preferences"
      title="Edit preferences"
      version={preferences.version}
      save={(values, expectedVersion) => update({ variables: { input: { personId, expectedVersion, ...values } } })}
      savedText="Preferences saved."
      what="Preferences"
      changedWhat="these preferences"
      conflictRows={(conflict, mine) =>
        FIELDS.map((field) => ({
          label: LABELS[field],
          theirs: field === 'timeOfDay' ? timeLabel(conflict.current[field]) : currentText(conflict, field),
          mine: field === 'timeOfDay' ? timeLabel(mine?.timeOfDay) : (mine?.[field] ?? null),
        }))
      }
      saveLabel="Save preferences"
    >
      <TextAreaField
        name="whatHelps"
        label={LABELS.whatHelps}
        hint="In their words: what makes it easier for them to work with services"
        rows={3}
        autoFocus
      />
      <TextAreaField name="whatToAvoid" label={LABELS.whatToAvoid} rows={3} />
      <TextField name="contactHow" label={LABELS.contactHow} hint="For example, mobile, text first" maxLength={LIMITS.shortTextMaxLength} />
      <TextField name="contactWhen" label={LABELS.contactWhen} hint="For example, weekday mornings" maxLength={LIMITS.shortTextMaxLength} />
      <RadiosField
        name="timeOfDay"
        legend={LABELS.timeOfDay}
        hint="A morning or afternoon window, so appointments with different services do not collide"
        small
        inline
        options={TIME_OPTIONS}
      />
    </SectionEditor>
  );
}

/** "What helps me, what to avoid, how to contact me", and the best time of day. */
export function PreferencesCard() {
  const { person } = usePerson();
  const { preferences } = person;
  return (
    <EditableCard
      id="preferences"
      title="Preferences and contact"
      what="preferences and contact"
      shared={preferences !== null}
      editable={canEdit(person, 'CONTACT')}
      theirsShown="Their version of the preferences is shown. Your changes were not saved."
      editor={(callbacks) => preferences && <PreferencesEditor personId={person.id} preferences={preferences} {...callbacks} />}
    >
      {preferences ? (
        <SummaryList
          rows={[
            { key: LABELS.whatHelps, value: preferences.whatHelps },
            { key: LABELS.whatToAvoid, value: preferences.whatToAvoid },
            { key: LABELS.contactHow, value: preferences.contactHow },
            { key: LABELS.contactWhen, value: preferences.contactWhen },
            { key: LABELS.timeOfDay, value: preferences.timeOfDay ? TIME_OF_DAY_LABELS[preferences.timeOfDay] : null },
          ]}
        />
      ) : null}
    </EditableCard>
  );
}

import { useMutation } from '@apollo/client/react';
import { formatDate, formatNhsNumber } from '@casehuddle/shared';
import { useGovukForm } from '../../../ui/form';
import type { PersonRecord } from '../access';
import { currentText } from '../conflict';
import { PROFILE_FIELDS, profileFieldIds, ProfileFields, profileFormValues, profileSchema, type ProfileField } from '../forms/profileForm';
import { UpdatePersonProfileMutation } from '../graphql/people';
import { usePerson } from './PersonContext';
import { SummaryList } from './SectionCard';
import { EditableCard, SectionEditor, type EditorCallbacks } from './SectionEditor';

const LABELS: Record<ProfileField, string> = {
  legalName: 'Legal name',
  preferredName: 'Preferred name',
  pronouns: 'Pronouns',
  dateOfBirth: 'Date of birth',
  councilArea: 'Council area',
  nhsNumber: 'NHS number',
  prisonNumber: 'Prison number',
  crn: 'CRN',
};

function ProfileEditor({ person, version, ...callbacks }: EditorCallbacks & { person: PersonRecord; version: number }) {
  const form = useGovukForm({
    schema: profileSchema,
    defaultValues: profileFormValues(person),
    ids: profileFieldIds('profile'),
    duplicateField: 'nhsNumber',
  });
  const [update] = useMutation(UpdatePersonProfileMutation);
  const show = (field: ProfileField, value: string | null) => (value && field === 'dateOfBirth' ? formatDate(value) : value);

  return (
    <SectionEditor
      {...callbacks}
      form={form}
      id="profile"
      title="Edit personal details"
      version={version}
      save={(profile, expectedVersion) => update({ variables: { input: { personId: person.id, expectedVersion, profile } } })}
      savedText="Personal details saved."
      what="Personal details"
      changedWhat="these details"
      conflictRows={(conflict, mine) =>
        PROFILE_FIELDS.map((field) => ({
          label: LABELS[field],
          theirs: show(field, currentText(conflict, field)),
          mine: show(field, mine?.[field] ?? null),
        }))
      }
      saveLabel="Save personal details"
    >
      <ProfileFields />
    </SectionEditor>
  );
}

/** Names, date of birth, council area and identifiers. Identifiers show only with their section. */
export function ProfileCard() {
  const { person } = usePerson();
  const { profile, access } = person;
  const identifier = (value: string | null, section: 'HEALTH' | 'OFFENDING') =>
    value ?? (access.sections.includes(section) ? null : <span className="app-not-shared">Not shared with your organisation</span>);

  return (
    <EditableCard
      id="profile"
      title="Personal details"
      what="personal details"
      shared={profile !== null}
      editable={access.full && !person.processingRestricted}
      theirsShown="Their version of the personal details is shown. Your changes were not saved."
      editor={(callbacks) => profile && <ProfileEditor person={person} version={profile.version} {...callbacks} />}
    >
      {profile ? (
        <SummaryList
          rows={[
            { key: LABELS.legalName, value: person.legalName },
            { key: LABELS.preferredName, value: person.preferredName },
            { key: LABELS.pronouns, value: person.pronouns },
            { key: LABELS.dateOfBirth, value: profile.dateOfBirth ? formatDate(profile.dateOfBirth) : null },
            { key: LABELS.councilArea, value: profile.councilArea },
            { key: LABELS.nhsNumber, value: identifier(profile.nhsNumber ? formatNhsNumber(profile.nhsNumber) : null, 'HEALTH') },
            { key: LABELS.prisonNumber, value: identifier(profile.prisonNumber, 'OFFENDING') },
            { key: LABELS.crn, value: identifier(profile.crn, 'OFFENDING') },
          ]}
        />
      ) : null}
    </EditableCard>
  );
}

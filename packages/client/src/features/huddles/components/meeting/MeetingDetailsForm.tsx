import { useId } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { GovukForm, SelectField, SubmitButton, TextField, useGovukForm } from '../../../../ui/form';
import { optionalText } from '../../../../ui/schema';
import { HuddleColleaguesQuery } from '../../graphql/huddles';
import { MeetingMembersQuery, UpdateMeetingDetailsMutation } from '../../graphql/meetings';
import type { Meeting } from './MeetingContext';

const PLACE_MAX = 200;

const detailsSchema = z.object({
  place: optionalText(PLACE_MAX, `Place must be ${PLACE_MAX} characters or fewer`),
  chairId: z.string().transform((value) => value || null),
});

interface Person {
  id: string;
  name: string;
  organisation: { id: string; name: string };
}

/** The chair sets where the meeting is held and who chairs it, before or during the meeting. */
export function MeetingDetailsForm({ meeting, onSaved }: { meeting: Meeting; onSaved: (text: string) => void }) {
  const headingId = useId();
  const form = useGovukForm({
    schema: detailsSchema,
    defaultValues: { place: meeting.place ?? '', chairId: meeting.chair?.id ?? '' },
    ids: { place: 'meeting-place', chairId: 'meeting-chair' },
  });
  const members = useQuery(MeetingMembersQuery, { variables: { huddleId: meeting.huddleId } });
  const colleagues = useQuery(HuddleColleaguesQuery);
  const [save] = useMutation(UpdateMeetingDetailsMutation);

  const orgIds = new Set(members.data?.huddle.memberOrganisations.map((o) => o.id) ?? []);
  const people = new Map<string, Person>();
  for (const c of meeting.huddleChairs) people.set(c.id, c);
  for (const c of colleagues.data?.colleagues ?? []) if (orgIds.has(c.organisation.id)) people.set(c.id, c);
  if (meeting.chair) people.set(meeting.chair.id, meeting.chair);
  const options = [...people.values()]
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((p) => ({ value: p.id, label: `${p.name} (${p.organisation.name})` }));

  return (
    <GovukForm
      form={form}
      className="app-form-panel app-no-print"
      aria-labelledby={headingId}
      heading={
        <h2 className="govuk-heading-m" id={headingId}>
          Place and chair
        </h2>
      }
      onSubmit={async (values) => {
        await save({ variables: { input: { meetingId: meeting.id, place: values.place, chairId: values.chairId } } });
        onSaved('Place and chair saved.');
      }}
    >
      <TextField name="place" label="Place" labelClass="govuk-label--s" hint="For example, The Hub, room 2" maxLength={PLACE_MAX} />
      <SelectField
        name="chairId"
        label="Chair"
        labelClass="govuk-label--s"
        hint="Left empty, the chair who starts the meeting chairs it."
        placeholder="The chair who starts the meeting"
        options={options}
      />
      <SubmitButton className="app-button--small">Save place and chair</SubmitButton>
    </GovukForm>
  );
}

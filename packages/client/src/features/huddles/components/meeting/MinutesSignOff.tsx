import { useId } from 'react';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { formatDate } from '@casehuddle/shared';
import { datePartsFromIso, todayIso } from '../../../../ui/dates';
import { DateField, GovukForm, SubmitButton, useGovukForm } from '../../../../ui/form';
import { requiredDateParts } from '../../../../ui/schema';
import { MeetingRoomQuery, SignOffMinutesMutation } from '../../graphql/meetings';
import { useMeeting } from './MeetingContext';

/** "Signed off by Sam Okafor on 3 Dec 2026." */
export function signOffLine(signOff: { signedOn: string; signedBy: { name: string } }): string {
  return `Signed off by ${signOff.signedBy.name} on ${formatDate(signOff.signedOn)}.`;
}

const signOffSchema = (meetingDay: string) =>
  z.object({
    signedOn: requiredDateParts('The date of sign-off', (iso) =>
      iso > todayIso()
        ? 'The date of sign-off must be today or in the past'
        : iso < meetingDay
          ? `The date of sign-off must be on or after the meeting (${formatDate(meetingDay)})`
          : null,
    ),
  });

/**
 * Who approved the minutes and when; for a chair whose minutes are not signed off yet, the form
 * to sign them off (as of today, or the day they were agreed).
 */
export function MinutesSignOff() {
  const { meeting, announce } = useMeeting();
  const headingId = useId();
  // The day it was held: a meeting can be started and closed before the day it was planned for.
  const heldAt = meeting.closedAt && meeting.closedAt < meeting.startsAt ? meeting.closedAt : meeting.startsAt;
  const meetingDay = todayIso(new Date(heldAt));
  const form = useGovukForm({
    schema: signOffSchema(meetingDay),
    defaultValues: { signedOn: datePartsFromIso(todayIso()) },
    ids: { signedOn: 'sign-off-date-day' },
  });
  const [signOff] = useMutation(SignOffMinutesMutation, {
    refetchQueries: [{ query: MeetingRoomQuery, variables: { id: meeting.id } }],
    awaitRefetchQueries: true,
  });

  if (meeting.signOff) {
    return (
      <div className="app-sign-off app-sign-off--done">
        <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0">{signOffLine(meeting.signOff)}</p>
      </div>
    );
  }
  if (!meeting.isChair) {
    return <p className="govuk-body app-sign-off">These minutes have not been signed off by the chair yet.</p>;
  }
  return (
    <GovukForm
      form={form}
      className="app-form-panel app-sign-off app-no-print"
      aria-labelledby={headingId}
      heading={
        <h2 className="govuk-heading-m" id={headingId}>
          Sign off the minutes
        </h2>
      }
      onSubmit={async ({ signedOn }) => {
        const result = await signOff({ variables: { meetingId: meeting.id, signedOn } });
        const signed = result.data?.signOffMinutes;
        if (signed) announce(signOffLine(signed));
      }}
    >
      <p className="govuk-body-s">
        Signing off records that you, as chair, approve these minutes as a true record. It cannot be undone or changed.
      </p>
      <DateField name="signedOn" legend="Date of sign-off" legendClass="govuk-fieldset__legend--s" hint="For example, 3 12 2026" />
      <SubmitButton busyText="Signing off…" className="app-button--small">
        Sign off the minutes
      </SubmitButton>
    </GovukForm>
  );
}

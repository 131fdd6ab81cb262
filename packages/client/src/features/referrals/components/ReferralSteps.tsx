import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { LIMITS } from '@casehuddle/shared';
import type { ReferralFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { FormButtons, GovukForm, RadiosField, TextAreaField, useGovukForm } from '../../../ui/form';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { optionalText, requiredText } from '../../../ui/schema';
import {
  AcceptReferralMutation,
  AcknowledgeReferralMutation,
  CloseReferralMutation,
  DeclineReferralMutation,
  PeerMentorsQuery,
  WithdrawReferralMutation,
} from '../graphql/referrals';
import { whenText } from '../../appointments/labels';
import { formatLocalDateWithDay } from '../../releases/labels';

type Referral = ReferralFieldsFragment;
export type ReferralStepName = 'ACKNOWLEDGE' | 'ACCEPT' | 'DECLINE' | 'WITHDRAW' | 'CLOSE';

interface StepWords {
  /** The button that opens the step's form. */
  open: string;
  /** The form's heading and its submit button. */
  title: string;
  submit: string;
  busy: string;
  /** The question for the note, and whether it must be answered. */
  note: { label: string; hint?: string; missing?: string } | null;
  /** Said once it is done. */
  done: string;
}

const WORDS: Record<ReferralStepName, StepWords> = {
  ACKNOWLEDGE: {
    open: 'Acknowledge',
    title: 'Acknowledge the referral',
    submit: 'Acknowledge referral',
    busy: 'Acknowledging…',
    note: null,
    done: 'Referral acknowledged. The sender can see you have it.',
  },
  ACCEPT: {
    open: 'Accept',
    title: 'Accept the referral',
    submit: 'Accept referral',
    busy: 'Accepting…',
    note: null,
    done: 'Referral accepted.',
  },
  DECLINE: {
    open: 'Decline',
    title: 'Decline the referral',
    submit: 'Decline referral',
    busy: 'Declining…',
    note: {
      label: 'Why are you declining it?',
      hint: 'The sender sees this. The sharing the referral gave your organisation ends.',
      missing: 'Say why you are declining the referral',
    },
    done: 'Referral declined. The sender has been told why.',
  },
  WITHDRAW: {
    open: 'Withdraw',
    title: 'Withdraw the referral',
    submit: 'Withdraw referral',
    busy: 'Withdrawing…',
    note: {
      label: 'Why are you withdrawing it? (optional)',
      hint: 'The receiving organisation sees this. The sharing the referral gave them ends.',
    },
    done: 'Referral withdrawn.',
  },
  CLOSE: {
    open: 'Close',
    title: 'Close the referral',
    submit: 'Close referral',
    busy: 'Closing…',
    note: {
      label: 'What was the outcome?',
      hint: 'For example, accepted for the relief duty and placed in supported housing',
      missing: 'Say what the outcome was',
    },
    done: 'Referral closed.',
  },
};

/** The steps the viewer may take now, in the order they are offered. */
export function stepsFor(referral: Referral): ReferralStepName[] {
  const steps: ReferralStepName[] = [];
  if (referral.canAccept) steps.push('ACCEPT');
  if (referral.canAcknowledge) steps.push('ACKNOWLEDGE');
  if (referral.canDecline) steps.push('DECLINE');
  if (referral.canWithdraw) steps.push('WITHDRAW');
  if (referral.canClose) steps.push('CLOSE');
  return steps;
}

const tooLong = `Keep this to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;

const MENTOR_MISSING = 'Select the peer mentor who will work with the person';

function stepSchema(words: StepWords, namesMentor: boolean) {
  const note = words.note?.missing
    ? requiredText(words.note.missing, { limit: LIMITS.notesMaxLength, message: tooLong })
    : optionalText(LIMITS.notesMaxLength, tooLong);
  return z.object({ note, mentorId: namesMentor ? requiredText(MENTOR_MISSING) : z.string().transform(() => null) });
}

/** Accepting a peer mentoring referral names the peer mentor who will work with the person. */
const namesMentor = (referral: Referral, step: ReferralStepName) => step === 'ACCEPT' && referral.kind.code === 'PEER_MENTORING';

interface PeerMentor {
  id: string;
  name: string;
}

/** What accepting does, said before the user confirms. */
function acceptExplanation(referral: Referral): string {
  const a = referral.proposedAppointment;
  const sharing = 'Your organisation keeps reading the parts of the record shared with the referral until the sharing ends.';
  if (!a) return sharing;
  return `The proposed first joint appointment, ${formatLocalDateWithDay(a.date)}, ${whenText(a).toLowerCase()}, will be booked for both organisations. ${sharing}`;
}

interface StepFormProps {
  referral: Referral;
  step: ReferralStepName;
  /** For accepting a peer mentoring referral: the organisation's peer mentors, one of whom is named. */
  mentors?: PeerMentor[];
  onDone: (message: string) => void;
  onCancel: () => void;
  /** Someone else changed the referral first: read it again. */
  onConflict: () => Promise<unknown>;
}

/** One step's form: a confirmation, with a reason or outcome where the step needs one. */
function StepForm({ referral, step, mentors, onDone, onCancel, onConflict }: StepFormProps) {
  const words = WORDS[step];
  const idBase = `referral-${step.toLowerCase()}`;
  const naming = namesMentor(referral, step);
  const form = useGovukForm({
    schema: stepSchema(words, naming),
    defaultValues: { note: '', mentorId: '' },
    ids: naming ? { mentorId: `${idBase}-mentor`, note: `${idBase}-note` } : { note: `${idBase}-note` },
  });
  const options = { refetchQueries: ['ReferralInboxSummary', 'Referrals'] };
  const [acknowledge] = useMutation(AcknowledgeReferralMutation, options);
  const [accept] = useMutation(AcceptReferralMutation, options);
  const [decline] = useMutation(DeclineReferralMutation, options);
  const [withdraw] = useMutation(WithdrawReferralMutation, options);
  const [close] = useMutation(CloseReferralMutation, options);

  async function submit({ note, mentorId }: { note: string | null; mentorId: string | null }) {
    const at = { id: referral.id, version: referral.version };
    try {
      if (step === 'ACKNOWLEDGE') await acknowledge({ variables: { input: at } });
      if (step === 'ACCEPT') await accept({ variables: { input: naming ? { ...at, mentorId } : at } });
      if (step === 'DECLINE') await decline({ variables: { input: { ...at, reason: note ?? '' } } });
      if (step === 'WITHDRAW') await withdraw({ variables: { input: { ...at, note } } });
      if (step === 'CLOSE') await close({ variables: { input: { ...at, outcome: note ?? '' } } });
    } catch (caught) {
      const apiError = readApiError(caught);
      if (apiError.code !== 'VERSION_CONFLICT') throw caught;
      await onConflict().catch(() => undefined);
      form.setGeneral(`${apiError.message} The page now shows the latest version: check it before you try again.`);
      return;
    }
    const mentor = naming ? mentors?.find((m) => m.id === mentorId) : undefined;
    onDone(
      [
        words.done,
        mentor ? `${mentor.name} is the peer mentor.` : null,
        step === 'ACCEPT' && referral.proposedAppointment ? 'The first joint appointment is booked.' : null,
      ]
        .filter(Boolean)
        .join(' '),
    );
  }
  const personName = referral.person?.displayName ?? 'the person';

  return (
    <GovukForm form={form} onSubmit={submit} title={words.title} className="app-form-panel app-referral-actions__form">
      {step === 'ACCEPT' ? <p className="govuk-body">{acceptExplanation(referral)}</p> : null}
      {naming ? (
        <RadiosField
          name="mentorId"
          legend="Who will be the peer mentor?"
          legendClass="govuk-fieldset__legend--s"
          hint={`Only the peer mentor you choose sees ${personName}’s record, and only the parts shared with the referral, while it lasts.`}
          options={(mentors ?? []).map((m) => ({ value: m.id, label: m.name }))}
        />
      ) : null}
      {step === 'ACKNOWLEDGE' ? (
        <p className="govuk-body">This tells {referral.sendingOrganisation.name} that you have the referral and are looking at it.</p>
      ) : null}
      {words.note ? (
        <TextAreaField
          name="note"
          label={words.note.label}
          labelClass="govuk-label--s"
          hint={words.note.hint}
          maxLength={LIMITS.notesMaxLength}
          rows={3}
        />
      ) : null}
      <FormButtons onCancel={onCancel} busyText={words.busy}>
        {words.submit}
      </FormButtons>
    </GovukForm>
  );
}

/**
 * Accepting a peer mentoring referral: the receiver names one of their organisation's peer
 * mentors. With none, the referral cannot be accepted yet, and the form says why.
 */
function AcceptWithMentor(props: Omit<StepFormProps, 'mentors'>) {
  const { data, loading, error, refetch } = useQuery(PeerMentorsQuery, { fetchPolicy: 'cache-and-network' });
  const mentors = data?.peerMentors;
  if (!mentors) {
    if (loading) return <Loading text="Finding your organisation’s peer mentors…" />;
    return <ServiceProblem message={readApiError(error).message} onRetry={() => void refetch().catch(() => undefined)} />;
  }
  if (mentors.length === 0) {
    return (
      <section className="app-form-panel app-referral-actions__form" aria-labelledby="referral-no-mentors-heading">
        <h3 className="govuk-heading-m" id="referral-no-mentors-heading">
          {WORDS.ACCEPT.title}
        </h3>
        <div className="govuk-inset-text">
          <p className="govuk-body">Your organisation has no peer mentors on CaseHuddle yet.</p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            A peer mentoring referral is accepted by naming the peer mentor who will work with the person. Ask your administrator to add a
            peer mentor’s account, then come back to accept it.
            {props.referral.canAcknowledge ? ' You can acknowledge the referral in the meantime.' : ''}
          </p>
        </div>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={props.onCancel}>
          Back
        </button>
      </section>
    );
  }
  return <StepForm {...props} mentors={mentors} />;
}

/** The steps the viewer may take on the referral, each opening its own small form. */
export function ReferralSteps({
  referral,
  onDone,
  onConflict,
}: {
  referral: Referral;
  onDone: (message: string) => void;
  onConflict: () => Promise<unknown>;
}) {
  const [open, setOpen] = useState<ReferralStepName | null>(null);
  const steps = stepsFor(referral);
  if (steps.length === 0) return <p className="govuk-body">There is nothing for your organisation to do on this referral now.</p>;
  if (open && steps.includes(open)) {
    const Form = namesMentor(referral, open) ? AcceptWithMentor : StepForm;
    return (
      <Form
        key={open}
        referral={referral}
        step={open}
        onCancel={() => setOpen(null)}
        onConflict={onConflict}
        onDone={(message) => {
          setOpen(null);
          onDone(message);
        }}
      />
    );
  }
  return (
    <div className="govuk-button-group">
      {steps.map((step, index) => (
        <button
          type="button"
          key={step}
          className={`govuk-button${step === 'DECLINE' || step === 'WITHDRAW' ? ' govuk-button--warning' : index === 0 ? '' : ' govuk-button--secondary'}`}
          onClick={() => setOpen(step)}
        >
          {WORDS[step].open} <span className="govuk-visually-hidden">this referral</span>
        </button>
      ))}
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import { get, useController, useFormContext, useWatch } from 'react-hook-form';
import { LIMITS, SHARING_SECTION_LABELS, SHARING_SECTIONS } from '@casehuddle/shared';
import {
  CheckboxesField,
  DateField,
  FormSummary,
  GovukForm,
  RadiosField,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  useGovukForm,
} from '../../../ui/form';
import { checkedBy } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import { LAWFUL_BASIS_FIELDS, LAWFUL_BASIS_IDS, LawfulBasisFields } from '../../agreements/components/LawfulBasisFields';
import { AppointmentWhenFields } from '../../appointments/components/AppointmentWhenFields';
import { REFERRAL_SECTION_DESCRIPTIONS } from '../labels';
import { EMPTY_REFERRAL, validateReferral, type ReferralDraft, type ReferralField, type ReferralValues } from '../validation';

/** Each question's control, in page order: the error summary links here. */
const IDS: Record<ReferralField, string> = {
  receivingOrganisationId: 'referral-organisation',
  kind: 'referral-kind',
  sections: 'referral-sections',
  expiresOn: 'referral-expires-on-day',
  ...LAWFUL_BASIS_IDS,
  consentAgreed: 'referral-consent',
  'consent.method': 'referral-consent-method',
  'consent.givenOn': 'referral-consent-given-on-day',
  'consent.personsWords': 'referral-consent-words',
  message: 'referral-message',
  propose: 'referral-propose',
  'proposedAppointment.date': 'referral-appointment-date-day',
  'proposedAppointment.window': 'referral-appointment-window',
  'proposedAppointment.startTime': 'referral-appointment-start',
  'proposedAppointment.endTime': 'referral-appointment-end',
  'proposedAppointment.location': 'referral-appointment-location',
  'proposedAppointment.town': 'referral-appointment-town',
};

const schema = checkedBy((values: ReferralValues) => validateReferral(values));

/** A kind of referral as the server lists it (the list is data: a council may add its own). */
export interface ReferralKindOption {
  code: string;
  label: string;
  responseWorkingDays: number;
}

interface ReferralFormProps {
  personName: string;
  /** Organisations that may receive it (not the sender's own). */
  organisations: ReadonlyArray<{ id: string; name: string }>;
  kinds: readonly ReferralKindOption[];
  /** Sends it; rejects with the API's error, which the form shows. */
  onSend: (draft: ReferralDraft) => Promise<void>;
  /** The page's back link and caption, above the error summary. */
  top?: ReactNode;
  /** The person's sub-navigation, below the h1. */
  navigation?: ReactNode;
}

/** The lawful basis choices (shared with the agree-to-share form), bound to the referral form. */
function LawfulBasisField() {
  const { control, formState } = useFormContext<ReferralValues>();
  const { field } = useController({ control, name: 'lawfulBasis' });
  const sections = useWatch({ control, name: 'sections' });
  const errors = Object.fromEntries(
    LAWFUL_BASIS_FIELDS.map((name) => [name, (get(formState.errors, name) as { message?: string } | undefined)?.message]),
  );
  return <LawfulBasisFields sections={sections} value={field.value} onChange={field.onChange} errors={errors} />;
}

const responseHint = (kind: ReferralKindOption) =>
  `An answer is due within ${kind.responseWorkingDays} working day${kind.responseWorkingDays === 1 ? '' : 's'}`;

/**
 * The referral form: to whom, what kind, what is shared (and until when), the person's consent, a
 * message and, if wanted, a first joint appointment. It will not send without consent.
 */
export function ReferralForm({ personName, organisations, kinds, onSend, top, navigation }: ReferralFormProps) {
  const form = useGovukForm({ schema, defaultValues: EMPTY_REFERRAL, ids: IDS });
  const [hasErrors, setHasErrors] = useState(false);
  usePageTitle(`Refer ${personName}`, hasErrors);
  const propose = useWatch({ control: form.control, name: 'propose' });

  return (
    <>
      {top}
      <FormSummary form={form} />
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">{personName}</span>
        Make a referral
      </h1>
      {navigation}
      <GovukForm form={form} onSubmit={onSend} summaryElsewhere onErrorsChange={setHasErrors} aria-label={`Refer ${personName}`}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds-from-desktop">
            <SelectField
              name="receivingOrganisationId"
              label="Which organisation are you referring to?"
              labelClass="govuk-label--s"
              placeholder="Choose an organisation"
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            <RadiosField
              name="kind"
              legend="What kind of referral is it?"
              options={kinds.map((k) => ({ value: k.code, label: k.label, hint: responseHint(k) }))}
            />
            <CheckboxesField
              name="sections"
              legend="Which parts of the record will you share?"
              hint={`The organisation can read these parts of ${personName}’s record, so ${personName} does not have to tell their story again. Share only what the referral needs.`}
              options={SHARING_SECTIONS.map((s) => ({
                value: s,
                label: SHARING_SECTION_LABELS[s],
                hint: REFERRAL_SECTION_DESCRIPTIONS[s],
              }))}
            />
            <DateField
              name="expiresOn"
              legend="Date the sharing ends"
              hint="After this date they can no longer read these parts. For example, 27 3 2027"
            />
            <LawfulBasisField />

            <h2 className="govuk-heading-m">Consent</h2>
            <p className="govuk-body">A referral is made only with the person’s agreement. Record how and when {personName} gave it.</p>
            <CheckboxesField
              name="consentAgreed"
              legend="Has the person agreed?"
              options={[{ value: 'AGREED', label: `${personName} has agreed to this referral and to sharing the parts chosen above` }]}
            />
            <RadiosField
              name="consent.method"
              legend="How did they give consent?"
              inline
              options={[
                { value: 'SPOKEN', label: 'Spoken' },
                { value: 'WRITTEN', label: 'Written' },
              ]}
            />
            <DateField name="consent.givenOn" legend="Date consent was given" hint="For example, 27 11 2026" />
            <TextAreaField
              name="consent.personsWords"
              label="What they said, in their own words (optional)"
              labelClass="govuk-label--s"
              hint="For example, “I want the council to know I’m getting out so I don’t end up on the street.”"
              maxLength={LIMITS.notesMaxLength}
              rows={3}
            />

            <h2 className="govuk-heading-m">Message</h2>
            <TextAreaField
              name="message"
              label="Message to the receiving organisation"
              labelClass="govuk-label--s"
              hint="What you are asking them to do, and anything they need to know before they first meet"
              maxLength={LIMITS.notesMaxLength}
              rows={5}
            />

            <h2 className="govuk-heading-m">A first joint appointment</h2>
            <RadiosField
              name="propose"
              legend="Do you want to propose a first appointment together?"
              hint="A warm handover: when they accept the referral, the appointment is booked for both of you"
              options={[
                { value: 'YES', label: 'Yes' },
                { value: 'NO', label: 'No' },
              ]}
            />
            {propose === 'YES' ? (
              <div className="app-conditional">
                <AppointmentWhenFields
                  prefix="proposedAppointment."
                  warningsId="referral-appointment-day-warnings"
                  windows={['MORNING', 'AFTERNOON', 'EXACT']}
                  note="You can still propose it."
                />
                <TextField
                  name="proposedAppointment.location"
                  label="Place (optional)"
                  hint="For example, Civic Centre, 1 Market Street"
                  maxLength={LIMITS.shortTextMaxLength}
                />
                <TextField
                  name="proposedAppointment.town"
                  label="Town (optional)"
                  hint="Used to warn about two appointments in different towns on the same half-day"
                  maxLength={120}
                  widthClass="govuk-input--width-20"
                />
              </div>
            ) : null}
            <SubmitButton busyText="Sending…">Send referral</SubmitButton>
          </div>
        </div>
      </GovukForm>
    </>
  );
}

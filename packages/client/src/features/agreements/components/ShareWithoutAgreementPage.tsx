import { useMutation, useQuery } from '@apollo/client/react';
import {
  LIMITS,
  SHARING_SECTION_LABELS,
  SHARING_SECTIONS,
  SHARING_WITHOUT_AGREEMENT_MAX_DAYS,
  SHARING_WITHOUT_AGREEMENT_PURPOSE_LABELS,
  SHARING_WITHOUT_AGREEMENT_PURPOSES,
  type SharingSection,
} from '@casehuddle/shared';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { readApiError } from '../../../ui/apiErrors';
import { addDays, EMPTY_DATE, todayIso } from '../../../ui/dates';
import {
  CheckboxesField,
  DateField,
  GovukForm,
  RadiosField,
  SelectField,
  SubmitButton,
  TextAreaField,
  useGovukForm,
} from '../../../ui/form';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { oneOf, requiredDateParts, requiredText } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import {
  ShareWithoutAgreementMutation,
  ShareWithoutAgreementOptionsQuery,
  SharingWithoutAgreementReviewsQuery,
} from '../graphql/agreements';

const schema = z.object({
  organisationId: z.string().min(1, 'Select the organisation to share with'),
  purpose: oneOf(SHARING_WITHOUT_AGREEMENT_PURPOSES, 'Select why you are sharing without agreement'),
  schedule1Condition: z.string().min(1, 'Select the Schedule 1 condition you rely on'),
  sections: z.array(z.string()).min(1, 'Select the parts of the record to share'),
  reason: requiredText('Give the reason', {
    limit: LIMITS.notesMaxLength,
    message: `Keep the reason to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`,
  }),
  expiresOn: requiredDateParts('Last day of sharing', (iso) =>
    iso < todayIso()
      ? 'The last day of sharing must be today or later'
      : iso > addDays(todayIso(), SHARING_WITHOUT_AGREEMENT_MAX_DAYS)
        ? `Sharing without agreement can last ${SHARING_WITHOUT_AGREEMENT_MAX_DAYS} days at most`
        : null,
  ),
});

const IDS = {
  organisationId: 'share-organisation',
  purpose: 'share-purpose',
  schedule1Condition: 'share-condition',
  sections: 'share-sections',
  reason: 'share-reason',
  expiresOn: 'share-expires-on-day',
};

/** /people/:id/share-without-agreement: a manager of the holding organisation shares for safeguarding or crime prevention. */
export default function ShareWithoutAgreementPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  usePageTitle('Share without agreement');
  const { data, loading, error } = useQuery(ShareWithoutAgreementOptionsQuery, { variables: { personId: id } });
  const [share] = useMutation(ShareWithoutAgreementMutation, { refetchQueries: [SharingWithoutAgreementReviewsQuery] });
  const form = useGovukForm({
    schema,
    defaultValues: { organisationId: '', purpose: '', schedule1Condition: '', sections: [], reason: '', expiresOn: EMPTY_DATE },
    ids: IDS,
  });
  if (!data) return loading ? <Loading /> : <ServiceProblem message={readApiError(error).message} />;
  const person = data.person;
  const conditions = data.lawfulBases.filter((b) => b.kind === 'SCHEDULE_1');
  return (
    <>
      <Link className="govuk-back-link" to={`/people/${id}`}>
        Back to {person.displayName}
      </Link>
      <span className="govuk-caption-l">{person.displayName}</span>
      <h1 className="govuk-heading-l">Share without agreement</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Only for safeguarding someone at risk or preventing crime, when asking the person first would put someone at risk or is not
          possible. Share the least you can, for as short a time as you can. It is recorded and reviewed afterwards.
        </strong>
      </div>
      <p className="govuk-body">
        This is not break-glass access: it shares named parts of the record with another organisation until a date you set, and you approve
        it as a manager of {person.owningOrganisation.name}.
      </p>
      <GovukForm
        form={form}
        summaryFirst
        onSubmit={async (values) => {
          await share({
            variables: {
              input: {
                personId: id,
                organisationId: values.organisationId,
                purpose: values.purpose,
                schedule1Condition: values.schedule1Condition,
                sections: SHARING_SECTIONS.filter((s) => values.sections.includes(s)) as SharingSection[],
                reason: values.reason,
                expiresOn: values.expiresOn,
              },
            },
          });
          navigate('/agreements/sharing-without-agreement');
        }}
      >
        <SelectField
          name="organisationId"
          label="Organisation to share with"
          placeholder="Select an organisation"
          options={data.partnerOrganisations
            .filter((o) => o.id !== person.owningOrganisation.id)
            .map((o) => ({ value: o.id, label: o.name }))}
        />
        <RadiosField
          name="purpose"
          legend="Why are you sharing without agreement?"
          small
          options={SHARING_WITHOUT_AGREEMENT_PURPOSES.map((p) => ({ value: p, label: SHARING_WITHOUT_AGREEMENT_PURPOSE_LABELS[p] }))}
        />
        <RadiosField
          name="schedule1Condition"
          legend="DPA 2018 Schedule 1 condition"
          hint="Usually paragraph 18 for safeguarding and paragraph 10 for preventing or detecting crime"
          small
          options={conditions.map((b) => ({ value: b.code, label: `${b.label} (${b.reference})` }))}
        />
        <CheckboxesField
          name="sections"
          legend="Parts of the record to share"
          small
          options={SHARING_SECTIONS.map((s) => ({ value: s, label: SHARING_SECTION_LABELS[s] }))}
        />
        <TextAreaField
          name="reason"
          label="Reason"
          hint="Why it is needed, and why the person’s agreement was not sought or not followed"
          rows={4}
        />
        <DateField name="expiresOn" legend="Last day of sharing" hint={`At most ${SHARING_WITHOUT_AGREEMENT_MAX_DAYS} days from today`} />
        <SubmitButton>Approve sharing</SubmitButton>
      </GovukForm>
    </>
  );
}

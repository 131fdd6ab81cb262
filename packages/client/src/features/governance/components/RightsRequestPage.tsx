import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  formatDate,
  RIGHTS_REQUEST_KIND_LABELS,
  RIGHTS_REQUEST_STATUS_LABELS,
  rightsDeadline,
  type RightsRequestKind,
  type RightsRequestStatus,
} from '@casehuddle/shared';
import type { RightsRequestFieldsFragment } from '../../../generated/graphql';
import { checkDate, EMPTY_DATE, todayIso, type DateParts } from '../../../ui/dates';
import { DateField, GovukForm, RadiosField, SubmitButton, TextAreaField, TextField, useGovukForm } from '../../../ui/form';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { checkedBy } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import { ProgressRightsRequestMutation, RightsRequestQuery } from '../graphql/governance';
import { DeadlineTag } from './DeadlineTag';

type Step = 'CHECK_IDENTITY' | 'START' | 'EXTEND' | 'COMPLETE' | 'REFUSE';

const STEP_LABELS: Record<Step, string> = {
  CHECK_IDENTITY: 'Record the identity check',
  START: 'Start work on the request',
  EXTEND: 'Extend by two months (complex or numerous requests)',
  COMPLETE: 'Record the response and close',
  REFUSE: 'Refuse, with the reason',
};

/** The steps open from each status, in the order they usually come. */
export function nextSteps(status: string): Step[] {
  switch (status) {
    case 'RECEIVED':
      return ['CHECK_IDENTITY', 'REFUSE'];
    case 'IDENTITY_CHECKED':
      return ['START', 'EXTEND', 'COMPLETE', 'REFUSE'];
    case 'IN_PROGRESS':
      return ['EXTEND', 'COMPLETE', 'REFUSE'];
    case 'EXTENDED':
      return ['COMPLETE', 'REFUSE'];
    default:
      return [];
  }
}

interface StepValues {
  step: string;
  identityCheckedOn: DateParts;
  identityCheckMethod: string;
  extensionReason: string;
  response: string;
  refusalReason: string;
}

const IDS = {
  step: 'rights-step',
  identityCheckedOn: 'rights-identity-on-day',
  identityCheckMethod: 'rights-identity-method',
  extensionReason: 'rights-extension-reason',
  response: 'rights-response',
  refusalReason: 'rights-refusal-reason',
};

interface StepInput {
  step: Step;
  identityCheckedOn?: string | null;
  identityCheckMethod?: string;
  extensionReason?: string;
  response?: string;
  refusalReason?: string;
}

function stepSchema(receivedOn: string) {
  return checkedBy<StepValues, StepInput>((v) => {
    const fields: Partial<Record<keyof StepValues, string>> = {};
    const text = (s: string) => s.trim();
    if (!v.step) return { ok: false, fields: { step: 'Choose the next step' } };
    const step = v.step as Step;
    if (step === 'CHECK_IDENTITY') {
      const on = checkDate(v.identityCheckedOn, 'Date checked', { required: true });
      if (!on.ok) fields.identityCheckedOn = on.message;
      else if (on.value && (on.value > todayIso() || on.value < receivedOn))
        fields.identityCheckedOn = 'The date checked must be between the day received and today';
      if (!text(v.identityCheckMethod)) fields.identityCheckMethod = 'Say how the person’s identity was checked';
      if (Object.keys(fields).length) return { ok: false, fields };
      return { ok: true, value: { step, identityCheckedOn: on.ok ? on.value : null, identityCheckMethod: text(v.identityCheckMethod) } };
    }
    if (step === 'EXTEND') {
      if (!text(v.extensionReason)) return { ok: false, fields: { extensionReason: 'Give the reason for extending' } };
      return { ok: true, value: { step, extensionReason: text(v.extensionReason) } };
    }
    if (step === 'COMPLETE') {
      if (!text(v.response)) return { ok: false, fields: { response: 'Record the response given to the person' } };
      return { ok: true, value: { step, response: text(v.response) } };
    }
    if (step === 'REFUSE') {
      if (!text(v.refusalReason)) return { ok: false, fields: { refusalReason: 'Give the reason for refusing, as told to the person' } };
      return { ok: true, value: { step, refusalReason: text(v.refusalReason) } };
    }
    return { ok: true, value: { step } };
  });
}

/** The next step on a request: one choice, and the one field that step needs. */
function NextStepForm({ request, onDone }: { request: RightsRequestFieldsFragment; onDone: (text: string) => void }) {
  const steps = nextSteps(request.status);
  const form = useGovukForm({
    schema: stepSchema(request.receivedOn),
    defaultValues: {
      step: '',
      identityCheckedOn: EMPTY_DATE,
      identityCheckMethod: '',
      extensionReason: '',
      response: '',
      refusalReason: '',
    },
    ids: IDS,
  });
  const [progress] = useMutation(ProgressRightsRequestMutation);
  const step = form.watch('step') as Step | '';
  return (
    <GovukForm
      form={form}
      title="Next step"
      titleTag="h2"
      onSubmit={async (values) => {
        await progress({ variables: { input: { id: request.id, expectedVersion: request.version, ...values } } });
        form.reset();
        onDone(`${STEP_LABELS[values.step]}: saved.`);
      }}
    >
      <RadiosField
        name="step"
        legend="What has happened?"
        legendClass="govuk-fieldset__legend--s"
        options={steps.map((s) => ({
          value: s,
          label: STEP_LABELS[s],
          hint: s === 'EXTEND' ? `The deadline becomes ${formatDate(rightsDeadline(request.receivedOn, 3))}.` : undefined,
        }))}
      />
      {step === 'CHECK_IDENTITY' ? (
        <>
          <DateField name="identityCheckedOn" id="rights-identity-on" legend="Date checked" legendClass="govuk-fieldset__legend--s" />
          <TextField
            name="identityCheckMethod"
            label="How identity was checked"
            labelClass="govuk-label--s"
            hint="For example, known to the lead professional and seen in person. Ask only for what you need."
          />
        </>
      ) : null}
      {step === 'EXTEND' ? <TextAreaField name="extensionReason" label="Why it needs longer" labelClass="govuk-label--s" rows={3} /> : null}
      {step === 'COMPLETE' ? <TextAreaField name="response" label="The response given" labelClass="govuk-label--s" rows={3} /> : null}
      {step === 'REFUSE' ? (
        <TextAreaField
          name="refusalReason"
          label="Why it is refused"
          labelClass="govuk-label--s"
          hint="Tell the person the reason, and that they can complain to the ICO."
          rows={3}
        />
      ) : null}
      <SubmitButton>Save</SubmitButton>
    </GovukForm>
  );
}

/** /governance/rights/:id: one request, its deadline and history, and its next step. */
export function RightsRequestPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RightsRequestQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const request = data?.rightsRequest;
  const kind = request ? RIGHTS_REQUEST_KIND_LABELS[request.kind as RightsRequestKind] : '';
  usePageTitle(request ? `${kind} request: ${request.person?.displayName ?? 'Person'}` : 'Rights request');
  if (error && !request) return <LoadProblem what="this request" error={error} onRetry={() => void refetch()} />;
  if (loading && !request) return <Loading />;
  if (!request) return null;

  const rows: Array<[string, string | null]> = [
    ['Received', formatDate(request.receivedOn)],
    ['Status', RIGHTS_REQUEST_STATUS_LABELS[request.status as RightsRequestStatus]],
    ['What was asked for', request.details],
    [
      'Identity checked',
      request.identityCheckedOn
        ? `${formatDate(request.identityCheckedOn)} by ${request.identityCheckedBy ?? 'a colleague'}: ${request.identityCheckMethod}`
        : 'Not yet',
    ],
    ['Deadline (one month)', formatDate(request.originalDueOn)],
    ['Extended deadline', request.extendedDueOn ? `${formatDate(request.extendedDueOn)}: ${request.extensionReason}` : null],
    ['Response', request.response],
    ['Reason for refusal', request.refusalReason],
    ['Closed', request.closedOn ? formatDate(request.closedOn) : null],
    ['Logged by', request.loggedBy],
  ];

  return (
    <>
      <Link className="govuk-back-link" to="/governance/rights">
        Back to rights requests
      </Link>
      {done ? <NotificationBanner type="success" text={done} /> : null}
      <span className="govuk-caption-l">{request.person?.displayName ?? 'Person'}</span>
      <h1 className="govuk-heading-l">{kind} request</h1>
      <p className="govuk-body">
        Due by <strong>{formatDate(request.dueOn)}</strong> <DeadlineTag state={request.deadlineState} />
      </p>
      <dl className="govuk-summary-list">
        {rows
          .filter(([, value]) => value !== null)
          .map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
      </dl>
      {request.canManage && nextSteps(request.status).length > 0 ? (
        <NextStepForm
          key={request.version}
          request={request}
          onDone={(text) => {
            setDone(text);
            void refetch();
          }}
        />
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  BREACH_DATA_CATEGORIES,
  BREACH_DATA_CATEGORY_LABELS,
  formatDateTime,
  ICO_DECISION_LABELS,
  ICO_DECISIONS,
  PEOPLE_TOLD,
  PEOPLE_TOLD_LABELS,
  type BreachDataCategory,
  type IcoDecision,
  type PeopleTold,
} from '@casehuddle/shared';
import type { IncidentFieldsFragment, IncidentInput } from '../../../generated/graphql';
import { checkDate, EMPTY_DATE, type DateParts } from '../../../ui/dates';
import { CheckboxesField, DateField, FormButtons, GovukForm, RadiosField, TextAreaField, TextField, useGovukForm } from '../../../ui/form';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { checkedBy } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import { IncidentQuery, IncidentsQuery, RecordIncidentMutation, UpdateIncidentMutation } from '../graphql/governance';
import { IcoStatus } from './IncidentsPage';

interface Values {
  title: string;
  whatHappened: string;
  occurredDate: DateParts;
  occurredTime: string;
  discoveredDate: DateParts;
  discoveredTime: string;
  dataCategories: string[];
  peopleAffected: string;
  recordsAffected: string;
  likelyConsequences: string;
  measuresTaken: string;
  measuresProposed: string;
  peopleTold: string;
  peopleToldDetail: string;
  icoDecision: string;
  icoReportedDate: DateParts;
  icoReportedTime: string;
  icoReference: string;
  notReportableReason: string;
}

const IDS: Record<keyof Values, string> = {
  title: 'incident-title',
  whatHappened: 'incident-what-happened',
  occurredDate: 'incident-occurred-day',
  occurredTime: 'incident-occurred-time',
  discoveredDate: 'incident-discovered-day',
  discoveredTime: 'incident-discovered-time',
  dataCategories: 'incident-categories',
  peopleAffected: 'incident-people',
  recordsAffected: 'incident-records',
  likelyConsequences: 'incident-consequences',
  measuresTaken: 'incident-measures-taken',
  measuresProposed: 'incident-measures-proposed',
  peopleTold: 'incident-people-told',
  peopleToldDetail: 'incident-people-told-detail',
  icoDecision: 'incident-ico-decision',
  icoReportedDate: 'incident-ico-reported-day',
  icoReportedTime: 'incident-ico-reported-time',
  icoReference: 'incident-ico-reference',
  notReportableReason: 'incident-not-reportable',
};

const pad = (n: number) => String(n).padStart(2, '0');
/** A date input and a 24-hour time from an instant, in this browser's time (UK time for UK users). */
function partsOf(iso: string | null | undefined): { date: DateParts; time: string } {
  if (!iso) return { date: EMPTY_DATE, time: '' };
  const d = new Date(iso);
  return {
    date: { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) },
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}`,
  };
}

/** An instant from a checked date and a time such as 14:30 (or 2.30pm), or a message. */
function instant(
  parts: DateParts,
  time: string,
  name: string,
  required: boolean,
): { ok: true; value: Date | null } | { ok: false; field: 'date' | 'time'; message: string } {
  const date = checkDate(parts, name, { required });
  if (!date.ok) return { ok: false, field: 'date', message: date.message };
  if (!date.value)
    return time.trim() ? { ok: false, field: 'date', message: `Enter the ${name.toLowerCase()}` } : { ok: true, value: null };
  const match = /^(\d{1,2})[:.](\d{2})\s*(am|pm)?$/i.exec(time.trim());
  if (!match) return { ok: false, field: 'time', message: `Enter the time, such as 14:30` };
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase();
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return { ok: false, field: 'time', message: 'Enter a real time, such as 14:30' };
  const [y, m, d] = date.value.split('-').map(Number) as [number, number, number];
  return { ok: true, value: new Date(y, m - 1, d, hours, minutes) };
}

const count = (text: string, name: string): { ok: true; value: number | null } | { ok: false; message: string } => {
  const trimmed = text.replace(/,/g, '').trim();
  if (!trimmed) return { ok: true, value: null };
  if (!/^\d{1,9}$/.test(trimmed)) return { ok: false, message: `${name} must be a whole number, such as 12` };
  return { ok: true, value: Number(trimmed) };
};

const schema = checkedBy<Values, IncidentInput>((v) => {
  const fields: Partial<Record<keyof Values, string>> = {};
  if (!v.title.trim()) fields.title = 'Enter a short title for the incident';
  else if (v.title.length > 200) fields.title = 'The title must be 200 characters or fewer';
  if (!v.whatHappened.trim()) fields.whatHappened = 'Enter what happened';
  const occurred = instant(v.occurredDate, v.occurredTime, 'Date it happened', false);
  if (!occurred.ok) fields[occurred.field === 'date' ? 'occurredDate' : 'occurredTime'] = occurred.message;
  const discovered = instant(v.discoveredDate, v.discoveredTime, 'Date it was discovered', true);
  if (!discovered.ok) fields[discovered.field === 'date' ? 'discoveredDate' : 'discoveredTime'] = discovered.message;
  const people = count(v.peopleAffected, 'The number of people');
  if (!people.ok) fields.peopleAffected = people.message;
  const records = count(v.recordsAffected, 'The number of records');
  if (!records.ok) fields.recordsAffected = records.message;
  if (!PEOPLE_TOLD.includes(v.peopleTold as PeopleTold)) fields.peopleTold = 'Choose whether the people affected have been told';
  if (!ICO_DECISIONS.includes(v.icoDecision as IcoDecision)) fields.icoDecision = 'Choose whether it has been reported to the ICO';
  let reported: Date | null = null;
  if (v.icoDecision === 'REPORTED') {
    const at = instant(v.icoReportedDate, v.icoReportedTime, 'Date it was reported', true);
    if (!at.ok) fields[at.field === 'date' ? 'icoReportedDate' : 'icoReportedTime'] = at.message;
    else reported = at.value;
  }
  if (v.icoDecision === 'NOT_REPORTABLE' && !v.notReportableReason.trim())
    fields.notReportableReason = 'Explain why the incident does not need reporting to the ICO';
  if (Object.keys(fields).length > 0 || !occurred.ok || !discovered.ok || !people.ok || !records.ok) return { ok: false, fields };
  return {
    ok: true,
    value: {
      title: v.title.trim(),
      whatHappened: v.whatHappened.trim(),
      occurredAt: occurred.value?.toISOString() ?? null,
      discoveredAt: discovered.value!.toISOString(),
      dataCategories: v.dataCategories as BreachDataCategory[],
      peopleAffected: people.value,
      recordsAffected: records.value,
      likelyConsequences: v.likelyConsequences.trim(),
      measuresTaken: v.measuresTaken.trim(),
      measuresProposed: v.measuresProposed.trim(),
      peopleTold: v.peopleTold as PeopleTold,
      peopleToldDetail: v.peopleToldDetail.trim(),
      icoDecision: v.icoDecision as IcoDecision,
      icoReportedAt: reported?.toISOString() ?? null,
      icoReference: v.icoDecision === 'REPORTED' ? v.icoReference.trim() || null : null,
      notReportableReason: v.icoDecision === 'NOT_REPORTABLE' ? v.notReportableReason.trim() : null,
    },
  };
});

function valuesOf(incident: IncidentFieldsFragment | null): Values {
  const occurred = partsOf(incident?.occurredAt);
  const discovered = partsOf(incident?.discoveredAt);
  const reported = partsOf(incident?.icoReportedAt);
  return {
    title: incident?.title ?? '',
    whatHappened: incident?.whatHappened ?? '',
    occurredDate: occurred.date,
    occurredTime: occurred.time,
    discoveredDate: discovered.date,
    discoveredTime: discovered.time,
    dataCategories: incident?.dataCategories ?? [],
    peopleAffected: incident?.peopleAffected?.toString() ?? '',
    recordsAffected: incident?.recordsAffected?.toString() ?? '',
    likelyConsequences: incident?.likelyConsequences ?? '',
    measuresTaken: incident?.measuresTaken ?? '',
    measuresProposed: incident?.measuresProposed ?? '',
    peopleTold: incident?.peopleTold ?? 'NOT_YET',
    peopleToldDetail: incident?.peopleToldDetail ?? '',
    icoDecision: incident?.icoDecision ?? 'UNDECIDED',
    icoReportedDate: reported.date,
    icoReportedTime: reported.time,
    icoReference: incident?.icoReference ?? '',
    notReportableReason: incident?.notReportableReason ?? '',
  };
}

/** The form, given the incident as it is now (the page remounts it for each new version). */
function IncidentForm({
  incident,
  saved,
  onSaved,
}: {
  incident: IncidentFieldsFragment | null;
  saved?: string | null;
  onSaved?: (text: string) => void;
}) {
  const navigate = useNavigate();
  const form = useGovukForm({ schema, defaultValues: valuesOf(incident), ids: IDS });
  const [record] = useMutation(RecordIncidentMutation, { refetchQueries: [IncidentsQuery] });
  const [update] = useMutation(UpdateIncidentMutation);
  const decision = form.watch('icoDecision');

  async function submit(input: IncidentInput) {
    if (incident) {
      await update({ variables: { input: { id: incident.id, expectedVersion: incident.version, incident: input } } });
      onSaved?.('The incident has been saved.');
      window.scrollTo(0, 0);
    } else {
      const { data } = await record({ variables: { input } });
      if (data) void navigate(`/governance/incidents/${data.recordIncident.id}`, { state: { recorded: true } });
    }
  }

  return (
    <>
      {saved ? <NotificationBanner type="success" text={saved} /> : null}
      <GovukForm
        form={form}
        onSubmit={submit}
        summaryFirst
        heading={
          <>
            <h1 className="govuk-heading-l">{incident ? incident.title : 'Record an incident'}</h1>
            {incident ? (
              <div className={incident.overdue ? 'govuk-warning-text' : 'govuk-inset-text'}>
                {incident.overdue ? (
                  <span className="govuk-warning-text__icon" aria-hidden="true">
                    !
                  </span>
                ) : null}
                <p className={incident.overdue ? 'govuk-warning-text__text' : 'govuk-body govuk-!-margin-bottom-0'}>
                  {incident.overdue ? <span className="govuk-visually-hidden">Warning </span> : null}
                  Discovered {formatDateTime(incident.discoveredAt)}. A reportable breach must be reported to the ICO by{' '}
                  <strong>{formatDateTime(incident.icoDeadline)}</strong>.{' '}
                  {incident.overdue ? 'This is overdue: record the decision now.' : null} <IcoStatus incident={incident} />
                </p>
              </div>
            ) : (
              <p className="govuk-body">
                Record what you know now; you can add to it later. The 72-hour clock starts when it was discovered.
              </p>
            )}
          </>
        }
      >
        <h2 className="govuk-heading-m">What happened</h2>
        <TextField name="title" label="Title" hint="A few words, such as ‘Referral e-mailed to the wrong council’" maxLength={200} />
        <TextAreaField name="whatHappened" label="What happened" rows={5} />
        <DateField name="occurredDate" legend="Date it happened (if known)" />
        <TextField name="occurredTime" label="Time it happened (if known)" hint="For example, 14:30" widthClass="govuk-input--width-5" />
        <DateField name="discoveredDate" legend="Date it was discovered" />
        <TextField name="discoveredTime" label="Time it was discovered" hint="For example, 09:15" widthClass="govuk-input--width-5" />

        <h2 className="govuk-heading-m">Who and what it involves</h2>
        <CheckboxesField
          name="dataCategories"
          legend="Kinds of personal data involved"
          options={BREACH_DATA_CATEGORIES.map((c) => ({ value: c, label: BREACH_DATA_CATEGORY_LABELS[c] }))}
          small
        />
        <TextField name="peopleAffected" label="About how many people (if known)" inputMode="numeric" widthClass="govuk-input--width-5" />
        <TextField name="recordsAffected" label="About how many records (if known)" inputMode="numeric" widthClass="govuk-input--width-5" />
        <TextAreaField name="likelyConsequences" label="Likely consequences for the people involved" rows={3} />

        <h2 className="govuk-heading-m">What is being done</h2>
        <TextAreaField name="measuresTaken" label="Measures taken" hint="To deal with the breach and lessen its effects" rows={3} />
        <TextAreaField name="measuresProposed" label="Measures proposed" hint="Including steps to stop it happening again" rows={3} />
        <RadiosField
          name="peopleTold"
          legend="Have the people affected been told?"
          legendClass="govuk-fieldset__legend--s"
          options={PEOPLE_TOLD.map((p) => ({ value: p, label: PEOPLE_TOLD_LABELS[p] }))}
          small
        />
        <TextAreaField name="peopleToldDetail" label="How and when they were told, or why not" rows={2} />

        <h2 className="govuk-heading-m">Reporting to the ICO</h2>
        <RadiosField
          name="icoDecision"
          legend="Has it been reported to the Information Commissioner’s Office?"
          legendClass="govuk-fieldset__legend--s"
          options={ICO_DECISIONS.map((d) => ({ value: d, label: ICO_DECISION_LABELS[d] }))}
          small
        />
        {decision === 'REPORTED' ? (
          <>
            <DateField name="icoReportedDate" legend="Date it was reported" />
            <TextField name="icoReportedTime" label="Time it was reported" hint="For example, 16:00" widthClass="govuk-input--width-5" />
            <TextField name="icoReference" label="ICO reference (if given)" widthClass="govuk-input--width-20" />
          </>
        ) : null}
        {decision === 'NOT_REPORTABLE' ? (
          <TextAreaField
            name="notReportableReason"
            label="Why it does not need reporting"
            hint="For example, it is unlikely to risk anyone’s rights and freedoms"
            rows={3}
          />
        ) : null}
        <FormButtons onCancel={() => void navigate('/governance/incidents')}>{incident ? 'Save changes' : 'Record incident'}</FormButtons>
      </GovukForm>
      <p className="govuk-body">
        <Link className="govuk-link" to="/governance/incidents">
          Back to the incident log
        </Link>
      </p>
    </>
  );
}

/** Recording a new incident (/governance/incidents/new) or changing one (/governance/incidents/:id). */
export function IncidentFormPage() {
  const { id } = useParams();
  usePageTitle(id ? 'Incident' : 'Record an incident');
  const [saved, setSaved] = useState<string | null>(null);
  const found = useQuery(IncidentQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'cache-and-network' });
  if (!id) return <IncidentForm incident={null} />;
  if (found.error && !found.data) return <LoadProblem error={found.error} what="the incident" onRetry={() => void found.refetch()} />;
  if (!found.data) return <Loading />;
  const incident = found.data.incident;
  return <IncidentForm key={`${incident.id}:${incident.version}`} incident={incident} saved={saved} onSaved={setSaved} />;
}

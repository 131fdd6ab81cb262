import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ServiceUseFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { SelectInput, TextInput } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { Loading } from '../../../ui/Loading';
import { SavedMessage } from '../../../ui/SavedMessage';
import { LoadProblem } from '../../../ui/LoadProblem';
import { PersonServiceUseQuery, RecordServiceUseMutation } from '../graphql/outcomes';
import { quarterLabel, recentQuarters, SERVICE_USE_COLUMNS, type ServiceUseKey } from '../quarters';

type Field = 'quarterStart' | ServiceUseKey;
const FIELDS: readonly Field[] = ['quarterStart', ...SERVICE_USE_COLUMNS.map((c) => c.key)];
const ID = (field: Field) => `service-use-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

type Counts = Record<ServiceUseKey, string>;
const blank = (): Counts => ({ evictions: '', arrests: '', nightsInPrison: '', aeAttendances: '', mentalHealthInpatientDays: '' });
const countsOf = (quarter: ServiceUseFieldsFragment | undefined): Counts =>
  quarter ? (Object.fromEntries(SERVICE_USE_COLUMNS.map((c) => [c.key, String(quarter[c.key])])) as Counts) : blank();

function ServiceUseTable({ quarters }: { quarters: ReadonlyArray<ServiceUseFieldsFragment> }) {
  return (
    <table className="govuk-table app-table">
      <caption className="govuk-table__caption govuk-table__caption--s">Service use by quarter</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Quarter
          </th>
          {SERVICE_USE_COLUMNS.map((c) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={c.key}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {quarters.map((q) => (
          <tr className="govuk-table__row" key={q.quarterStart}>
            <th scope="row" className="govuk-table__header app-table__date">
              {quarterLabel(q.quarterStart)}
            </th>
            {SERVICE_USE_COLUMNS.map((c) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={c.key}>
                {q[c.key] ?? <span className="app-muted">Not shared</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** How often the person used crisis services each quarter: a measure of whether things are improving. */
export function ServiceUseSection({ personId }: { personId: string }) {
  const { data, loading, error, refetch } = useQuery(PersonServiceUseQuery, { variables: { personId }, fetchPolicy: 'cache-and-network' });
  const quarters = data?.serviceUse ?? [];
  const options = recentQuarters(8);
  const [quarterStart, setQuarterStart] = useState(options[1] ?? options[0]!);
  const [counts, setCounts] = useState<Counts | null>(null);
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<{ text: string; key: number } | null>(null);
  const [record, { loading: saving }] = useMutation(RecordServiceUseMutation, {
    update(cache, { data: result }) {
      if (result)
        cache.writeQuery({ query: PersonServiceUseQuery, variables: { personId }, data: { serviceUse: result.recordServiceUse } });
    },
  });
  // The boxes start with what is already recorded for the chosen quarter, if anything.
  const shown = counts ?? countsOf(quarters.find((q) => q.quarterStart === quarterStart));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    setAttempt((n) => n + 1);
    const fields: Partial<Record<Field, string>> = {};
    const numbers: Partial<Record<ServiceUseKey, number>> = {};
    for (const c of SERVICE_USE_COLUMNS) {
      const text = shown[c.key].trim();
      if (!/^\d+$/.test(text)) fields[c.key] = `Enter the number of ${c.label.toLowerCase()}, or 0`;
      else if (Number(text) > c.max) fields[c.key] = `${c.label} must be ${c.max} or fewer`;
      else numbers[c.key] = Number(text);
    }
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0) return;
    try {
      await record({ variables: { input: { personId, quarterStart, ...(numbers as Record<ServiceUseKey, number>) } } });
      setCounts(null);
      setSaved((previous) => ({ text: `Service use for ${quarterLabel(quarterStart)} saved.`, key: (previous?.key ?? 0) + 1 }));
    } catch (caught) {
      setErrors(formErrorsFromApi(readApiError(caught), FIELDS, 'quarterStart'));
    }
  }

  const items = summaryItems(errors, FIELDS, ID);
  return (
    <section aria-labelledby="service-use-heading" className="app-releases-section">
      <h2 className="govuk-heading-m" id="service-use-heading">
        Service use
      </h2>
      <p className="govuk-body">
        Evictions, arrests, nights in prison, A&amp;E attendances and mental-health inpatient days, counted each quarter. Fewer crises over
        time is a sign that support is working.
      </p>
      {saved ? <SavedMessage key={saved.key} text={saved.text} /> : null}
      {!data ? (
        loading ? (
          <Loading text="Loading service use…" />
        ) : (
          <LoadProblem part error={error} what="service use" onRetry={() => void refetch()} />
        )
      ) : quarters.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">No service use recorded yet.</p>
        </div>
      ) : (
        <ServiceUseTable quarters={quarters} />
      )}
      <form noValidate className="app-form-panel" aria-labelledby="service-use-form-heading" onSubmit={(e) => void handleSubmit(e)}>
        <h3 className="govuk-heading-m" id="service-use-form-heading">
          Record service use for a quarter
        </h3>
        {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
        <SelectInput
          id={ID('quarterStart')}
          name="quarterStart"
          label="Quarter"
          hint="If the quarter already has numbers, saving replaces them"
          options={options.map((q) => ({ value: q, label: quarterLabel(q) }))}
          value={quarterStart}
          error={errors.fields.quarterStart}
          onChange={(event) => {
            setQuarterStart(event.target.value);
            setCounts(null);
          }}
        />
        <div className="app-number-grid">
          {SERVICE_USE_COLUMNS.map((c) => (
            <TextInput
              key={c.key}
              id={ID(c.key)}
              name={c.key}
              label={c.label}
              inputMode="numeric"
              autoComplete="off"
              widthClass="govuk-input--width-4"
              value={shown[c.key]}
              error={errors.fields[c.key]}
              onChange={(event) => setCounts({ ...shown, [c.key]: event.target.value })}
            />
          ))}
        </div>
        <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving || undefined}>
          {saving ? 'Saving…' : 'Save service use'}
        </button>
      </form>
    </section>
  );
}

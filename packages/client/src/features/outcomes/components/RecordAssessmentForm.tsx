import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@casehuddle/shared';
import type { OutcomeHistoryFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { checkDate, datePartsFromIso, todayIso, type DateParts } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { DateInput, Radios, TextArea } from '../../../ui/fields';
import { NDTA_SCORE_DESCRIPTIONS } from '../scoreDescriptions';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { PersonAssessmentsQuery, RecordAssessmentMutation } from '../graphql/outcomes';
import { Acknowledgement } from './Acknowledgement';

type Measure = OutcomeHistoryFieldsFragment['measure'];

const domainId = (measureKey: string, domain: string) => `score-${measureKey}-${domain}`.toLowerCase().replace(/_/g, '-');

interface RecordAssessmentFormProps {
  personId: string;
  measure: Measure;
  shortName: string;
  onSaved: (total: number) => void;
}

/**
 * Scores every domain of a measure (radios for each, with the domain's range), worked out and
 * checked by the server. Every domain must be scored.
 */
/** What each NDTA score means for one domain, folded away under the choices (GOV.UK details). */
function ScoreDescriptions({ domain, label, min }: { domain: string; label: string; min: number }) {
  const descriptions = NDTA_SCORE_DESCRIPTIONS[domain];
  if (!descriptions) return null;
  return (
    <details className="govuk-details app-score-descriptions">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          What the scores mean<span className="govuk-visually-hidden"> for {label}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <dl className="app-score-descriptions__list">
          {descriptions.map((text, i) => (
            <div key={text}>
              <dt>{min + i}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  );
}

export function RecordAssessmentForm({ personId, measure, shortName, onSaved }: RecordAssessmentFormProps) {
  const fieldNames = ['assessedOn', ...measure.domains.map((d) => d.key), 'notes'];
  const [assessedOn, setAssessedOn] = useState<DateParts>(() => datePartsFromIso(todayIso()));
  const [scores, setScores] = useState<Record<string, number>>({});
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<FormErrors<string>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [record, { loading }] = useMutation(RecordAssessmentMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: PersonAssessmentsQuery, variables: { personId }, data: { assessments: data.recordAssessment } });
    },
  });
  const ids: Record<string, string> = {
    assessedOn: `${measure.key.toLowerCase()}-assessed-on-day`,
    notes: `${measure.key.toLowerCase()}-notes`,
    ...Object.fromEntries(measure.domains.map((d) => [d.key, domainId(measure.key, d.key)])),
  };
  const scored = measure.domains.filter((d) => scores[d.key] !== undefined);
  const runningTotal = scored.reduce((sum, d) => sum + scores[d.key]! * d.weight, 0);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const fields: Record<string, string> = {};
    const date = checkDate(assessedOn, 'Date of the assessment', { required: true });
    if (!date.ok) fields['assessedOn'] = date.message;
    else if (date.value && date.value > todayIso()) fields['assessedOn'] = 'The date of the assessment must be today or in the past';
    for (const d of measure.domains) {
      if (scores[d.key] === undefined) fields[d.key] = `Score ${d.label.toLowerCase()}, from ${d.min} to ${d.max}`;
    }
    if (notes.trim().length > LIMITS.notesMaxLength)
      fields['notes'] = `Keep the notes to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer`;
    setErrors({ fields, general: null });
    if (Object.keys(fields).length > 0 || !date.ok || !date.value) return;
    try {
      await record({
        variables: {
          input: {
            personId,
            measureKey: measure.key,
            assessedOn: date.value,
            scores: measure.domains.map((d) => ({ domain: d.key, score: scores[d.key]! })),
            notes: notes.trim() || null,
          },
        },
      });
      setScores({});
      setNotes('');
      setAssessedOn(datePartsFromIso(todayIso()));
      onSaved(runningTotal);
    } catch (caught) {
      setErrors(formErrorsFromApi(readApiError(caught), fieldNames, 'assessedOn'));
    }
  }

  const items = summaryItems(errors, fieldNames, (field) => ids[field] ?? field);

  return (
    <form
      noValidate
      className="app-form-panel app-assessment-form"
      aria-labelledby={`${measure.key}-form-heading`}
      onSubmit={(e) => void handleSubmit(e)}
    >
      <h3 className="govuk-heading-m" id={`${measure.key}-form-heading`}>
        New {shortName} assessment
      </h3>
      {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
      <p className="govuk-body">
        Score every domain. Higher scores mean more need. Domains marked “counts double” are weighted twice in the total, out of{' '}
        {measure.maxTotal}.
      </p>
      <DateInput
        id={`${measure.key.toLowerCase()}-assessed-on`}
        legend="Date of the assessment"
        value={assessedOn}
        error={errors.fields['assessedOn']}
        onChange={setAssessedOn}
      />
      <div className="app-score-grid">
        {measure.domains.map((d) => (
          <div className="app-score-grid__domain" key={d.key}>
            <Radios
              id={ids[d.key]!}
              name={d.key}
              legend={
                <>
                  {d.label}
                  {d.weight > 1 ? (
                    <>
                      {' '}
                      <span className="app-secondary-text">(counts {d.weight === 2 ? 'double' : `×${d.weight}`})</span>
                    </>
                  ) : null}
                </>
              }
              inline
              small
              options={Array.from({ length: d.max - d.min + 1 }, (_, i) => ({ value: String(d.min + i), label: String(d.min + i) }))}
              value={scores[d.key] === undefined ? '' : String(scores[d.key])}
              error={errors.fields[d.key]}
              onChange={(value) => setScores((current) => ({ ...current, [d.key]: Number(value) }))}
            />
            {measure.key === 'NDTA' ? <ScoreDescriptions domain={d.key} label={d.label} min={d.min} /> : null}
          </div>
        ))}
      </div>
      <p className="govuk-body govuk-!-font-weight-bold">
        Total so far: {runningTotal} out of {measure.maxTotal}
        <span className="app-secondary-text govuk-!-font-weight-regular">
          {' '}
          ({scored.length} of {measure.domains.length} domains scored)
        </span>
      </p>
      <TextArea
        id={ids['notes']!}
        name="notes"
        label="Notes (optional)"
        rows={3}
        value={notes}
        error={errors.fields['notes']}
        onChange={(event) => setNotes(event.target.value)}
      />
      <Acknowledgement measure={measure} />
      <button type="submit" className="govuk-button" disabled={loading} aria-disabled={loading || undefined}>
        {loading ? 'Saving…' : 'Save assessment'}
      </button>
    </form>
  );
}

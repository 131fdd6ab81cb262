import { useState, type FormEvent } from 'react';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '@casehuddle/shared';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { Checkboxes, SelectInput, TextInput, type SelectOption } from '../../../ui/fields';
import { hasFilters, NO_FILTERS, type ReviewFilters } from '../filters';

const STATUS_OPTIONS = ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }));

interface ReviewFiltersFormProps {
  initial: ReviewFilters;
  organisations: SelectOption[];
  owners: SelectOption[];
  onApply: (filters: ReviewFilters) => void;
  onErrorsChange: (hasErrors: boolean) => void;
}

/** The manager review filters. Applying them puts them in the address bar, so a review can be shared or bookmarked. */
export function ReviewFiltersForm({ initial, organisations, owners, onApply, onErrorsChange }: ReviewFiltersFormProps) {
  const [values, setValues] = useState<ReviewFilters>(initial);
  const [error, setError] = useState<{ text: string; attempt: number } | null>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (values.dueFrom && values.dueTo && values.dueTo < values.dueFrom) {
      setError((previous) => ({
        text: 'The ‘due to’ date must be the same as or after the ‘due from’ date',
        attempt: (previous?.attempt ?? 0) + 1,
      }));
      onErrorsChange(true);
      return;
    }
    setError(null);
    onErrorsChange(false);
    onApply(values);
  }

  return (
    <form noValidate onSubmit={handleSubmit} className="app-search-form app-review-filters" aria-labelledby="filters-heading">
      <h2 className="govuk-heading-s" id="filters-heading">
        Filter actions
      </h2>
      {error ? <ErrorSummary key={error.attempt} errors={[{ fieldId: 'filter-due-to', text: error.text }]} /> : null}
      <div className="app-search-form__fields">
        <SelectInput
          id="filter-organisation"
          name="organisation"
          label="Organisation"
          labelClass="govuk-label--s"
          placeholder="All organisations"
          options={organisations}
          value={values.organisationId}
          onChange={(event) => setValues((current) => ({ ...current, organisationId: event.target.value }))}
        />
        <SelectInput
          id="filter-owner"
          name="owner"
          label="Owner"
          labelClass="govuk-label--s"
          placeholder="Anyone"
          options={owners}
          value={values.ownerId}
          onChange={(event) => setValues((current) => ({ ...current, ownerId: event.target.value }))}
        />
        <TextInput
          id="filter-due-from"
          name="dueFrom"
          type="date"
          label="Due from"
          labelClass="govuk-label--s"
          value={values.dueFrom}
          onChange={(event) => setValues((current) => ({ ...current, dueFrom: event.target.value }))}
        />
        <TextInput
          id="filter-due-to"
          name="dueTo"
          type="date"
          label="Due to"
          labelClass="govuk-label--s"
          value={values.dueTo}
          error={error?.text}
          onChange={(event) => setValues((current) => ({ ...current, dueTo: event.target.value }))}
        />
      </div>
      <div className="app-search-form__fields">
        <Checkboxes
          id="filter-status"
          name="status"
          legend="Status"
          hint="Leave all unticked for every status"
          small
          options={STATUS_OPTIONS}
          values={values.statuses}
          onChange={(statuses) =>
            setValues((current) => ({ ...current, statuses: ACTION_STATUSES.filter((s) => statuses.includes(s)) as ActionStatus[] }))
          }
        />
        <Checkboxes
          id="filter-overdue"
          name="overdue"
          legend="Overdue"
          small
          options={[{ value: 'yes', label: 'Only overdue actions' }]}
          values={values.overdueOnly ? ['yes'] : []}
          onChange={(checked) => setValues((current) => ({ ...current, overdueOnly: checked.includes('yes') }))}
        />
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Apply filters
        </button>
        {hasFilters(initial) || hasFilters(values) ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              setValues(NO_FILTERS);
              setError(null);
              onErrorsChange(false);
              onApply(NO_FILTERS);
            }}
          >
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}

import { useMemo, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type ActionStatus } from '@casehuddle/shared';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { checkDate, datePartsFromIso, EMPTY_DATE, type DateParts } from '../../../ui/dates';
import { Checkboxes, DateInput, SelectInput, type SelectOption } from '../../../ui/fields';
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
  // The due dates as typed, in GOV.UK day, month and year boxes; read when the filters are applied.
  const [dueFrom, setDueFrom] = useState<DateParts>(() => datePartsFromIso(initial.dueFrom));
  const [dueTo, setDueTo] = useState<DateParts>(() => datePartsFromIso(initial.dueTo));
  const [errors, setErrors] = useState<{ dueFrom?: string; dueTo?: string; attempt: number } | null>(null);
  // Every colleague in the partnership (hundreds of options) is most of what the page draws, so the
  // owner list holds only the chosen owner until it is first used: focused (by keyboard or a click)
  // or pointed at. flushSync puts the options in before the browser opens the list.
  const [ownersInUse, setOwnersInUse] = useState(false);
  const showAllOwners = () => {
    if (!ownersInUse) flushSync(() => setOwnersInUse(true));
  };
  const ownerOptions = useMemo(
    () => (ownersInUse ? owners : owners.filter((owner) => owner.value === values.ownerId)),
    [owners, ownersInUse, values.ownerId],
  );

  function fail(found: { dueFrom?: string; dueTo?: string }) {
    setErrors((previous) => ({ ...found, attempt: (previous?.attempt ?? 0) + 1 }));
    onErrorsChange(true);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = checkDate(dueFrom, 'Due from');
    const to = checkDate(dueTo, 'Due to');
    if (!from.ok || !to.ok) {
      return fail({ ...(from.ok ? {} : { dueFrom: from.message }), ...(to.ok ? {} : { dueTo: to.message }) });
    }
    if (from.value && to.value && to.value < from.value) {
      return fail({ dueTo: 'The ‘due to’ date must be the same as or after the ‘due from’ date' });
    }
    setErrors(null);
    onErrorsChange(false);
    onApply({ ...values, dueFrom: from.value ?? '', dueTo: to.value ?? '' });
  }

  const summary = [
    ...(errors?.dueFrom ? [{ fieldId: 'filter-due-from-day', text: errors.dueFrom }] : []),
    ...(errors?.dueTo ? [{ fieldId: 'filter-due-to-day', text: errors.dueTo }] : []),
  ];

  return (
    <form noValidate onSubmit={handleSubmit} className="app-search-form app-review-filters" aria-labelledby="filters-heading">
      <h2 className="govuk-heading-s" id="filters-heading">
        Filter actions
      </h2>
      {summary.length > 0 ? <ErrorSummary key={errors?.attempt} errors={summary} /> : null}
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
          options={ownerOptions}
          value={values.ownerId}
          onFocus={showAllOwners}
          onPointerDown={showAllOwners}
          onChange={(event) => setValues((current) => ({ ...current, ownerId: event.target.value }))}
        />
        <DateInput
          id="filter-due-from"
          legend="Due from"
          hint="For example, 1 12 2026"
          value={dueFrom}
          error={errors?.dueFrom}
          onChange={setDueFrom}
        />
        <DateInput
          id="filter-due-to"
          legend="Due to"
          hint="For example, 31 12 2026"
          value={dueTo}
          error={errors?.dueTo}
          onChange={setDueTo}
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
              setDueFrom(EMPTY_DATE);
              setDueTo(EMPTY_DATE);
              setErrors(null);
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

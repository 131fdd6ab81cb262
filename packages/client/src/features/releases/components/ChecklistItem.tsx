import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { RELEASE_ITEM_STATUSES, type ReleaseItemStatus } from '@casehuddle/shared';
import type { ReleasePlanFieldsFragment } from '../../../generated/graphql';
import { readApiError, readApiErrorExtensions } from '../../../ui/apiErrors';
import { checkDate, datePartsFromIso, type DateParts } from '../../../ui/dates';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { DateInput, SelectInput, TextInput } from '../../../ui/fields';
import { formErrorsFromApi, NO_ERRORS, summaryItems, type FormErrors } from '../../../ui/formErrors';
import { SavedMessage } from '../../../ui/SavedMessage';
import { ReleasePlanQuery, UpdateReleasePlanItemMutation } from '../graphql/releases';
import { formatLocalDate, RELEASE_ITEM_STATUS_LABELS, RELEASE_ITEM_STATUS_TAGS } from '../labels';

type Item = ReleasePlanFieldsFragment['items'][number];
type Field = 'status' | 'owningOrganisationId' | 'onDate' | 'council' | 'outcome' | 'detail';
const FIELDS: readonly Field[] = ['status', 'owningOrganisationId', 'onDate', 'council', 'outcome', 'detail'];

const STATUS_OPTIONS = RELEASE_ITEM_STATUSES.map((status) => ({ value: status, label: RELEASE_ITEM_STATUS_LABELS[status] }));

interface Values {
  status: ReleaseItemStatus;
  owningOrganisationId: string;
  onDate: DateParts;
  council: string;
  outcome: string;
  detail: string;
}

function valuesOf(item: Item): Values {
  return {
    status: item.status,
    owningOrganisationId: item.owningOrganisation?.id ?? '',
    onDate: datePartsFromIso(item.onDate),
    council: item.council ?? '',
    outcome: item.outcome ?? '',
    detail: item.detail ?? '',
  };
}

/** The questions and checks that differ by item. */
function dateLabel(item: Item['item']): string {
  return item === 'DUTY_TO_REFER' ? 'Date the referral was made' : 'Date';
}

function validate(item: Item['item'], values: Values): { errors: FormErrors<Field>; onDate: string | null } {
  const fields: Partial<Record<Field, string>> = {};
  const done = values.status === 'DONE';
  const date = checkDate(values.onDate, dateLabel(item), { required: item === 'DUTY_TO_REFER' && done });
  if (!date.ok) fields.onDate = date.message;
  if (item === 'DUTY_TO_REFER' && done && !values.council.trim()) fields.council = 'Enter the council the referral was made to';
  if (item === 'ACCOMMODATION' && done && !values.detail.trim()) fields.detail = 'Say what kind of accommodation has been secured';
  if (values.council.length > 120) fields.council = 'Keep the council to 120 characters or fewer';
  if (values.outcome.length > 300) fields.outcome = 'Keep the outcome to 300 characters or fewer';
  if (values.detail.length > 1000) fields.detail = 'Keep this to 1,000 characters or fewer';
  return { errors: { fields, general: null }, onDate: date.ok ? date.value : null };
}

interface ChecklistItemProps {
  personId: string;
  item: Item;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  /** Someone else saved first: read the plan again so the next save starts from their version. */
  onConflict: () => Promise<unknown>;
}

/** One item of the pre-release checklist: what it is, where it stands, and a form to update it. */
export function ChecklistItem({ personId, item, organisations, onConflict }: ChecklistItemProps) {
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<Values>(() => valuesOf(item));
  const [errors, setErrors] = useState<FormErrors<Field>>(NO_ERRORS);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<number | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when the form opens or closes (after a save, the saved message takes it).
  const focusNext = useRef<'form' | 'button' | null>(null);
  const [save, { loading }] = useMutation(UpdateReleasePlanItemMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ReleasePlanQuery, variables: { personId }, data: { releasePlan: data.updateReleasePlanItem } });
    },
  });
  const idBase = `item-${item.item.toLowerCase().replace(/_/g, '-')}`;
  const ids: Record<Field, string> = {
    status: `${idBase}-status`,
    owningOrganisationId: `${idBase}-owner`,
    onDate: `${idBase}-date-day`,
    council: `${idBase}-council`,
    outcome: `${idBase}-outcome`,
    detail: `${idBase}-detail`,
  };

  useEffect(() => {
    if (focusNext.current === 'form') document.getElementById(ids.status)?.focus();
    if (focusNext.current === 'button') changeButton.current?.focus();
    focusNext.current = null;
  }, [editing, ids.status]);

  function startEditing() {
    setValues(valuesOf(item));
    setErrors(NO_ERRORS);
    setSaved(null);
    focusNext.current = 'form';
    setEditing(true);
  }

  function stopEditing() {
    setErrors(NO_ERRORS);
    // Back to the button that opened the form.
    focusNext.current = 'button';
    setEditing(false);
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setAttempt((n) => n + 1);
    const checked = validate(item.item, values);
    setErrors(checked.errors);
    if (Object.keys(checked.errors.fields).length > 0) return;
    try {
      await save({
        variables: {
          input: {
            personId,
            item: item.item,
            expectedVersion: item.version,
            status: values.status,
            owningOrganisationId: values.owningOrganisationId || null,
            onDate: checked.onDate,
            detail: item.item === 'ACCOMMODATION' ? values.detail.trim() || null : item.detail,
            council: item.item === 'DUTY_TO_REFER' ? values.council.trim() || null : item.council,
            outcome: item.item === 'DUTY_TO_REFER' ? values.outcome.trim() || null : item.outcome,
          },
        },
      });
      setEditing(false);
      setErrors(NO_ERRORS);
      setSaved((n) => (n ?? 0) + 1);
    } catch (caught) {
      const apiError = readApiError(caught);
      if (apiError.code === 'VERSION_CONFLICT') {
        const current = readApiErrorExtensions(caught)['current'] as { status?: ReleaseItemStatus } | null | undefined;
        await onConflict().catch(() => undefined);
        const now = current?.status ? ` It is now “${RELEASE_ITEM_STATUS_LABELS[current.status]}”.` : '';
        setErrors({
          fields: {},
          general: `${apiError.message}${now} Save again to use your answers, or cancel to keep theirs.`,
        });
        return;
      }
      setErrors(formErrorsFromApi(apiError, FIELDS, 'status'));
    }
  }

  const set = (field: Exclude<Field, 'onDate'>) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));
  const items = summaryItems(errors, FIELDS, (field) => ids[field]);
  const headingId = `${idBase}-heading`;

  return (
    <li className={`app-checklist__item app-checklist__item--${item.status.toLowerCase().replace(/_/g, '-')}`}>
      <div className="app-checklist__header">
        <h3 className="govuk-heading-s app-checklist__title" id={headingId}>
          {item.label}
        </h3>
        <strong className={`govuk-tag app-tag ${RELEASE_ITEM_STATUS_TAGS[item.status]}`}>{RELEASE_ITEM_STATUS_LABELS[item.status]}</strong>
      </div>
      {saved !== null ? <SavedMessage key={saved} text={`${item.label}: saved.`} /> : null}
      {editing ? (
        <form noValidate className="app-checklist__form" aria-labelledby={headingId} onSubmit={(event) => void handleSubmit(event)}>
          {items.length > 0 ? <ErrorSummary key={attempt} errors={items} /> : null}
          <div className="app-checklist__fields">
            <SelectInput
              id={ids.status}
              name="status"
              label="Status"
              labelClass="govuk-label--s"
              options={STATUS_OPTIONS}
              value={values.status}
              error={errors.fields.status}
              onChange={set('status')}
            />
            <SelectInput
              id={ids.owningOrganisationId}
              name="owningOrganisationId"
              label="Which organisation is doing it"
              labelClass="govuk-label--s"
              placeholder="No one yet"
              options={organisations.map((o) => ({ value: o.id, label: o.name }))}
              value={values.owningOrganisationId}
              error={errors.fields.owningOrganisationId}
              onChange={set('owningOrganisationId')}
            />
          </div>
          <DateInput
            id={`${idBase}-date`}
            legend={dateLabel(item.item)}
            hint={item.item === 'DUTY_TO_REFER' ? 'For example, 27 3 2027' : 'When it was done, or when it is due. For example, 27 3 2027'}
            value={values.onDate}
            error={errors.fields.onDate}
            onChange={(onDate) => setValues((current) => ({ ...current, onDate }))}
          />
          {item.item === 'DUTY_TO_REFER' ? (
            <div className="app-checklist__fields">
              <TextInput
                id={ids.council}
                name="council"
                label="Council it was made to"
                labelClass="govuk-label--s"
                hint="Needed once the referral is done"
                maxLength={120}
                value={values.council}
                error={errors.fields.council}
                onChange={set('council')}
              />
              <TextInput
                id={ids.outcome}
                name="outcome"
                label="Outcome (optional)"
                labelClass="govuk-label--s"
                hint="For example, accepted: relief duty"
                maxLength={300}
                value={values.outcome}
                error={errors.fields.outcome}
                onChange={set('outcome')}
              />
            </div>
          ) : null}
          {item.item === 'ACCOMMODATION' ? (
            <TextInput
              id={ids.detail}
              name="detail"
              label="What kind of accommodation"
              labelClass="govuk-label--s"
              hint="Needed once it is secured. For example, supported housing or approved premises"
              maxLength={1000}
              widthClass="govuk-!-width-two-thirds"
              value={values.detail}
              error={errors.fields.detail}
              onChange={set('detail')}
            />
          ) : null}
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button app-button--small" disabled={loading} aria-disabled={loading || undefined}>
              {loading ? 'Saving…' : 'Save'} <span className="govuk-visually-hidden">{item.label}</span>
            </button>
            <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={stopEditing}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="app-checklist__summary">
          <dl className="app-facts app-checklist__facts">
            <div>
              <dt>Who</dt>
              <dd>{item.owningOrganisation?.name ?? <span className="app-secondary-text">No one yet</span>}</dd>
            </div>
            <div>
              <dt>{dateLabel(item.item)}</dt>
              <dd>{item.onDate ? formatLocalDate(item.onDate) : <span className="app-secondary-text">Not set</span>}</dd>
            </div>
            {item.item === 'DUTY_TO_REFER' ? (
              <>
                <div>
                  <dt>Council</dt>
                  <dd>{item.council ?? <span className="app-secondary-text">Not recorded</span>}</dd>
                </div>
                <div>
                  <dt>Outcome</dt>
                  <dd>{item.outcome ?? <span className="app-secondary-text">Not recorded</span>}</dd>
                </div>
              </>
            ) : null}
            {item.item === 'ACCOMMODATION' ? (
              <div>
                <dt>What kind</dt>
                <dd>{item.detail ?? <span className="app-secondary-text">Not recorded</span>}</dd>
              </div>
            ) : null}
          </dl>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-button--small"
            ref={changeButton}
            onClick={startEditing}
          >
            Update <span className="govuk-visually-hidden">{item.label}</span>
          </button>
        </div>
      )}
    </li>
  );
}

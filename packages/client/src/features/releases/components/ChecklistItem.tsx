import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { z } from 'zod';
import { RELEASE_ITEM_STATUSES, type ReleaseItemStatus } from '@casehuddle/shared';
import type { ReleasePlanFieldsFragment } from '../../../generated/graphql';
import { readApiError, readApiErrorExtensions } from '../../../ui/apiErrors';
import { checkDate, datePartsFromIso, type DateParts } from '../../../ui/dates';
import { DateField, FormButtons, GovukForm, SelectField, TextField, useGovukForm } from '../../../ui/form';
import { SavedMessage } from '../../../ui/SavedMessage';
import { ReleasePlanQuery, UpdateReleasePlanItemMutation } from '../graphql/releases';
import { formatLocalDate, RELEASE_ITEM_STATUS_LABELS, RELEASE_ITEM_STATUS_TAGS } from '../labels';

type Item = ReleasePlanFieldsFragment['items'][number];
type Field = 'status' | 'owningOrganisationId' | 'onDate' | 'council' | 'outcome' | 'detail';

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

/** An item's answers, checked, as the API takes them (other items' fields are kept as they are). */
function itemSchema(item: Item) {
  const kind = item.item;
  return z
    .object({
      status: z.string(),
      owningOrganisationId: z.string(),
      onDate: z.custom<DateParts>(),
      council: z.string().max(120, 'Keep the council to 120 characters or fewer'),
      outcome: z.string().max(300, 'Keep the outcome to 300 characters or fewer'),
      detail: z.string().max(1000, 'Keep this to 1,000 characters or fewer'),
    })
    .superRefine((values, ctx) => {
      const done = values.status === 'DONE';
      const problem = (path: Field, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      const date = checkDate(values.onDate, dateLabel(kind), { required: kind === 'DUTY_TO_REFER' && done });
      if (!date.ok) problem('onDate', date.message);
      if (kind === 'DUTY_TO_REFER' && done && !values.council.trim()) problem('council', 'Enter the council the referral was made to');
      if (kind === 'ACCOMMODATION' && done && !values.detail.trim()) problem('detail', 'Say what kind of accommodation has been secured');
    })
    .transform((values) => {
      const date = checkDate(values.onDate, dateLabel(kind));
      return {
        status: values.status as ReleaseItemStatus,
        owningOrganisationId: values.owningOrganisationId || null,
        onDate: date.ok ? date.value : null,
        detail: kind === 'ACCOMMODATION' ? values.detail.trim() || null : item.detail,
        council: kind === 'DUTY_TO_REFER' ? values.council.trim() || null : item.council,
        outcome: kind === 'DUTY_TO_REFER' ? values.outcome.trim() || null : item.outcome,
      };
    });
}

interface ChecklistItemFormProps {
  personId: string;
  item: Item;
  organisations: ReadonlyArray<{ id: string; name: string }>;
  idBase: string;
  onConflict: () => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
}

function ChecklistItemForm({ personId, item, organisations, idBase, onConflict, onSaved, onCancel }: ChecklistItemFormProps) {
  const form = useGovukForm({
    schema: itemSchema(item),
    defaultValues: valuesOf(item),
    ids: {
      status: `${idBase}-status`,
      owningOrganisationId: `${idBase}-owner`,
      onDate: `${idBase}-date-day`,
      council: `${idBase}-council`,
      outcome: `${idBase}-outcome`,
      detail: `${idBase}-detail`,
    },
    duplicateField: 'status',
  });
  const [save] = useMutation(UpdateReleasePlanItemMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: ReleasePlanQuery, variables: { personId }, data: { releasePlan: data.updateReleasePlanItem } });
    },
  });

  async function submit(values: z.output<ReturnType<typeof itemSchema>>) {
    try {
      await save({ variables: { input: { personId, item: item.item, expectedVersion: item.version, ...values } } });
    } catch (caught) {
      const apiError = readApiError(caught);
      if (apiError.code !== 'VERSION_CONFLICT') throw caught;
      const current = readApiErrorExtensions(caught)['current'] as { status?: ReleaseItemStatus } | null | undefined;
      await onConflict().catch(() => undefined);
      const now = current?.status ? ` It is now “${RELEASE_ITEM_STATUS_LABELS[current.status]}”.` : '';
      form.setGeneral(`${apiError.message}${now} Save again to use your answers, or cancel to keep theirs.`);
      return;
    }
    onSaved();
  }

  return (
    <GovukForm form={form} onSubmit={submit} className="app-checklist__form" aria-labelledby={`${idBase}-heading`}>
      <div className="app-checklist__fields">
        <SelectField name="status" label="Status" labelClass="govuk-label--s" options={STATUS_OPTIONS} />
        <SelectField
          name="owningOrganisationId"
          label="Which organisation is doing it"
          labelClass="govuk-label--s"
          placeholder="No one yet"
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      </div>
      <DateField
        name="onDate"
        legend={dateLabel(item.item)}
        hint={item.item === 'DUTY_TO_REFER' ? 'For example, 27 3 2027' : 'When it was done, or when it is due. For example, 27 3 2027'}
      />
      {item.item === 'DUTY_TO_REFER' ? (
        <div className="app-checklist__fields">
          <TextField
            name="council"
            label="Council it was made to"
            labelClass="govuk-label--s"
            hint="Needed once the referral is done"
            maxLength={120}
          />
          <TextField
            name="outcome"
            label="Outcome (optional)"
            labelClass="govuk-label--s"
            hint="For example, accepted: relief duty"
            maxLength={300}
          />
        </div>
      ) : null}
      {item.item === 'ACCOMMODATION' ? (
        <TextField
          name="detail"
          label="What kind of accommodation"
          labelClass="govuk-label--s"
          hint="Needed once it is secured. For example, supported housing or approved premises"
          maxLength={1000}
          widthClass="govuk-!-width-two-thirds"
        />
      ) : null}
      <FormButtons small what={item.label} onCancel={onCancel}>
        Save
      </FormButtons>
    </GovukForm>
  );
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
  const [saved, setSaved] = useState<number | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  // Where focus goes when the form opens or closes (after a save, the saved message takes it).
  const focusNext = useRef<'form' | 'button' | null>(null);
  const idBase = `item-${item.item.toLowerCase().replace(/_/g, '-')}`;
  const headingId = `${idBase}-heading`;

  useEffect(() => {
    if (focusNext.current === 'form') document.getElementById(`${idBase}-status`)?.focus();
    if (focusNext.current === 'button') changeButton.current?.focus();
    focusNext.current = null;
  }, [editing, idBase]);

  function startEditing() {
    setSaved(null);
    focusNext.current = 'form';
    setEditing(true);
  }

  function stopEditing() {
    // Back to the button that opened the form.
    focusNext.current = 'button';
    setEditing(false);
  }

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
        <ChecklistItemForm
          personId={personId}
          item={item}
          organisations={organisations}
          idBase={idBase}
          onConflict={onConflict}
          onSaved={() => {
            setEditing(false);
            setSaved((n) => (n ?? 0) + 1);
          }}
          onCancel={stopEditing}
        />
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
                {item.referralId ? (
                  <div>
                    <dt>Referral</dt>
                    <dd>
                      <Link className="govuk-link" to={`/referrals/${item.referralId}`}>
                        View the Duty to Refer referral
                      </Link>
                    </dd>
                  </div>
                ) : null}
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

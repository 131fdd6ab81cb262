import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { formatDate } from '@casehuddle/shared';
import type { RetentionPageQuery as RetentionPageData } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { EMPTY_DATE, todayIso } from '../../../ui/dates';
import { DateField, FormButtons, GovukForm, TextAreaField, useGovukForm } from '../../../ui/form';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { requiredDateParts, requiredText } from '../../../ui/schema';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { ConfirmRetentionErasureMutation, HoldRetentionReviewMutation, RetentionPageQuery } from '../graphql/governance';
import { periodText, RECORD_TYPE_LABELS } from '../labels';
import { useCurrentUser } from '../../auth/session';
import { ScheduleForm } from './ScheduleForm';

type Review = RetentionPageData['retentionReviews'][number];

const holdSchema = z.object({
  until: requiredDateParts('Date to keep it until', (iso) => (iso <= todayIso() ? 'The date must be in the future' : null)),
  reason: requiredText('Enter why the record is kept', { limit: 1000, message: 'The reason must be 1,000 characters or fewer' }),
});

function reviewName(review: Review): string {
  return review.person ? `${review.person.displayName}’s record` : review.description;
}

/** Keep a flagged record until a date, with a reason. */
function HoldForm({ review, onDone, onCancel }: { review: Review; onDone: (text: string) => void; onCancel: () => void }) {
  const ids = { until: `hold-${review.id}-until-day`, reason: `hold-${review.id}-reason` };
  const form = useGovukForm({ schema: holdSchema, defaultValues: { until: EMPTY_DATE, reason: '' }, ids });
  const [hold] = useMutation(HoldRetentionReviewMutation);
  return (
    <GovukForm
      form={form}
      title={`Keep ${reviewName(review)}`}
      titleClass="govuk-heading-s"
      onSubmit={async (values) => {
        await hold({ variables: { input: { reviewId: review.id, until: values.until, reason: values.reason } } });
        onDone(`${reviewName(review)} will be kept until ${formatDate(values.until)}.`);
      }}
    >
      <DateField name="until" id={`hold-${review.id}-until`} legend="Keep until" legendClass="govuk-fieldset__legend--s" />
      <TextAreaField
        name="reason"
        label="Why it is kept"
        labelClass="govuk-label--s"
        hint="For example, a complaint or legal claim is open. Do not name the person."
        rows={2}
      />
      <FormButtons onCancel={onCancel} small busyText="Saving…">
        Keep the record
      </FormButtons>
    </GovukForm>
  );
}

/** One record on the review list, with the owner's two decisions: erase now, or keep until a date. */
function ReviewRow({ review, onDone }: { review: Review; onDone: (text: string) => void }) {
  const [mode, setMode] = useState<'idle' | 'erase' | 'hold'>('idle');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(ConfirmRetentionErasureMutation);
  const name = reviewName(review);

  async function erase() {
    setProblem(null);
    try {
      await confirm({ variables: { reviewId: review.id } });
      onDone(`${name} was erased.`);
    } catch (error) {
      setProblem(readApiError(error).message);
      setMode('idle');
    }
  }

  return (
    <tr className="govuk-table__row">
      <td className="govuk-table__cell">
        {review.person ? (
          <Link className="govuk-link" to={`/people/${review.person.id}`}>
            {review.person.displayName}
          </Link>
        ) : null}
        {review.person ? <br /> : null}
        {RECORD_TYPE_LABELS[review.recordType]}: {review.description}
      </td>
      <td className="govuk-table__cell">{review.owningOrganisation?.name ?? 'Not known'}</td>
      <td className="govuk-table__cell">{formatDate(review.dueSince)}</td>
      <td className="govuk-table__cell">
        {review.status === 'HELD' && review.heldUntil ? (
          <>
            <strong className="govuk-tag govuk-tag--blue">Kept until {formatDate(review.heldUntil)}</strong>
            <br />
            <span className="govuk-body-s">{review.holdReason}</span>
          </>
        ) : (
          <>Erased on {formatDate(review.eraseAfter)} unless kept</>
        )}
      </td>
      <td className="govuk-table__cell">
        {problem ? <p className="govuk-error-message">{problem}</p> : null}
        {!review.canDecide ? (
          <span className="govuk-body-s">The owning organisation decides</span>
        ) : mode === 'erase' ? (
          <div role="group" aria-label={`Confirm erasing ${name}`}>
            <p className="govuk-body-s">
              This cannot be undone. Everything held with it is erased; the audit trail keeps who erased it and when.
            </p>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button govuk-button--warning app-button--small"
                disabled={loading}
                onClick={() => void erase()}
              >
                Yes, erase {name}
              </button>
              <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => setMode('idle')}>
                Cancel
              </button>
            </div>
          </div>
        ) : mode === 'hold' ? (
          <HoldForm review={review} onDone={onDone} onCancel={() => setMode('idle')} />
        ) : (
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--warning app-button--small" onClick={() => setMode('erase')}>
              Erase now<span className="govuk-visually-hidden">: {name}</span>
            </button>
            <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => setMode('hold')}>
              Keep<span className="govuk-visually-hidden">: {name}</span>
            </button>
          </div>
        )}
      </td>
    </tr>
  );
}

/** /governance/retention: records past their retention period, and the schedules. */
export function RetentionPage() {
  usePageTitle('Retention review');
  const { data, loading, error, refetch } = useQuery(RetentionPageQuery, { fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const isAdmin = useCurrentUser().role === 'ADMIN';

  if (error && !data) return <ServiceProblem />;
  if (loading && !data) return <Loading />;
  const reviews = data?.retentionReviews ?? [];
  const schedules = data?.retentionSchedules ?? [];

  return (
    <>
      {done ? <NotificationBanner type="success" text={done} /> : null}
      <h1 className="govuk-heading-l">Retention review</h1>
      <p className="govuk-body">
        Records past their retention period are listed here once a day. The organisation that owns each record can erase it now or keep it
        until a date, with a reason. If nobody decides, it is erased when its grace period ends. Records with an open rights request, and
        restricted records, are never listed.
      </p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Due for review</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Record
            </th>
            <th scope="col" className="govuk-table__header">
              Owner
            </th>
            <th scope="col" className="govuk-table__header">
              Period ended
            </th>
            <th scope="col" className="govuk-table__header">
              What happens next
            </th>
            <th scope="col" className="govuk-table__header">
              Decision
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {reviews.length === 0 ? (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={5}>
                Nothing is due for review.
              </td>
            </tr>
          ) : (
            reviews.map((review) => (
              <ReviewRow
                key={review.id}
                review={review}
                onDone={(text) => {
                  setDone(text);
                  void refetch();
                }}
              />
            ))
          )}
        </tbody>
      </table>

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Retention schedules</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Record
            </th>
            <th scope="col" className="govuk-table__header">
              Kept for
            </th>
            <th scope="col" className="govuk-table__header">
              Counted from
            </th>
            <th scope="col" className="govuk-table__header">
              Then
            </th>
            <th scope="col" className="govuk-table__header">
              Source
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {schedules.map((s) => (
            <tr className="govuk-table__row" key={s.recordType}>
              <th scope="row" className="govuk-table__header">
                {RECORD_TYPE_LABELS[s.recordType]}
              </th>
              <td className="govuk-table__cell">{periodText(s.periodCount, s.periodUnit)}</td>
              <td className="govuk-table__cell">{s.triggerEvent}</td>
              <td className="govuk-table__cell">
                {s.reviewRequired ? `Reviewed, then erased after ${periodText(s.graceDays ?? 0, 'DAYS')}` : 'Deleted automatically'}
              </td>
              <td className="govuk-table__cell govuk-body-s">
                {s.source}
                {isAdmin && editing !== s.recordType ? (
                  <>
                    <br />
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary app-button--small"
                      onClick={() => setEditing(s.recordType)}
                    >
                      Change <span className="govuk-visually-hidden">the schedule for {RECORD_TYPE_LABELS[s.recordType]}</span>
                    </button>
                  </>
                ) : null}
                {isAdmin && editing === s.recordType ? (
                  <ScheduleForm
                    schedule={s}
                    onDone={(text) => {
                      setEditing(null);
                      if (text) setDone(text);
                    }}
                  />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

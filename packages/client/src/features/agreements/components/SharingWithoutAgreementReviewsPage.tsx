import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, formatDateTime, SHARING_SECTION_LABELS, SHARING_WITHOUT_AGREEMENT_PURPOSE_LABELS } from '@casehuddle/shared';
import { useState } from 'react';
import { Link } from 'react-router';
import { readApiError } from '../../../ui/apiErrors';
import { TextArea } from '../../../ui/fields';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import type { SharingWithoutAgreementFieldsFragment } from '../../../generated/graphql';
import { MarkSharingWithoutAgreementReviewedMutation, SharingWithoutAgreementReviewsQuery } from '../graphql/agreements';

type Grant = SharingWithoutAgreementFieldsFragment;

function ReviewForm({ grant, onReviewed }: { grant: Grant; onReviewed: (text: string) => void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [mark, { loading }] = useMutation(MarkSharingWithoutAgreementReviewedMutation, {
    refetchQueries: [SharingWithoutAgreementReviewsQuery],
  });
  return (
    <form
      noValidate
      aria-label={`Review the sharing about ${grant.person?.displayName ?? 'this person'}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (loading) return;
        mark({ variables: { id: grant.id, note: note.trim() || null } })
          .then(() => onReviewed(`Marked as reviewed: sharing with ${grant.organisation.name}.`))
          .catch((caught: unknown) => setError(readApiError(caught).message));
      }}
    >
      <TextArea
        id={`review-note-${grant.id}`}
        name="note"
        label="Review note (optional)"
        labelClass="govuk-label--s"
        hint="Was the sharing justified and proportionate? Should the person now be told?"
        rows={2}
        value={note}
        error={error ?? undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      <button type="submit" className="govuk-button govuk-button--secondary app-button--small" disabled={loading}>
        {loading ? 'Saving…' : 'Mark as reviewed'}
      </button>
    </form>
  );
}

/** /agreements/sharing-without-agreement: what the manager's organisation shared without agreement, to review afterwards. */
export function SharingWithoutAgreementReviewsPage() {
  usePageTitle('Sharing without agreement to review');
  const [includeReviewed, setIncludeReviewed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(SharingWithoutAgreementReviewsQuery, {
    variables: { includeReviewed },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    if (loading) return <Loading />;
    return <ServiceProblem message={readApiError(error).message} onRetry={() => void refetch()} />;
  }
  const grants = data.sharingWithoutAgreementReviews;
  return (
    <>
      <Link className="govuk-back-link" to="/agreements">
        Back to agreements
      </Link>
      {notice ? <NotificationBanner type="success" text={notice} /> : null}
      <h1 className="govuk-heading-l">Sharing without agreement to review</h1>
      <p className="govuk-body">
        Information your organisation shared without the person’s agreement, for safeguarding or to prevent crime. Review each one
        afterwards: was it necessary and proportionate, and should the person now be told?
      </p>
      <div className="govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-4">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="include-reviewed"
            type="checkbox"
            checked={includeReviewed}
            onChange={(event) => setIncludeReviewed(event.target.checked)}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="include-reviewed">
            Show those already reviewed
          </label>
        </div>
      </div>
      {grants.length === 0 ? <p className="govuk-body">Nothing is waiting for review.</p> : null}
      {grants.map((grant) => (
        <div className="app-form-panel govuk-!-margin-bottom-4" key={grant.id}>
          <h2 className="govuk-heading-s">
            {grant.person ? (
              <Link className="govuk-link" to={`/people/${grant.personId}`}>
                {grant.person.displayName}
              </Link>
            ) : (
              'A person'
            )}{' '}
            — shared with {grant.organisation.name}
          </h2>
          <dl className="govuk-summary-list govuk-summary-list--no-border">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Why</dt>
              <dd className="govuk-summary-list__value">
                {SHARING_WITHOUT_AGREEMENT_PURPOSE_LABELS[grant.purpose]} ({grant.schedule1Condition.reference}:{' '}
                {grant.schedule1Condition.label})
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Reason</dt>
              <dd className="govuk-summary-list__value app-preserve-lines">{grant.reason}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Parts of the record</dt>
              <dd className="govuk-summary-list__value">{grant.sections.map((s) => SHARING_SECTION_LABELS[s]).join(', ')}</dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Approved</dt>
              <dd className="govuk-summary-list__value">
                by {grant.approvedBy.name}, {formatDateTime(grant.approvedAt)}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">{grant.active ? 'Ends' : 'Ended'}</dt>
              <dd className="govuk-summary-list__value">{formatDateTime(grant.expiresAt)}</dd>
            </div>
            {grant.reviewedAt ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Reviewed</dt>
                <dd className="govuk-summary-list__value">
                  by {grant.reviewedBy?.name}, {formatDate(grant.reviewedAt)}
                  {grant.reviewNote ? `: ${grant.reviewNote}` : ''}
                </dd>
              </div>
            ) : null}
          </dl>
          {grant.reviewedAt ? null : <ReviewForm grant={grant} onReviewed={setNotice} />}
        </div>
      ))}
    </>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { BREAK_GLASS_OUTCOME_LABELS, BREAK_GLASS_OUTCOMES, formatDateTime } from '@casehuddle/shared';
import type { BreakGlassGrantFieldsFragment } from '../../../generated/graphql';
import { GovukForm, RadiosField, SubmitButton, TextAreaField, useGovukForm } from '../../../ui/form';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { checkedBy } from '../../../ui/schema';
import { usePageTitle } from '../../../ui/usePageTitle';
import { BreakGlassGrantsQuery, ReviewBreakGlassMutation } from '../graphql/governance';

const SECTION_LABELS: Record<string, string> = {
  IDENTITY: 'Identity',
  STORY: 'Story',
  NEEDS: 'Needs',
  HEALTH: 'Health',
  RISK: 'Risk',
  OFFENDING: 'Offending',
  CONTACT: 'Contact',
  PROFILE: 'Profile',
  ALL: 'Everything',
};
const sectionsText = (sections: string[]) =>
  sections.length === 0 ? 'Name only' : sections.map((s) => SECTION_LABELS[s] ?? s.toLowerCase()).join(', ');

type ReviewValues = { outcome: string; note: string };
const reviewSchema = checkedBy<ReviewValues, { outcome: 'APPROPRIATE' | 'INAPPROPRIATE'; note: string | null }>(({ outcome, note }) => {
  const fields: Record<string, string> = {};
  if (outcome !== 'APPROPRIATE' && outcome !== 'INAPPROPRIATE') fields.outcome = 'Choose whether the use of break-glass was appropriate';
  if (outcome === 'INAPPROPRIATE' && !note.trim()) fields.note = 'Enter what was inappropriate and what happens next';
  if (note.length > 5000) fields.note = 'The note must be 5,000 characters or fewer';
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, value: { outcome: outcome as 'APPROPRIATE' | 'INAPPROPRIATE', note: note.trim() || null } };
});

/** A manager's verdict on one grant. */
function ReviewForm({ grant, onReviewed }: { grant: BreakGlassGrantFieldsFragment; onReviewed: (text: string) => void }) {
  const ids = { outcome: `review-${grant.id}-outcome`, note: `review-${grant.id}-note` };
  const form = useGovukForm({ schema: reviewSchema, defaultValues: { outcome: '', note: '' }, ids });
  const [review] = useMutation(ReviewBreakGlassMutation, { refetchQueries: [BreakGlassGrantsQuery] });
  const who = grant.person?.displayName ?? 'this record';
  return (
    <GovukForm
      form={form}
      onSubmit={async (values) => {
        await review({ variables: { input: { grantId: grant.id, outcome: values.outcome, note: values.note } } });
        onReviewed(`Your review of ${grant.userName}’s break-glass access to ${who} has been recorded.`);
      }}
      title="Review"
      titleTag="h3"
      titleClass="govuk-heading-s"
    >
      <RadiosField
        name="outcome"
        legend="Was this use of break-glass appropriate?"
        legendClass="govuk-fieldset__legend--s"
        options={BREAK_GLASS_OUTCOMES.map((o) => ({ value: o, label: BREAK_GLASS_OUTCOME_LABELS[o] }))}
        small
        inline
      />
      <TextAreaField name="note" label="Note" hint="Required when it was inappropriate: what was wrong and what happens next." rows={3} />
      <SubmitButton busyText="Recording…">Record review</SubmitButton>
    </GovukForm>
  );
}

function GrantCard({ grant, onReviewed }: { grant: BreakGlassGrantFieldsFragment; onReviewed: (text: string) => void }) {
  return (
    <section className="app-card govuk-!-margin-bottom-6" aria-labelledby={`grant-${grant.id}`} data-testid="break-glass-grant">
      <h2 className="govuk-heading-m" id={`grant-${grant.id}`}>
        {grant.userName} ({grant.userOrganisationName})
      </h2>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Whose record</dt>
          <dd className="govuk-summary-list__value">
            {grant.person ? (
              <Link className="govuk-link" to={`/people/${grant.person.id}`}>
                {grant.person.displayName}
              </Link>
            ) : (
              'A record you cannot see'
            )}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reason given</dt>
          <dd className="govuk-summary-list__value">{grant.reason}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">When</dt>
          <dd className="govuk-summary-list__value">
            {formatDateTime(grant.grantedAt)} to {formatDateTime(grant.expiresAt)}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">What was read</dt>
          <dd className="govuk-summary-list__value">
            {grant.reads.length === 0 ? (
              'Nothing was read under this grant.'
            ) : (
              <ul className="govuk-list">
                {grant.reads.map((read, index) => (
                  <li key={index}>
                    {formatDateTime(read.at)}: {sectionsText(read.sections)}
                    {read.context ? ` (${read.context})` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {grant.outcome ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Reviewed</dt>
            <dd className="govuk-summary-list__value">
              <strong className={`govuk-tag ${grant.outcome === 'APPROPRIATE' ? 'govuk-tag--green' : 'govuk-tag--red'}`}>
                {BREAK_GLASS_OUTCOME_LABELS[grant.outcome]}
              </strong>{' '}
              by {grant.reviewedBy} on {grant.reviewedAt ? formatDateTime(grant.reviewedAt) : ''}
              {grant.reviewNote ? <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">{grant.reviewNote}</p> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {grant.outcome ? null : <ReviewForm grant={grant} onReviewed={onReviewed} />}
    </section>
  );
}

/** The queue of break-glass grants on the organisation's records, at /governance/break-glass. */
export function BreakGlassReviewPage() {
  usePageTitle('Break-glass reviews');
  const [showReviewed, setShowReviewed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const grants = useQuery(BreakGlassGrantsQuery, { variables: { reviewed: showReviewed }, fetchPolicy: 'cache-and-network' });
  return (
    <>
      {notice ? <NotificationBanner type="success" text={notice} /> : null}
      <h1 className="govuk-heading-l">Break-glass reviews</h1>
      <p className="govuk-body">
        Each time someone uses break-glass to open one of your organisation’s records, it is listed here for a manager to review.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className={`govuk-button ${showReviewed ? 'govuk-button--secondary' : ''}`}
          aria-pressed={!showReviewed}
          onClick={() => setShowReviewed(false)}
        >
          To review
        </button>
        <button
          type="button"
          className={`govuk-button ${showReviewed ? '' : 'govuk-button--secondary'}`}
          aria-pressed={showReviewed}
          onClick={() => setShowReviewed(true)}
        >
          Reviewed
        </button>
      </div>
      {grants.error && !grants.data ? (
        <LoadProblem error={grants.error} what="the break-glass grants" onRetry={() => void grants.refetch()} />
      ) : !grants.data ? (
        <Loading />
      ) : grants.data.breakGlassGrants.length === 0 ? (
        <p className="govuk-body">{showReviewed ? 'No grants have been reviewed yet.' : 'There are no break-glass grants to review.'}</p>
      ) : (
        grants.data.breakGlassGrants.map((grant) => <GrantCard key={grant.id} grant={grant} onReviewed={setNotice} />)
      )}
    </>
  );
}

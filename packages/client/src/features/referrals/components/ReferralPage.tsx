import { useState, type ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { CONSENT_METHOD_LABELS, formatDate, formatDateTime, SHARING_SECTION_LABELS } from '@casehuddle/shared';
import type { ReferralFieldsFragment } from '../../../generated/graphql';
import { readApiError } from '../../../ui/apiErrors';
import { BackLink } from '../../../ui/BackLink';
import { Loading } from '../../../ui/Loading';
import { PageNotice } from '../../../ui/PageNotice';
import { SavedMessage } from '../../../ui/SavedMessage';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { whenText } from '../../appointments/labels';
import { formatLocalDate, formatLocalDateWithDay } from '../../releases/labels';
import { ReferralQuery } from '../graphql/referrals';
import { REFERRAL_EVENT_LABELS } from '../labels';
import type { ReferralPageState } from './ReferPage';
import { ReferralSteps } from './ReferralSteps';
import { ReferralStatusTags } from './ReferralTags';

type Referral = ReferralFieldsFragment;

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="app-referral-section">
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

const personName = (referral: Referral) => referral.person?.displayName ?? null;

function About({ referral }: { referral: Referral }) {
  const answer =
    referral.status === 'DECLINED' && referral.declineReason
      ? { label: 'Why it was declined', text: referral.declineReason }
      : referral.status === 'WITHDRAWN' && referral.withdrawReason
        ? { label: 'Why it was withdrawn', text: referral.withdrawReason }
        : null;
  return (
    <Section id="about" title="About this referral">
      <dl className="govuk-summary-list">
        <Row label="From">
          {referral.sendingOrganisation.name}
          <br />
          <span className="app-secondary-text">
            Sent by {referral.sentBy}, <time dateTime={referral.sentAt}>{formatDateTime(referral.sentAt)}</time>
          </span>
        </Row>
        <Row label="To">{referral.receivingOrganisation.name}</Row>
        {referral.mentor ? <Row label="Peer mentor">{referral.mentor.name}</Row> : null}
        <Row label="Kind">{referral.kind.label}</Row>
        <Row label="Status">
          <ReferralStatusTags status={referral.status} overdue={referral.overdue} />
        </Row>
        <Row label="Answer due">
          {formatLocalDateWithDay(referral.respondBy)}
          <span className="app-secondary-text">
            {' '}
            ({referral.kind.responseWorkingDays} working day{referral.kind.responseWorkingDays === 1 ? '' : 's'} after it was sent)
          </span>
        </Row>
        <Row label="Message">
          <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">{referral.message}</p>
        </Row>
        {answer ? (
          <Row label={answer.label}>
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">{answer.text}</p>
          </Row>
        ) : null}
        {referral.outcome ? (
          <Row label="Outcome">
            <p className="govuk-body app-preserve-lines govuk-!-margin-bottom-0">{referral.outcome}</p>
          </Row>
        ) : null}
      </dl>
    </Section>
  );
}

function Shared({ referral }: { referral: Referral }) {
  const name = personName(referral);
  const open = referral.status === 'SENT' || referral.status === 'ACKNOWLEDGED' || referral.status === 'ACCEPTED';
  return (
    <Section id="shared" title="What is shared">
      <p className="govuk-body">
        {open
          ? `These parts of the record are shared with ${referral.receivingOrganisation.name} until ${formatLocalDate(referral.expiresOn)}:`
          : `These parts of the record were shared with ${referral.receivingOrganisation.name}. The sharing ended with the referral.`}
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {referral.sections.map((section) => (
          <li key={section}>{SHARING_SECTION_LABELS[section]}</li>
        ))}
      </ul>
      {name ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/people/${referral.personId}`}>
            Open {name}’s record
          </Link>
        </p>
      ) : (
        <p className="govuk-body app-secondary-text">The record is not shared with your organisation now.</p>
      )}
    </Section>
  );
}

function Consent({ referral }: { referral: Referral }) {
  const { consent } = referral;
  return (
    <Section id="consent" title="Consent">
      <dl className="govuk-summary-list">
        <Row label="Given">{formatLocalDate(consent.givenOn)}</Row>
        <Row label="How">{CONSENT_METHOD_LABELS[consent.method]}</Row>
        <Row label="Recorded by">
          {consent.recordedBy}, <time dateTime={consent.recordedAt}>{formatDateTime(consent.recordedAt)}</time>
        </Row>
        {consent.personsWords ? (
          <Row label="In their own words">
            <blockquote className="govuk-inset-text app-referral-words app-preserve-lines">{consent.personsWords}</blockquote>
          </Row>
        ) : null}
      </dl>
    </Section>
  );
}

function Appointment({ referral }: { referral: Referral }) {
  const a = referral.proposedAppointment;
  if (!a) return null;
  const booked = a.appointmentId !== null;
  return (
    <Section id="appointment" title="First joint appointment">
      <dl className="govuk-summary-list">
        <Row label="When">
          {formatLocalDateWithDay(a.date)}, {whenText(a)}
        </Row>
        {a.location || a.town ? <Row label="Where">{[a.location, a.town].filter(Boolean).join(', ')}</Row> : null}
        <Row label="Status">
          {booked ? (
            <strong className="govuk-tag app-tag govuk-tag--green">Booked</strong>
          ) : referral.status === 'SENT' || referral.status === 'ACKNOWLEDGED' ? (
            'Proposed: it is booked for both organisations when the referral is accepted'
          ) : (
            'Not booked'
          )}
        </Row>
      </dl>
    </Section>
  );
}

function Timeline({ referral }: { referral: Referral }) {
  const newestFirst = [...referral.timeline].reverse();
  return (
    <Section id="timeline" title="Timeline">
      <ol className="app-timeline" reversed>
        {newestFirst.map((event) => (
          <li className="app-timeline__item" key={event.id}>
            <p className="app-timeline__title">{REFERRAL_EVENT_LABELS[event.kind]}</p>
            {event.note ? <p className="app-timeline__description app-preserve-lines">{event.note}</p> : null}
            <p className="app-timeline__meta">
              {[event.by, event.organisation?.name].filter(Boolean).join(', ') || 'CaseHuddle'},{' '}
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            </p>
          </li>
        ))}
      </ol>
    </Section>
  );
}

function ReferralView({ referral, refetch }: { referral: Referral; refetch: () => Promise<unknown> }) {
  const location = useLocation();
  const arrived = (location.state as ReferralPageState | null)?.done ?? null;
  const [done, setDone] = useState<{ text: string; key: number } | null>(arrived ? { text: arrived, key: 0 } : null);
  const name = personName(referral);
  usePageTitle(`Referral${name ? ` about ${name}` : ''}`);
  return (
    <>
      <BackLink to={referral.direction === 'OUTGOING' ? '/referrals?show=sent' : '/referrals'}>Back to referrals</BackLink>
      {done ? <SavedMessage key={done.key} text={done.text} /> : null}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">
          {referral.kind.label} referral {referral.direction === 'OUTGOING' ? 'sent' : 'received'} {formatDate(referral.sentAt)}
        </span>
        {name ?? 'Referral'}
      </h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <About referral={referral} />
          <Section id="actions" title="What you can do">
            <ReferralSteps
              referral={referral}
              onConflict={refetch}
              onDone={(text) => setDone((previous) => ({ text, key: (previous?.key ?? 0) + 1 }))}
            />
          </Section>
          <Shared referral={referral} />
          <Consent referral={referral} />
          <Appointment referral={referral} />
        </div>
        <div className="govuk-grid-column-one-third-from-desktop">
          <Timeline referral={referral} />
        </div>
      </div>
    </>
  );
}

/** /referrals/:id: one referral, what it shares, its consent, its timeline and what the viewer may do. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReferralQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const referral = data?.referral;
  if (!referral) {
    if (loading) return <Loading text="Opening the referral…" />;
    const apiError = readApiError(error);
    if (apiError.code === 'NOT_FOUND' || apiError.code === 'VALIDATION_FAILED' || apiError.code === 'FORBIDDEN') {
      return (
        <PageNotice
          title="Referral not found"
          message="There is no referral to or from your organisation at this address. The link may be wrong."
          link={{ to: '/referrals', text: 'Go to your referrals' }}
        />
      );
    }
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch()} />;
  }
  return <ReferralView key={referral.id} referral={referral} refetch={refetch} />;
}

export default ReferralPage;

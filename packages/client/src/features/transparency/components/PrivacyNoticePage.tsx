import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { PrivacyNoticeQuery } from '../graphql/transparency';

/** "your story, what you need help with and your health" */
function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * A privacy notice for one person at /people/:id/privacy-notice, to print and give to them. It is
 * written to them ("you") in short sentences, because many people in these records find reading
 * hard. The server builds it from the sharing agreements, the data map and the retention schedules.
 */
export function PrivacyNoticePage() {
  const { id = '' } = useParams();
  // Not cached: each notice made is audited as a read of the record.
  const { data, loading, error, refetch } = useQuery(PrivacyNoticeQuery, { variables: { personId: id }, fetchPolicy: 'no-cache' });
  usePageTitle('Privacy notice');
  const back = (
    <p className="govuk-body app-no-print">
      <Link className="govuk-link" to={`/people/${id}`}>
        Back to the record
      </Link>
    </p>
  );

  if (loading) return <Loading text="Preparing the privacy notice…" />;
  if (error || !data) {
    const apiError = readApiError(error);
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'NOT_FOUND') {
      return (
        <>
          {back}
          <h1 className="govuk-heading-l">You cannot make a privacy notice for this record</h1>
          <p className="govuk-body">{apiError.message}</p>
          <p className="govuk-body">Privacy notices are made by the organisation that holds the record or by a lead professional.</p>
        </>
      );
    }
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const notice = data.privacyNotice;
  return (
    <div className="app-privacy-notice">
      {back}
      <div className="app-no-print">
        <p className="govuk-body">Print this notice and give it to the person. Read it through with them if that helps.</p>
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <article className="app-privacy-notice__document" aria-labelledby="privacy-notice-title">
        <h1 className="govuk-heading-l" id="privacy-notice-title">
          How we use your information
        </h1>
        <p className="govuk-body-l">
          For {notice.personName}. Made on {formatDate(`${notice.generatedOn}T12:00:00Z`)}.
        </p>

        <section aria-labelledby="pn-who">
          <h2 className="govuk-heading-m" id="pn-who">
            Who has your information
          </h2>
          <p className="govuk-body">{notice.heldBy.name} keeps your record.</p>
          {notice.sharedWith.length === 0 ? (
            <p className="govuk-body">We do not share it with anyone else at the moment.</p>
          ) : (
            <>
              <p className="govuk-body">We share it with:</p>
              <ul className="govuk-list govuk-list--bullet">
                {notice.sharedWith.map((r) => (
                  <li key={r.organisation.id}>
                    {r.organisation.name}
                    {r.sharedParts.length > 0 ? `: ${listInWords(r.sharedParts)}` : ': who you are, so they can help'}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>

        <section aria-labelledby="pn-why">
          <h2 className="govuk-heading-m" id="pn-why">
            Why we use it
          </h2>
          <p className="govuk-body">Workers from different services meet to plan help for you together.</p>
          {notice.purposes.map((purpose) => (
            <p className="govuk-body" key={purpose}>
              {purpose}
            </p>
          ))}
          {notice.lawfulBases.length > 0 ? (
            <>
              <p className="govuk-body">The law lets us do this because of:</p>
              <ul className="govuk-list govuk-list--bullet">
                {notice.lawfulBases.map((basis) => (
                  <li key={basis}>{basis}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>

        <section aria-labelledby="pn-what">
          <h2 className="govuk-heading-m" id="pn-what">
            What we keep
          </h2>
          <dl className="govuk-summary-list">
            {notice.informationHeld.map((item) => (
              <div className="govuk-summary-list__row" key={item.heading}>
                <dt className="govuk-summary-list__key">{item.heading}</dt>
                <dd className="govuk-summary-list__value">{item.text}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="pn-how-long">
          <h2 className="govuk-heading-m" id="pn-how-long">
            How long we keep it
          </h2>
          {notice.keptFor.map((line) => (
            <p className="govuk-body" key={line}>
              {line}
            </p>
          ))}
        </section>

        <section aria-labelledby="pn-rights">
          <h2 className="govuk-heading-m" id="pn-rights">
            Your rights
          </h2>
          <dl className="govuk-summary-list">
            {notice.rights.map((right) => (
              <div className="govuk-summary-list__row" key={right.heading}>
                <dt className="govuk-summary-list__key">{right.heading}</dt>
                <dd className="govuk-summary-list__value">{right.text}</dd>
              </div>
            ))}
          </dl>
          <p className="govuk-body">{notice.howToAsk}</p>
        </section>

        <section aria-labelledby="pn-together">
          <h2 className="govuk-heading-m" id="pn-together">
            Who is responsible
          </h2>
          <p className="govuk-body">{notice.jointControllers}</p>
        </section>

        <section aria-labelledby="pn-complain">
          <h2 className="govuk-heading-m" id="pn-complain">
            If you are not happy
          </h2>
          <p className="govuk-body">{notice.complaint}</p>
        </section>
      </article>
    </div>
  );
}

export default PrivacyNoticePage;

import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { formatDate } from '@casehuddle/shared';
import type { ReferralFilter, ReferralSummaryFieldsFragment } from '../../../generated/graphql';
import { LoadProblem } from '../../../ui/LoadProblem';
import { Loading } from '../../../ui/Loading';
import { TableHead } from '../../../ui/TableHead';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useCurrentUser } from '../../auth/session';
import { formatLocalDate } from '../../releases/labels';
import { ReferralInboxSummaryQuery, ReferralsQuery } from '../graphql/referrals';
import { INBOX_VIEWS, type InboxView } from '../labels';
import { ReferralStatusTags } from './ReferralTags';

type Referral = ReferralSummaryFieldsFragment;

/** What each view asks the server for. */
export const INBOX_FILTERS: Record<InboxView, ReferralFilter> = {
  new: { direction: 'INCOMING', statuses: ['SENT'] },
  overdue: { direction: 'INCOMING', overdueOnly: true },
  accepted: { direction: 'INCOMING', statuses: ['ACCEPTED'] },
  sent: { direction: 'OUTGOING' },
};

const isView = (value: string | null): value is InboxView => value !== null && value in INBOX_VIEWS;

const personName = (referral: Referral) => referral.person?.displayName ?? 'Someone whose record you cannot see';

/**
 * New referrals in the list since it was first shown, announced politely (the list is kept live
 * by the navigation's subscription).
 */
function useArrivals(referrals: readonly Referral[] | undefined): string | null {
  const known = useRef<Set<string> | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    if (!referrals) return;
    if (known.current) {
      const arrived = referrals.filter((r) => !known.current!.has(r.id));
      if (arrived.length > 0) {
        setSaid(
          arrived
            .map((r) => `New in this list: ${r.kind.label} referral about ${personName(r)} from ${r.sendingOrganisation.name}.`)
            .join(' '),
        );
      }
    }
    known.current = new Set(referrals.map((r) => r.id));
  }, [referrals]);
  return said;
}

function ReferralsTable({ view, referrals }: { view: InboxView; referrals: readonly Referral[] }) {
  const outgoing = view === 'sent';
  return (
    <table className="govuk-table app-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{INBOX_VIEWS[view].caption}</caption>
      <TableHead columns={['Person', 'Kind', outgoing ? 'To' : 'From', 'Sent', 'Answer due', 'Status']} />
      <tbody className="govuk-table__body">
        {referrals.map((referral) => (
          <tr className="govuk-table__row" key={referral.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/referrals/${referral.id}`}>
                {personName(referral)}
                <span className="govuk-visually-hidden">: {referral.kind.label} referral</span>
              </Link>
            </td>
            <td className="govuk-table__cell">{referral.kind.label}</td>
            <td className="govuk-table__cell">{outgoing ? referral.receivingOrganisation.name : referral.sendingOrganisation.name}</td>
            <td className="govuk-table__cell">
              <time dateTime={referral.sentAt}>{formatDate(referral.sentAt)}</time>
            </td>
            <td className="govuk-table__cell">{formatLocalDate(referral.respondBy)}</td>
            <td className="govuk-table__cell">
              <ReferralStatusTags status={referral.status} overdue={referral.overdue} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function InboxList({ view }: { view: InboxView }) {
  const { data, loading, error, refetch } = useQuery(ReferralsQuery, {
    variables: { filter: INBOX_FILTERS[view] },
    fetchPolicy: 'cache-and-network',
  });
  const referrals = data?.referrals;
  const arrivals = useArrivals(referrals);
  return (
    <>
      <div className="govuk-visually-hidden" role="status">
        {arrivals}
      </div>
      {referrals ? (
        referrals.length === 0 ? (
          <div className="app-empty-state">
            <p className="govuk-body">{INBOX_VIEWS[view].empty}</p>
          </div>
        ) : (
          <ReferralsTable view={view} referrals={referrals} />
        )
      ) : loading ? (
        <Loading text="Loading referrals…" />
      ) : (
        <LoadProblem error={error} what="the referrals" onRetry={() => void refetch()} />
      )}
    </>
  );
}

/** /referrals: the organisation's referrals, new, overdue, accepted and sent, kept live. */
export function ReferralsInboxPage() {
  const [params] = useSearchParams();
  const shown = params.get('show');
  const view: InboxView = isView(shown) ? shown : 'new';
  usePageTitle(`Referrals: ${INBOX_VIEWS[view].label.toLowerCase()}`);
  const isManager = useCurrentUser().role === 'MANAGER';
  // The navigation reads these counts and keeps them live; the tabs show the same.
  const summary = useQuery(ReferralInboxSummaryQuery).data?.referralInbox;
  const counts: Record<InboxView, number | null> = {
    new: summary?.new ?? null,
    overdue: summary?.overdue ?? null,
    accepted: summary?.accepted ?? null,
    sent: summary?.awaitingAnswer ?? null,
  };
  return (
    <>
      <h1 className="govuk-heading-l">Referrals</h1>
      <p className="govuk-body">
        Referrals to and from your organisation. To make one, open the person’s record and choose <strong>Refer</strong>.
      </p>
      {isManager ? (
        <p className="govuk-body">
          <Link className="govuk-link" to="/referrals/figures">
            Referral figures
          </Link>{' '}
          – how the referrals your organisation sent have gone, by kind and receiving organisation.
        </p>
      ) : null}
      <nav className="moj-sub-navigation" aria-label="Referral lists">
        <ul className="moj-sub-navigation__list">
          {(Object.keys(INBOX_VIEWS) as InboxView[]).map((key) => {
            const count = counts[key];
            return (
              <li className="moj-sub-navigation__item" key={key}>
                <Link
                  className="moj-sub-navigation__link"
                  to={key === 'new' ? '/referrals' : `/referrals?show=${key}`}
                  aria-current={key === view ? 'page' : undefined}
                >
                  {INBOX_VIEWS[key].label}
                  {count !== null ? ` (${count}${key === 'sent' ? ' waiting' : ''})` : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <InboxList key={view} view={view} />
    </>
  );
}

export default ReferralsInboxPage;

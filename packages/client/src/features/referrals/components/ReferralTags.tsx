import { REFERRAL_STATUS_LABELS, type ReferralStatus } from '@casehuddle/shared';
import { REFERRAL_STATUS_TAGS } from '../labels';

/** A referral's status as a GOV.UK tag, with a red "Overdue" tag beside it when it is late. */
export function ReferralStatusTags({ status, overdue }: { status: ReferralStatus; overdue: boolean }) {
  return (
    <>
      <strong className={`govuk-tag app-tag ${REFERRAL_STATUS_TAGS[status]}`}>{REFERRAL_STATUS_LABELS[status]}</strong>
      {overdue ? (
        <>
          {' '}
          <strong className="govuk-tag app-tag govuk-tag--red">Overdue</strong>
        </>
      ) : null}
    </>
  );
}

import { graphql } from '../../../generated';

/** The referral figures of the manager's organisation for a period (counts only; nobody is named). */
export const ReferralFiguresQuery = graphql(`
  query ReferralFigures($from: LocalDate, $to: LocalDate) {
    referralFigures(from: $from, to: $to) {
      from
      to
      rows {
        kind
        kindLabel
        receivingOrganisation {
          id
          name
        }
        sent
        accepted
        declined
        overdueNow
        medianDaysToAcknowledge
        medianDaysToAccept
        suppressed
      }
    }
  }
`);

/** The same figures as CSV, written by the server (withheld figures as "fewer than 5"). */
export const ReferralFiguresCsvQuery = graphql(`
  query ReferralFiguresCsv($from: LocalDate, $to: LocalDate) {
    referralFiguresCsv(from: $from, to: $to)
  }
`);

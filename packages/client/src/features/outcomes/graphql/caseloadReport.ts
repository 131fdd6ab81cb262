import { graphql } from '../../../generated';

/** The huddles a manager may report on: those their organisation is a member of. */
export const ReportHuddlesQuery = graphql(`
  query ReportHuddles {
    huddles {
      id
      name
    }
  }
`);

/** Everything on the caseload outcomes page for one huddle: figures only, no person details. */
export const CaseloadReportQuery = graphql(`
  query CaseloadReport($huddleId: ID!) {
    caseloadOutcomes(huddleId: $huddleId) {
      huddleId
      measureKey
      peopleAssessed
      peopleWithChange
      averageAtEntry
      averageLatest
      averageChange
      suppressed
    }
    caseloadReport(huddleId: $huddleId) {
      huddleId
      serviceUseBefore {
        people
        personQuarters
        evictions
        arrests
        nightsInPrison
        aeAttendances
        mentalHealthInpatientDays
        suppressed
      }
      serviceUseAfter {
        people
        personQuarters
        evictions
        arrests
        nightsInPrison
        aeAttendances
        mentalHealthInpatientDays
        suppressed
      }
      actionsByMonth {
        month
        completed
        overdue
      }
      timelinessByOwner {
        id
        name
        organisationName
        due
        onTime
        late
        overdue
        blocked
        onTimeRate
      }
      timelinessByOrganisation {
        id
        name
        due
        onTime
        late
        overdue
        blocked
        onTimeRate
      }
      barrierThemes {
        theme
        label
        count
        reasons
      }
    }
  }
`);

import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { NDTA, SMALL_NUMBER } from '@casehuddle/shared';
import { Loading } from '../../../ui/Loading';
import { LoadProblem } from '../../../ui/LoadProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { CaseloadReportQuery, ReportHuddlesQuery } from '../graphql/caseloadReport';
import {
  barriersChart,
  barriersTable,
  figureFileName,
  monthsChart,
  monthsTable,
  ndtaChart,
  ndtaTable,
  serviceUseChart,
  serviceUseTable,
  timelinessChart,
  timelinessTable,
} from '../report';
import { Acknowledgement } from './Acknowledgement';
import { ReportFigure } from './ReportFigure';

function Withheld() {
  return (
    <div className="govuk-inset-text">
      Some figures are withheld: fewer than {SMALL_NUMBER} people contribute to them and your organisation cannot see all of their records,
      so that nobody can be singled out.
    </div>
  );
}

/** The figures for one huddle. */
function HuddleOutcomes({ huddleId, huddleName }: { huddleId: string; huddleName: string }) {
  const { data, loading, error, refetch } = useQuery(CaseloadReportQuery, { variables: { huddleId }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <LoadProblem error={error} onRetry={() => void refetch()} what="the figures" part />;
  if (!data) return loading ? <Loading text="Loading the figures…" /> : null;
  const { caseloadOutcomes: outcomes, caseloadReport: report } = data;
  const file = (key: string) => figureFileName(key, huddleName);
  const serviceUseEmpty = report.serviceUseBefore.personQuarters === 0 && report.serviceUseAfter.personQuarters === 0;
  const actionsEmpty = report.actionsByMonth.every((m) => m.completed === 0 && m.overdue === 0);

  return (
    <>
      <ReportFigure
        id="ndta"
        title="NDTA change from entry"
        intro={
          <p className="govuk-body">
            The average New Directions Team Assessment score of the people on the caseload when first assessed and at their latest
            assessment. Scores run from 0 to 48; higher means more need, so a fall is an improvement.
          </p>
        }
        empty={outcomes.peopleAssessed === 0 ? 'Nobody on this caseload has an NDTA score yet.' : null}
        chart={ndtaChart(outcomes)}
        table={ndtaTable(outcomes)}
        fileName={file('ndta-change')}
      >
        {outcomes.suppressed ? <Withheld /> : null}
        <Acknowledgement measure={{ key: NDTA.key, acknowledgement: NDTA.acknowledgement }} />
      </ReportFigure>

      <ReportFigure
        id="service-use"
        title="Service use before and after joining"
        intro={
          <p className="govuk-body">
            Evictions, arrests, nights in prison, A&amp;E attendances and mental-health inpatient days, per person per quarter: in the
            quarters before each person joined the caseload, and from the quarter they joined.
          </p>
        }
        empty={serviceUseEmpty ? 'No service use has been recorded for the people on this caseload.' : null}
        chart={serviceUseChart(report)}
        table={serviceUseTable(report)}
        fileName={file('service-use')}
      >
        {report.serviceUseBefore.suppressed || report.serviceUseAfter.suppressed ? <Withheld /> : null}
      </ReportFigure>

      <ReportFigure
        id="actions-by-month"
        title="Actions completed and overdue by month"
        intro={
          <p className="govuk-body">
            Actions agreed in this huddle over the last 12 months: how many were completed each month, and how many due that month were not
            done by their due date.
          </p>
        }
        empty={actionsEmpty ? 'No actions from this huddle were completed or went overdue in the last 12 months.' : null}
        chart={monthsChart(report)}
        table={monthsTable(report)}
        fileName={file('actions-by-month')}
      />

      <ReportFigure
        id="timeliness-organisation"
        title="Timeliness by organisation"
        intro={
          <p className="govuk-body">
            Of the actions whose due date has passed: done on time, done late, still overdue, or blocked (not possible or not undertaken).
          </p>
        }
        empty={report.timelinessByOrganisation.length === 0 ? 'No actions from this huddle have reached their due date yet.' : null}
        chart={timelinessChart(report.timelinessByOrganisation)}
        table={timelinessTable(report.timelinessByOrganisation, false)}
        fileName={file('timeliness-by-organisation')}
      />

      <ReportFigure
        id="timeliness-owner"
        title="Timeliness by owner"
        empty={report.timelinessByOwner.length === 0 ? 'No actions from this huddle have reached their due date yet.' : null}
        chart={null}
        table={timelinessTable(report.timelinessByOwner, true)}
        fileName={file('timeliness-by-owner')}
      />

      <ReportFigure
        id="barriers"
        title="Barriers by theme"
        intro={
          <p className="govuk-body">
            Actions recorded as not possible, grouped by the kind of rule or gap that stood in the way, for the strategic board.
          </p>
        }
        empty={report.barrierThemes.length === 0 ? 'No barriers have been recorded in this huddle.' : null}
        chart={barriersChart(report)}
        table={barriersTable(report)}
        fileName={file('barriers-by-theme')}
      />
    </>
  );
}

/**
 * /outcomes, for managers: how a huddle's caseload is doing (NDTA change and service use) and how
 * its actions are going (by month, by owner and organisation, and the barriers in the way).
 * Figures only; nobody is named.
 */
export function CaseloadOutcomesPage() {
  usePageTitle('Caseload outcomes');
  const { data, loading, error, refetch } = useQuery(ReportHuddlesQuery);
  const [chosen, setChosen] = useState('');
  const huddles = data?.huddles ?? [];
  const huddle = huddles.find((h) => h.id === chosen) ?? huddles[0];

  return (
    <>
      <h1 className="govuk-heading-l">Caseload outcomes</h1>
      <p className="govuk-body">Figures for a huddle’s caseload and its actions. They count everyone on the caseload and name nobody.</p>
      <p className="govuk-body">
        For how your organisation’s referrals have gone, see the{' '}
        <Link className="govuk-link" to="/referrals/figures">
          referral figures
        </Link>
        .
      </p>
      {error && !data ? (
        <LoadProblem error={error} onRetry={() => void refetch()} what="your huddles" />
      ) : !data ? (
        loading ? (
          <Loading />
        ) : null
      ) : huddles.length === 0 ? (
        <div className="app-empty-state">
          <p className="govuk-body">Your organisation is not a member of any huddle, so there are no figures to show.</p>
        </div>
      ) : (
        <>
          <form className="app-filter-bar" aria-label="Choose a huddle" onSubmit={(event) => event.preventDefault()}>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="outcomes-huddle">
                Huddle
              </label>
              <select id="outcomes-huddle" className="govuk-select" value={huddle!.id} onChange={(event) => setChosen(event.target.value)}>
                {huddles.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.name}
                  </option>
                ))}
              </select>
            </div>
          </form>
          <HuddleOutcomes key={huddle!.id} huddleId={huddle!.id} huddleName={huddle!.name} />
        </>
      )}
    </>
  );
}

export default CaseloadOutcomesPage;

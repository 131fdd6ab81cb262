import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { readApiError } from '../../../ui/apiErrors';
import { todayIso } from '../../../ui/dates';
import { downloadCsv } from '../../../ui/download';
import { RecordOfProcessingCsvQuery } from '../graphql/transparency';

/** "casehuddle-record-of-processing-2026-12-03.csv" */
export const recordOfProcessingFileName = (now: Date = new Date()) => `casehuddle-record-of-processing-${todayIso(now)}.csv`;

/** Administrators download the record of processing activities (UK GDPR Art. 30) as a spreadsheet. */
export function RecordOfProcessingDownload() {
  const apollo = useApolloClient();
  const [state, setState] = useState<{ working: boolean; problem: string | null }>({ working: false, problem: null });

  async function download() {
    setState({ working: true, problem: null });
    try {
      const { data } = await apollo.query({ query: RecordOfProcessingCsvQuery, fetchPolicy: 'network-only' });
      if (!data) throw new Error('No CSV came back');
      downloadCsv(data.recordOfProcessingCsv, recordOfProcessingFileName());
      setState({ working: false, problem: null });
    } catch (error) {
      setState({ working: false, problem: readApiError(error).message });
    }
  }

  return (
    <section aria-labelledby="record-of-processing-heading">
      <h2 className="govuk-heading-m" id="record-of-processing-heading">
        Record of processing
      </h2>
      <p className="govuk-body">
        The record of processing activities (UK GDPR Article 30), built from the sharing agreements, the data map and the retention
        schedules. Check it and add your own security measures before you publish it.
      </p>
      {state.problem ? (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {state.problem}
        </p>
      ) : null}
      <button type="button" className="govuk-button govuk-button--secondary" disabled={state.working} onClick={() => void download()}>
        Download the record of processing (CSV)
      </button>
    </section>
  );
}

import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { SubjectAccessExport } from '@casehuddle/shared';
import { readApiError, type ApiError } from '../../../ui/apiErrors';
import { todayIso } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useCurrentUser } from '../../auth/session';
import { downloadFile, standaloneHtml } from '../export/download';
import { downloadSubjectAccessExport } from '../export/downloadExport';
import { SubjectAccessDocument } from '../export/SubjectAccessDocument';
import { ExportPersonQuery } from '../graphql/people';

/** "Quillon Marrowby" → "quillon-marrowby", for file names. */
const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'record';

/**
 * Everything held on a person, for a subject access request, at /people/:id/export: a readable
 * document that can be printed (the print styles drop the app around it) or downloaded as a web
 * page to hand over, and the machine-readable export as JSON.
 */
export function ExportPage() {
  const { id = '' } = useParams();
  const user = useCurrentUser();
  const documentRef = useRef<HTMLDivElement>(null);
  // Not cached: the export holds everything, and each one is audited.
  const { data, loading, error, refetch } = useQuery(ExportPersonQuery, { variables: { personId: id }, fetchPolicy: 'no-cache' });
  usePageTitle('Subject access export');
  const back =
    user.role === 'ADMIN' ? null : (
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={`/people/${id}`}>
          Back to the record
        </Link>
      </p>
    );

  if (loading) return <Loading text="Preparing the export…" />;
  if (error || !data) {
    const apiError = readApiError(error);
    if (apiError.code === 'EXPORT_TOO_LARGE') {
      // Too large to show on a page: the streamed download still gives the whole export.
      return (
        <>
          {back}
          <h1 className="govuk-heading-l">Subject access export</h1>
          <p className="govuk-body">{apiError.message}</p>
          <p className="govuk-body">
            Downloading the export is recorded in the audit trail. Check it before handing it over: it includes the names of staff who
            worked with the person.
          </p>
          <DownloadExportButton personId={id} fileName={`subject-access-${todayIso()}.json`} primary />
        </>
      );
    }
    if (apiError.code === 'FORBIDDEN' || apiError.code === 'NOT_FOUND') {
      return (
        <>
          <h1 className="govuk-heading-l">You cannot export this record</h1>
          <p className="govuk-body">{apiError.message}</p>
          {back}
        </>
      );
    }
    return <ServiceProblem message={apiError.message} onRetry={() => void refetch().catch(() => undefined)} />;
  }

  // The JSON scalar's shape is the shared SubjectAccessExport, which the server builds.
  const exported = data.exportPerson as unknown as SubjectAccessExport;
  const fileName = `subject-access-${slug(exported.person.legalName)}-${todayIso()}`;
  const title = `Information held about ${exported.person.legalName}`;

  return (
    <div className="app-export">
      {back}
      <div className="app-no-print">
        <p className="govuk-body">
          A subject access request must be answered within one month. Making this export has been recorded in the audit trail. Check it
          before handing it over: it includes the names of staff who worked with the person.
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button" onClick={() => window.print()}>
            Print
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => downloadFile(`${fileName}.html`, 'text/html', standaloneHtml(title, documentRef.current?.innerHTML ?? ''))}
          >
            Download as a web page
          </button>
          <DownloadExportButton personId={id} fileName={`${fileName}.json`} />
        </div>
      </div>
      <div ref={documentRef}>
        <SubjectAccessDocument data={exported} />
      </div>
    </div>
  );
}

/**
 * Downloads the machine-readable export from the server's streamed download, which writes it
 * as it reads it (a busy record's audit trail runs to a million entries and hundreds of MB).
 */
function DownloadExportButton({ personId, fileName, primary = false }: { personId: string; fileName: string; primary?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const start = async () => {
    setBusy(true);
    setProblem(null);
    setProblem(await downloadSubjectAccessExport(personId, fileName));
    setBusy(false);
  };
  return (
    <>
      <button
        type="button"
        className={primary ? 'govuk-button' : 'govuk-button govuk-button--secondary'}
        disabled={busy}
        aria-disabled={busy}
        onClick={() => void start()}
      >
        {busy ? 'Downloading the export…' : 'Download the export (JSON)'}
      </button>
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> The export could not be downloaded. {problem.message}
        </p>
      )}
    </>
  );
}

export default ExportPage;

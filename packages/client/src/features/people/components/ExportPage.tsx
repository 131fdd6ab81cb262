import { useRef } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { SubjectAccessExport } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { todayIso } from '../../../ui/dates';
import { Loading } from '../../../ui/Loading';
import { ServiceProblem } from '../../../ui/ServiceProblem';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useCurrentUser } from '../../auth/session';
import { downloadFile, standaloneHtml } from '../export/download';
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
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => downloadFile(`${fileName}.json`, 'application/json', JSON.stringify(exported, null, 2))}
          >
            Download JSON
          </button>
        </div>
      </div>
      <div ref={documentRef}>
        <SubjectAccessDocument data={exported} />
      </div>
    </div>
  );
}

export default ExportPage;

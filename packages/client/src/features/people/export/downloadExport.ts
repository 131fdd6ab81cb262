import type { GraphQLFormattedError } from 'graphql';
import { fromGraphQLErrors, NETWORK_ERROR_MESSAGE, SERVICE_PROBLEM_MESSAGE, type ApiError } from '../../../ui/apiErrorShape';
import { saveBlob } from './download';

/**
 * The header the server asks of a download: a page on another site cannot send it without a
 * CORS preflight, which the server never approves (its guard against cross-site requests).
 */
const CSRF_HEADER = 'x-casehuddle-download';

/**
 * Downloads a person's subject access export as JSON from the server's streamed download
 * (`GET /exports/subject-access/:personId`), which writes the export as it reads it, however
 * long the audit trail, and records it in the audit trail. Resolves to null once the file is
 * saved, or to the error to show.
 */
export async function downloadSubjectAccessExport(personId: string, fileName: string): Promise<ApiError | null> {
  let response: Response;
  try {
    response = await fetch(`/exports/subject-access/${encodeURIComponent(personId)}`, {
      credentials: 'include',
      headers: { [CSRF_HEADER]: '1' },
    });
  } catch {
    return { code: 'NETWORK', message: NETWORK_ERROR_MESSAGE, fields: {} };
  }
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => null);
    const errors = body && typeof body === 'object' ? (body as { errors?: unknown }).errors : undefined;
    return (
      (Array.isArray(errors) ? fromGraphQLErrors(errors as GraphQLFormattedError[]) : null) ?? {
        code: 'NETWORK',
        message: SERVICE_PROBLEM_MESSAGE,
        fields: {},
      }
    );
  }
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    // The connection broke part way through: the file would be incomplete.
    return { code: 'NETWORK', message: 'The download stopped before the end. Try again.', fields: {} };
  }
  saveBlob(fileName, blob);
  return null;
}

import compression from 'compression';
import type { Express, Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { readSessionToken } from '../modules/auth/session-cookie.js';
import { PEER_MENTOR_OPERATIONS } from '../modules/disclosure/data-map.js';
import { notShared } from '../modules/disclosure/gate.js';
import type { Config } from '../core/config.js';
import type { Services } from '../core/context.js';
import { errorLogLevel, toClientError, unauthenticated } from '../core/errors.js';

/** Where the download lives; the person's id follows. */
export const SUBJECT_ACCESS_DOWNLOAD_PATH = '/exports/subject-access';

/**
 * The header a download request must carry. A browser sends a custom header cross-site only
 * after a CORS preflight, which this server never approves, so a page on another site cannot
 * make a signed-in user's browser start an export (and write its audit entry). The same
 * reasoning as Apollo's CSRF prevention for `/graphql`.
 */
export const DOWNLOAD_CSRF_HEADER = 'x-casehuddle-download';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  DATABASE_BUSY: 503,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * `GET /exports/subject-access/:personId`: the subject access export as a JSON file, streamed
 * from PostgreSQL as it is read (see `PersonGovernanceService.openExportStream`). The same
 * session cookie, access rule, refusal and audit entry as the `exportPerson` query; refusals
 * carry the same `errors` body as GraphQL does, with an HTTP status.
 */
export function mountSubjectAccessDownload(app: Express, deps: { config: Config; services: Services }): void {
  const { config, services } = deps;
  app.get(`${SUBJECT_ACCESS_DOWNLOAD_PATH}/:personId`, compression({ threshold: 1024 }), async (req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    const refuse = (error: unknown) => {
      const formatted = toClientError({ message: 'Unexpected error' }, error, { attempted: 'read' });
      const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
      const level = errorLogLevel(error as GraphQLError);
      if (level) req.log[level]({ err: error }, 'subject access download failed');
      res.status(STATUS[code] ?? 500).json({ errors: [{ message: formatted.message, extensions: formatted.extensions }] });
    };
    if (!req.get(DOWNLOAD_CSRF_HEADER)) {
      return res.status(400).json({
        errors: [
          {
            message: `This request needs the ${DOWNLOAD_CSRF_HEADER} header, to show that it comes from CaseHuddle itself.`,
            extensions: { code: 'BAD_REQUEST' },
          },
        ],
      });
    }

    let stream: Awaited<ReturnType<Services['governance']['openExportStream']>>;
    try {
      const token = readSessionToken(req.headers.cookie, config.cookieSecure);
      const session = token ? await services.auth.resolveSession(token) : null;
      if (!session) throw unauthenticated();
      // The gate's rule for the exportPerson operation: a peer mentor reaches only the operations listed for them.
      if (session.viewer.role === 'PEER_MENTOR' && !PEER_MENTOR_OPERATIONS.Query.includes('exportPerson')) throw notShared(false);
      stream = await services.governance.openExportStream(session.viewer, String(req.params.personId));
    } catch (error) {
      return refuse(error);
    }

    // From here the answer is under way: a failure can only cut it short (the client sees an
    // incomplete file, which is not valid JSON), and is logged.
    let gone = false;
    // One listener each for the whole download (compression cannot take a drain listener off again).
    let wake: (() => void) | undefined;
    res.on('drain', () => wake?.());
    res.once('close', () => {
      gone = true;
      wake?.();
    });
    res.status(200);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="subject-access-${new Date().toISOString().slice(0, 10)}.json"`);
    let first = true;
    try {
      await stream.writeTo(async (text) => {
        if (gone) throw new Error('The client went away.');
        const more = res.write(text);
        // The first part goes at once (past compression's buffer), so the reader sees the download start.
        if (first) {
          first = false;
          (res as Response & { flush?: () => void }).flush?.();
        }
        if (!more && !gone) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      });
      res.end();
    } catch (error) {
      if (!gone) req.log.error({ err: error }, 'subject access download cut short');
      res.destroy();
    } finally {
      await stream.close();
    }
  });
}

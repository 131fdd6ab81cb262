import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { LIMITS } from '@casehuddle/shared';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { getOperationAST, type DocumentNode, type ExecutionArgs, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import helmet from 'helmet';
import { LRUCache } from 'lru-cache';
import { pinoHttp } from 'pino-http';
import type { DataSource } from 'typeorm';
import { WebSocketServer, type WebSocket } from 'ws';
import type { ResolvedSession } from '../modules/auth/auth.service.js';
import type { SessionEndReason } from '../modules/auth/auth.topics.js';
import { readSessionToken } from '../modules/auth/session-cookie.js';
import type { Config } from '../core/config.js';
import type { Context } from '../core/context.js';
import { errorLogLevel, isDatabaseUnavailable, toClientError, type Attempt } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { fromRepoRoot } from '../core/paths.js';
import { createPgEventBus } from '../core/pubsub.js';
import { clientPages } from './client-pages.js';
import { buildAppSchema } from './schema.js';
import { findUnstorableText, parseAndValidate, parseOptions, securityRules, unstorableTextError } from '../core/security.js';
import type { Services } from '../core/context.js';
import { createServices } from './services.js';
import { compiledExecutor, COMPILED_OPERATIONS_KEPT } from './compiled-executor.js';
import { sharedSubscribe } from './shared-subscribe.js';
import { mountSubjectAccessDownload } from './subject-access-download.js';

export interface AppServer {
  httpServer: Server;
  services: Services;
  /** Starts listening; resolves to the base URL. */
  listen(port: number, host: string): Promise<string>;
  /** Graceful stop: refuse new connections, close sockets, drain requests, stop listening for events. */
  close(): Promise<void>;
}

/** Extra state graphql-ws keeps for each socket. */
type SocketExtra = {
  socket: WebSocket;
  request: IncomingMessage;
  session?: ResolvedSession;
};

/** WebSocket close codes sent by the server. A 4401 carries the reason (SIGNED_OUT, ACCOUNT_DEACTIVATED, ORGANISATION_DEACTIVATED, SESSION_EXPIRED). */
export const CLOSE_CODES = { sessionEnded: 4401, forbidden: 4403, tryAgainLater: 1013 } as const;

/**
 * Builds the whole HTTP server: security headers, health check, GraphQL over HTTP (Apollo)
 * and over WebSocket (graphql-ws) on the same path, and the built client.
 */
export async function createAppServer(opts: {
  config: Config;
  dataSource: DataSource;
  databaseUrl: string;
  logger: Logger;
}): Promise<AppServer> {
  const { config, dataSource, logger } = opts;
  const bus = createPgEventBus({
    url: config.DATABASE_LISTEN_URL ?? opts.databaseUrl,
    pool: dataSource,
    logger,
    heartbeatMs: config.BUS_HEARTBEAT_SECONDS * 1000,
  });
  const services = createServices({ config, logger, dataSource, bus });
  const schema = await buildAppSchema(bus.pubSub);

  // In production, errors give no hints about the schema (such as "Did you mean …?").
  const clientErrorOptions = { hideSchemaDetails: config.isProduction };
  // What each failed request tried to do, so an error can say whether anything was saved.
  const attempts = new WeakMap<object, Attempt>();
  const attemptOf = (operation: string | undefined): Attempt | undefined =>
    operation === 'mutation' ? 'write' : operation ? 'read' : undefined;

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY);
  const httpServer = createServer(app);

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url?.startsWith('/assets/') === true },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Over plain HTTP (local use) upgrading requests would break the app.
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: config.isProduction,
    }),
  );

  // Healthy when the database answers and this process hears live events; a 503 names the part that is down.
  app.get('/healthz', async (_req, res) => {
    const database = await dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    const listener = bus.health();
    const checks = { database: database ? 'ok' : 'down', eventListener: listener.listening ? 'ok' : 'down' };
    if (database && listener.listening) return res.json({ status: 'ok', checks });
    res.status(503).json({
      status: 'unavailable',
      checks,
      reason: database ? listener.reason : 'The database is not answering.',
    });
  });

  // --- GraphQL over WebSocket -------------------------------------------------------
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: LIMITS.requestBodyMaxBytes });
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const track = (extra: SocketExtra) => {
    const id = extra.session!.sessionId;
    let set = socketsBySession.get(id);
    if (!set) socketsBySession.set(id, (set = new Set()));
    set.add(extra.socket);
    extra.socket.once('close', () => {
      set!.delete(extra.socket);
      if (set!.size === 0) socketsBySession.delete(id);
    });
  };
  const endSession = (sessionId: string, reason: SessionEndReason) => {
    for (const socket of socketsBySession.get(sessionId) ?? []) socket.close(CLOSE_CODES.sessionEnded, reason);
  };

  httpServer.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return socket.destroy();
    // Cross-site WebSocket hijacking: a browser always sends Origin; it must be this site or an allowed one.
    const origin = req.headers.origin;
    if (origin && !isAllowedOrigin(origin, req.headers.host, config.ALLOWED_ORIGINS)) {
      logger.warn({ origin }, 'Refused a WebSocket from another origin');
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return socket.destroy();
    }
    wsServer.handleUpgrade(req, socket, head, (ws) => wsServer.emit('connection', ws, req));
  });

  /** Documents sent over WebSocket that parsed and passed validation, by their text. */
  const subscriptionDocuments = new LRUCache<string, DocumentNode>({ max: COMPILED_OPERATIONS_KEPT });
  const wsCleanup = useServer<Record<string, unknown> | undefined, SocketExtra>(
    {
      schema,
      // An event that reaches many subscribers on this process is executed once for them all.
      subscribe: sharedSubscribe,
      onConnect: async (ctx) => {
        const token = readSessionToken(ctx.extra.request.headers.cookie, config.cookieSecure);
        let session: ResolvedSession | null;
        try {
          session = token ? await services.auth.resolveSession(token) : null;
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          // 1013 "try again later": clients reconnect with back-off rather than giving up.
          ctx.extra.socket.close(CLOSE_CODES.tryAgainLater, 'DATABASE_UNAVAILABLE');
          return false;
        }
        if (!session) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.session = session;
        (ctx.extra.socket as WebSocket & { __session?: ResolvedSession }).__session = session;
        track(ctx.extra);
        return true;
      },
      onSubscribe: (ctx, id, payload) => {
        // A room of subscribers sends the same few documents: each is parsed and validated once.
        let document = subscriptionDocuments.get(payload.query);
        if (!document) {
          const checked = parseAndValidate(schema, payload.query, payload.variables);
          if ('errors' in checked) return checked.errors;
          subscriptionDocuments.set(payload.query, (document = checked.document));
        }
        const unstorable = findUnstorableText(document, payload.variables);
        if (unstorable) return [unstorableTextError(unstorable)];
        const session = ctx.extra.session!;
        const contextValue: Context = {
          requestId: `ws-${id}-${randomUUID()}`,
          logger: logger.child({ userId: session.viewer.id, subscription: payload.operationName ?? undefined }),
          viewer: session.viewer,
          sessionId: session.sessionId,
          services,
        };
        const args: ExecutionArgs = {
          schema,
          document,
          variableValues: payload.variables ?? undefined,
          operationName: payload.operationName ?? undefined,
          contextValue,
        };
        return args;
      },
      onNext: (_ctx, _id, _payload, args, result) => {
        if (!result.errors?.length) return;
        const context = args.contextValue as Context;
        for (const error of result.errors) {
          const level = errorLogLevel(error);
          if (level) context.logger[level]({ err: error.originalError ?? error }, 'Unexpected error in a subscription');
        }
        const attempted = attemptOf(getOperationAST(args.document, args.operationName)?.operation);
        return {
          ...result,
          errors: result.errors.map((e) => toClientError(e.toJSON(), e, { ...clientErrorOptions, attempted })),
        } as never;
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => toClientError(e.toJSON(), e, clientErrorOptions)),
    },
    wsServer,
    // A socket that stops answering pings is closed, so the meeting rooms it was in hear within seconds that its user left.
    config.WS_KEEPALIVE_SECONDS * 1000,
  );

  const revokedEvents = bus.pubSub.subscribe('SESSION_REVOKED');
  void (async () => {
    for await (const event of revokedEvents) {
      services.auth.forget({ sessionId: event.sessionId });
      endSession(event.sessionId, event.reason);
    }
  })();
  const userEvents = bus.pubSub.subscribe('USER_CHANGED');
  void (async () => {
    for await (const event of userEvents) services.auth.forget({ userId: event.userId });
  })();
  const busResyncs = bus.pubSub.subscribe('BUS_RESYNC');
  void (async () => {
    for await (const _ of busResyncs) services.auth.forget('all');
  })();
  // Sessions also end by expiry: close sockets that outlive them.
  const expirySweep = setInterval(() => {
    const now = Date.now();
    for (const client of wsServer.clients) {
      const extra = (client as WebSocket & { __session?: ResolvedSession }).__session;
      if (extra && extra.expiresAt.getTime() <= now) client.close(CLOSE_CODES.sessionEnded, 'SESSION_EXPIRED');
    }
  }, 60_000);
  expirySweep.unref();

  // Reminders for due and overdue actions. Every process runs the job; dedupe keys make each
  // notification happen once. Test servers turn it off and call it directly.
  const reminders =
    config.REMINDER_INTERVAL_SECONDS > 0
      ? setInterval(() => {
          services.notifications
            .runReminders()
            .catch((error: unknown) => logger.warn({ err: error }, 'The reminder job failed; it will run again'));
          services.referrals
            .flagOverdue()
            .catch((error: unknown) => logger.warn({ err: error }, 'The overdue referrals job failed; it will run again'));
        }, config.REMINDER_INTERVAL_SECONDS * 1000)
      : undefined;
  reminders?.unref();

  // The audit trail's monthly partitions: next months created ahead, months past the retention
  // period dropped. Every process schedules it; an advisory lock lets one run it at a time.
  const runAuditMaintenance = () =>
    services.auditPartitions
      .maintain()
      .catch((error: unknown) => logger.warn({ err: error }, 'The audit maintenance job failed; it will run again'));
  const auditMaintenance =
    config.AUDIT_MAINTENANCE_INTERVAL_HOURS > 0
      ? setInterval(runAuditMaintenance, config.AUDIT_MAINTENANCE_INTERVAL_HOURS * 3_600_000)
      : undefined;
  auditMaintenance?.unref();
  const firstAuditMaintenance = config.AUDIT_MAINTENANCE_INTERVAL_HOURS > 0 ? setTimeout(runAuditMaintenance, 10_000) : undefined;
  firstAuditMaintenance?.unref();
  // Retention: every process checks each hour; the first to claim the day runs the job (modules/retention).
  const retention =
    config.RETENTION_CHECK_SECONDS > 0
      ? setInterval(() => {
          services.retention
            .runScheduled()
            .catch((error: unknown) => logger.warn({ err: error }, 'The retention job failed; it will run again'));
        }, config.RETENTION_CHECK_SECONDS * 1000)
      : undefined;
  retention?.unref();
  // Bulk-read alerts, from the audit trail. Every process scans; an advisory lock makes each
  // window raise one alert. Test servers turn it off and call the scan directly.
  const bulkReadScan =
    config.BULK_READ_SCAN_SECONDS > 0
      ? setInterval(() => {
          services.bulkReads.scan().catch((error: unknown) => logger.warn({ err: error }, 'The bulk-read scan failed; it will run again'));
        }, config.BULK_READ_SCAN_SECONDS * 1000)
      : undefined;
  bulkReadScan?.unref();

  // --- GraphQL over HTTP ------------------------------------------------------------
  const loggingPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        // Text PostgreSQL cannot store is refused here, for every argument at once, before any resolver runs.
        async didResolveOperation({ document, request }) {
          const unstorable = findUnstorableText(document, request.variables);
          if (unstorable) throw unstorableTextError(unstorable);
        },
        async didEncounterErrors({ contextValue, errors, operation }) {
          const attempted = attemptOf(operation?.operation);
          for (const error of errors) {
            if (attempted) attempts.set(error, attempted);
            const level = errorLogLevel(error);
            if (level) (contextValue?.logger ?? logger)[level]({ err: error.originalError ?? error, path: error.path }, 'Unexpected error');
          }
        },
      };
    },
  };
  const apollo = new ApolloServer<Context>({
    // Operations run compiled (graphql-jit); Apollo still parses, validates and formats errors.
    gateway: compiledExecutor(schema, logger),
    csrfPrevention: true,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.isProduction,
    allowBatchedHttpRequests: false,
    validationRules: securityRules(),
    parseOptions,
    formatError: (formatted: GraphQLFormattedError, error: unknown) =>
      toClientError(formatted, error, {
        ...clientErrorOptions,
        attempted: typeof error === 'object' && error ? attempts.get(error) : undefined,
      }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // HTTP caching of personal data is never wanted, and the default cache-control plugin
      // wraps every field resolver to compute it (a measurable cost on large agendas).
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      loggingPlugin,
    ],
  });
  await apollo.start();

  // The API in an app of its own, so that Express computes no ETag of its answers (a SHA-1 of
  // every body, which a no-store answer never uses); the page and static files keep theirs.
  const api = express();
  api.disable('x-powered-by');
  api.disable('etag');
  app.use('/graphql', api);
  api.use(
    // Answers carry personal data and depend on who is signed in: no cache may keep them.
    (_req: Request, res: Response, next: NextFunction) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
    // Answers over 1 KB go compressed (an agenda or a record is tens of KB of JSON).
    compression({ threshold: 1024 }),
    express.json({ limit: LIMITS.requestBodyMaxBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const token = readSessionToken(req.headers.cookie, config.cookieSecure);
        const session = token ? await services.auth.resolveSession(token) : null;
        return {
          requestId: String(req.id),
          logger: req.log,
          viewer: session?.viewer ?? null,
          sessionId: session?.sessionId ?? null,
          services,
          http: { req, res },
        };
      },
    }),
  );

  // The subject access export as a streamed file (a busy record's audit trail runs to millions of entries).
  mountSubjectAccessDownload(app, { config, services });

  // --- The built client ---------------------------------------------------------------
  const clientDist = fromRepoRoot(config.CLIENT_DIST ?? 'packages/client/dist');
  if (existsSync(path.join(clientDist, 'index.html'))) {
    // The build writes brotli and gzip copies of each file; the best one the browser accepts is sent.
    // Hashed assets never change, so browsers keep them for a year.
    const precompressed = { enableBrotli: true, orderPreference: ['br', 'gz'] };
    app.use(
      '/assets',
      expressStaticGzip(path.join(clientDist, 'assets'), {
        ...precompressed,
        serveStatic: { immutable: true, maxAge: '1y', index: false },
      }),
    );
    // A missing asset is a 404, not the app's page: an old tab after a redeploy then knows to reload.
    app.use('/assets', (_req, res) => res.status(404).type('text').send('Not found'));
    app.use(expressStaticGzip(clientDist, { ...precompressed, index: false, serveStatic: { index: false } }));
    // The page names the chunks its route needs, so the browser fetches them at once (client-pages.ts).
    // It changes with each deploy, so the browser checks it every time (hashed assets are cached above).
    const pageFor = clientPages(clientDist);
    app.get('/{*path}', compression({ threshold: 1024 }), (req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(pageFor(req.path));
    });
  } else {
    app.get('/', (_req, res) => res.type('text').send('The CaseHuddle API is running. Build the client (pnpm build) to use the app here.'));
  }

  // Requests Express could not read (a body too large, not JSON, in an unknown or corrupt
  // encoding; a malformed URL) get a GraphQL-shaped error with a 4xx status, not an HTML page
  // or a 500. Messages are fixed: nothing from the request is echoed.
  app.use((error: { type?: string; status?: number; statusCode?: number }, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      return res.status(413).json({
        errors: [
          {
            message: `The request is too large (the limit is ${LIMITS.requestBodyMaxBytes / 1_000_000} MB).`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
    }
    if (error.type === 'entity.parse.failed') {
      return res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    if (error.type === 'encoding.unsupported' || error.status === 415) {
      return res.status(415).json({
        errors: [
          { message: 'The request body is in an encoding the server does not accept.', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
        ],
      });
    }
    const status = error.status ?? error.statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return res.status(status).json({ errors: [{ message: 'The request could not be read.', extensions: { code: 'BAD_REQUEST' } }] });
    }
    req.log.error({ err: error }, 'Unhandled error');
    return res
      .status(500)
      .json({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  let closing: Promise<void> | undefined;
  return {
    httpServer,
    services,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${actualPort}`);
        });
      }),
    close() {
      closing ??= (async () => {
        clearInterval(expirySweep);
        clearInterval(reminders);
        clearInterval(auditMaintenance);
        clearTimeout(firstAuditMaintenance);
        clearInterval(retention);
        clearInterval(bulkReadScan);
        await apollo.stop(); // stops listening, closes idle HTTP connections and every WebSocket, drains requests
        wsServer.close();
        await Promise.all([revokedEvents.return?.(), userEvents.return?.(), busResyncs.return?.()]);
        await bus.close();
      })();
      return closing;
    },
  };
}

/** Same-site (the Host the request came to) or listed in ALLOWED_ORIGINS. */
export function isAllowedOrigin(origin: string, host: string | undefined, allowed: string[]): boolean {
  try {
    const parsed = new URL(origin);
    if (host && parsed.host === host) return true;
    return allowed.some((a) => new URL(a).origin === parsed.origin);
  } catch {
    return false;
  }
}

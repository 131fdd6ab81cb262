import { hostname } from 'node:os';
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import pretty from 'pino-pretty';

/**
 * One structured logger for the process; requests get a child carrying their request id.
 * JSON lines by default (for log shippers); with `pretty`, short coloured lines for a person
 * at a terminal, a request as "POST /graphql 200 (12 ms)".
 */
export function createLogger(level: string, opts: { pretty?: boolean } = {}): Logger {
  const destination: DestinationStream | undefined = opts.pretty
    ? pretty({
        sync: true,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,service,req,res,responseTime',
        messageFormat: (log, messageKey) => {
          const req = log.req as { method?: string; url?: string } | undefined;
          const res = log.res as { statusCode?: number } | undefined;
          return req && res ? `${req.method} ${req.url} ${res.statusCode} (${log.responseTime} ms)` : String(log[messageKey] ?? '');
        },
      })
    : undefined;
  const options: LoggerOptions<never> = {
    level,
    serializers: { err: safeError },
    // Which process wrote a line matters when several run behind a load balancer.
    base: { service: 'casehuddle', pid: process.pid, hostname: hostname() },
    redact: {
      paths: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password', 'variables.password'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };

/**
 * Serialises an error without what a failed SQL statement carries: its parameters and
 * PostgreSQL's row detail can hold a person's data, which must never reach the logs.
 */
export function safeError(error: unknown): Record<string, unknown> {
  const serialised = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  for (const key of ['parameters', 'detail', 'where', 'driverError', 'variables']) delete serialised[key];
  if (typeof serialised.message === 'string') serialised.message = serialised.message.slice(0, 500);
  return serialised;
}

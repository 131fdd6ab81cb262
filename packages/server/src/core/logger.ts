import { hostname } from 'node:os';
import { pino, type Logger } from 'pino';

/** One structured logger for the process; requests get a child carrying their request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    serializers: { err: safeError },
    // Which process wrote a line matters when several run behind a load balancer.
    base: { service: 'casehuddle', pid: process.pid, hostname: hostname() },
    redact: {
      paths: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password', 'variables.password'],
      censor: '[redacted]',
    },
  });
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

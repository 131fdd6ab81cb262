import { pino, type Logger } from 'pino';

/** One structured logger for the process; requests get a child carrying their request id. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'casehuddle' },
    redact: {
      paths: ['req.headers.cookie', 'res.headers["set-cookie"]', '*.password', 'variables.password'],
      censor: '[redacted]',
    },
  });
}

export type { Logger };

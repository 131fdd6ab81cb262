import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], {
    error: 'must be true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const postgresUrl = z.string().refine((v) => /^postgres(ql)?:\/\/.+/.test(v), {
  message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/casehuddle',
});

const seconds = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0, 'must be 0 (no limit) or more')
    .max(86_400, 'must be 86400 (a day) or less')
    .default(fallback);

const ConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  PORT: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65535, 'must be between 0 and 65535')
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: postgresUrl.optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  /** `auto`: readable lines when standard output is a terminal (outside production), JSON otherwise. */
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty'], { error: 'must be auto, json or pretty' }).default('auto'),
  SESSION_TTL_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .positive('must be more than 0')
    .max(24 * 30, 'must be 720 hours (30 days) or less')
    .default(12),
  COOKIE_SECURE: booleanFromEnv.optional(),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ error: 'must be a comma-separated list of origins such as http://localhost:5173' }))),
  /** Defaults to true, except in production. */
  SEED_DEMO_DATA: booleanFromEnv.optional(),
  DATABASE_POOL_SIZE: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(2, 'must be at least 2')
    .max(100, 'must be 100 or less')
    .default(10),
  /** The longest one SQL statement may run before PostgreSQL cancels it (0: no limit). */
  DATABASE_STATEMENT_TIMEOUT_SECONDS: seconds(15),
  /** The longest a statement waits for a lock held by another transaction (0: no limit). */
  DATABASE_LOCK_TIMEOUT_SECONDS: seconds(5),
  /** PostgreSQL ends a connection left idle inside an open transaction this long (0: never). */
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: seconds(30),
  /**
   * Where the event listener's dedicated LISTEN connection goes; DATABASE_URL when unset. For
   * deployments whose pooler (PgBouncer in transaction mode) cannot carry LISTEN.
   */
  DATABASE_LISTEN_URL: postgresUrl.optional(),
  /** How often each process sends itself a heartbeat through the event bus to prove it still hears events. */
  BUS_HEARTBEAT_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0.1, 'must be at least 0.1')
    .max(300, 'must be 300 or less')
    .default(5),
  /**
   * How often each WebSocket is pinged; one that has not answered by the next ping is closed
   * (and its user announced as gone from any meeting room), so a silently dropped connection is
   * noticed within twice this.
   */
  WS_KEEPALIVE_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .min(0.5, 'must be at least 0.5')
    .max(60, 'must be 60 or less')
    .default(1.5),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1, 'must be at least 1').default(5),
  LOGIN_BLOCK_MINUTES: z.coerce.number().int().min(1, 'must be at least 1').default(15),
  CLIENT_DIST: z.string().optional(),
  /**
   * Express's `trust proxy`: `true`/`false`, a number of hops, or addresses and subnets
   * (comma-separated, names such as loopback allowed).
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v): boolean | number | string => (v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v)),
  /**
   * The protective marking printed at the top and bottom of minutes and agenda packs (the
   * Government Security Classifications descriptor the partnership's agreement names).
   */
  PROTECTIVE_MARKING: z.string().trim().min(1, 'must not be empty').max(60, 'must be 60 characters or fewer').default('OFFICIAL-SENSITIVE'),
  /**
   * The key that encrypts two-factor secrets at rest: 32 bytes, as 64 hex digits or base64.
   * When unset, a key is made once and kept in DATA_DIR (fine for one machine; set it when
   * several processes on different machines share a database).
   */
  TWO_FACTOR_ENCRYPTION_KEY: z
    .string()
    .refine((v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, 'base64').length === 32, {
      message: 'must be 32 bytes, as 64 hex digits or base64',
    })
    .optional(),
  /** A user who reads or exports this many different people's records within the window raises an alert. */
  BULK_READ_THRESHOLD: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(50),
  BULK_READ_WINDOW_MINUTES: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(10_080, 'must be a week or less')
    .default(60),
  /** How often each process looks for bulk reads (0: never; tests call the scan directly). */
  BULK_READ_SCAN_SECONDS: z.coerce.number().int('must be a whole number of seconds').min(0, 'must be 0 (off) or more').default(60),
  REMINDER_INTERVAL_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 (off) or more')
    .default(300),
  /**
   * The `exportPerson` query refuses (EXPORT_TOO_LARGE) a record whose audit trail holds more
   * entries than this, pointing to the streamed download, which has no such bound.
   */
  EXPORT_GRAPHQL_MAX_AUDIT_ENTRIES: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').default(100_000),
  /** Audit rows are kept this many years; whole months older than that are dropped by the audit maintenance job. */
  AUDIT_RETENTION_YEARS: z.coerce
    .number({ error: 'must be a whole number of years' })
    .int('must be a whole number of years')
    .min(1, 'must be at least 1')
    .max(100, 'must be 100 or less')
    .default(7),
  /** How often the audit maintenance job runs (creating next months' partitions, dropping expired ones); 0 turns it off. */
  AUDIT_MAINTENANCE_INTERVAL_HOURS: z.coerce
    .number({ error: 'must be a number of hours' })
    .min(0, 'must be 0 (off) or more')
    .max(24 * 7, 'must be 168 hours (a week) or less')
    .default(24),
  /**
   * How often each process checks whether today's retention run has been claimed (the first to
   * claim it runs the job; see modules/retention). 0 turns the check off.
   */
  RETENTION_CHECK_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(0, 'must be 0 (off) or more')
    .default(3600),
});

export type Config = Omit<z.infer<typeof ConfigSchema>, 'SEED_DEMO_DATA'> & {
  SEED_DEMO_DATA: boolean;
  isProduction: boolean;
  cookieSecure: boolean;
};

/** The database bounds from configuration, as the data source takes them. */
export function databaseTimeouts(config: Config): { statementMs: number; lockMs: number; idleInTransactionMs: number } {
  return {
    statementMs: config.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000,
    lockMs: config.DATABASE_LOCK_TIMEOUT_SECONDS * 1000,
    idleInTransactionMs: config.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS * 1000,
  };
}

/** A value as it may be shown: a password in a URL is replaced, so start-up output never carries it. */
export function redactSecrets(value: string): string {
  return value.replace(/(\/\/[^:/@\s]+:)[^@\s]*@/g, '$1***@');
}

/** Raised when the environment holds a bad value; its message names every problem. */
export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`CaseHuddle cannot start: the configuration is not valid.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates configuration from the environment. Throws a ConfigError listing
 * each bad variable with what it must be, so a deployer can fix them all at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.') || 'environment'} ${issue.message} (got "${redactSecrets(String(input[String(issue.path[0])] ?? ''))}")`,
      ),
    );
  }
  const isProduction = parsed.data.NODE_ENV === 'production';
  if (isProduction && !parsed.data.DATABASE_URL) {
    throw new ConfigError(['DATABASE_URL must be set in production: the embedded PostgreSQL is for trying CaseHuddle out and for tests.']);
  }
  return {
    ...parsed.data,
    isProduction,
    cookieSecure: parsed.data.COOKIE_SECURE ?? isProduction,
    SEED_DEMO_DATA: parsed.data.SEED_DEMO_DATA ?? !isProduction,
  };
}

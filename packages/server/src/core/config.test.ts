import { describe, expect, it } from 'vitest';
import { ConfigError, databaseTimeouts, loadConfig } from './config.js';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, NODE_ENV: 'development', SEED_DEMO_DATA: true, cookieSecure: false });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('secures cookies and stops seeding demo data in production', () => {
    const config = loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://u:p@db:5432/casehuddle' });
    expect(config).toMatchObject({ isProduction: true, cookieSecure: true, SEED_DEMO_DATA: false });
  });

  it('rejects every bad value at once, naming the variable and what it must be', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/x',
        LOG_LEVEL: 'loud',
        COOKIE_SECURE: 'maybe',
        ALLOWED_ORIGINS: 'not a url',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toMatch(/^CaseHuddle cannot start: the configuration is not valid\./);
    expect(message).toContain('PORT must be a whole number (got "eighty")');
    expect(message).toContain(
      'DATABASE_URL must be a PostgreSQL URL such as postgres://user:password@host:5432/casehuddle (got "mysql://localhost/x")',
    );
    expect(message).toContain('LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")');
    expect(message).toContain('COOKIE_SECURE must be true or false (got "maybe")');
    expect(message).toMatch(/ALLOWED_ORIGINS.* must be a comma-separated list of origins/);
    expect((error as ConfigError).problems).toHaveLength(5);
  });

  it('never shows a password from a bad database URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://app:s3cret-Passw0rd@db.internal/x' })).toThrow(
      /got "mysql:\/\/app:\*\*\*@db\.internal\/x"/,
    );
    expect(() => loadConfig({ DATABASE_URL: 'mysql://app:s3cret-Passw0rd@db.internal/x' })).not.toThrow(/s3cret/);
  });

  it('reads TRUST_PROXY as Express expects: true or false, a number of hops, or addresses', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({}).TRUST_PROXY).toBe('loopback');
  });

  it('bounds database waits by default, in seconds, with 0 for no bound', () => {
    expect(databaseTimeouts(loadConfig({}))).toEqual({ statementMs: 15_000, lockMs: 5_000, idleInTransactionMs: 30_000 });
    expect(
      databaseTimeouts(
        loadConfig({
          DATABASE_STATEMENT_TIMEOUT_SECONDS: '0',
          DATABASE_LOCK_TIMEOUT_SECONDS: '1.5',
          DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_SECONDS: '60',
        }),
      ),
    ).toEqual({ statementMs: 0, lockMs: 1_500, idleInTransactionMs: 60_000 });
    expect(() => loadConfig({ DATABASE_LOCK_TIMEOUT_SECONDS: '-1' })).toThrow(
      'DATABASE_LOCK_TIMEOUT_SECONDS must be 0 (no limit) or more (got "-1")',
    );
  });

  it('gives the event listener its own address only when asked, and a heartbeat every 5 seconds', () => {
    const url = 'postgres://u:p@db:5432/casehuddle';
    expect(loadConfig({ DATABASE_URL: url }).DATABASE_LISTEN_URL).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: url }).BUS_HEARTBEAT_SECONDS).toBe(5);
    expect(loadConfig({ DATABASE_URL: url, DATABASE_LISTEN_URL: 'postgres://u:p@db-direct:5432/casehuddle' }).DATABASE_LISTEN_URL).toBe(
      'postgres://u:p@db-direct:5432/casehuddle',
    );
    expect(() => loadConfig({ BUS_HEARTBEAT_SECONDS: '0' })).toThrow('BUS_HEARTBEAT_SECONDS must be at least 0.1 (got "0")');
  });

  it('rejects a port out of range', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT must be between 0 and 65535 (got "70000")');
  });
});

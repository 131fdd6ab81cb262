import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@casehuddle/shared';
import { LIMITS } from '@casehuddle/shared';
import { LRUCache } from 'lru-cache';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../core/config.js';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { PgEventBus } from '../../core/pubsub.js';
import type { SessionEndReason } from './auth.topics.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import { User } from '../user/user.entity.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

/** Where a sign-in comes from, kept with the session. */
export interface SignInMeta {
  ip?: string;
  userAgent?: string;
}

/** What a valid session cookie resolves to. */
export interface ResolvedSession {
  sessionId: string;
  expiresAt: Date;
  viewer: Viewer;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The email address or password is not right.');

/** A counter's key: hashed, so the table holds no email or client addresses and every key fits. */
const limitKey = (kind: 'pair' | 'address' | 'account' | 'guess', ...parts: string[]) =>
  `${kind}:${createHash('sha256').update(parts.join('\n')).digest('hex')}`;

/** Milliseconds since the epoch, by PostgreSQL's clock (the one every process shares). */
const NOW_MS = `(extract(epoch FROM clock_timestamp()) * 1000)::bigint`;

/**
 * Adds one to a counter ($1), starting it afresh for a new window ($2 ms) when its window has
 * passed. With a limit ($3), only while under it: then no row comes back when the counter is full.
 */
const countSql = (limited: boolean) =>
  `INSERT INTO login_rate_limit (key, points, expire) VALUES ($1, 1, ${NOW_MS} + $2)
   ON CONFLICT (key) DO UPDATE SET
     points = CASE WHEN login_rate_limit.expire <= ${NOW_MS} THEN 1 ELSE login_rate_limit.points + 1 END,
     expire = CASE WHEN login_rate_limit.expire <= ${NOW_MS} THEN EXCLUDED.expire ELSE login_rate_limit.expire END
   ${limited ? `WHERE login_rate_limit.expire <= ${NOW_MS} OR login_rate_limit.points < $3` : ''}
   RETURNING points`;

/** The longest an account's slow-down makes one sign-in wait. */
const MAX_SLOWDOWN_MS = 5_000;

/**
 * Signing in and out, and turning a session cookie into a viewer. Sessions live in
 * PostgreSQL so that they can be revoked; revocation is broadcast so that every process
 * closes that session's open WebSockets.
 */
export class AuthService {
  /**
   * Sessions this process has looked up recently, by id, so that each request need not ask the
   * database. An entry goes at once when the session is revoked or its user changes (on any
   * process, through the event bus), when the bus reconnects, and after 30 seconds regardless.
   */
  private readonly recent = new LRUCache<string, ResolvedSession>({ max: 10_000, ttl: 30_000 });

  constructor(private readonly deps: { dataSource: DataSource; config: Config; bus: PgEventBus; logger: Logger }) {}

  private get ttlMs() {
    return this.deps.config.SESSION_TTL_HOURS * 3_600_000;
  }

  /**
   * Checks the credentials and opens a session, within limits that hold however many attempts
   * arrive at once and cannot be used to lock a user out from elsewhere:
   *
   * - each (email, client address) pair may make LOGIN_MAX_FAILURES failed attempts in a
   *   window of LOGIN_BLOCK_MINUTES, and each client address ten times that across all emails.
   *   An attempt takes its place in both counters, in one transaction, before the password is
   *   checked; a correct password gives its place back. So at most that many wrong passwords
   *   are ever checked, and past the limit even the right one gets RATE_LIMITED from there;
   * - failures for an email from all addresses only slow its sign-ins down (up to five
   *   seconds each), so an attacker elsewhere cannot keep the user out.
   */
  async login(email: string, password: string, meta: SignInMeta): Promise<{ user: User; token: string }> {
    const user = await this.checkPassword(email, password, meta);
    return { user, token: await this.openSession(user.id, meta) };
  }

  /**
   * The first factor alone: checks the credentials within the limits described at `login` and
   * returns the user (active, in an active organisation), without opening a session.
   */
  async checkPassword(email: string, password: string, meta: SignInMeta): Promise<User> {
    const normalised = email.trim().toLowerCase();
    if (!normalised || normalised.length > LIMITS.emailMaxLength || !password || password.length > LIMITS.passwordMaxLength) {
      throw invalidCredentials();
    }
    const ip = meta.ip ?? 'unknown';
    const max = this.deps.config.LOGIN_MAX_FAILURES;
    const counters = [
      { key: limitKey('pair', normalised, ip), max },
      { key: limitKey('address', ip), max: max * 10 },
    ];
    const accountKey = limitKey('account', normalised);
    // Counters whose window has passed are cleared now and then, by whichever process is signing someone in.
    if (Math.random() < 0.02) {
      void this.deps.dataSource
        .query(`DELETE FROM login_rate_limit WHERE expire < ${NOW_MS}`)
        .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'Could not clear old sign-in counters'));
    }
    const accountFailures = await this.reserveAttempt(counters, accountKey);
    /** A correct password gives back its place in the counters. */
    const release = () =>
      this.deps.dataSource
        .query(`UPDATE login_rate_limit SET points = points - 1 WHERE key = ANY($1::text[]) AND points > 0`, [counters.map((c) => c.key)])
        .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'Could not release a sign-in attempt'));

    // Under attack from many places, every sign-in to the account slows down rather than stops.
    if (accountFailures >= max) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_SLOWDOWN_MS, 500 * (accountFailures - max + 1))));
    }

    const repo = this.deps.dataSource.getRepository(User);
    const found = await repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('lower(u.email) = :email', { email: normalised })
      .getOne();
    const ok = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!found || !ok) {
      // The attempt keeps its place in the pair and address counters; the account counts it too.
      await this.deps.dataSource
        .query(countSql(false), [accountKey, this.windowMs])
        .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'Could not count a failed sign-in'));
      this.deps.logger.info({ event: 'login_failed' }, 'Failed sign-in');
      throw invalidCredentials();
    }
    await release();
    if (!found.active || !found.organisation.active) {
      throw new DomainError('FORBIDDEN', 'This account has been deactivated. Contact your administrator if you need access.');
    }
    return found;
  }

  /** Opens a session for a user who has passed every factor; returns the cookie token (only its hash is stored). */
  async openSession(userId: string, meta: SignInMeta, runner: SqlRunner = this.deps.dataSource): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await runner.query(
      `INSERT INTO session (id, user_id, expires_at, ip, user_agent) VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5)`,
      [hashToken(token), userId, this.ttlMs / 1000, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
    );
    this.deps.logger.info({ event: 'login', userId }, 'Signed in');
    return token;
  }

  /**
   * Takes a place for one attempt at something guessable other than a password (a sign-in code)
   * in a counter of its own, under the same limits as passwords: LOGIN_MAX_FAILURES in a window
   * of LOGIN_BLOCK_MINUTES, then RATE_LIMITED with `message`. A success gives the place back
   * (`releaseAttempt`).
   */
  async reserveGuess(what: string, id: string, message: string): Promise<string> {
    const key = limitKey('guess', what, id);
    await this.reserveAttempt([{ key, max: this.deps.config.LOGIN_MAX_FAILURES }], null, message);
    return key;
  }

  /** Gives back a place taken by `reserveGuess` (the guess was right). */
  async releaseGuess(key: string): Promise<void> {
    await this.deps.dataSource
      .query(`UPDATE login_rate_limit SET points = points - 1 WHERE key = $1 AND points > 0`, [key])
      .catch((error: unknown) => this.deps.logger.warn({ err: error }, 'Could not release an attempt'));
  }

  private get windowMs() {
    return this.deps.config.LOGIN_BLOCK_MINUTES * 60_000;
  }

  /**
   * Takes a place for one attempt in every counter, atomically: each counter's row is locked
   * while it is incremented, and if any is full the transaction rolls back and the attempt is
   * refused with RATE_LIMITED. A counter whose window has passed starts again. Returns the
   * account's failures in its current window.
   */
  private async reserveAttempt(
    counters: Array<{ key: string; max: number }>,
    accountKey: string | null,
    message = 'Too many failed sign-in attempts.',
  ): Promise<number> {
    const full = await this.deps.dataSource
      .transaction(async (tx) => {
        for (const { key, max } of counters) {
          const taken = await rows<{ points: number }>(tx, countSql(true), [key, this.windowMs, max]);
          if (taken.length === 0) {
            const [row] = await rows<{ wait_ms: string }>(tx, `SELECT expire - ${NOW_MS} AS wait_ms FROM login_rate_limit WHERE key = $1`, [
              key,
            ]);
            // Throwing rolls back the places already taken in this transaction.
            throw new FullCounter(Math.max(1_000, Number(row?.wait_ms ?? this.windowMs)));
          }
        }
        if (accountKey === null) return 0;
        const [account] = await rows<{ points: number }>(tx, `SELECT points FROM login_rate_limit WHERE key = $1 AND expire > ${NOW_MS}`, [
          accountKey,
        ]);
        return account?.points ?? 0;
      })
      .catch((error: unknown) => {
        if (error instanceof FullCounter) return error;
        throw error;
      });
    if (full instanceof FullCounter) {
      const minutes = Math.max(1, Math.ceil(full.waitMs / 60_000));
      throw new DomainError('RATE_LIMITED', `${message} Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`, {
        retryAfterSeconds: Math.ceil(full.waitMs / 1000),
      });
    }
    return full;
  }

  /** Turns a cookie token into the signed-in viewer, or null when the session is unknown, expired or revoked. */
  async resolveSession(token: string): Promise<ResolvedSession | null> {
    const sessionId = hashToken(token);
    const known = this.recent.get(sessionId);
    if (known && known.expiresAt.getTime() > Date.now()) return known;
    const found = await rows<{
      id: string;
      expires_at: Date;
      user_id: string;
      name: string;
      email: string;
      role: Role;
      organisation_id: string;
    }>(
      this.deps.dataSource,
      `SELECT s.id, s.expires_at, u.id AS user_id, u.name, u.email, u.role, u.organisation_id
           FROM session s
           JOIN app_user u ON u.id = s.user_id
           JOIN organisation o ON o.id = u.organisation_id
          WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active AND o.active`,
      [sessionId],
      { prepared: true },
    );
    const row = found[0];
    if (!row) return null;
    const session = {
      sessionId: row.id,
      expiresAt: row.expires_at,
      viewer: { id: row.user_id, name: row.name, email: row.email, role: row.role, organisationId: row.organisation_id },
    };
    this.recent.set(sessionId, session);
    return session;
  }

  /** Drops remembered sessions: one (revoked), a user's (changed), or all (the bus reconnected and may have missed news). */
  forget(which: { sessionId: string } | { userId: string } | 'all'): void {
    if (which === 'all') this.recent.clear();
    else if ('sessionId' in which) this.recent.delete(which.sessionId);
    else for (const [id, session] of this.recent.entries()) if (session.viewer.id === which.userId) this.recent.delete(id);
  }

  /** Revokes one session (sign-out). Its WebSockets close on every process. */
  async logout(sessionId: string, userId: string): Promise<void> {
    await this.deps.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
      await this.deps.bus.publish('SESSION_REVOKED', { sessionId, userId, reason: 'SIGNED_OUT' }, manager);
    });
    this.forget({ sessionId });
  }

  /** Revokes every open session of a user, inside the caller's transaction (for deactivation). */
  async revokeAllForUsers(userIds: string[], manager: EntityManager, reason: SessionEndReason): Promise<void> {
    if (userIds.length === 0) return;
    const revoked = await rows<{ id: string; user_id: string }>(
      manager,
      `UPDATE session SET revoked_at = now() WHERE user_id = ANY($1::uuid[]) AND revoked_at IS NULL RETURNING id, user_id`,
      [userIds],
    );
    for (const row of revoked) await this.deps.bus.publish('SESSION_REVOKED', { sessionId: row.id, userId: row.user_id, reason }, manager);
    // This process forgets them now, so the caller's next request already finds them ended;
    // the others (and this one again, after commit) hear of it on the bus.
    for (const row of revoked) this.forget({ sessionId: row.id });
  }
}

/** Raised inside the reservation transaction when a counter is full, to roll it back. */
class FullCounter extends Error {
  constructor(public readonly waitMs: number) {
    super('A sign-in counter is full');
  }
}

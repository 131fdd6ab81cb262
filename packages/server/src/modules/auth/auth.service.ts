import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@casehuddle/shared';
import { LIMITS } from '@casehuddle/shared';
import { LRUCache } from 'lru-cache';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../core/config.js';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import type { PgEventBus, SessionEndReason } from '../../core/pubsub.js';
import { rows } from '../../core/sql.js';
import { User } from '../user/user.entity.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

/** What a valid session cookie resolves to. */
export interface ResolvedSession {
  sessionId: string;
  expiresAt: Date;
  viewer: Viewer;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const invalidCredentials = () => new DomainError('INVALID_CREDENTIALS', 'The email address or password is not right.');

/**
 * Signing in and out, and turning a session cookie into a viewer. Sessions live in
 * PostgreSQL so that they can be revoked; revocation is broadcast so that every process
 * closes that session's open WebSockets.
 */
export class AuthService {
  /** Failures per email address. */
  private readonly limiter: RateLimiterPostgres;
  /** Failures per client address: looser, since an office may share one address. */
  private readonly ipLimiter: RateLimiterPostgres;
  /**
   * Sessions this process has looked up recently, by id, so that each request need not ask the
   * database. An entry goes at once when the session is revoked or its user changes (on any
   * process, through the event bus), when the bus reconnects, and after 30 seconds regardless.
   */
  private readonly recent = new LRUCache<string, ResolvedSession>({ max: 10_000, ttl: 30_000 });

  constructor(private readonly deps: { dataSource: DataSource; config: Config; bus: PgEventBus; logger: Logger }) {
    const pool = (deps.dataSource.driver as unknown as { master: unknown }).master;
    const common = {
      storeClient: pool,
      storeType: 'pool',
      tableName: 'login_rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
      duration: deps.config.LOGIN_BLOCK_MINUTES * 60,
    };
    this.limiter = new RateLimiterPostgres({ ...common, keyPrefix: 'login-email', points: deps.config.LOGIN_MAX_FAILURES });
    this.ipLimiter = new RateLimiterPostgres({ ...common, keyPrefix: 'login-ip', points: deps.config.LOGIN_MAX_FAILURES * 10 });
  }

  private get ttlMs() {
    return this.deps.config.SESSION_TTL_HOURS * 3_600_000;
  }

  /**
   * Checks the credentials and opens a session. Failed attempts count against both the
   * email address and the client's address; past the limit, sign-in is refused with
   * RATE_LIMITED until the window passes, even with the right password.
   */
  async login(email: string, password: string, meta: { ip?: string; userAgent?: string }): Promise<{ user: User; token: string }> {
    const normalised = email.trim().toLowerCase();
    if (!normalised || normalised.length > LIMITS.emailMaxLength || !password || password.length > LIMITS.passwordMaxLength) {
      throw invalidCredentials();
    }
    const limits = [
      { limiter: this.limiter, key: normalised },
      { limiter: this.ipLimiter, key: meta.ip ?? 'unknown' },
    ];
    await this.refuseIfLimited(limits);

    const repo = this.deps.dataSource.getRepository(User);
    const found = await repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('lower(u.email) = :email', { email: normalised })
      .getOne();
    const ok = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!found || !ok) {
      await Promise.all(limits.map(({ limiter, key }) => limiter.penalty(key, 1).catch(() => undefined)));
      this.deps.logger.info({ event: 'login_failed' }, 'Failed sign-in');
      throw invalidCredentials();
    }
    if (!found.active || !found.organisation.active) {
      throw new DomainError('FORBIDDEN', 'This account has been deactivated. Contact your administrator if you need access.');
    }
    await this.limiter.delete(normalised).catch(() => undefined);

    const token = randomBytes(32).toString('base64url');
    await this.deps.dataSource.query(
      `INSERT INTO session (id, user_id, expires_at, ip, user_agent) VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5)`,
      [hashToken(token), found.id, this.ttlMs / 1000, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
    );
    this.deps.logger.info({ event: 'login', userId: found.id }, 'Signed in');
    return { user: found, token };
  }

  private async refuseIfLimited(limits: Array<{ limiter: RateLimiterPostgres; key: string }>) {
    const states = await Promise.all(limits.map(({ limiter, key }) => limiter.get(key).then((state) => ({ state, max: limiter.points }))));
    const blocked = states.filter(({ state, max }) => state && state.consumedPoints >= max).map(({ state }) => state);
    if (blocked.length > 0) {
      const waitMs = Math.max(...blocked.map((s) => s!.msBeforeNext));
      const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
      throw new DomainError(
        'RATE_LIMITED',
        `Too many failed sign-in attempts. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
        { retryAfterSeconds: Math.ceil(waitMs / 1000) },
      );
    }
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

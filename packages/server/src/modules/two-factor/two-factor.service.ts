import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Config } from '../../core/config.js';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden, notFound } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { Logger } from '../../core/logger.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import type { AuthService, SignInMeta } from '../auth/auth.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { User } from '../user/user.entity.js';
import { SecretBox } from './secret-box.js';
import { SIGN_IN_CHALLENGE_MINUTES } from './sign-in-cookie.js';
import { acceptedStep, hashRecoveryCode, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, qrCodeDataUrl, totpUri } from './totp.js';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A challenge ends after this many wrong codes; the user signs in again (within the rate limits). */
const MAX_CODE_FAILURES_PER_CHALLENGE = 5;

/** What a correct password leads to. */
export type SignInOutcome = { step: 'DONE'; user: User; sessionToken: string } | { step: 'CODE' | 'ENROL'; challengeToken: string };

/** The secret to add to an authenticator app, shown once. */
export interface EnrolmentDetails {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export interface TwoFactorState {
  enabled: boolean;
  enabledAt: Date | null;
  recoveryCodesLeft: number;
  requiredByOrganisation: boolean;
}

const timedOut = () => new DomainError('UNAUTHENTICATED', 'Your sign-in has timed out. Sign in again.');
const wrongCode = () => new DomainError('INVALID_CREDENTIALS', 'The code is not right. Check your authenticator app and try again.');
const TOO_MANY_CODES = 'Too many wrong codes.';

/**
 * Two-factor sign-in with time-based one-time codes (RFC 6238). A correct password for a user
 * with two-factor sign-in (or in an organisation that requires it) opens no session: it leaves a
 * short-lived sign-in challenge, held in a cookie of its own, which only the second step reads.
 * The session is created only when the code (or a recovery code) is right.
 */
export class TwoFactorService {
  private readonly box: SecretBox;

  constructor(private readonly deps: { dataSource: DataSource; config: Config; logger: Logger; auth: AuthService; audit: AuditService }) {
    this.box = new SecretBox(deps);
  }

  // ------------------------------------------------------------------ signing in

  /** The first step: the password, then a session, or a challenge for the second factor. */
  async signIn(email: string, password: string, meta: SignInMeta): Promise<SignInOutcome> {
    const user = await this.deps.auth.checkPassword(email, password, meta);
    const [state] = await rows<{ enabled: boolean; required: boolean }>(
      this.deps.dataSource,
      `SELECT EXISTS (SELECT 1 FROM two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL) AS enabled,
              o.require_two_factor AS required
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
      [user.id],
    );
    if (!state?.enabled && !state?.required) return { step: 'DONE', user, sessionToken: await this.deps.auth.openSession(user.id, meta) };
    const step = state.enabled ? 'CODE' : 'ENROL';
    const challengeToken = randomBytes(32).toString('base64url');
    await this.deps.dataSource.transaction(async (tx) => {
      // Old challenges (used or expired) are cleared as new ones are made.
      await tx.query(`DELETE FROM sign_in_challenge WHERE user_id = $1 AND (used_at IS NOT NULL OR expires_at < now())`, [user.id]);
      await tx.query(
        `INSERT INTO sign_in_challenge (id, user_id, step, expires_at, ip, user_agent)
         VALUES ($1, $2, $3, now() + make_interval(mins => $4), $5, $6)`,
        [hashToken(challengeToken), user.id, step, SIGN_IN_CHALLENGE_MINUTES, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
      );
    });
    return { step, challengeToken };
  }

  /** The user a live challenge belongs to, or UNAUTHENTICATED ("timed out"). Locks it when given a transaction. */
  private async challenge(runner: SqlRunner, token: string | null, step: 'CODE' | 'ENROL', lock: boolean): Promise<{ userId: string }> {
    if (!token) throw timedOut();
    const [found] = await rows<{ user_id: string }>(
      runner,
      `SELECT c.user_id FROM sign_in_challenge c
         JOIN app_user u ON u.id = c.user_id JOIN organisation o ON o.id = u.organisation_id
        WHERE c.id = $1 AND c.step = $2 AND c.used_at IS NULL AND c.expires_at > now() AND u.active AND o.active
        ${lock ? 'FOR UPDATE OF c' : ''}`,
      [hashToken(token), step],
    );
    if (!found) throw timedOut();
    return { userId: found.user_id };
  }

  /** Counts a wrong code against the challenge; enough of them end it. */
  private async countFailure(runner: SqlRunner, token: string): Promise<void> {
    await runner.query(
      `UPDATE sign_in_challenge SET failures = failures + 1, used_at = CASE WHEN failures + 1 >= $2 THEN now() END WHERE id = $1`,
      [hashToken(token), MAX_CODE_FAILURES_PER_CHALLENGE],
    );
  }

  /**
   * The second step: a 6-digit code from the authenticator app, or one of the recovery codes
   * (each works once). Wrong codes count towards the same limits as wrong passwords.
   */
  async completeSignIn(challengeToken: string | null, code: string, meta: SignInMeta): Promise<{ user: User; sessionToken: string }> {
    const { userId } = await this.challenge(this.deps.dataSource, challengeToken, 'CODE', false);
    const guess = await this.deps.auth.reserveGuess('code', userId, TOO_MANY_CODES);
    const sessionToken = await this.deps.dataSource.transaction(async (tx) => {
      await this.challenge(tx, challengeToken, 'CODE', true);
      const ok = await this.checkCode(tx, userId, code);
      if (!ok) {
        await this.countFailure(tx, challengeToken!);
        return null;
      }
      await tx.query(`UPDATE sign_in_challenge SET used_at = now() WHERE id = $1`, [hashToken(challengeToken!)]);
      return this.deps.auth.openSession(userId, meta, tx);
    });
    if (!sessionToken) throw wrongCode();
    await this.deps.auth.releaseGuess(guess);
    return { user: await this.user(userId), sessionToken };
  }

  /** Checks a TOTP code (not replayed) or uses up a recovery code, inside the caller's transaction. */
  private async checkCode(tx: SqlRunner, userId: string, code: string): Promise<boolean> {
    const [row] = await rows<{ secret_encrypted: string; last_step: string | null }>(
      tx,
      `SELECT secret_encrypted, last_step FROM two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL FOR UPDATE`,
      [userId],
    );
    if (!row) return false;
    if (looksLikeRecoveryCode(code)) {
      const used = await rows(
        tx,
        `UPDATE two_factor_recovery_code SET used_at = now() WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL RETURNING id`,
        [userId, hashRecoveryCode(code)],
      );
      return used.length === 1;
    }
    const step = acceptedStep(this.box.open(row.secret_encrypted), code, row.last_step === null ? null : Number(row.last_step));
    if (step === null) return false;
    await tx.query(`UPDATE two_factor SET last_step = $2 WHERE user_id = $1`, [userId, step]);
    return true;
  }

  /** For a user whose organisation requires two-factor sign-in and who has none: a new secret to add to an app. */
  async startSignInEnrolment(challengeToken: string | null): Promise<EnrolmentDetails> {
    return this.deps.dataSource.transaction(async (tx) => {
      const { userId } = await this.challenge(tx, challengeToken, 'ENROL', true);
      return this.beginEnrolment(tx, userId);
    });
  }

  /** Confirms the new secret with a code; only then is the session opened. Returns the recovery codes, shown once. */
  async confirmSignInEnrolment(
    challengeToken: string | null,
    code: string,
    meta: SignInMeta,
  ): Promise<{ user: User; sessionToken: string; recoveryCodes: string[] }> {
    const { userId } = await this.challenge(this.deps.dataSource, challengeToken, 'ENROL', false);
    const guess = await this.deps.auth.reserveGuess('code', userId, TOO_MANY_CODES);
    const done = await this.deps.dataSource.transaction(async (tx) => {
      await this.challenge(tx, challengeToken, 'ENROL', true);
      const recoveryCodes = await this.confirmEnrolmentIn(tx, userId, code);
      if (!recoveryCodes) {
        await this.countFailure(tx, challengeToken!);
        return null;
      }
      await tx.query(`UPDATE sign_in_challenge SET used_at = now() WHERE id = $1`, [hashToken(challengeToken!)]);
      return { recoveryCodes, sessionToken: await this.deps.auth.openSession(userId, meta, tx) };
    });
    if (!done) throw wrongCode();
    await this.deps.auth.releaseGuess(guess);
    return { ...done, user: await this.user(userId) };
  }

  // ------------------------------------------------------------------ setting up, signed in

  async state(viewer: Viewer): Promise<TwoFactorState> {
    const [row] = await rows<{ enabled_at: Date | null; left: number; required: boolean }>(
      this.deps.dataSource,
      `SELECT t.enabled_at, o.require_two_factor AS required,
              (SELECT count(*)::int FROM two_factor_recovery_code r WHERE r.user_id = u.id AND r.used_at IS NULL) AS left
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id LEFT JOIN two_factor t ON t.user_id = u.id
        WHERE u.id = $1`,
      [viewer.id],
    );
    const enabledAt = row?.enabled_at ?? null;
    return {
      enabled: enabledAt !== null,
      enabledAt,
      recoveryCodesLeft: enabledAt ? (row?.left ?? 0) : 0,
      requiredByOrganisation: row?.required ?? false,
    };
  }

  /** A new secret for the signed-in user (replacing any not yet confirmed). */
  async startEnrolment(viewer: Viewer): Promise<EnrolmentDetails> {
    return this.deps.dataSource.transaction((tx) => this.beginEnrolment(tx, viewer.id));
  }

  /** Confirms the signed-in user's new secret with a code; returns the recovery codes, shown once. */
  async confirmEnrolment(viewer: Viewer, code: string): Promise<string[]> {
    const guess = await this.deps.auth.reserveGuess('code', viewer.id, TOO_MANY_CODES);
    const codes = await this.deps.dataSource.transaction((tx) => this.confirmEnrolmentIn(tx, viewer.id, code));
    if (!codes) throw wrongCode();
    await this.deps.auth.releaseGuess(guess);
    return codes;
  }

  private async beginEnrolment(tx: SqlRunner, userId: string): Promise<EnrolmentDetails> {
    const [user] = await rows<{ email: string; enabled_at: Date | null }>(
      tx,
      `SELECT u.email, t.enabled_at FROM app_user u LEFT JOIN two_factor t ON t.user_id = u.id WHERE u.id = $1 FOR UPDATE OF u`,
      [userId],
    );
    if (!user) throw notFound('The user');
    if (user.enabled_at) throw new DomainError('ALREADY_EXISTS', 'Two-factor sign-in is already set up for this account.');
    const secret = newTotpSecret();
    await tx.query(
      `INSERT INTO two_factor (user_id, secret_encrypted) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = EXCLUDED.secret_encrypted, last_step = NULL, created_at = now()`,
      [userId, this.box.seal(secret)],
    );
    const otpauthUri = totpUri(secret, user.email);
    return { secret, otpauthUri, qrCodeDataUrl: await qrCodeDataUrl(otpauthUri) };
  }

  /** Turns on a pending secret when the code matches; null when it does not. */
  private async confirmEnrolmentIn(tx: SqlRunner, userId: string, code: string): Promise<string[] | null> {
    const [row] = await rows<{ secret_encrypted: string; enabled_at: Date | null }>(
      tx,
      `SELECT secret_encrypted, enabled_at FROM two_factor WHERE user_id = $1 FOR UPDATE`,
      [userId],
    );
    if (!row) throw new DomainError('VALIDATION_FAILED', 'Start setting up two-factor sign-in first.', { fields: {} });
    if (row.enabled_at) throw new DomainError('ALREADY_EXISTS', 'Two-factor sign-in is already set up for this account.');
    const step = acceptedStep(this.box.open(row.secret_encrypted), code, null);
    if (step === null) return null;
    await tx.query(`UPDATE two_factor SET enabled_at = now(), last_step = $2 WHERE user_id = $1`, [userId, step]);
    const codes = newRecoveryCodes();
    await tx.query(`DELETE FROM two_factor_recovery_code WHERE user_id = $1`, [userId]);
    await tx.query(`INSERT INTO two_factor_recovery_code (user_id, code_hash) SELECT $1, unnest($2::text[])`, [
      userId,
      codes.map(hashRecoveryCode),
    ]);
    await this.deps.audit.recordAccountEvent(tx, userId, 'TWO_FACTOR_ENABLED', { userId });
    return codes;
  }

  // ------------------------------------------------------------------ administration

  /**
   * An administrator removes a user's two-factor sign-in (a lost phone): the secret and recovery
   * codes go, the user's sessions end, and the act is audited. At the next sign-in the user sets
   * it up again if their organisation requires it.
   */
  async reset(admin: Viewer, id: string): Promise<boolean> {
    if (admin.role !== 'ADMIN') throw forbidden();
    const userId = parseId(id, 'userId');
    await this.deps.dataSource.transaction(async (tx) => {
      const [user] = await rows<{ id: string }>(tx, `SELECT id FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
      if (!user) throw notFound('The user');
      const removed = await rows(tx, `DELETE FROM two_factor WHERE user_id = $1 RETURNING user_id`, [userId]);
      await tx.query(`DELETE FROM two_factor_recovery_code WHERE user_id = $1`, [userId]);
      await tx.query(`DELETE FROM sign_in_challenge WHERE user_id = $1`, [userId]);
      await this.deps.auth.revokeAllForUsers([userId], tx, 'TWO_FACTOR_RESET');
      await this.deps.audit.recordAccountEvent(tx, admin.id, 'TWO_FACTOR_RESET', { userId, hadTwoFactor: removed.length > 0 });
    });
    return true;
  }

  /**
   * An administrator turns the organisation's requirement on or off (audited). Turning it on
   * ends the sessions of its users without two-factor sign-in, so they too must set it up
   * before doing anything else.
   */
  async setRequired(admin: Viewer, id: string, required: boolean): Promise<Organisation> {
    if (admin.role !== 'ADMIN') throw forbidden();
    const organisationId = parseId(id, 'organisationId');
    return this.deps.dataSource.transaction(async (tx) => {
      const updated = await rows(tx, `UPDATE organisation SET require_two_factor = $2, updated_at = now() WHERE id = $1 RETURNING id`, [
        organisationId,
        required,
      ]);
      if (updated.length === 0) throw notFound('The organisation');
      if (required) {
        const without = await rows<{ id: string }>(
          tx,
          // The administrator making the change keeps this session; they are asked at their next sign-in.
          `SELECT u.id FROM app_user u WHERE u.organisation_id = $1 AND u.id <> $2
              AND NOT EXISTS (SELECT 1 FROM two_factor t WHERE t.user_id = u.id AND t.enabled_at IS NOT NULL)`,
          [organisationId, admin.id],
        );
        await this.deps.auth.revokeAllForUsers(
          without.map((u) => u.id),
          tx,
          'TWO_FACTOR_REQUIRED',
        );
      }
      await this.deps.audit.recordAccountEvent(tx, admin.id, 'TWO_FACTOR_REQUIREMENT_CHANGED', { organisationId, required });
      return tx.getRepository(Organisation).findOneByOrFail({ id: organisationId });
    });
  }

  /** Whether a user has two-factor sign-in: for the user themselves and administrators; null for anyone else. */
  async enabledFor(viewer: Viewer | null, userId: string): Promise<boolean | null> {
    if (!viewer || (viewer.id !== userId && viewer.role !== 'ADMIN')) return null;
    const [row] = await rows<{ on: boolean }>(
      this.deps.dataSource,
      `SELECT EXISTS (SELECT 1 FROM two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL) AS on`,
      [userId],
    );
    return row?.on ?? false;
  }

  private async user(userId: string): Promise<User> {
    return this.deps.dataSource.getRepository(User).findOneOrFail({ where: { id: userId } });
  }
}

import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import type { Logger } from '../../core/logger.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows } from '../../core/sql.js';

/** Marks the statements presence runs on its own clock, so that tests counting a request's statements can leave them out. */
export const PRESENCE_SQL_MARK = '/* meeting presence */';

/** How long a lease lasts unless renewed: a process that dies is noticed this long after its last renewal (plus one sweep). */
const LEASE_MS = 3_000;
/** How often a process renews the leases of the people whose connections it holds. */
const RENEW_MS = 1_000;
/** How often a process looks for leases that ran out (a process that died). */
const SWEEP_MS = 500;
/** How long arrivals gather before they are claimed together. */
const ARRIVALS_MS = 20;

/**
 * Who is in each live meeting room, told to the room by the server rather than guessed from
 * silence. A person is here while they follow the meeting's events on some connection: the
 * process holding that connection keeps a lease row for them (meeting, user, process) and
 * renews it every second. When the last of their connections to a meeting closes (a tab shut,
 * a socket torn down, a socket that stopped answering pings), that process deletes its row
 * and, if no other process holds one, announces LEFT through the bus, so every process's
 * subscribers hear it. If a whole process dies, its leases run out within a few seconds and
 * whichever process sweeps first deletes them and announces each departure, once.
 *
 * Arrival and departure of one person in one meeting are serialised by an advisory lock, and
 * each announcement is sent in the transaction that changed the rows, so the room hears them
 * in the order they happened, whichever processes they came from.
 */
export class MeetingPresence {
  /** This process's name in the lease rows. */
  readonly processId = randomUUID();
  /** Connections this process holds, per meeting and user. */
  private readonly held = new Map<string, { meetingId: string; viewer: Viewer; count: number }>();
  private timers: ReturnType<typeof setInterval>[] = [];
  /** Arrivals (meeting/user keys) whose claim has not yet been made, and when it will be. */
  private readonly arrivals = new Set<string>();
  private arrivalsDue?: ReturnType<typeof setTimeout>;
  private sweeping = false;
  private renewing = false;

  constructor(
    private readonly bus: PgEventBus,
    private readonly dataSource: DataSource,
    private readonly logger?: Logger,
  ) {}

  /** Someone started following a meeting on this process. */
  arrive(meetingId: string, viewer: Viewer): void {
    const key = `${meetingId}/${viewer.id}`;
    const entry = this.held.get(key);
    if (entry) {
      entry.count++;
      return;
    }
    this.held.set(key, { meetingId, viewer, count: 1 });
    if (this.held.size === 1) this.start();
    // Arriving is announced by the client itself (where it is, whether it is typing); the lease only says it is still here.
    // Arrivals close together (a room filling up) are claimed together, in one transaction.
    this.arrivals.add(key);
    if (this.arrivalsDue) return;
    this.arrivalsDue = setTimeout(() => {
      this.arrivalsDue = undefined;
      const keys = [...this.arrivals];
      this.quietly(this.claimAll(keys, false), 'Could not record presence').finally(() => {
        for (const k of keys) this.arrivals.delete(k);
      });
    }, ARRIVALS_MS);
    this.arrivalsDue.unref();
  }

  /** One of their connections to the meeting ended on this process. */
  depart(meetingId: string, viewer: Viewer): void {
    const key = `${meetingId}/${viewer.id}`;
    const entry = this.held.get(key);
    if (!entry) return;
    if (--entry.count > 0) return;
    this.held.delete(key);
    if (this.held.size === 0) this.stop();
    this.quietly(this.release(meetingId, viewer.id), 'Could not record a departure');
  }

  /**
   * Deletes leases that ran out (their process died or stalled) and tells each meeting who
   * has gone. Every process sweeps; the delete makes each departure announced once.
   */
  async sweep(): Promise<void> {
    const expired = await rows<{ meeting_id: string; user_id: string }>(
      this.dataSource,
      `SELECT DISTINCT meeting_id, user_id FROM meeting_presence WHERE expires_at < now() ${PRESENCE_SQL_MARK}`,
    );
    for (const { meeting_id: meetingId, user_id: userId } of expired) {
      await this.dataSource.transaction(async (tx) => {
        await this.lock(tx, meetingId, userId);
        const gone = await rows(
          tx,
          `DELETE FROM meeting_presence WHERE meeting_id = $1 AND user_id = $2 AND expires_at < now() RETURNING process_id ${PRESENCE_SQL_MARK}`,
          [meetingId, userId],
        );
        if (gone.length > 0) await this.announceIfGone(tx, meetingId, userId);
      });
    }
  }

  /** Renews this process's leases; any that were swept meanwhile (a stall) are claimed again and announced. */
  async renew(): Promise<void> {
    const held = [...this.held.values()];
    if (held.length === 0) return;
    const renewed = await rows<{ meeting_id: string; user_id: string }>(
      this.dataSource,
      `UPDATE meeting_presence SET expires_at = now() + make_interval(secs => $2)
        WHERE process_id = $1 RETURNING meeting_id, user_id ${PRESENCE_SQL_MARK}`,
      [this.processId, LEASE_MS / 1000],
    );
    const found = new Set(renewed.map((r) => `${r.meeting_id}/${r.user_id}`));
    // Swept while this process stalled: the room was told they left, so tell it they are back.
    // (Arrivals not yet claimed have no row to renew; they were never announced as gone.)
    const swept = held
      .map(({ meetingId, viewer }) => `${meetingId}/${viewer.id}`)
      .filter((key) => !found.has(key) && !this.arrivals.has(key));
    if (swept.length > 0) await this.claimAll(swept, true);
  }

  /**
   * Claims the leases of these people (meeting/user keys) in one transaction, however many:
   * a room filling up (2,000 connections in two seconds) would otherwise be a transaction per
   * person, holding the pool's connections while the subscriptions' own statements wait for
   * one, and a process that stalled would take as long to claim back all its swept leases as
   * its leases last. Each person's lock is taken (in a fixed order, so that two processes
   * claiming together cannot deadlock), and only those still here are claimed. Arrivals are not
   * announced; with `announce` (leases swept while this process stalled) the room is told they
   * are back, unless another connection (another tab, another process) kept them here.
   */
  private async claimAll(keys: string[], announce: boolean): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS ordered ${PRESENCE_SQL_MARK}`,
        [keys.map((key) => `presence/${key}`)],
      );
      // Connections may have closed while this waited: those have nothing to claim.
      const here = keys.map((key) => this.held.get(key)).filter((entry) => entry !== undefined);
      if (here.length === 0) return;
      const meetings = here.map((e) => e.meetingId);
      const users = here.map((e) => e.viewer.id);
      const already = announce
        ? new Set(
            (
              await rows<{ meeting_id: string; user_id: string }>(
                tx,
                `SELECT DISTINCT p.meeting_id, p.user_id FROM meeting_presence p
                   JOIN unnest($1::uuid[], $2::uuid[]) AS a(m, u) ON p.meeting_id = a.m AND p.user_id = a.u
                  WHERE p.expires_at >= now() ${PRESENCE_SQL_MARK}`,
                [meetings, users],
              )
            ).map((r) => `${r.meeting_id}/${r.user_id}`),
          )
        : undefined;
      await tx.query(
        `INSERT INTO meeting_presence (meeting_id, user_id, process_id, expires_at)
         SELECT m, u, $3, now() + make_interval(secs => $4) FROM unnest($1::uuid[], $2::uuid[]) AS a(m, u)
         ON CONFLICT (meeting_id, user_id, process_id) DO UPDATE SET expires_at = EXCLUDED.expires_at ${PRESENCE_SQL_MARK}`,
        [meetings, users, this.processId, LEASE_MS / 1000],
      );
      if (!already) return;
      for (const { meetingId, viewer } of here) {
        if (!already.has(`${meetingId}/${viewer.id}`)) await this.announce(tx, meetingId, viewer.id, viewer.name, 'PRESENCE');
      }
    });
  }

  private async release(meetingId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      await this.lock(tx, meetingId, userId);
      // They came back on this process while this waited: keep the lease.
      if (this.held.has(`${meetingId}/${userId}`)) return;
      const gone = await rows(
        tx,
        `DELETE FROM meeting_presence WHERE meeting_id = $1 AND user_id = $2 AND process_id = $3 RETURNING process_id ${PRESENCE_SQL_MARK}`,
        [meetingId, userId, this.processId],
      );
      if (gone.length > 0) await this.announceIfGone(tx, meetingId, userId);
    });
  }

  /** Announces LEFT unless another connection (another tab, another process) still holds a live lease. */
  private async announceIfGone(tx: EntityManager, meetingId: string, userId: string): Promise<void> {
    const [left] = await rows<{ name: string | null; here: boolean }>(
      tx,
      `SELECT (SELECT name FROM app_user WHERE id = $2) AS name,
              EXISTS (SELECT 1 FROM meeting_presence WHERE meeting_id = $1 AND user_id = $2 AND expires_at >= now()) AS here ${PRESENCE_SQL_MARK}`,
      [meetingId, userId],
    );
    if (!left!.here) await this.announce(tx, meetingId, userId, left!.name, 'LEFT');
  }

  private async announce(tx: EntityManager, meetingId: string, userId: string, name: string | null, type: 'PRESENCE' | 'LEFT') {
    await this.bus.publish(
      'MEETING_EVENT',
      {
        meetingId,
        seq: null,
        type,
        itemId: null,
        field: null,
        version: null,
        actorId: userId,
        actorName: name,
        at: new Date().toISOString(),
        typing: false,
      },
      tx,
    );
  }

  /** One person in one meeting at a time, across processes (held until the transaction ends). */
  private async lock(tx: EntityManager, meetingId: string, userId: string) {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0)) ${PRESENCE_SQL_MARK}`, [`presence/${meetingId}/${userId}`]);
  }

  private start() {
    const every = (ms: number, work: () => Promise<void>, busy: 'renewing' | 'sweeping') => {
      const timer = setInterval(() => {
        if (this[busy]) return;
        this[busy] = true;
        this.quietly(work(), 'Presence upkeep failed; trying again').finally(() => (this[busy] = false));
      }, ms);
      timer.unref();
      return timer;
    };
    this.timers = [every(RENEW_MS, () => this.renew(), 'renewing'), every(SWEEP_MS, () => this.sweep(), 'sweeping')];
  }

  private stop() {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
  }

  /** Presence is a courtesy: a failure (the database away, the process stopping) is logged and put right by the next renewal or sweep. */
  private quietly(work: Promise<void>, message: string): Promise<void> {
    return work.catch((error: unknown) => this.logger?.debug({ err: error }, message));
  }
}

import { randomUUID } from 'node:crypto';
import type { Socket } from 'node:net';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import pg from 'pg';
import type { EntityManager } from 'typeorm';
import type { Logger } from './logger.js';

/** PostgreSQL's NOTIFY payload must be under 8,000 bytes; keep a margin for the envelope. */
export const MAX_EVENT_BYTES = 7_500;
const CHANNEL = 'casehuddle_events';
/** The topic of each process's heartbeat to itself; handled by the bus, never by subscribers. */
const HEARTBEAT = 'BUS_HEARTBEAT';
/** The statement that sends a heartbeat: told apart so that tests counting a request's statements can leave it out. */
export const HEARTBEAT_SQL = 'SELECT pg_notify($1, $2) /* bus heartbeat */';
/** TCP keepalive probes on the LISTEN connection start after this long without traffic. */
const KEEPALIVE_INITIAL_DELAY_MS = 10_000;

/**
 * Topics and their payloads. Payloads are small (ids and versions): subscribers re-read what
 * they need, through the same access checks as any query.
 *
 * The bus itself declares only its own topics. Each module that publishes adds its topics to
 * this interface by declaration merging in its `<noun>.topics.ts`
 * (`declare module '../../core/pubsub.js' { interface Topics { … } }`), so the core stays
 * ignorant of the modules while every `publish` and `subscribe` is still checked.
 */
export interface Topics {
  /**
   * Local only: this process's listener reconnected, so events may have been missed while it
   * was down. Live streams re-read what they missed from the database.
   */
  BUS_RESYNC: [{ at: number }];
  /** Test and health channel. */
  PING: [{ at: number; from: string }];
}

/** The topics as @graphql-yoga/subscription wants them (an interface has no index signature; this mapped type has). */
export type TopicArgs = { [K in keyof Topics]: Topics[K] };

type Listener = (event: CustomEvent) => void;
type EventCallback = ((event: Event) => void) | { handleEvent(event: Event): void };

export interface PgEventBus {
  pubSub: PubSub<TopicArgs>;
  /** Publishes through PostgreSQL. Inside a transaction the event is delivered only if it commits. */
  publish<K extends keyof Topics & string>(topic: K, payload: Topics[K][0], manager?: EntityManager): Promise<void>;
  /** Resolves once the LISTEN connection is up. */
  ready: Promise<void>;
  /**
   * Whether this process is hearing events: the LISTEN connection is up and its last heartbeat
   * came back in time. While it is not, live streams may be missing events (they re-read their
   * logs once it is back).
   */
  health(): { listening: boolean; reason?: string };
  close(): Promise<void>;
}

/**
 * A distributed event target for @graphql-yoga/subscription built on PostgreSQL LISTEN/NOTIFY,
 * so every server process sharing the database receives every event. One dedicated connection
 * listens on a single channel; events are routed to local listeners by topic.
 */
export function createPgEventBus(opts: {
  /** Where the LISTEN connection goes (DATABASE_LISTEN_URL, else DATABASE_URL). */
  url: string;
  pool: { query: (sql: string, params: unknown[]) => Promise<unknown> };
  logger: Logger;
  /** How often the bus sends itself a heartbeat; one not back within twice this means it is deaf. Default 5 s. */
  heartbeatMs?: number;
}): PgEventBus {
  const listeners = new Map<string, Set<Listener>>();
  let client: pg.Client | undefined;
  let closed = false;
  let connectedBefore = false;
  let retryMs = 250;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  // The heartbeat: this process NOTIFYs itself through the pool and expects to hear it on the
  // LISTEN connection. A connection can stay "up" while hearing nothing (a NAT or proxy that
  // silently dropped it); only a round trip proves it hears.
  const heartbeatMs = opts.heartbeatMs ?? 5_000;
  const deadlineMs = 2 * heartbeatMs;
  /** A connection attempt through a silent network gives up after this long. */
  const connectTimeoutMs = Math.max(deadlineMs, 2_000);
  const self = randomUUID();
  let beat = 0;
  /** The latest of this process's heartbeats heard (one may be heard before its send is acknowledged). */
  let heardUpTo = 0;
  /** Heartbeats sent on the current connection and not yet heard: number → when sent. */
  const pending = new Map<number, number>();
  let deafReason: string | undefined;

  const deliver = (message: pg.Notification) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    let parsed: { t: string; d: unknown };
    try {
      parsed = JSON.parse(message.payload) as { t: string; d: unknown };
    } catch {
      opts.logger.warn({ payload: message.payload.slice(0, 200) }, 'Ignoring a malformed event');
      return;
    }
    if (parsed.t === HEARTBEAT) {
      const heard = parsed.d as { from?: string; n?: number } | null;
      if (heard?.from === self && typeof heard.n === 'number') {
        heardUpTo = Math.max(heardUpTo, heard.n);
        for (const n of pending.keys()) if (n <= heard.n) pending.delete(n);
      }
      return;
    }
    const set = listeners.get(parsed.t);
    if (!set) return;
    const event = new CustomEvent(parsed.t, { detail: parsed.d });
    for (const listener of set) listener(event);
  };

  const connect = async (): Promise<void> => {
    if (closed) return;
    const next = new pg.Client({
      connectionString: opts.url,
      application_name: 'casehuddle-listener',
      keepAlive: true,
      keepAliveInitialDelayMillis: KEEPALIVE_INITIAL_DELAY_MS,
      connectionTimeoutMillis: connectTimeoutMs,
      query_timeout: connectTimeoutMs,
    });
    next.on('notification', deliver);
    next.on('error', (error) => {
      opts.logger.warn({ err: error }, 'The event listener lost its database connection; reconnecting');
      scheduleReconnect(next);
    });
    next.on('end', () => scheduleReconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CHANNEL}`);
      client = next;
      retryMs = 250;
      pending.clear();
      if (deafReason) opts.logger.info('The event listener is hearing events again');
      deafReason = undefined;
      if (connectedBefore) {
        const resync = new CustomEvent('BUS_RESYNC', { detail: { at: Date.now() } });
        for (const listener of listeners.get('BUS_RESYNC') ?? []) listener(resync);
      }
      connectedBefore = true;
      markReady();
    } catch (error) {
      opts.logger.warn({ err: error }, 'Could not start the event listener; retrying');
      scheduleReconnect(next);
    }
  };

  const retired = new WeakSet<pg.Client>();
  const scheduleReconnect = (failed: pg.Client) => {
    // 'error' and 'end' both fire for one lost connection: reconnect once.
    if (closed || retired.has(failed) || (client && client !== failed)) return;
    retired.add(failed);
    client = undefined;
    deafReason ??= 'The event listener lost its database connection and is reconnecting.';
    failed.removeAllListeners('notification');
    failed.end().catch(() => undefined);
    // Over a silent network a polite end waits for ever: let the socket go at once.
    (failed as unknown as { connection?: { stream?: Socket } }).connection?.stream?.destroy();
    const wait = retryMs;
    retryMs = Math.min(retryMs * 2, 5_000);
    setTimeout(() => void connect(), wait).unref();
  };

  void connect();

  const overdue = () => Date.now() - Math.min(...pending.values()) > deadlineMs;
  const heartbeat = setInterval(() => {
    const current = client;
    if (closed || !current) return;
    if (overdue()) {
      // Timers run before pending socket reads: after a stall (a long garbage collection, say)
      // the heartbeat may be waiting unread. Look again once those reads have run.
      setImmediate(() => {
        if (!closed && client === current && overdue()) declareDeaf(current);
      });
      return;
    }
    const n = ++beat;
    notify(opts.pool, HEARTBEAT, { from: self, n }, HEARTBEAT_SQL).then(
      // Timed from when PostgreSQL took it: a slow pool is not a deaf listener.
      () => client === current && n > heardUpTo && pending.set(n, Date.now()),
      () => undefined, // the database is away: the listener's own connection will say so
    );
  }, heartbeatMs);
  heartbeat.unref();

  const declareDeaf = (current: pg.Client) => {
    deafReason = 'The event listener stopped hearing events and is reconnecting.';
    opts.logger.warn(
      { heardWithinMs: deadlineMs },
      'The event listener missed its heartbeat: its connection hears nothing. Reconnecting; live streams will re-read their logs.',
    );
    scheduleReconnect(current);
  };

  const eventTarget = {
    addEventListener(type: string, callback: EventCallback | null) {
      if (!callback) return;
      const fn = (typeof callback === 'function' ? callback : callback.handleEvent.bind(callback)) as Listener;
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(fn);
      (callback as { __chListener?: Listener }).__chListener = fn;
    },
    removeEventListener(type: string, callback: EventCallback | null) {
      if (!callback) return;
      const fn = (callback as { __chListener?: Listener }).__chListener ?? (callback as Listener);
      const set = listeners.get(type);
      set?.delete(fn);
      if (set && set.size === 0) listeners.delete(type);
    },
    dispatchEvent(event: Event) {
      const detail = (event as CustomEvent).detail;
      void notify(opts.pool, event.type, detail).catch((error) =>
        opts.logger.error({ err: error, topic: event.type }, 'Could not publish an event'),
      );
      return true;
    },
  };

  const pubSub = createPubSub<TopicArgs>({ eventTarget: eventTarget as never });

  return {
    pubSub,
    ready,
    health: () =>
      client && !deafReason ? { listening: true } : { listening: false, reason: deafReason ?? 'The event listener is starting.' },
    async publish(topic, payload, manager) {
      await notify(manager ?? opts.pool, topic, payload);
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      const current = client;
      client = undefined;
      if (current) {
        current.removeAllListeners();
        current.on('error', () => undefined);
        await current.end().catch(() => undefined);
      }
    },
  };
}

async function notify(
  runner: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  topic: string,
  detail: unknown,
  sql = 'SELECT pg_notify($1, $2)',
) {
  const payload = JSON.stringify({ t: topic, d: detail ?? null });
  if (Buffer.byteLength(payload) > MAX_EVENT_BYTES) {
    throw new Error(
      `Event ${topic} is ${Buffer.byteLength(payload)} bytes; events carry ids and versions only (limit ${MAX_EVENT_BYTES}).`,
    );
  }
  await runner.query(sql, [CHANNEL, payload]);
}

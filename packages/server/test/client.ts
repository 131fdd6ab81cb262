import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
  headers: Headers;
}

/**
 * A small GraphQL-over-HTTP client with a cookie jar, so a test can act as one signed-in
 * browser. It sends JSON, which satisfies Apollo's CSRF prevention.
 */
export class GqlClient {
  cookie: string | undefined;

  /** Where requests go; a test may point it at another server process, as a load balancer would. */
  constructor(public baseUrl: string) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GqlResult<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie();
    for (const line of setCookie) {
      const pair = line.split(';')[0]!;
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as { data?: T; errors?: GqlResult['errors'] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Like `request`, but fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`Unexpected GraphQL error: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  async login(email: string, password: string): Promise<GqlResult> {
    return this.request(`mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id role } }`, {
      email,
      password,
    });
  }

  /** A graphql-ws client that sends this client's cookie on the upgrade, as a browser would. */
  ws(wsUrl: string, opts: { origin?: string; retry?: boolean } = {}): Client {
    const cookie = this.cookie;
    const headers: Record<string, string> = {};
    if (cookie) headers.cookie = cookie;
    if (opts.origin) headers.origin = opts.origin;
    class CookieWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers });
      }
    }
    return createClient({
      url: wsUrl,
      webSocketImpl: CookieWebSocket,
      retryAttempts: opts.retry ? 5 : 0,
      lazy: false,
      onNonLazyError: () => undefined,
    });
  }
}

/** The `extensions.code` of the first error, for concise assertions. */
export const errorCode = (result: GqlResult) => result.errors?.[0]?.extensions?.code;

/**
 * Subscribes and collects events. `next()` waits for the next event; `closed` resolves with
 * the close event or error that ended the subscription.
 */
export function collect<T>(client: Client, query: string, variables?: Record<string, unknown>) {
  const events: T[] = [];
  const waiters: Array<(value: T) => void> = [];
  let settle: (value: unknown) => void = () => undefined;
  const ended = new Promise<unknown>((resolve) => (settle = resolve));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        const data = value as T;
        const waiter = waiters.shift();
        if (waiter) waiter(data);
        else events.push(data);
      },
      error: (error) => settle(error),
      complete: () => settle('complete'),
    },
  );
  return {
    events,
    ended,
    dispose,
    next(timeoutMs = 5_000): Promise<T> {
      const queued = events.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise((resolve, reject) => {
        const waiter = (value: T) => {
          clearTimeout(timer);
          resolve(value);
        };
        const timer = setTimeout(() => {
          // Forget this waiter, so a later event is not handed to nobody.
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error('No event arrived in time'));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
  };
}

// The server's build emits no declarations; these are the few pieces the benchmark uses.
declare module '@casehuddle/server/dist/app/data-source.js' {
  import type { DataSource } from 'typeorm';
  export function createAppDataSource(opts: {
    url: string;
    poolSize?: number;
    timeouts?: { statementMs: number; lockMs: number; idleInTransactionMs: number };
  }): DataSource;
}
declare module '@casehuddle/server/dist/core/embedded-db.js' {
  export interface EmbeddedDatabase {
    port: number;
    urlFor(database: string): string;
    ensureDatabase(database: string): Promise<void>;
    stop(): Promise<void>;
  }
  export function freePort(): Promise<number>;
  export function startEmbeddedDatabase(
    dir: string,
    logger?: unknown,
    opts?: { durable?: boolean; settings?: string[] },
  ): Promise<EmbeddedDatabase>;
}
declare module '@casehuddle/server/dist/modules/auth/password.js' {
  export function hashPassword(password: string): Promise<string>;
}

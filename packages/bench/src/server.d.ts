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
    socketDir: string | null;
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
declare module '@casehuddle/server/dist/modules/matching/nicknames.js' {
  export function otherFormsOf(name: string): string[];
}
declare module '@casehuddle/server/dist/modules/matching/similarity.js' {
  export const MATCH_RULES: {
    nameAtLeast: { sameDate: number; swappedOrTransposed: number; oneDigitOrYear: number };
    weights: { name: number; dateOfBirth: number };
  };
}
declare module '@casehuddle/server/dist/modules/matching/matching.service.js' {
  export interface LikelyMatch {
    personId: string;
    owningOrganisationId: string;
    score: number;
    reason: string;
  }
  export class MatchingService {
    likelyMatches(
      runner: unknown,
      who: { name: string; dateOfBirth: string | null; councilArea?: string | null },
      opts?: { excludePersonIds?: string[]; limit?: number },
    ): Promise<LikelyMatch[]>;
  }
}
declare module '@casehuddle/server/dist/modules/person/person.search.js' {
  export function peopleSearchSql(
    viewer: { id: string; organisationId: string; role: string },
    input: { name?: string | null; dateOfBirth?: string | null; identifier?: string | null },
    limit: number,
  ): { sql: string; params: unknown[]; genericPlan: boolean };
}

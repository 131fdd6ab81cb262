/** Limits shared by the server (enforced) and the client (shown in forms). */
export const LIMITS = {
  nameMaxLength: 120,
  emailMaxLength: 254,
  passwordMinLength: 12,
  passwordMaxLength: 200,
  councilAreaMaxLength: 120,
  /** Free text: a person's story, notes, reasons. */
  storyMaxLength: 20_000,
  notesMaxLength: 5_000,
  /** An agenda item's notes or decisions (shared text typed by many during a meeting). */
  agendaTextMaxLength: 20_000,
  shortTextMaxLength: 300,
  /** Reasons for break-glass access, lock-down, restriction and erasure must say something. */
  reasonMinLength: 10,
  /** How long emergency (break-glass) access lasts. */
  breakGlassHours: 4,
  searchMaxResults: 50,
  /** The most notifications listed, or marked read by id, in one request. */
  notificationsMax: 200,
  /** GraphQL request shape limits. */
  queryMaxDepth: 10,
  queryMaxAliases: 15,
  queryMaxTokens: 2000,
  queryMaxCost: 1000,
  requestBodyMaxBytes: 1_000_000,
} as const;

/** A deliberately loose check: the server is the authority, this is for inline form hints. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) && value.length <= LIMITS.emailMaxLength;
}

/**
 * Counts and averages over fewer people than this are withheld from a viewer who may not see every
 * contributing record, so that nobody can be singled out.
 */
export const SMALL_NUMBER = 5;

import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { rows, type SqlRunner } from '../../core/sql.js';

/**
 * Who belongs to a huddle: its member organisations' users and its chairs. Kept apart from the
 * huddle service because huddles, meetings and outcomes all ask it, and huddles in turn ask
 * outcomes who is due a re-score: with the rule here, no two services need each other.
 */

/** A viewer's standing in a huddle. */
export interface HuddleMembership {
  member: boolean;
  chair: boolean;
  /** The viewer's organisation belongs (or chairs) but has not signed the current version of the huddle's ISA. */
  isaUnsigned?: boolean;
}

/** The facts a membership decision needs; `isa_signed` comes from `huddle_isa_signed(huddle, organisation)` in SQL. */
export interface MembershipFacts {
  member: boolean;
  chair: boolean;
  isa_signed: boolean;
}

/** Membership of a huddle: member organisations' users and chairs. Administrators are not members. */
export async function huddleMembership(runner: SqlRunner, viewer: Viewer, huddleId: string): Promise<HuddleMembership> {
  const [row] = await rows<MembershipFacts & { found: boolean }>(
    runner,
    `SELECT EXISTS (SELECT 1 FROM huddle WHERE id = $1) AS found,
            EXISTS (SELECT 1 FROM huddle_member WHERE huddle_id = $1 AND organisation_id = $2) AS member,
            EXISTS (SELECT 1 FROM huddle_chair WHERE huddle_id = $1 AND user_id = $3) AS chair,
            huddle_isa_signed($1, $2) AS isa_signed`,
    [huddleId, viewer.organisationId, viewer.id],
  );
  if (!row!.found) throw new DomainError('NOT_FOUND', 'That huddle was not found.');
  return decideMembership(viewer, row!);
}

/**
 * The membership rule on facts already loaded: a member organisation's user, or a chair, whose
 * organisation has signed the current version of the huddle's information sharing agreement.
 * Administrators are neither.
 */
export function decideMembership(viewer: Viewer, facts: MembershipFacts): HuddleMembership {
  const belongs = viewer.role !== 'ADMIN' && (facts.member || facts.chair);
  const signed = facts.isa_signed;
  const chair = facts.chair && viewer.role !== 'ADMIN' && signed;
  return { member: belongs && signed, chair, isaUnsigned: belongs && !signed };
}

/**
 * decideMembership's `member` in SQL, over the same facts (SQL expressions) and the viewer's
 * role: for a statement that acts on the decision itself (the agenda reads its people and
 * writes their audit rows only for members). A test compares the two on every combination.
 */
export const MEMBER_SQL = (facts: { member: string; chair: string; isaSigned: string; role: string }) =>
  `(${facts.role} <> 'ADMIN' AND (${facts.member} OR ${facts.chair}) AND ${facts.isaSigned})`;

/** Refused because the organisation has not signed the current version of the huddle's ISA. */
export function isaNotSigned(): DomainError {
  return new DomainError(
    'ISA_NOT_SIGNED',
    'Your organisation has not signed the current version of this huddle’s information sharing agreement. A manager can sign it on the Information sharing agreements page.',
  );
}

/** The error for a viewer who is not a member (or whose organisation has not signed the huddle's ISA). */
export function notMember(membership?: HuddleMembership): DomainError {
  if (membership?.isaUnsigned) return isaNotSigned();
  return new DomainError('FORBIDDEN', 'Only the huddle’s member organisations and chairs can see or change it.');
}

/** The viewer's membership, or FORBIDDEN / ISA_NOT_SIGNED (NOT_FOUND for a huddle that does not exist). */
export async function requireMember(runner: SqlRunner, viewer: Viewer, huddleId: string): Promise<HuddleMembership> {
  const m = await huddleMembership(runner, viewer, huddleId);
  if (!m.member) throw notMember(m);
  return m;
}

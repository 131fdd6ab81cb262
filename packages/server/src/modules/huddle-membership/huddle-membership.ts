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
}

/** Membership of a huddle: member organisations' users and chairs. Administrators are not members. */
export async function huddleMembership(runner: SqlRunner, viewer: Viewer, huddleId: string): Promise<HuddleMembership> {
  const [row] = await rows<{ member: boolean; chair: boolean; found: boolean }>(
    runner,
    `SELECT EXISTS (SELECT 1 FROM huddle WHERE id = $1) AS found,
            EXISTS (SELECT 1 FROM huddle_member WHERE huddle_id = $1 AND organisation_id = $2) AS member,
            EXISTS (SELECT 1 FROM huddle_chair WHERE huddle_id = $1 AND user_id = $3) AS chair`,
    [huddleId, viewer.organisationId, viewer.id],
  );
  if (!row!.found) throw new DomainError('NOT_FOUND', 'That huddle was not found.');
  return decideMembership(viewer, row!);
}

/** The membership rule on facts already loaded: a member organisation's user, or a chair. Administrators are neither. */
export function decideMembership(viewer: Viewer, facts: HuddleMembership): HuddleMembership {
  const chair = facts.chair && viewer.role !== 'ADMIN';
  return { member: viewer.role !== 'ADMIN' && (facts.member || chair), chair };
}

/** The error for a viewer who is not a member. */
export function notMember(): DomainError {
  return new DomainError('FORBIDDEN', 'Only the huddle’s member organisations and chairs can see or change it.');
}

/** The viewer's membership, or FORBIDDEN (NOT_FOUND for a huddle that does not exist). */
export async function requireMember(runner: SqlRunner, viewer: Viewer, huddleId: string): Promise<HuddleMembership> {
  const m = await huddleMembership(runner, viewer, huddleId);
  if (!m.member) throw notMember();
  return m;
}

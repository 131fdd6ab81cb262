import { SHARING_SECTIONS, type SharingSection } from '@casehuddle/shared';
import type { Viewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import { notShared, requireRead, requireWrite } from '../disclosure/gate.js';
import { PERSON_ROW_FROM, PERSON_ROW_SELECT, PERSON_SUMMARY_SELECT, type LeadRow, type PersonRow } from './person.repository.js';

/** Why a viewer may see a record. */
export type AccessBasis = 'OWNER' | 'LEAD_PROFESSIONAL' | 'BREAK_GLASS' | 'AGREEMENT' | 'PEER_MENTOR' | 'NONE';

/** One viewer's access to one person's record: the single answer every path uses. */
export interface PersonAccess {
  personId: string;
  basis: AccessBasis;
  /** May know the person exists: see names, pronouns and which agencies are involved. */
  canKnow: boolean;
  /** Sees every section (owning organisation, lead professional, or break-glass). */
  full: boolean;
  /** Locked down: others see only the name and the agencies involved. */
  lockedDown: boolean;
  /** Restricted by an administrator: stored but not processed; no edits, no sharing. */
  processingRestricted: boolean;
  /** The sections this viewer may see. */
  sections: SharingSection[];
  breakGlassUntil: Date | null;
  /** May see DOB and council area: any access beyond name-only. */
  canSeeProfile: boolean;
  /** In the owning organisation. */
  isOwner: boolean;
  /** One of the person's lead professionals. */
  isLead: boolean;
}

/** The facts about a viewer and a record that decide access (one row of `loadFacts`). */
export interface AccessFacts {
  person_id: string;
  locked_down: boolean;
  processing_restricted: boolean;
  is_owner: boolean;
  is_lead: boolean;
  glass_until: Date | null;
  shared_sections: SharingSection[];
  /** Merged into another record (see person.merge.ts): known to no one, so every path refuses it. */
  merged?: boolean;
  /** For a peer mentor: the sections of the live, accepted PEER_MENTORING referrals that name them. */
  mentor_sections: SharingSection[];
}

/**
 * The rules, as a pure function of the facts:
 * - administrators manage accounts; they never see a person's record by their role;
 * - the owning organisation's users, the person's lead professionals, and anyone holding a
 *   live break-glass grant see everything;
 * - others see the sections an active agreement names for their organisation;
 * - on a locked-down or restricted record, others see only the name and agencies involved;
 * - a record merged into another is known to no one: reads of it point to the kept record.
 * - a peer mentor sees only the people referred to them by an accepted PEER_MENTORING referral
 *   that names them as the mentor, and only its sections, while it is live. Nothing else counts
 *   for them: not their organisation's records, its agreements, lead professional or break-glass.
 */
export function decideAccess(viewer: Viewer, facts: AccessFacts): PersonAccess {
  // One object literal per decision: spreading a shared base and adding properties cost about
  // 5 µs a person (the agenda decides 30 at a time), building it whole a hundredth of that.
  const access = (
    basis: AccessBasis,
    canKnow: boolean,
    full: boolean,
    sections: SharingSection[],
    canSeeProfile: boolean,
    asMentor = false,
  ): PersonAccess => ({
    personId: facts.person_id,
    isOwner: asMentor ? false : facts.is_owner,
    isLead: asMentor ? false : facts.is_lead,
    lockedDown: facts.locked_down,
    processingRestricted: facts.processing_restricted,
    breakGlassUntil: asMentor ? null : facts.glass_until,
    basis,
    canKnow,
    full,
    sections,
    canSeeProfile,
  });
  if (viewer.role === 'ADMIN' || facts.merged) return access('NONE', false, false, [], false);
  if (viewer.role === 'PEER_MENTOR') {
    const mentorSections = facts.mentor_sections ?? [];
    if (mentorSections.length === 0) return access('NONE', false, false, [], false, true);
    const hidden = facts.locked_down || facts.processing_restricted;
    const sections = hidden ? [] : SHARING_SECTIONS.filter((s) => mentorSections.includes(s));
    return access('PEER_MENTOR', true, false, sections, !hidden, true);
  }
  const basis: AccessBasis = facts.is_owner
    ? 'OWNER'
    : facts.is_lead
      ? 'LEAD_PROFESSIONAL'
      : facts.glass_until
        ? 'BREAK_GLASS'
        : facts.shared_sections.length
          ? 'AGREEMENT'
          : 'NONE';
  if (basis === 'OWNER' || basis === 'LEAD_PROFESSIONAL' || basis === 'BREAK_GLASS') {
    return access(basis, true, true, [...SHARING_SECTIONS], true);
  }
  if (basis === 'AGREEMENT') {
    const hidden = facts.locked_down || facts.processing_restricted;
    const sections = hidden ? [] : SHARING_SECTIONS.filter((s) => facts.shared_sections.includes(s));
    return access(basis, true, false, sections, !hidden);
  }
  return access(basis, false, false, [], false);
}

/**
 * The sections a peer mentor ($1 user id, $2 organisation id) may see of \`p\`: those of each
 * accepted PEER_MENTORING referral to their organisation that names them as the mentor, while it
 * is live: accepted (withdrawing or closing ends it), not past its expiry, and only as far as the
 * agreement to share it recorded still stands (the person can withdraw it). Empty for everyone else.
 */
const MENTOR_SECTIONS_SQL = `COALESCE((
    SELECT array_agg(DISTINCT s ORDER BY s)
      FROM referral r
      JOIN sharing_agreement a ON a.id = r.sharing_agreement_id
     CROSS JOIN unnest(r.sections) AS s
     WHERE r.person_id = p.id AND r.mentor_id = $1 AND r.receiving_organisation_id = $2
       AND r.kind = 'PEER_MENTORING' AND r.status = 'ACCEPTED' AND r.expires_on >= current_date
       AND $2 = ANY (a.organisation_ids) AND s = ANY (a.sections)
       AND a.withdrawn_at IS NULL AND a.expires_on >= current_date AND a.agreed_on <= current_date
  ), '{}')`;

/**
 * SQL that yields AccessFacts for a viewer ($1 user id, $2 organisation id) over the people
 * `p`. Agreement state is computed from today's date, so expiry takes effect without anyone
 * acting. Shared with search so the list and the record apply the same rules.
 */
export const FACTS_SELECT = `
  p.id AS person_id,
  p.locked_down,
  p.processing_restricted,
  (p.merged_into_id IS NOT NULL) AS merged,
  (p.owning_organisation_id = $2) AS is_owner,
  EXISTS (SELECT 1 FROM person_lead l WHERE l.person_id = p.id AND l.user_id = $1) AS is_lead,
  (SELECT max(b.expires_at) FROM break_glass b WHERE b.person_id = p.id AND b.user_id = $1 AND b.expires_at > now()) AS glass_until,
  COALESCE((
    SELECT array_agg(DISTINCT s ORDER BY s) FROM (
      SELECT unnest(a.sections) AS s
        FROM sharing_agreement a
       WHERE a.person_id = p.id AND $2 = ANY (a.organisation_ids)
         AND a.withdrawn_at IS NULL AND a.expires_on >= current_date AND a.agreed_on <= current_date
      UNION ALL
      -- Shared without the person's agreement (safeguarding, crime prevention): exactly its sections, until it expires.
      SELECT unnest(w.sections) FROM sharing_without_agreement w WHERE w.person_id = p.id AND w.organisation_id = $2 AND w.expires_at > now()
    ) shared
  ), '{}') AS shared_sections,
  ${MENTOR_SECTIONS_SQL} AS mentor_sections`;

/**
 * A WHERE condition: the viewer ($1 user id, $2 organisation id, $3 role) may know of `p`.
 * Must agree with decideAccess (a test checks that they do).
 */
export const MAY_KNOW_SQL = `
  CASE WHEN $3 = 'PEER_MENTOR' THEN p.merged_into_id IS NULL AND cardinality(${MENTOR_SECTIONS_SQL}) > 0 ELSE
  $3 <> 'ADMIN' AND p.merged_into_id IS NULL AND (
    p.owning_organisation_id = $2
    OR EXISTS (SELECT 1 FROM person_lead l WHERE l.person_id = p.id AND l.user_id = $1)
    OR EXISTS (SELECT 1 FROM break_glass b WHERE b.person_id = p.id AND b.user_id = $1 AND b.expires_at > now())
    OR EXISTS (SELECT 1 FROM sharing_agreement a WHERE a.person_id = p.id AND $2 = ANY (a.organisation_ids)
               AND a.withdrawn_at IS NULL AND a.expires_on >= current_date AND a.agreed_on <= current_date)
    OR EXISTS (SELECT 1 FROM sharing_without_agreement w WHERE w.person_id = p.id AND w.organisation_id = $2 AND w.expires_at > now())
  ) END`;

/** A row of `peopleWithAccessSql`. */
export type LoadedRow = AccessFacts & PersonRow & { leads: LeadRow[] };

/** A person the viewer may know of: their access, stored row and lead professionals. */
export interface LoadedAccess {
  access: PersonAccess;
  row: PersonRow;
  leads: LeadRow[];
}

/**
 * One statement for the people `where` selects (over `p`): the stored columns (all, or those a
 * summary needs), the access facts for the viewer ($1 user id, $2 organisation id) and the lead
 * professionals. `loadWithAccess` runs it alone; the agenda folds it into its own statement.
 */
export const peopleWithAccessSql = (columns: 'summary' | 'all', where: string) =>
  `SELECT ${columns === 'summary' ? PERSON_SUMMARY_SELECT : PERSON_ROW_SELECT}, ${FACTS_SELECT},
              (SELECT coalesce(jsonb_agg(jsonb_build_object('person_id', l.person_id, 'organisation_id', lo.id, 'organisation_name', lo.name,
                                                           'organisation_kind', lo.kind, 'user_id', lu.id, 'user_name', lu.name) ORDER BY lo.name), '[]')
                 FROM person_lead l JOIN organisation lo ON lo.id = l.organisation_id JOIN app_user lu ON lu.id = l.user_id
                WHERE l.person_id = p.id) AS leads
         ${PERSON_ROW_FROM} WHERE ${where}`;

/**
 * decideAccess's `basis` in SQL, over a row `f` of the facts (FACTS_SELECT's columns) and the
 * viewer's role `role` (SQL): for a statement that must act on the decision itself, as the
 * agenda's audit insert does (a person is known unless the basis is NONE). It must agree with
 * decideAccess: a test compares the two on every combination of facts and role, and
 * `fromJsonRows` refuses any row where they differ.
 */
export const ACCESS_BASIS_SQL = (f: string, role: string) => `CASE
    WHEN ${role} = 'ADMIN' OR ${f}.merged THEN 'NONE'
    WHEN ${role} = 'PEER_MENTOR' THEN CASE WHEN cardinality(${f}.mentor_sections) > 0 THEN 'PEER_MENTOR' ELSE 'NONE' END
    WHEN ${f}.is_owner THEN 'OWNER'
    WHEN ${f}.is_lead THEN 'LEAD_PROFESSIONAL'
    WHEN ${f}.glass_until IS NOT NULL THEN 'BREAK_GLASS'
    WHEN cardinality(${f}.shared_sections) > 0 THEN 'AGREEMENT'
    ELSE 'NONE' END`;

/** The one policy module for people's records: queries, field resolvers, search, subscriptions and exports all ask it. */
export class PersonPolicy {
  /** Access for one viewer to many people, in one statement. People who do not exist are absent. */
  async accessFor(runner: SqlRunner, viewer: Viewer, personIds: string[]): Promise<Map<string, PersonAccess>> {
    if (personIds.length === 0) return new Map();
    const facts = await rows<AccessFacts>(runner, `SELECT ${FACTS_SELECT} FROM person p WHERE p.id = ANY ($3::uuid[])`, [
      viewer.id,
      viewer.organisationId,
      personIds,
    ]);
    return new Map(facts.map((f) => [f.person_id, decideAccess(viewer, f)]));
  }

  /**
   * Access and the stored rows (with lead professionals) for many people, in one statement. The
   * rows of people the viewer may not know of are dropped here, before any view is built. With
   * 'summary', the rows hold only the columns a summary needs (the rest are undefined).
   */
  async loadWithAccess(
    runner: SqlRunner,
    viewer: Viewer,
    personIds: string[],
    columns: 'summary' | 'all' = 'all',
  ): Promise<Map<string, LoadedAccess>> {
    if (personIds.length === 0) return new Map();
    const found = await rows<LoadedRow>(
      runner,
      peopleWithAccessSql(columns, 'p.id = ANY ($3::uuid[])'),
      [viewer.id, viewer.organisationId, personIds],
      // Only the summary names its columns; a prepared `p.*` would fail once a migration adds one.
      { prepared: columns === 'summary' },
    );
    return this.decide(viewer, found);
  }

  /**
   * Access for rows of `peopleWithAccessSql` read by a larger statement (as JSON, so dates are
   * strings): the same decision as `loadWithAccess`, which drops the people the viewer may not
   * know of. Where the statement also decided the basis in SQL (`ACCESS_BASIS_SQL`, as `basis`,
   * for its audit rows), the two must agree: a difference is refused as an internal error.
   */
  fromJsonRows(viewer: Viewer, found: Array<LoadedRow & { basis?: AccessBasis }>): Map<string, LoadedAccess> {
    for (const row of found) if (row.glass_until !== null) row.glass_until = new Date(row.glass_until);
    const result = this.decide(viewer, found);
    for (const row of found) {
      if (row.basis === undefined) continue;
      const basis = result.get(row.id)?.access.basis ?? 'NONE';
      if (basis !== row.basis) throw new Error(`The access basis decided in SQL (${row.basis}) differs from the policy's (${basis}).`);
    }
    return result;
  }

  /**
   * Access for rows of `peopleWithAccessSql` read by a larger statement as rows (not JSON), such
   * as the search's: the same decision as `loadWithAccess`, which drops the people the viewer may
   * not know of.
   */
  fromRows(viewer: Viewer, found: LoadedRow[]): Map<string, LoadedAccess> {
    return this.decide(viewer, found);
  }

  private decide(viewer: Viewer, found: LoadedRow[]): Map<string, LoadedAccess> {
    const result = new Map<string, LoadedAccess>();
    for (const { leads, ...row } of found) {
      const access = decideAccess(viewer, row);
      if (access.canKnow) result.set(row.id, { access, row, leads });
    }
    return result;
  }

  /**
   * Access to one person. A viewer who may not know of the person gets the same refusal whether
   * or not the record exists, so an id confirms nothing.
   */
  async accessTo(runner: SqlRunner, viewer: Viewer, personId: string): Promise<PersonAccess> {
    const access = (await this.accessFor(runner, viewer, [personId])).get(personId);
    if (!access) throw notShared(true);
    return access;
  }

  /**
   * Throws FORBIDDEN unless the viewer may see the section (or, with 'KNOW', may know of the
   * person; with 'FULL', has full access). Returns the access for further use.
   */
  async require(runner: SqlRunner, viewer: Viewer, personId: string, need: SharingSection | 'KNOW' | 'FULL'): Promise<PersonAccess> {
    const access = await this.accessTo(runner, viewer, personId);
    assertAccess(access, need);
    return access;
  }
}

/** The same check as `require`, on access already loaded: the disclosure gate's read check. */
export function assertAccess(access: PersonAccess, need: SharingSection | 'KNOW' | 'PROFILE' | 'FULL'): void {
  requireRead(access, need);
}

export const noAccess = (canBreakGlass = true) =>
  canBreakGlass ? notShared(true) : new DomainError('FORBIDDEN', 'You do not have access to this record.', { canBreakGlass: false });

/**
 * Like assertAccess, for changes (the disclosure gate's write check): break-glass access is for
 * reading in an emergency, and a restricted record changes nowhere.
 */
export function assertCanEdit(access: PersonAccess, need: SharingSection | 'KNOW' | 'PROFILE' | 'FULL'): void {
  requireWrite(access, need);
}

/** True when the viewer may see a section of a record. */
export const canSee = (access: PersonAccess, section: SharingSection) => access.canKnow && access.sections.includes(section);

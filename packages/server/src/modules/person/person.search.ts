import { LIMITS } from '@casehuddle/shared';
import { auditInsertCtes } from '../audit/audit.service.js';
import { ACCESS_BASIS_SQL, MAY_KNOW_SQL, peopleWithAccessSql } from './person.policy.js';

/** What a search statement needs of the viewer (its user, organisation and role). */
export interface SearchViewer {
  id: string;
  organisationId: string;
  role: string;
}

export interface SearchTerms {
  name?: string | null;
  dateOfBirth?: string | null;
  identifier?: string | null;
}

const trimOrNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** The name as searched: trimmed and lower case, or null. */
export const searchName = (input: SearchTerms) => trimOrNull(input.name)?.toLowerCase() ?? null;
/** The identifier as searched: spaces and dashes removed, upper case, or null. */
export const searchIdentifier = (input: SearchTerms) => trimOrNull(input.identifier)?.replace(/[\s-]/g, '').toUpperCase() ?? null;

/**
 * The one statement of a person search, among people the viewer may know of: ids (and whether
 * the identifier matched the NHS number) in order. Only the conditions asked for are included,
 * so that PostgreSQL plans each search on its own index. The disclosure rules for search keys are
 * applied by the service on these rows.
 */
export function peopleSearchSql(
  viewer: SearchViewer,
  input: SearchTerms,
  limit: number,
): { sql: string; params: unknown[]; genericPlan: boolean } {
  const name = searchName(input);
  const identifier = searchIdentifier(input);
  const params: unknown[] = [viewer.id, viewer.organisationId, viewer.role];
  const where = [MAY_KNOW_SQL];
  const nameExpr = `lower(p.legal_name || ' ' || coalesce(p.preferred_name, ''))`;
  let order = 'p.legal_name';
  let nearest: string | null = null;
  let short: string | null = null;
  if (name) {
    params.push(name);
    const n = `$${params.length}`;
    if (name.length < 3) {
      // A very short entry has too few trigrams for similarity, so it matches as a substring,
      // with LIKE's wildcards (% and _) escaped so that they match only themselves.
      params.push(name.replace(/[\\%_]/g, '\\$&'));
      short = `$${params.length}`;
      where.push(`${nameExpr} LIKE '%' || ${short} || '%'`);
      order = `word_similarity(${n}, ${nameExpr}) DESC, p.legal_name`;
    } else {
      // Typo-tolerant: the words typed are similar enough to words of the name (pg_trgm's
      // word similarity, at its threshold); the nearest first (distance = 1 − word similarity).
      where.push(`${n} <% ${nameExpr}`);
      nearest = `${n} <<-> ${nameExpr}`;
    }
  }
  if (input.dateOfBirth) {
    params.push(input.dateOfBirth);
    where.push(`p.date_of_birth = $${params.length}::date`);
  }
  if (identifier) {
    params.push(identifier);
    const n = `$${params.length}`;
    where.push(`(p.nhs_number = ${n} OR p.prison_number = ${n} OR p.crn = ${n})`);
  }
  params.push(Math.min(Math.max(limit, 1), LIMITS.searchMaxResults));
  const byNhs = identifier ? `p.nhs_number = $${params.length - 1}` : 'false';
  const limitParam = `$${params.length}`;
  if (name && !input.dateOfBirth && !identifier && viewer.role !== 'PEER_MENTOR' && viewer.role !== 'ADMIN') {
    // A name alone: candidates among people the viewer may know, nearest first (see nameOnlySql).
    // A name of three letters or more is best planned once, generically: every value starts from
    // the organisation's trigram index, and planning it for each value cost 4–6 ms against 5–15
    // ms to run it at a million people. A shorter entry matches as a substring and keeps a plan
    // made for its value (a generic plan was five times slower for it).
    return { sql: nameOnlySql(short, limitParam), params, genericPlan: short === null };
  }
  if (nearest) {
    // The nearest first (most similar); among equally near names, by legal name.
    return {
      sql: `SELECT s.id, s.by_nhs FROM (
              SELECT p.id, p.legal_name, ${byNhs} AS by_nhs, ${nearest} AS distance
                FROM person p WHERE ${where.join(' AND ')} ORDER BY ${nearest} LIMIT ${limitParam}) s
             ORDER BY s.distance, s.legal_name`,
      params,
      genericPlan: false,
    };
  }
  return {
    sql: `SELECT p.id, ${byNhs} AS by_nhs FROM person p WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limitParam}`,
    params,
    genericPlan: false,
  };
}

/**
 * A name search alone ($4 the name; `short` the escaped substring parameter of an entry under
 * three letters), for a viewer who knows people through their organisation ($2): the same
 * answer as the general statement (the same matches, in the same order of nearness and legal
 * name, ties then by id), found another way. The candidates are the rows of `person_search_key`
 * for the viewer's organisation (the owning organisation's people and those shared with it; a
 * superset kept by triggers, migration 1766275200000) whose name matches, through its GIN index
 * on (organisation, name trigrams), together with the people the viewer leads or holds
 * break-glass access to. They are sorted nearest first, and the exact "may know" rule is applied
 * to them in that order until the page is full (OFFSET 0 keeps PostgreSQL from applying it to
 * every candidate before sorting), so its cost is that of the page, not of every similar name.
 */
function nameOnlySql(short: string | null, limitParam: string): string {
  const nameOf = (t: string) => `lower(${t}.legal_name || ' ' || coalesce(${t}.preferred_name, ''))`;
  const matches = (expr: string) => (short ? `${expr} LIKE '%' || ${short} || '%'` : `$4 <% ${expr}`);
  const rank = (expr: string) => (short ? `1 - word_similarity($4, ${expr})` : `$4 <<-> ${expr}`);
  return `SELECT c.person_id AS id, false AS by_nhs FROM (
            SELECT u.person_id FROM (
              SELECT k.person_id, k.legal_name, ${rank('k.name')} AS distance
                FROM person_search_key k WHERE k.organisation_id = $2 AND ${matches('k.name')}
              UNION
              SELECT p.id, p.legal_name, ${rank(nameOf('p'))} FROM person p
               WHERE p.id IN (SELECT l.person_id FROM person_lead l WHERE l.user_id = $1
                              UNION SELECT b.person_id FROM break_glass b WHERE b.user_id = $1 AND b.expires_at > now())
                 AND ${matches(nameOf('p'))}) u
             ORDER BY u.distance, u.legal_name, u.person_id OFFSET 0) c
           WHERE EXISTS (SELECT 1 FROM person p WHERE p.id = c.person_id AND ${MAY_KNOW_SQL})
           LIMIT ${limitParam}`;
}

/**
 * A whole search request in one statement: the search (`peopleSearchSql`, or with `found`, the
 * answer of that statement run before), the found people's
 * stored columns (all, or those a summary needs) with the viewer's access facts and lead
 * professionals (`peopleWithAccessSql`), in the search's order (`n`), each with `by_nhs`, the
 * access basis decided in SQL (`ACCESS_BASIS_SQL`) and `kept`: whether the search may show them
 * (known to the viewer, and for a date of birth or an identifier, allowed to see it: the data
 * map's rules for PeopleSearchInput, as PersonService.search applies them, which checks that
 * the two agree). With `auditSections`, the statement also writes the SEARCH audit row of each
 * person kept, with those sections (for a query whose fields disclose exactly those for every
 * person), through the same insert as AuditService.record (`auditInsertCtes`).
 */
export function searchRequestSql(
  viewer: SearchViewer,
  input: SearchTerms,
  limit: number,
  opts: { columns: 'summary' | 'all'; auditSections: string[] | null; found?: Array<{ id: string; by_nhs: boolean }> },
): { sql: string; params: unknown[] } {
  let params: unknown[];
  let foundSql: string;
  if (opts.found) {
    // The search already run (a name, planned for its value): its ids and whether each matched
    // the NHS number, in order, so that this statement's plan depends on no value.
    params = [viewer.id, viewer.organisationId, viewer.role, opts.found.map((f) => f.id), opts.found.map((f) => f.by_nhs)];
    foundSql = `SELECT s.id, s.by_nhs, s.n FROM unnest($4::uuid[], $5::boolean[]) WITH ORDINALITY AS s(id, by_nhs, n)`;
  } else {
    const search = peopleSearchSql(viewer, input, limit);
    params = [...search.params];
    foundSql = `SELECT s.id, s.by_nhs, row_number() OVER () AS n FROM (${search.sql}) s`;
  }
  const full = `pe.basis IN ('OWNER', 'LEAD_PROFESSIONAL', 'BREAK_GLASS')`;
  // (From the person's row again: the summary and the facts both name these columns.)
  const shown = `NOT (hp.locked_down OR hp.processing_restricted)`;
  // PersonAccess.canSeeProfile and canSee(access, section), over a row of the facts with its basis.
  const canSeeProfile = `(${full} OR (pe.basis IN ('AGREEMENT', 'PEER_MENTOR') AND ${shown}))`;
  const canSee = (section: string) =>
    `(${full} OR (pe.basis = 'AGREEMENT' AND ${shown} AND ${section} = ANY (pe.shared_sections))
         OR (pe.basis = 'PEER_MENTOR' AND ${shown} AND ${section} = ANY (pe.mentor_sections)))`;
  const keep = [`pe.basis <> 'NONE'`];
  if (input.dateOfBirth) keep.push(canSeeProfile);
  if (searchIdentifier(input)) keep.push(canSee(`CASE WHEN f.by_nhs THEN 'HEALTH' ELSE 'OFFENDING' END`));
  let audit = '';
  if (opts.auditSections) {
    params.push(opts.auditSections);
    audit = `, ${auditInsertCtes(
      `(SELECT 'SEARCH'::text AS action, k.id AS person_id, $${params.length}::text[] AS sections, 'Search'::text AS tombstone,
               NULL::text AS note, k.basis = 'BREAK_GLASS' AS break_glass, '{}'::jsonb AS detail
          FROM kept k ORDER BY k.n) AS e`,
      '$1',
    )}`;
  }
  return {
    sql: `WITH found AS MATERIALIZED (${foundSql}), people AS MATERIALIZED (
            SELECT q.*, ${ACCESS_BASIS_SQL('q', '$3')} AS basis
              FROM (${peopleWithAccessSql(opts.columns, 'p.id = ANY (ARRAY(SELECT id FROM found))')}) q
          ), kept AS MATERIALIZED (
            SELECT pe.id, pe.basis, f.n FROM people pe JOIN found f ON f.id = pe.id JOIN person hp ON hp.id = pe.id
             WHERE ${keep.join(' AND ')}
          )${audit}
          SELECT pe.*, f.n, f.by_nhs, EXISTS (SELECT 1 FROM kept k WHERE k.id = pe.id) AS kept
            FROM people pe JOIN found f ON f.id = pe.id ORDER BY f.n`,
    params,
  };
}

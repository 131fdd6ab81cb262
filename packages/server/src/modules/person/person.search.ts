import { LIMITS } from '@casehuddle/shared';
import { MAY_KNOW_SQL } from './person.policy.js';

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
export function peopleSearchSql(viewer: SearchViewer, input: SearchTerms, limit: number): { sql: string; params: unknown[] } {
  const name = searchName(input);
  const identifier = searchIdentifier(input);
  const params: unknown[] = [viewer.id, viewer.organisationId, viewer.role];
  const where = [MAY_KNOW_SQL];
  const nameExpr = `lower(p.legal_name || ' ' || coalesce(p.preferred_name, ''))`;
  let order = 'p.legal_name';
  let nearest: string | null = null;
  if (name) {
    params.push(name);
    const n = `$${params.length}`;
    if (name.length < 3) {
      // A very short entry has too few trigrams for similarity, so it matches as a substring,
      // with LIKE's wildcards (% and _) escaped so that they match only themselves.
      params.push(name.replace(/[\\%_]/g, '\\$&'));
      where.push(`${nameExpr} LIKE '%' || $${params.length} || '%'`);
      order = `word_similarity(${n}, ${nameExpr}) DESC, p.legal_name`;
    } else {
      // Typo-tolerant: the words typed are similar enough to words of the name (pg_trgm's
      // word similarity, at its threshold). The nearest are found by walking the trigram GiST
      // index in order of distance (1 − word similarity), so a common surname among a million
      // people costs the same as a rare one: no sort of every match.
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
  if (nearest) {
    // The nearest first (most similar); among equally near names, by legal name.
    return {
      sql: `SELECT s.id, s.by_nhs FROM (
              SELECT p.id, p.legal_name, ${byNhs} AS by_nhs, ${nearest} AS distance
                FROM person p WHERE ${where.join(' AND ')} ORDER BY ${nearest} LIMIT ${limitParam}) s
             ORDER BY s.distance, s.legal_name`,
      params,
    };
  }
  return {
    sql: `SELECT p.id, ${byNhs} AS by_nhs FROM person p WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limitParam}`,
    params,
  };
}

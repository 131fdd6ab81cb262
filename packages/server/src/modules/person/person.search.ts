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
 * People the viewer may know of, as a superset: one branch per way of knowing someone (the
 * viewer's organisation's people are found through the words' own organisation column; the
 * rest start from the viewer's leads, break-glass grants, sharing and referrals). The exact
 * rule (MAY_KNOW_SQL) is applied again on the few people that match, so disclosure is the
 * policy's alone; the branches only let each start small.
 */
const KNOWN_ELSEWHERE_SQL = `
  SELECT l.person_id FROM person_lead l WHERE l.user_id = $1
  UNION ALL SELECT b.person_id FROM break_glass b WHERE b.user_id = $1 AND b.expires_at > now()
  UNION ALL SELECT a.person_id FROM sharing_agreement a
             WHERE a.organisation_ids @> ARRAY[$2::uuid] AND a.withdrawn_at IS NULL AND a.expires_on >= current_date AND a.agreed_on <= current_date
  UNION ALL SELECT x.person_id FROM sharing_without_agreement x WHERE x.organisation_id = $2 AND x.expires_at > now()
  UNION ALL SELECT r.person_id FROM referral r WHERE r.mentor_id = $1 AND $3 = 'PEER_MENTOR'`;

/**
 * The one statement of a person search, among people the viewer may know of: ids (and whether
 * the identifier matched the NHS number) in order. Only the conditions asked for are included,
 * so that PostgreSQL plans each search on its own index. The disclosure rules for search keys are
 * applied by the service on these rows.
 *
 * A name of three letters or more is typo-tolerant, word by word: each word typed is compared
 * with the words of a person's names (legal and preferred) by pg_trgm's word similarity, and a
 * person matches when the best similarity of each typed word, weighted by its number of
 * trigrams, reaches pg_trgm's word-similarity threshold (0.6) on average. So "oliver smtih" still
 * finds Oliver Smith (the exact given name carries the transposed family name), and the
 * nearest come first. The similar words are found among the distinct name words (`name_word`,
 * a GIN trigram index), the people holding them from `person_name_word` (a btree on the word),
 * see migration 1766361600000 and docs/performance.md, "Search at a million".
 */
export function peopleSearchSql(viewer: SearchViewer, input: SearchTerms, limit: number): { sql: string; params: unknown[] } {
  const name = searchName(input);
  const identifier = searchIdentifier(input);
  const params: unknown[] = [viewer.id, viewer.organisationId, viewer.role];
  const where = [MAY_KNOW_SQL];
  const nameExpr = `lower(p.legal_name || ' ' || coalesce(p.preferred_name, ''))`;
  let order = 'p.legal_name';
  let words: string | null = null;
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
      words = n;
    }
  }
  const keys: string[] = [];
  if (input.dateOfBirth) {
    params.push(input.dateOfBirth);
    keys.push(`p.date_of_birth = $${params.length}::date`);
  }
  if (identifier) {
    params.push(identifier);
    const n = `$${params.length}`;
    keys.push(`(p.nhs_number = ${n} OR p.prison_number = ${n} OR p.crn = ${n})`);
  }
  params.push(Math.min(Math.max(limit, 1), LIMITS.searchMaxResults));
  const byNhs = identifier ? `p.nhs_number = $${params.length - 1}` : 'false';
  const limitParam = `$${params.length}`;
  if (words) {
    // With a date of birth or an identifier, those find the few candidates; a name alone finds
    // them through the similar words, among people the viewer may know of.
    const candidates = keys.length
      ? `SELECT p.id AS person_id FROM person p WHERE ${keys.join(' AND ')}`
      : // Each word's people from the btree (OFFSET 0 keeps each lookup on the index, word by word).
        `SELECT w.person_id FROM near CROSS JOIN LATERAL (
           SELECT w.person_id FROM person_name_word w WHERE w.word = near.word AND w.owning_organisation_id = $2 OFFSET 0) w
         UNION
         SELECT w.person_id FROM near CROSS JOIN LATERAL (
           SELECT w.person_id FROM person_name_word w WHERE w.word = near.word AND w.owning_organisation_id <> $2 OFFSET 0) w
          WHERE w.person_id IN (${KNOWN_ELSEWHERE_SQL})`;
    return {
      sql: `WITH terms AS MATERIALIZED (
              SELECT t AS word, cardinality(show_trgm(t)) AS n FROM unnest(person_name_words(${words})) t
            ), near AS MATERIALIZED (
              SELECT DISTINCT d.word FROM terms t CROSS JOIN LATERAL (SELECT d.word FROM name_word d WHERE t.word <% d.word OFFSET 0) d
            ), candidate AS MATERIALIZED (
              ${candidates}
            ), scored AS MATERIALIZED (
              -- Per candidate: each typed word's best similarity to one of their words, weighted by its trigrams.
              SELECT c.person_id,
                     (SELECT sum(t.n * (SELECT max(word_similarity(t.word, w))::float8 FROM unnest(c.words) w)) FROM terms t)
                       / (SELECT sum(n) FROM terms) AS similarity
                FROM (SELECT c.person_id, ARRAY(SELECT w.word FROM person_name_word w WHERE w.person_id = c.person_id) AS words
                        FROM candidate c) c
            )
            SELECT p.id, ${byNhs} AS by_nhs
              FROM scored s JOIN person p ON p.id = s.person_id
             WHERE s.similarity >= coalesce(nullif(current_setting('pg_trgm.word_similarity_threshold', true), ''), '0.6')::float8
               AND ${[...where, ...keys].join(' AND ')}
             ORDER BY s.similarity DESC, p.legal_name LIMIT ${limitParam}`,
      params,
    };
  }
  where.push(...keys);
  return {
    sql: `SELECT p.id, ${byNhs} AS by_nhs FROM person p WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limitParam}`,
    params,
  };
}

import type { SqlRunner } from '../../core/sql.js';
import { rows } from '../../core/sql.js';
import {
  dateOfBirthDifference,
  dateOfBirthVariants,
  nameTokens,
  scorePair,
  type DateDifference,
  type Identity,
  type MatchReason,
  type PairScore,
} from './similarity.js';

/** A record that may be the same person. Only for the record's holders and the audit, never for the person registering. */
export interface LikelyMatch {
  personId: string;
  owningOrganisationId: string;
  score: number;
  reason: MatchReason;
}

/** A stored record as matching compares it. */
export interface CandidateRow {
  id: string;
  owning_organisation_id: string;
  legal_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  council_area: string;
  nhs_number: string | null;
  crn: string | null;
  prison_number: string | null;
}

/**
 * "Already known?": finds records, in every organisation, that are likely the same person as a
 * registration. Candidates come by index (exact identifiers, and every date of birth the given
 * one might have been meant as); each is then scored on name, date of birth and council area
 * (`similarity.ts`). One SQL statement a check.
 */
export class MatchingService {
  async likelyMatches(
    runner: SqlRunner,
    who: Identity,
    opts: { excludePersonIds?: string[]; limit?: number } = {},
  ): Promise<LikelyMatch[]> {
    const dates = who.dateOfBirth ? dateOfBirthVariants(who.dateOfBirth) : [];
    if (dates.length === 0 && !who.nhsNumber && !who.crn && !who.prisonNumber) return [];
    const candidates = await rows<CandidateRow>(
      runner,
      `SELECT id, owning_organisation_id, legal_name, preferred_name, date_of_birth::text, council_area, nhs_number, crn, prison_number
         FROM person
        WHERE (date_of_birth = ANY($1::date[]) OR nhs_number = $2 OR crn = $3 OR prison_number = $4)
          AND NOT (id = ANY($5::uuid[])) AND merged_into_id IS NULL`,
      [dates, who.nhsNumber ?? null, who.crn ?? null, who.prisonNumber ?? null, opts.excludePersonIds ?? []],
      { prepared: true },
    );
    const found: LikelyMatch[] = [];
    for (const c of candidates) {
      const best = scoreCandidate(who, c);
      if (best.reason)
        found.push({ personId: c.id, owningOrganisationId: c.owning_organisation_id, score: best.score, reason: best.reason });
    }
    return found.sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 5);
  }
}

/** Scores a stored record against an identity, by its legal name and by its preferred name with the family name; the better counts. */
export function scoreCandidate(who: Identity, c: CandidateRow): PairScore {
  const family = nameTokens(c.legal_name).slice(1).join(' ');
  const names = [c.legal_name, ...(c.preferred_name && family ? [`${c.preferred_name} ${family}`] : [])];
  let best: PairScore | null = null;
  for (const name of names) {
    const s = scorePair(who, {
      name,
      dateOfBirth: c.date_of_birth,
      councilArea: c.council_area,
      nhsNumber: c.nhs_number,
      crn: c.crn,
      prisonNumber: c.prison_number,
    });
    if (!best || s.score > best.score || (s.reason && !best.reason)) best = s;
  }
  return best!;
}

/** A likely match between two records held by the same organisation. */
export interface LikelyPair {
  a: CandidateRow;
  b: CandidateRow;
  score: PairScore & { reason: MatchReason };
  dateDifference: DateDifference;
}

const identityOf = (c: CandidateRow): Identity => ({
  name: c.legal_name,
  dateOfBirth: c.date_of_birth,
  councilArea: c.council_area,
  nhsNumber: c.nhs_number,
  crn: c.crn,
  prisonNumber: c.prison_number,
});

/**
 * Likely duplicates among records (one organisation's): the same rules as the registration
 * check, applied both ways round (each record's preferred name counts). Pairs are found by
 * blocking on every date of birth a record might have been meant as, and on identifiers, so the
 * cost grows with the records, not with their pairs.
 */
export function likelyPairs(records: CandidateRow[]): LikelyPair[] {
  const byKey = new Map<string, CandidateRow[]>();
  const add = (key: string, c: CandidateRow) => byKey.set(key, [...(byKey.get(key) ?? []), c]);
  for (const c of records) {
    if (c.date_of_birth) add(`dob:${c.date_of_birth}`, c);
    if (c.nhs_number) add(`nhs:${c.nhs_number}`, c);
    if (c.crn) add(`crn:${c.crn}`, c);
    if (c.prison_number) add(`prison:${c.prison_number}`, c);
  }
  const seen = new Set<string>();
  const pairs: LikelyPair[] = [];
  for (const a of records) {
    const keys = [
      ...(a.date_of_birth ? dateOfBirthVariants(a.date_of_birth).map((d) => `dob:${d}`) : []),
      ...(a.nhs_number ? [`nhs:${a.nhs_number}`] : []),
      ...(a.crn ? [`crn:${a.crn}`] : []),
      ...(a.prison_number ? [`prison:${a.prison_number}`] : []),
    ];
    for (const key of keys) {
      for (const b of byKey.get(key) ?? []) {
        if (b.id === a.id) continue;
        const pairKey = a.id < b.id ? `${a.id}:${b.id}` : `${b.id}:${a.id}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const one = scoreCandidate(identityOf(a), b);
        const other = scoreCandidate(identityOf(b), a);
        const best = one.reason && (!other.reason || one.score >= other.score) ? one : other;
        if (!best.reason) continue;
        const [first, second] = a.id < b.id ? [a, b] : [b, a];
        pairs.push({
          a: first,
          b: second,
          score: best as PairScore & { reason: MatchReason },
          dateDifference: dateOfBirthDifference(a.date_of_birth, b.date_of_birth),
        });
      }
    }
  }
  return pairs.sort((x, y) => y.score.score - x.score.score);
}

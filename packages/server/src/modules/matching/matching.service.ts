import type { SqlRunner } from '../../core/sql.js';
import { rows } from '../../core/sql.js';
import { dateOfBirthVariants, nameTokens, scorePair, type Identity, type MatchReason } from './similarity.js';

/** A record that may be the same person. Only for the record's holders and the audit, never for the person registering. */
export interface LikelyMatch {
  personId: string;
  owningOrganisationId: string;
  score: number;
  reason: MatchReason;
}

interface CandidateRow {
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
          AND NOT (id = ANY($5::uuid[]))`,
      [dates, who.nhsNumber ?? null, who.crn ?? null, who.prisonNumber ?? null, opts.excludePersonIds ?? []],
      { prepared: true },
    );
    const found: LikelyMatch[] = [];
    for (const c of candidates) {
      const family = nameTokens(c.legal_name).slice(1).join(' ');
      const names = [c.legal_name, ...(c.preferred_name && family ? [`${c.preferred_name} ${family}`] : [])];
      let best: ReturnType<typeof scorePair> | null = null;
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
      if (best?.reason)
        found.push({ personId: c.id, owningOrganisationId: c.owning_organisation_id, score: best.score, reason: best.reason });
    }
    return found.sort((a, b) => b.score - a.score).slice(0, opts.limit ?? 5);
  }
}

/**
 * "Already known?" matching, measured on a synthetic population (matching-data.ts): precision and
 * recall of the registration check, and its latency through the real SQL path.
 */
import type { DataSource } from 'typeorm';
import { MatchingService } from '@casehuddle/server/dist/modules/matching/matching.service.js';
import { MATCH_RULES } from '@casehuddle/server/dist/modules/matching/similarity.js';
import { population, registrations } from './matching-data.js';

type Record = (measure: string, figure: string, aim?: string) => void;

export async function benchMatching(ds: DataSource, record: Record, opts: { people: number; registrations: number }): Promise<void> {
  const people = population(opts.people);
  const [org] = (await ds.query(
    `INSERT INTO organisation (name, kind, council_area) VALUES ('Matching Bench', 'CHARITY', 'Northvale') RETURNING id`,
  )) as {
    id: string;
  }[];
  const ids: string[] = [];
  for (let i = 0; i < people.length; i += 5_000) {
    const batch = people.slice(i, i + 5_000);
    const inserted = (await ds.query(
      `INSERT INTO person (owning_organisation_id, legal_name, preferred_name, date_of_birth, council_area)
       SELECT $1, n, p, d::date, a FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS t(n, p, d, a, i) ORDER BY i
       RETURNING id`,
      [
        org!.id,
        batch.map((p) => p.name),
        batch.map((p) => p.preferredName),
        batch.map((p) => p.dateOfBirth),
        batch.map((p) => p.councilArea),
      ],
    )) as { id: string }[];
    ids.push(...inserted.map((r) => r.id));
  }
  await ds.query('ANALYZE person');
  const matching = new MatchingService();
  const regs = registrations(people, opts.registrations);
  let truePositives = 0;
  let falsePositives = 0;
  let found = 0;
  const missedBy = new Map<string, number>();
  const times: number[] = [];
  for (const reg of regs) {
    const started = performance.now();
    const matches = await matching.likelyMatches(ds, reg);
    times.push(performance.now() - started);
    const truth = reg.truth === null ? null : ids[reg.truth];
    for (const m of matches) {
      // Two synthetic people can share a name and a date of birth, as real people do: a match to
      // the other one counts against precision.
      if (m.personId === truth) truePositives++;
      else falsePositives++;
    }
    if (truth && matches.some((m) => m.personId === truth)) found++;
    else if (truth) missedBy.set(reg.error, (missedBy.get(reg.error) ?? 0) + 1);
  }
  const reRegistrations = regs.filter((r) => r.truth !== null).length;
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = found / reRegistrations;
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
  const label = `${(opts.people / 1000).toFixed(0)},000 people, ${reRegistrations} re-registrations and ${regs.length - reRegistrations} new people`;
  record(`Registration check, ${label}: precision`, precision.toFixed(3), '≥ 0.99');
  record(`Registration check, ${label}: recall`, recall.toFixed(3), '≥ 0.95');
  record(`Registration check latency: p50 / p99`, `${at(50).toFixed(1)} ms / ${at(99).toFixed(1)} ms`, 'p99 < 100 ms');
  const { nameAtLeast } = MATCH_RULES;
  console.log(
    `  rules: name similarity at least ${nameAtLeast.sameDate} with the same date of birth, ${nameAtLeast.swappedOrTransposed} with day and month swapped ` +
      `or two digits transposed, ${nameAtLeast.oneDigitOrYear} and the same council area with one digit wrong or the year out by one; ` +
      'exact NHS number (with date of birth), CRN or prison number decide alone',
  );
  console.log(`  false positives ${falsePositives}; missed by error: ${[...missedBy].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
}

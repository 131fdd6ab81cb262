import { jaroWinkler } from '@skyra/jaro-winkler';
import { doubleMetaphone } from 'double-metaphone';
import { sameGivenName } from './nicknames.js';

/** What registration knows about a person, as compared for a likely match. */
export interface Identity {
  name: string;
  /** `YYYY-MM-DD`. */
  dateOfBirth: string | null;
  councilArea?: string | null;
  nhsNumber?: string | null;
  crn?: string | null;
  prisonNumber?: string | null;
}

/** Why a pair was taken as a likely match, in words for the holder of the record (never shown to the creator). */
export type MatchReason =
  | 'NHS number and date of birth'
  | 'CRN'
  | 'Prison number'
  | 'Name and date of birth'
  | 'Similar name and date of birth'
  | 'Name and similar date of birth'
  | 'Similar name and similar date of birth';

export interface PairScore {
  score: number;
  name: number;
  dateOfBirth: number;
  reason: MatchReason | null;
}

/**
 * The rules, chosen on the synthetic set in `pnpm bench` (see docs/performance.md). The less
 * alike the dates of birth, the more alike the names must be: common names repeat, so a name
 * alone, or a near date alone, is never enough.
 */
export const MATCH_RULES = {
  /** The least name similarity for a match, by how the dates of birth differ. */
  nameAtLeast: {
    sameDate: 0.94,
    /** Day and month swapped, or two adjacent digits transposed. */
    swappedOrTransposed: 0.95,
    /** One digit wrong, or the year out by one: and only in the same council area. */
    oneDigitOrYear: 0.97,
  },
  /** For ordering matches: how much name and date of birth count. */
  weights: { name: 0.6, dateOfBirth: 0.4 },
} as const;

/** Lower case, no accents or punctuation; hyphens and apostrophes split or join as people write them. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z]+/)
    .filter(Boolean);
}

function soundsAlike(a: string, b: string): boolean {
  const [a1, a2] = doubleMetaphone(a);
  const [b1, b2] = doubleMetaphone(b);
  return a1 === b1 || a1 === b2 || a2 === b1 || (!!a2 && a2 === b2);
}

/** True when one edit (a letter added, left out, changed, or two neighbours swapped) turns one into the other. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
    return (
      diff.length === 1 || (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!])
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}

/** One token against another: the same, a typo apart, alike by Jaro-Winkler, or sounding alike when already close. */
function tokenScore(a: string, b: string): number {
  if (a === b) return 1;
  const jw = jaroWinkler(a, b);
  if (oneEditApart(a, b) && Math.min(a.length, b.length) >= 3) return Math.max(jw, 0.95);
  return jw >= 0.8 && soundsAlike(a, b) ? Math.max(jw, 0.92) : jw;
}

function givenScore(a: string, b: string): number {
  return sameGivenName(a, b) ? 1 : tokenScore(a, b);
}

/** Family names: as written, joined (a dropped hyphen), or one part of a double-barrelled name. */
function familyScore(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const joined = tokenScore(a.join(''), b.join(''));
  const last = tokenScore(a[a.length - 1]!, b[b.length - 1]!);
  const sharedPart = a.some((x) => b.includes(x)) && (a.length > 1 || b.length > 1) ? 0.95 : 0;
  return Math.max(joined, last, sharedPart);
}

/** How alike two names are, 0 to 1, allowing typos, short forms, hyphenation and given and family names swapped. */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  if (ta.length === 1 || tb.length === 1) return tokenScore(ta.join(''), tb.join('')) * 0.9;
  const straight = 0.45 * givenScore(ta[0]!, tb[0]!) + 0.55 * familyScore(ta.slice(1), tb.slice(1));
  // "Ashworth Aaron" for "Aaron Ashworth": given and family names written the other way round.
  const swapped = 0.45 * givenScore(ta[ta.length - 1]!, tb[0]!) + 0.55 * familyScore(ta.slice(0, -1), tb.slice(1));
  return Math.max(straight, swapped * 0.98);
}

function isAdjacentTransposition(a: string, b: string): boolean {
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
}

export type DateDifference = 'SAME' | 'SWAPPED' | 'TRANSPOSED' | 'ONE_DIGIT' | 'YEAR' | 'OTHER';

/** How two dates of birth differ: the same, day and month swapped, two digits transposed, one digit wrong, a year out. */
export function dateOfBirthDifference(a: string | null, b: string | null): DateDifference {
  if (!a || !b) return 'OTHER';
  if (a === b) return 'SAME';
  const [ya, ma, da] = a.split('-');
  const [yb, mb, db] = b.split('-');
  if (ya === yb && ma === db && da === mb) return 'SWAPPED';
  const digitsA = a.replace(/-/g, '');
  const digitsB = b.replace(/-/g, '');
  if (isAdjacentTransposition(digitsA, digitsB)) return 'TRANSPOSED';
  if ([...digitsA].filter((c, i) => c !== digitsB[i]).length === 1) return 'ONE_DIGIT';
  if (ma === mb && da === db && Math.abs(Number(ya) - Number(yb)) === 1) return 'YEAR';
  return 'OTHER';
}

const DATE_SIMILARITY: Record<DateDifference, number> = { SAME: 1, SWAPPED: 0.9, TRANSPOSED: 0.9, ONE_DIGIT: 0.75, YEAR: 0.75, OTHER: 0 };

/** Every date a registration's date of birth might have been meant as, by the rules above (to find candidates by index). */
export function dateOfBirthVariants(date: string): string[] {
  const valid = (d: string) => {
    // Only dates someone alive could have been born on.
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number(d.slice(0, 4)) < 1900 || Number(d.slice(0, 4)) > new Date().getUTCFullYear()) return false;
    const parsed = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === d;
  };
  const digits = date.replace(/-/g, '');
  const asDate = (s: string) => `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
  const out = new Set<string>([date]);
  const [y, m, d] = date.split('-');
  out.add(`${y}-${d}-${m}`);
  for (const dy of [-1, 1]) out.add(`${Number(y) + dy}-${m}-${d}`);
  for (let i = 0; i < digits.length - 1; i++) out.add(asDate(digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2)));
  for (let i = 0; i < digits.length; i++) {
    for (let v = 0; v <= 9; v++) out.add(asDate(digits.slice(0, i) + String(v) + digits.slice(i + 1)));
  }
  return [...out].filter(valid);
}

/** Scores one pair; exact identifiers decide on their own. */
export function scorePair(a: Identity, b: Identity): PairScore {
  const name = nameSimilarity(a.name, b.name);
  const difference = dateOfBirthDifference(a.dateOfBirth, b.dateOfBirth);
  const dateOfBirth = DATE_SIMILARITY[difference];
  const score = MATCH_RULES.weights.name * name + MATCH_RULES.weights.dateOfBirth * dateOfBirth;
  const exact = (reason: MatchReason): PairScore => ({ score: 1, name, dateOfBirth, reason });
  if (a.nhsNumber && a.nhsNumber === b.nhsNumber && (difference === 'SAME' || !a.dateOfBirth || !b.dateOfBirth))
    return exact('NHS number and date of birth');
  if (a.crn && a.crn === b.crn) return exact('CRN');
  if (a.prisonNumber && a.prisonNumber === b.prisonNumber) return exact('Prison number');
  const { nameAtLeast } = MATCH_RULES;
  const sameArea = !!a.councilArea && !!b.councilArea && a.councilArea.trim().toLowerCase() === b.councilArea.trim().toLowerCase();
  const matches =
    difference === 'SAME'
      ? name >= nameAtLeast.sameDate
      : difference === 'SWAPPED' || difference === 'TRANSPOSED'
        ? name >= nameAtLeast.swappedOrTransposed
        : difference === 'ONE_DIGIT' || difference === 'YEAR'
          ? name >= nameAtLeast.oneDigitOrYear && sameArea
          : false;
  if (!matches) return { score, name, dateOfBirth, reason: null };
  const reason: MatchReason =
    name >= 0.999 && difference === 'SAME'
      ? 'Name and date of birth'
      : difference === 'SAME'
        ? 'Similar name and date of birth'
        : name >= 0.999
          ? 'Name and similar date of birth'
          : 'Similar name and similar date of birth';
  return { score, name, dateOfBirth, reason };
}

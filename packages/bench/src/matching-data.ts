/**
 * A synthetic population for measuring "already known?" matching: common names repeat as they do
 * in England and Wales (Zipf-like weights over real frequent given and family names), dates of
 * birth over 1960–2005, a few double-barrelled family names and preferred names; and
 * re-registrations of some of them with the errors people make at a front desk.
 */
import { otherFormsOf } from '@casehuddle/server/dist/modules/matching/nicknames.js';

const GIVEN = `oliver jack harry george noah charlie jacob alfie freddie oscar thomas william james joshua leo archie
joseph henry daniel samuel david michael john paul mark richard andrew peter christopher stephen matthew anthony robert
kevin lee gary darren craig wayne dean jason scott simon neil ian martin steven jonathan nicholas benjamin edward patrick
ryan luke adam liam connor kieran jamie ashley aaron nathan callum lewis mohammed muhammad ali omar hassan imran
olivia amelia isla ava emily sophie grace mia poppy ella lily jessica chloe charlotte lucy sarah emma rebecca laura
hannah amy rachel katie gemma claire nicola lisa michelle kelly louise joanne helen karen julie susan elizabeth margaret
jennifer victoria samantha natalie stacey leanne kirsty zoe jade megan abigail eleanor alice ruby fatima aisha zara`
  .split(/\s+/)
  .filter(Boolean);

const FAMILY = `smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker
white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark lee
king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook
carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum
wilkinson foster chapman powell webb rogers gray mason ali hunt hussain campbell matthews owen palmer holmes mills barnes
knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey graham pearson ahmed fletcher walsh kaur gibson
howard andrews stewart elliott reynolds saunders payne fox ford pearce day brooks west lawrence cole atkinson bradley spencer
gill dawson ball burton o'brien watts rose booth perry ryan grant wells armstrong francis rees hayes hart hudson newman
barrett webster hunter gregory carr lowe page marsh riley dunn woods parsons berry stone reid holland hawkins harding porter
robertson newton oliver reed kennedy williamson bird gardner shah dean lane cooke bates henderson parry burgess bishop walton
burns nicholson shepherd ross cross long freeman warren nicholls hamilton byrne sutton mcdonald yates hodgson robson curtis
hopkins o'connor harper coleman watkins moss mccarthy chambers o'neill griffin sharp hardy wheeler potter osborne johnston
gordon doyle wallace george jordan hutchinson rowe burke may pritchard gilbert willis higgins read miles stevenson hammond
arnold buckley walters hewitt barber nelson slater austin sullivan whitehead mann frost lambert stephens blake akhtar lynch
goodwin barton woodward thomson cunningham quinn barnett baxter bibi clayton nash greenwood jennings holt kemp poole gallagher
bond stokes tucker davidson fowler heath norman middleton lawson banks french stanley jarvis gibbs ferguson hayward carroll
douglas dickinson todd barlow peters lucas knowles hartley miah simmons morton alexander field morrison norris townsend
preston hancock thornton baldwin burrows briggs storey pugh ashworth`
  .split(/\s+/)
  .filter(Boolean);

const AREAS = [
  'Northvale',
  'Southmere',
  'Eastbridge',
  'Westholm',
  'Kingsford',
  'Ashby',
  'Brookfield',
  'Castleton',
  'Dunmore',
  'Elmstead',
  'Fairhaven',
  'Glenridge',
];

/** A small, seeded generator, so every run measures the same people. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zipf(list: string[], random: () => number, exponent: number): () => string {
  const weights = list.map((_, i) => 1 / Math.pow(i + 1, exponent));
  const total = weights.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  let run = 0;
  for (const w of weights) cumulative.push((run += w / total));
  return () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return list[lo]!;
  };
}

const title = (s: string) => s.replace(/(^|[\s-'])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase());

export interface SyntheticPerson {
  name: string;
  preferredName: string | null;
  dateOfBirth: string;
  councilArea: string;
}

export interface Registration extends SyntheticPerson {
  /** Index of the person this is a re-registration of, or null for someone new. */
  truth: number | null;
  error: string;
}

export function population(size: number, seed = 1): SyntheticPerson[] {
  const random = rng(seed);
  const given = zipf(GIVEN, random, 0.5);
  const family = zipf(FAMILY, random, 0.6);
  const people: SyntheticPerson[] = [];
  for (let i = 0; i < size; i++) {
    const first = given();
    const last = random() < 0.02 ? `${family()}-${family()}` : family();
    const start = Date.UTC(1960, 0, 1);
    const end = Date.UTC(2005, 11, 31);
    const dob = new Date(start + Math.floor(random() * ((end - start) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
    const forms = otherFormsOf(first).filter((f) => f.length < first.length);
    people.push({
      name: title(`${first} ${last}`),
      preferredName: forms.length && random() < 0.3 ? title(forms[Math.floor(random() * forms.length)]!) : null,
      dateOfBirth: dob,
      councilArea: AREAS[Math.floor(random() * AREAS.length)]!,
    });
  }
  return people;
}

export function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * Math.max(1, word.length - 1));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const kind = random();
  if (kind < 0.3) return word.slice(0, i) + word.slice(i + 1); // a letter left out ("Aron")
  if (kind < 0.55) return word.slice(0, i) + word[i - 1] + word.slice(i); // a letter doubled
  if (kind < 0.8 && i < word.length - 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // two swapped
  return word.slice(0, i) + letters[Math.floor(random() * 26)] + word.slice(i + 1); // one wrong
}

function shiftDate(dob: string, random: () => number): { date: string; error: string } {
  const [y, m, d] = dob.split('-');
  const kind = random();
  if (kind < 0.4 && Number(d) <= 12 && d !== m) return { date: `${y}-${d}-${m}`, error: 'day and month swapped' };
  if (kind < 0.75) {
    const digits = dob.replace(/-/g, '');
    const i = 2 + Math.floor(random() * 6);
    const swapped = digits.slice(0, i) + digits[i + 1] + digits[i] + digits.slice(i + 2);
    const date = `${swapped.slice(0, 4)}-${swapped.slice(4, 6)}-${swapped.slice(6, 8)}`;
    if (!Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) && date !== dob)
      return { date, error: 'digits transposed' };
  }
  return { date: `${Number(y) + (random() < 0.5 ? -1 : 1)}-${m}-${d}`, error: 'year out by one' };
}

/** Re-registrations of `count` people with front-desk errors, and `count` people who are new. */
export function registrations(people: SyntheticPerson[], count: number, seed = 2): Registration[] {
  const random = rng(seed);
  const out: Registration[] = [];
  for (let n = 0; n < count; n++) {
    const truth = Math.floor(random() * people.length);
    const p = people[truth]!;
    const [first, ...rest] = p.name.toLowerCase().split(' ');
    let name = p.name;
    let dateOfBirth = p.dateOfBirth;
    let error: string;
    const kind = random();
    if (kind < 0.1) error = 'none';
    else if (kind < 0.25) {
      name = title(`${typo(first!, random)} ${rest.join(' ')}`);
      error = 'typo in given name';
    } else if (kind < 0.4) {
      name = title(`${first} ${typo(rest.join(' '), random)}`);
      error = 'typo in family name';
    } else if (kind < 0.52) {
      const forms = otherFormsOf(first!);
      name = title(`${forms.length ? forms[Math.floor(random() * forms.length)] : first} ${rest.join(' ')}`);
      error = forms.length ? 'short form of given name' : 'none';
    } else if (kind < 0.6) {
      const family = rest.join(' ');
      name = family.includes('-')
        ? title(`${first} ${random() < 0.5 ? family.replace('-', ' ') : family.split('-')[0]}`)
        : title(`${first} ${family}`);
      error = family.includes('-') ? 'hyphenation' : 'none';
    } else if (kind < 0.7) {
      name = title(`${rest.join(' ')} ${first}`);
      error = 'given and family names swapped';
    } else if (kind < 0.9) {
      const shifted = shiftDate(p.dateOfBirth, random);
      dateOfBirth = shifted.date;
      error = shifted.error;
    } else {
      const shifted = shiftDate(p.dateOfBirth, random);
      dateOfBirth = shifted.date;
      name = title(`${typo(first!, random)} ${rest.join(' ')}`);
      error = `typo in given name and ${shifted.error}`;
    }
    out.push({
      name,
      preferredName: null,
      dateOfBirth,
      councilArea: random() < 0.8 ? p.councilArea : AREAS[Math.floor(random() * AREAS.length)]!,
      truth,
      error,
    });
  }
  for (const p of population(count, seed + 100)) out.push({ ...p, truth: null, error: 'new person' });
  return out;
}

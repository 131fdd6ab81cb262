/**
 * Themes for system barriers (actions recorded as not possible), so the strategic board sees
 * which rules keep getting in the way rather than a list of reasons. A reason is given a theme
 * from its words; the first theme whose words match wins, so the most specific come first
 * ("GP practice … without ID" is about health, "bank … without a fixed address" about money).
 */
export const BARRIER_THEMES = [
  'HEALTH',
  'DRUGS_AND_ALCOHOL',
  'FINANCE_AND_ID',
  'TRAVEL',
  'EDUCATION_AND_WORK',
  'FAMILY',
  'ACCOMMODATION',
  'OTHER',
] as const;
export type BarrierTheme = (typeof BARRIER_THEMES)[number];

export const BARRIER_THEME_LABELS: Record<BarrierTheme, string> = {
  HEALTH: 'Health (physical and mental)',
  DRUGS_AND_ALCOHOL: 'Drugs and alcohol',
  FINANCE_AND_ID: 'Finance and ID',
  TRAVEL: 'Travel to appointments',
  EDUCATION_AND_WORK: 'Education, skills and work',
  FAMILY: 'Children, families and communities',
  ACCOMMODATION: 'Accommodation',
  OTHER: 'Other',
};

const WORDS: Record<Exclude<BarrierTheme, 'OTHER'>, RegExp> = {
  HEALTH: /\b(GP|doctors?|surgery|NHS|hospital|prescriptions?|dentists?|mental[- ]health|nurse|clinic|medication)\b/i,
  DRUGS_AND_ALCOHOL: /\b(scripts?|methadone|buprenorphine|detox|recovery|alcohol|drugs?|opiate|naloxone)\b/i,
  FINANCE_AND_ID:
    /\b(banks?|bank account|benefits?|Universal Credit|UC|PIP|passport|birth certificate|driving licence|identification|debt|loan|advance)\b/i,
  TRAVEL: /\b(bus|buses|train|trains|travel|transport|fare|taxi|journey)\b/i,
  EDUCATION_AND_WORK: /\b(jobs?|work|employment|employer|training|college|course|CSCS|apprenticeship)\b/i,
  FAMILY: /\b(children|child|daughter|son|family|contact centre|social services)\b/i,
  ACCOMMODATION:
    /\b(hostels?|housing|tenancy|tenancies|landlords?|flats?|accommodation|homeless|fixed address|address|approved premises|rent|deposit|dogs?)\b/i,
};

/** The theme of a barrier (or of an action's title), from its words. */
export function barrierTheme(text: string): BarrierTheme {
  for (const theme of BARRIER_THEMES) {
    if (theme === 'OTHER') continue;
    if (WORDS[theme].test(text)) return theme;
    // "ID" counts only in capitals: "id" in lower case is not identification.
    if (theme === 'FINANCE_AND_ID' && /\bID\b/.test(text)) return theme;
  }
  return 'OTHER';
}

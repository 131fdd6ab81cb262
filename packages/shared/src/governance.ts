import type { SharingSection } from './person.js';

/**
 * Information governance rules that both sides apply. The lawful bases and conditions
 * themselves are data (the server's `lawful_basis` table, served by the `lawfulBases` query);
 * what is fixed here is which parts of the record need which kind of condition.
 */

/** Sections holding special category data (UK GDPR Art. 9): health, substance use, self-harm, and the person's own account. */
export const SPECIAL_CATEGORY_SECTIONS: readonly SharingSection[] = ['STORY', 'NEEDS', 'HEALTH', 'RISK'];

/** Sections holding criminal offence data (UK GDPR Art. 10). */
export const CRIMINAL_OFFENCE_SECTIONS: readonly SharingSection[] = ['OFFENDING'];

/** The kinds of lawful basis and condition, in the order a form asks for them. */
export const LAWFUL_BASIS_KINDS = ['ARTICLE_6', 'ARTICLE_9', 'ARTICLE_10', 'SCHEDULE_1', 'COMMON_LAW', 'NOT_RECORDED'] as const;
export type LawfulBasisKind = (typeof LAWFUL_BASIS_KINDS)[number];

export const LAWFUL_BASIS_KIND_LABELS: Record<LawfulBasisKind, string> = {
  ARTICLE_6: 'Lawful basis (UK GDPR Article 6)',
  ARTICLE_9: 'Special category condition (UK GDPR Article 9)',
  ARTICLE_10: 'Criminal offence data condition (UK GDPR Article 10)',
  SCHEDULE_1: 'DPA 2018 Schedule 1 condition',
  COMMON_LAW: 'Common law duty of confidentiality',
  NOT_RECORDED: 'Not recorded',
};

/** Why information is shared without the person's agreement. */
export const SHARING_WITHOUT_AGREEMENT_PURPOSES = ['SAFEGUARDING', 'CRIME_PREVENTION'] as const;
export type SharingWithoutAgreementPurpose = (typeof SHARING_WITHOUT_AGREEMENT_PURPOSES)[number];

export const SHARING_WITHOUT_AGREEMENT_PURPOSE_LABELS: Record<SharingWithoutAgreementPurpose, string> = {
  SAFEGUARDING: 'Safeguarding an individual at risk',
  CRIME_PREVENTION: 'Preventing or detecting crime',
};

/** The longest a sharing without agreement may last before it must be made again. */
export const SHARING_WITHOUT_AGREEMENT_MAX_DAYS = 28;

/** An ISA whose review date falls within this many days (or has passed) is flagged to administrators. */
export const ISA_REVIEW_WARNING_DAYS = 30;

/** Which kinds of condition an agreement to share covering these sections needs, besides Art. 6 and common law. */
export function conditionsNeeded(sections: readonly SharingSection[]): { article9: boolean; article10: boolean } {
  return {
    article9: sections.some((s) => SPECIAL_CATEGORY_SECTIONS.includes(s)),
    article10: sections.some((s) => CRIMINAL_OFFENCE_SECTIONS.includes(s)),
  };
}

import { neutraliseCsvFormula, SHARING_SECTIONS, type SharingSection } from '@casehuddle/shared';
import { stringify } from 'csv-stringify/sync';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { forbidden } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, requireRead } from '../disclosure/gate.js';
import type { IsaService } from '../isa/isa.service.js';
import type { PersonPolicy } from '../person/person.policy.js';
import { personRepository } from '../person/person.repository.js';
import type { RetentionService } from '../retention/retention.service.js';
import type { RetentionSchedule } from '../retention/retention.types.js';
import type { SharingService } from '../sharing/sharing.service.js';
import type { PrivacyNotice, PrivacyNoticeItem } from './transparency.types.js';

/** Today's date in the Europe/London calendar, as YYYY-MM-DD. */
export const todayInLondon = (now = new Date()): string => now.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/** Whether someone born on `dateOfBirth` (YYYY-MM-DD) is under 18 on `today` (YYYY-MM-DD). */
export function isUnder18(dateOfBirth: string | null | undefined, today: string = todayInLondon()): boolean {
  if (!dateOfBirth) return false;
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const eighteenth = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  // Born on 29 February: the eighteenth birthday falls on 1 March in a common year, and the string compare handles it.
  return today < eighteenth;
}

/** The parts of a record, from the data map's sections, in plain words for the person and for the record of processing. */
export const IDENTITY_PLAIN = {
  heading: 'Who you are',
  text: 'Your name, the name you like to be called, your pronouns, your date of birth and the area you live in.',
  category: 'Identity: names, pronouns, date of birth, council area, and NHS, prison and probation numbers',
};

export const SECTION_PLAIN: Record<SharingSection, { heading: string; text: string; category: string }> = {
  STORY: {
    heading: 'Your story',
    text: 'What you have told us about your life, in your own words.',
    category: 'Life story in the person’s words (may include special category data)',
  },
  NEEDS: {
    heading: 'What you need help with',
    text: 'Things like housing, money, benefits and training, and how they are going.',
    category: 'Support needs: housing, money, benefits, education and training',
  },
  HEALTH: {
    heading: 'Your health',
    text: 'Your physical and mental health, drug or alcohol use, and your NHS number.',
    category: 'Health, mental health and substance use (special category data)',
  },
  RISK: {
    heading: 'Keeping you and others safe',
    text: 'Any risks to you or to other people, and the plan to keep everyone safe.',
    category: 'Risk summary and safety plan (special category data)',
  },
  OFFENDING: {
    heading: 'Prison and probation',
    text: 'Time in prison, release dates, and your prison and probation numbers.',
    category: 'Criminal offence data: custody, release dates, prison and probation numbers',
  },
  CONTACT: {
    heading: 'How to contact you',
    text: 'How and when you like to be contacted, what helps you and what to avoid.',
    category: 'Contact preferences: how and when to contact, what helps and what to avoid',
  },
};

const MEETINGS_PLAIN = {
  heading: 'Meetings and actions',
  text: 'Notes from meetings where workers talk about how to help you, and the jobs they agree to do.',
};

/** What the software itself does to keep the data safe (the deployer adds its own measures). */
export const SECURITY_MEASURES =
  'Passwords hashed with argon2; two-factor sign-in available and can be required; access decided per person and per part of the record; ' +
  'every read and change recorded in an append-only audit trail; break-glass access reviewed; sessions expire; ' +
  'TLS in transit and encryption at rest provided by the deployer.';

const UNIT_WORDS: Record<RetentionSchedule['periodUnit'], [string, string]> = {
  DAYS: ['day', 'days'],
  MONTHS: ['month', 'months'],
  YEARS: ['year', 'years'],
};
const period = (s: RetentionSchedule) => `${s.periodCount} ${UNIT_WORDS[s.periodUnit][s.periodCount === 1 ? 0 : 1]}`;

/** The retention schedules about a person's record, in plain sentences. */
function keptFor(schedules: RetentionSchedule[]): string[] {
  const by = new Map(schedules.map((s) => [s.recordType, s]));
  const out: string[] = [];
  const record = by.get('PERSON_RECORD');
  if (record) out.push(`We keep your record for ${period(record)} after your support ends. Then it is checked and deleted.`);
  const actions = by.get('ACTION');
  if (actions) out.push(`Jobs agreed to help you are kept for ${period(actions)} after they are finished.`);
  const minutes = by.get('MINUTES');
  if (minutes) out.push(`Notes from meetings are kept for ${period(minutes)}.`);
  return out;
}

const RIGHTS: PrivacyNoticeItem[] = [
  { heading: 'See your information', text: 'You can ask for a copy of the information we hold about you. It is free.' },
  { heading: 'Correct your information', text: 'You can ask us to fix information that is wrong or missing.' },
  { heading: 'Limit how it is used', text: 'You can ask us to stop using your information for a while, for example while we check it.' },
  {
    heading: 'Object',
    text: 'You can tell us you do not want your information used. We will stop unless we have a strong reason, such as keeping someone safe.',
  },
  {
    heading: 'Delete your information',
    text: 'You can ask us to delete your information. Sometimes we must keep it, and we will tell you why.',
  },
];

const COMPLAINT =
  'If you are not happy with how we use your information, tell us first. You can also complain to the Information Commissioner’s Office (ICO): ico.org.uk or 0303 123 1113.';

const PLAIN_WORDS = (sections: readonly string[]) =>
  SHARING_SECTIONS.filter((s) => sections.includes(s)).map((s) => SECTION_PLAIN[s].heading.toLowerCase());

/**
 * Transparency (UK GDPR Arts. 13, 14, 26 and 30): a privacy notice for a person, in plain words,
 * and the record of processing for administrators. Both are built from what is recorded as data:
 * the information sharing agreements, the agreements to share, the lawful bases, the data map's
 * sections and the retention schedules.
 */
export class TransparencyService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      policy: PersonPolicy;
      audit: AuditService;
      isas: IsaService;
      sharing: SharingService;
      retention: RetentionService;
    },
  ) {}

  /** A privacy notice for one person: for those with full access to the record. The read is audited, a refusal too. */
  async privacyNotice(viewer: Viewer, id: string): Promise<PrivacyNotice> {
    const personId = parseId(id, 'personId');
    const db = this.deps.dataSource;
    // The policy reads the record's row and its lead professionals with the access.
    const loaded = (await this.deps.policy.loadWithAccess(db, viewer, [personId], 'summary')).get(personId);
    try {
      requireRead(loaded?.access, 'FULL');
    } catch (error) {
      await this.deps.audit.record(db, viewer, [{ action: 'READ_DENIED', personId, context: 'Privacy notice' }]);
      throw error;
    }
    const { access, row, leads } = loaded!;
    const person = {
      name: row.preferred_name ?? row.legal_name,
      org_id: row.owning_organisation_id,
      org_name: row.owning_organisation_name,
      org_kind: row.owning_organisation_kind,
    };
    const inForce = (await personRepository.agreements(db, [personId])).filter((a) => a.state === 'ACTIVE' || a.state === 'EXPIRING');
    const agreementBases = await this.deps.sharing.lawfulBases(inForce.map((a) => a.id));
    // Every organisation involved but the holder: each lead professional's, and each named in an agreement in force.
    const recipientsById = new Map<string, { id: string; name: string; kind: string; sections: Set<string> }>();
    const recipient = (o: { id: string; name: string; kind: string }) => {
      let found = recipientsById.get(o.id);
      if (!found) recipientsById.set(o.id, (found = { ...o, sections: new Set() }));
      return found;
    };
    for (const l of leads) recipient({ id: l.organisation_id, name: l.organisation_name, kind: l.organisation_kind });
    for (const a of inForce) for (const o of a.organisations) for (const s of a.sections) recipient(o).sections.add(s);
    recipientsById.delete(person.org_id);
    const recipients = [...recipientsById.values()]
      .map((r) => ({ ...r, sections: [...r.sections] }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
    const agreementIsaIds = [...agreementBases.values()].map((b) => b.isaId).filter((i): i is string => !!i);
    const [isas, bases, schedules] = await Promise.all([
      rows<{ purposes: string; codes: string[] }>(
        db,
        `SELECT i.purposes, i.article6_bases || i.article9_conditions || i.article10_conditions || i.schedule1_conditions || i.common_law_bases AS codes
           FROM information_sharing_agreement i
          WHERE i.id IN (SELECT h.isa_id FROM caseload_entry c JOIN huddle h ON h.id = c.huddle_id WHERE c.person_id = $1 AND c.removed_on IS NULL)
             OR i.id = ANY ($2::uuid[])
          ORDER BY i.title, i.id`,
        [personId, agreementIsaIds],
      ),
      this.deps.isas.basesByCode(db),
      this.deps.retention.schedules(),
    ]);
    const agreements = [...agreementBases.values()].map((b) => ({
      codes: [b.article6, b.article9, b.article10, ...b.schedule1, b.commonLaw]
        .filter((x): x is NonNullable<typeof x> => !!x)
        .map((x) => x.code),
    }));
    const basisLabels = new Set<string>();
    for (const code of [...isas.flatMap((i) => i.codes), ...agreements.flatMap((a) => a.codes)]) {
      const basis = bases.get(code);
      if (basis && basis.kind !== 'NOT_RECORDED') basisLabels.add(basis.label);
    }
    const sharedSections = new Set(recipients.flatMap((r) => r.sections));
    const notice: PrivacyNotice = {
      personId,
      personName: person.name,
      generatedOn: todayInLondon(),
      heldBy: { id: person.org_id, name: person.org_name, kind: person.org_kind },
      sharedWith: recipients.map((r) => ({ organisation: { id: r.id, name: r.name, kind: r.kind }, sharedParts: PLAIN_WORDS(r.sections) })),
      purposes: [...new Set(isas.map((i) => i.purposes.trim()))],
      lawfulBases: [...basisLabels],
      // Everything the record can hold; the parts shared with others are said under "Who we share it with".
      informationHeld: [
        { heading: IDENTITY_PLAIN.heading, text: IDENTITY_PLAIN.text },
        ...SHARING_SECTIONS.map((s) => ({ heading: SECTION_PLAIN[s].heading, text: SECTION_PLAIN[s].text })),
        MEETINGS_PLAIN,
      ],
      keptFor: keptFor(schedules),
      rights: RIGHTS,
      howToAsk: `To use any of these rights, ask ${person.org_name} or any worker who supports you. You can ask in person, on the phone or in writing. We will answer within one month.`,
      complaint: COMPLAINT,
      jointControllers:
        `The organisations that share your information decide together how it is used. They are joint controllers. ` +
        `${person.org_name} holds your record and answers your requests, but you can ask any of them.`,
    };
    await this.deps.audit.record(db, viewer, [
      {
        action: 'READ',
        personId,
        sections: ['PROFILE', ...SHARING_SECTIONS.filter((s) => sharedSections.has(s))],
        context: 'Privacy notice',
      },
    ]);
    return disclose(notice, { access });
  }

  /** The record of processing activities (UK GDPR Art. 30) as CSV, for administrators; spreadsheet formulas neutralised. */
  async recordOfProcessingCsv(viewer: Viewer): Promise<string> {
    if (viewer.role !== 'ADMIN') throw forbidden('export the record of processing');
    const db = this.deps.dataSource;
    const [organisations, isas, bases, schedules] = await Promise.all([
      rows<{ name: string }>(db, `SELECT name FROM organisation WHERE active ORDER BY name`),
      rows<{ title: string; purposes: string; sections: string[]; codes: string[]; parties: string[]; retention: string }>(
        db,
        `SELECT i.title, i.purposes, i.sections, i.retention,
                i.article6_bases || i.article9_conditions || i.article10_conditions || i.schedule1_conditions || i.common_law_bases AS codes,
                (SELECT array_agg(o.name ORDER BY o.name) FROM isa_party p JOIN organisation o ON o.id = p.organisation_id WHERE p.isa_id = i.id) AS parties
           FROM information_sharing_agreement i ORDER BY i.title`,
      ),
      this.deps.isas.basesByCode(db),
      this.deps.retention.schedules(),
    ]);
    const controller = `Joint controllers: ${organisations.map((o) => o.name).join('; ')}`;
    const retentionOf = (type: RetentionSchedule['recordType']) => {
      const s = schedules.find((x) => x.recordType === type);
      return s ? `${period(s)} (${s.triggerEvent})` : '';
    };
    const people = 'People supported through multi-agency huddles (adults facing multiple disadvantage, and any children recorded)';
    const rowFor = (
      activity: string,
      category: string,
      section: SharingSection | null,
      subjects = people,
      retention = retentionOf('PERSON_RECORD'),
    ) => {
      const covering = isas.filter((i) => section === null || i.sections.includes(section));
      const labels = new Set(
        covering
          .flatMap((i) => i.codes)
          .map((c) => bases.get(c))
          .filter((b) => b && b.kind !== 'NOT_RECORDED')
          .map((b) => `${b!.reference}: ${b!.label}`),
      );
      return [
        activity,
        controller,
        [...new Set(covering.map((i) => i.purposes.trim()))].join(' | '),
        subjects,
        category,
        [...new Set(covering.flatMap((i) => i.parties ?? []))].join('; '),
        [...labels].join('; '),
        retention,
        SECURITY_MEASURES,
      ];
    };
    const header = [
      'Processing activity',
      'Controller',
      'Purposes',
      'Categories of data subjects',
      'Categories of personal data',
      'Recipients',
      'Lawful basis and conditions',
      'Retention',
      'Security measures',
    ];
    const data = [
      rowFor('Multi-agency case record', IDENTITY_PLAIN.category, null),
      ...SHARING_SECTIONS.map((s) => rowFor('Multi-agency case record', SECTION_PLAIN[s].category, s)),
      rowFor('Huddle meetings', 'Meeting notes and minutes about people discussed', null, people, retentionOf('MINUTES')),
      rowFor('Actions', 'Actions agreed to help a person', null, people, retentionOf('ACTION')),
      [
        'Staff accounts and audit trail',
        controller,
        'Running the service securely; accountability for access to records',
        'Staff of the partner organisations',
        'Names, work email addresses, roles, sign-in records, audit trail of reads and changes',
        'None outside the partner organisations',
        'UK GDPR Art. 6(1)(e) public task; Art. 32 security',
        `Sessions: ${retentionOf('SESSION')}`,
        SECURITY_MEASURES,
      ],
    ];
    return stringify([header, ...data], { cast: { string: (value) => neutraliseCsvFormula(value) }, quoted_match: /[",\n\r]/ });
  }
}

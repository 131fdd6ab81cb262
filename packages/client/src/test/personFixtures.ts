import type { MockLink } from '@apollo/client/testing';
import { NEED_DOMAINS, SHARING_SECTIONS, sectionForNeed, type NeedDomain, type SharingSection } from '@casehuddle/shared';
import { PersonChangedSubscription, PersonRecordQuery } from '../features/people/graphql/people';
import type { PersonRecordFieldsFragment } from '../generated/graphql';

// A synthetic person record, shaped as the API returns it (with __typename, so the cache normalises it).

export const PERSON_ID = '5c9a0319-bb4d-4b50-93fc-76112bbb6bca';

type Person = PersonRecordFieldsFragment;
type Need = Person['needs'][number];

export const PROBATION = {
  __typename: 'OrganisationRef',
  id: 'org-probation',
  name: 'Northvale Probation Delivery Unit',
  kind: 'PROBATION',
} as const;
export const HOUSING = {
  __typename: 'OrganisationRef',
  id: 'org-housing',
  name: 'Northvale Council Housing Options',
  kind: 'COUNCIL_HOUSING',
} as const;
export const JORDAN = { __typename: 'UserRef', id: 'user-jordan', name: 'Jordan Lee', organisation: PROBATION } as const;
export const CHRIS = { __typename: 'UserRef', id: 'user-chris', name: 'Chris Evans', organisation: HOUSING } as const;

export const STORY_TEXT = 'I was in care from when I was eleven. I want a flat of my own and to see my daughter.';
export const ACCOMMODATION_NOTES = 'Housing options appointment booked.';

export function buildNeed(domain: NeedDomain, overrides: Partial<Need> = {}): Need {
  return {
    __typename: 'PersonNeed',
    domain,
    status: 'NOT_STARTED',
    notes: domain === 'ACCOMMODATION' ? ACCOMMODATION_NOTES : null,
    section: sectionForNeed(domain),
    updatedAt: '2026-11-20T10:00:00Z',
    version: 1,
    ...overrides,
  };
}

/** Everything visible: as the owning organisation sees the record. */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  return {
    __typename: 'Person',
    id: PERSON_ID,
    displayName: 'Aar',
    legalName: 'Aaron Ashworth',
    preferredName: 'Aar',
    pronouns: 'he/him',
    lockedDown: false,
    processingRestricted: false,
    owningOrganisation: PROBATION,
    agenciesInvolved: [PROBATION, HOUSING],
    access: {
      __typename: 'PersonAccessInfo',
      basis: 'OWNER',
      full: true,
      sections: [...SHARING_SECTIONS],
      breakGlassUntil: null,
      canSeeAccessLog: true,
      canManageSharing: true,
    },
    profile: {
      __typename: 'PersonProfile',
      dateOfBirth: '1981-05-23',
      under18: false,
      councilArea: 'Northvale',
      nhsNumber: '9990010005',
      prisonNumber: 'A1000AA',
      crn: 'X100000',
      version: 1,
    },
    situation: {
      __typename: 'PersonSituation',
      kind: 'CUSTODY',
      establishment: 'HMP Northvale',
      releaseDate: '2026-11-26',
      accommodationStatus: 'NO_FIXED_ABODE',
      notes: null,
      version: 1,
      warnings: [],
    },
    flags: [],
    story: {
      __typename: 'PersonStory',
      text: STORY_TEXT,
      recordedAt: '2026-08-16T09:00:00Z',
      personAgreed: true,
      version: 3,
      recordedBy: JORDAN,
    },
    needs: NEED_DOMAINS.map((domain) => buildNeed(domain)),
    preferences: {
      __typename: 'PersonPreferences',
      whatHelps: 'Seeing the same worker each time',
      whatToAvoid: 'Being asked to repeat my story',
      contactHow: 'Through their probation officer',
      contactWhen: 'After 11am',
      timeOfDay: 'MORNING',
      version: 1,
    },
    risk: { __typename: 'PersonRisk', summary: 'Two-worker visits advised.', safetyPlan: null, version: 1 },
    leadProfessionals: [
      { __typename: 'LeadProfessional', organisation: PROBATION, user: JORDAN },
      { __typename: 'LeadProfessional', organisation: HOUSING, user: CHRIS },
    ],
    timeline: [
      {
        __typename: 'TimelineEntry',
        id: 'timeline-1',
        at: '2026-11-20T10:00:00Z',
        kind: 'NOTE',
        section: 'NEEDS',
        summary: 'Met at the drop-in; engaged well.',
        author: JORDAN,
      },
    ],
    sharingAgreements: [
      {
        __typename: 'SharingAgreement',
        id: 'agreement-1',
        agreedOn: '2026-10-01',
        expiresOn: '2027-06-11',
        notes: null,
        state: 'ACTIVE',
        recordedAt: '2026-10-01T10:00:00Z',
        withdrawnAt: null,
        withdrawalReason: null,
        sections: ['STORY', 'NEEDS', 'CONTACT'],
        organisations: [HOUSING],
        recordedBy: JORDAN,
        lawfulBasis: {
          __typename: 'SharingLawfulBasis',
          article6: { __typename: 'LawfulBasis', code: 'ART6_1_E', label: 'Public task', reference: 'UK GDPR Art. 6(1)(e)' },
          article9: { __typename: 'LawfulBasis', code: 'ART9_2_H', reference: 'UK GDPR Art. 9(2)(h)' },
          article10: null,
          schedule1: [{ __typename: 'LawfulBasis', code: 'SCH1_P2', reference: 'DPA 2018 Sch. 1 para. 2' }],
          commonLaw: { __typename: 'LawfulBasis', code: 'CL_AGREEMENT', label: 'The person’s agreement' },
          isaTitle: null,
        },
      },
    ],
    ...overrides,
  };
}

/** The record as an organisation with an agreement for some sections sees it. */
export function buildSharedPerson(sections: SharingSection[]): Person {
  const person = buildPerson();
  const sees = (section: SharingSection) => sections.includes(section);
  return {
    ...person,
    access: { ...person.access, basis: 'AGREEMENT', full: false, sections, canSeeAccessLog: false, canManageSharing: false },
    profile: person.profile && { ...person.profile, nhsNumber: null, prisonNumber: null, crn: null },
    situation: sees('OFFENDING') ? person.situation : null,
    story: sees('STORY') ? person.story : null,
    needs: person.needs.filter((need) => sees(need.section)),
    preferences: sees('CONTACT') ? person.preferences : null,
    risk: sees('RISK') ? person.risk : null,
    sharingAgreements: person.sharingAgreements.map((a) => ({ ...a, notes: null })),
  };
}

export function personMock(
  person: Person | null,
  error?: { code: string; message: string; extensions?: Record<string, unknown> },
): MockLink.MockedResponse {
  return {
    request: { query: PersonRecordQuery, variables: { id: PERSON_ID } },
    result: error
      ? { data: null, errors: [{ message: error.message, extensions: { code: error.code, ...error.extensions } }] }
      : { data: { person } },
  };
}

/** The record's live updates: open and quiet. */
export function quietPersonChangedMock(): MockLink.MockedResponse {
  return { request: { query: PersonChangedSubscription, variables: { personId: PERSON_ID } }, delay: Infinity };
}

export function graphQLError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] };
}

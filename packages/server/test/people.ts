import type { GqlClient } from './client.js';
import { nextNhsNumber } from './factories.js';

/** Every part of a record, for asserting what a viewer sees. */
export const PERSON_FIELDS = `
  id legalName preferredName displayName pronouns lockedDown processingRestricted
  access { basis full sections breakGlassUntil canSeeAccessLog canManageSharing }
  owningOrganisation { id name }
  agenciesInvolved { id name }
  profile { dateOfBirth councilArea nhsNumber prisonNumber crn version }
  situation { kind establishment releaseDate accommodationStatus notes version }
  story { text personAgreed version recordedBy { name } }
  needs { domain status notes section version }
  preferences { whatHelps whatToAvoid contactHow contactWhen timeOfDay version }
  risk { summary safetyPlan version }
  leadProfessionals { organisation { id name } user { id name } }
  timeline { kind section summary }
  sharingAgreements { id state sections organisations { id } }
`;

export interface PersonData {
  id: string;
  legalName: string;
  lockedDown: boolean;
  processingRestricted: boolean;
  access: {
    basis: string;
    full: boolean;
    sections: string[];
    breakGlassUntil: string | null;
    canSeeAccessLog: boolean;
    canManageSharing: boolean;
  };
  agenciesInvolved: Array<{ id: string; name: string }>;
  profile: {
    nhsNumber: string | null;
    prisonNumber: string | null;
    crn: string | null;
    dateOfBirth: string | null;
    version: number;
  } | null;
  situation: { kind: string; version: number } | null;
  story: { text: string | null; version: number } | null;
  needs: Array<{ domain: string; status: string; notes: string | null; section: string; version: number }>;
  preferences: { whatHelps: string | null; version: number } | null;
  risk: { summary: string | null; version: number } | null;
  leadProfessionals: Array<{ organisation: { id: string }; user: { id: string; name: string } | null }>;
  timeline: Array<{ kind: string; section: string | null; summary: string }>;
  sharingAgreements: Array<{ id: string; state: string; sections: string[] }>;
}

/**
 * Creates a full record through the API as `owner`: custody situation, story, needs,
 * preferences and risks all filled in. Returns its id.
 */
export async function createFullPerson(owner: GqlClient, name = `Test Person ${Math.random().toString(36).slice(2, 8)}`): Promise<string> {
  const created = await owner.ok<{ createPerson: { id: string } }>(
    `mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
    {
      input: {
        legalName: name,
        preferredName: name.split(' ')[0],
        pronouns: 'they/them',
        dateOfBirth: '1988-04-12',
        councilArea: 'Testshire',
        nhsNumber: nextNhsNumber(),
        prisonNumber: 'A1234BC',
        crn: `X${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
        situation: { kind: 'CUSTODY', establishment: 'HMP Testshire', releaseDate: '2027-01-15' },
      },
    },
  );
  const id = created.createPerson.id;
  await owner.ok(`mutation ($input: UpdatePersonStoryInput!) { updatePersonStory(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, text: 'My story in my own words.', personAgreed: true },
  });
  await owner.ok(`mutation ($input: UpdatePersonRiskInput!) { updatePersonRisk(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, summary: 'Restricted risk detail.', safetyPlan: 'Two workers.' },
  });
  await owner.ok(`mutation ($input: UpdatePersonPreferencesInput!) { updatePersonPreferences(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, whatHelps: 'Text first', timeOfDay: 'MORNING' },
  });
  await owner.ok(`mutation ($input: UpdatePersonNeedInput!) { updatePersonNeed(input: $input) { id } }`, {
    input: { personId: id, expectedVersion: 1, domain: 'HEALTH', status: 'SUPPORT_REQUIRED', notes: 'Depot injection fortnightly.' },
  });
  return id;
}

export async function readPerson(client: GqlClient, id: string) {
  return client.request<{ person: PersonData }>(`query ($id: ID!) { person(id: $id, purpose: "Test") { ${PERSON_FIELDS} } }`, { id });
}

/**
 * A lawful basis that covers any sections: public task, health or social care (with its
 * Schedule 1 condition), Art. 10 through Schedule 1, and the person's agreement.
 */
export const TEST_LAWFUL_BASIS = {
  article6: 'ART6_1_E',
  article9: 'ART9_2_H',
  article10: 'ART10_SCHEDULE_1',
  schedule1: ['SCH1_P2', 'SCH1_P10'],
  commonLaw: 'CL_AGREEMENT',
};

export async function recordAgreement(
  owner: GqlClient,
  personId: string,
  organisationIds: string[],
  sections: string[],
  expiresOn = '2099-01-01',
): Promise<string> {
  const today = new Date().toISOString().slice(0, 10);
  const result = await owner.ok<{ recordSharingAgreement: { sharingAgreements: Array<{ id: string }> } }>(
    `mutation ($input: RecordSharingAgreementInput!) { recordSharingAgreement(input: $input) { sharingAgreements { id } } }`,
    { input: { personId, organisationIds, sections, agreedOn: today, expiresOn, lawfulBasis: TEST_LAWFUL_BASIS } },
  );
  return result.recordSharingAgreement.sharingAgreements[0]!.id;
}

const POSSIBLE_DUPLICATES = `query { possibleDuplicates { first { version person { id } } second { version person { id } } } }`;
const MERGE_PEOPLE = `mutation ($keep: ID!, $merge: ID!, $kv: String!, $mv: String!) {
  mergePeople(keepId: $keep, mergeId: $merge, keepVersion: $kv, mergeVersion: $mv, confirmDifferentIdentifiers: true) { id } }`;

/**
 * Merges `mergeId` into `keepId` as `coordinator`, through the pair `possibleDuplicates` offers
 * (so both must look alike), with each record's current version. Returns the merge's id.
 */
export async function mergeDuplicatePair(coordinator: GqlClient, keepId: string, mergeId: string): Promise<string> {
  const { possibleDuplicates } = await coordinator.ok<{
    possibleDuplicates: Array<{ first: { version: string; person: { id: string } }; second: { version: string; person: { id: string } } }>;
  }>(POSSIBLE_DUPLICATES);
  const pair = possibleDuplicates.find((d) => [d.first.person.id, d.second.person.id].sort().join() === [keepId, mergeId].sort().join());
  if (!pair) throw new Error(`possibleDuplicates does not offer ${keepId} and ${mergeId} as a pair`);
  const [kept, merged] = pair.first.person.id === keepId ? [pair.first, pair.second] : [pair.second, pair.first];
  const { mergePeople } = await coordinator.ok<{ mergePeople: { id: string } }>(MERGE_PEOPLE, {
    keep: keepId,
    merge: mergeId,
    kv: kept.version,
    mv: merged.version,
  });
  return mergePeople.id;
}

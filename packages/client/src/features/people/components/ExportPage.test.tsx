import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SubjectAccessExport } from '@casehuddle/shared';
import { GraphQLError } from 'graphql';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';
import { ExportPersonQuery } from '../graphql/people';

// The page is loaded lazily, which takes a while on a busy machine.
configure({ asyncUtilTimeout: 4000 });

const PERSON_ID = '5b0c8a52-9d0e-4c55-8f0e-0d6b1f3c2a11';
const manager = buildCurrentUser('MANAGER', { name: 'Mina Manager' });

const full: SubjectAccessExport = {
  format: 'casehuddle-subject-access/3',
  generatedAt: '2026-12-02T10:15:00.000Z',
  generatedBy: 'Mina Manager',
  person: {
    id: PERSON_ID,
    legalName: 'Leon Example',
    preferredName: 'Leo',
    pronouns: 'he/him',
    dateOfBirth: '1981-05-23',
    councilArea: 'Northvale',
    nhsNumber: '9434765919',
    prisonNumber: 'A1234BC',
    crn: 'X123456',
    owningOrganisation: 'Northvale Probation',
    lockedDown: false,
    processingRestricted: false,
    createdAt: '2026-10-01T09:00:00.000Z',
    createdBy: 'Olu Owner',
    updatedAt: '2026-11-30T09:00:00.000Z',
  },
  story: { text: 'I want a place of my own.', personAgreed: true, recordedBy: 'Olu Owner', recordedAt: '2026-10-02T09:00:00.000Z' },
  needs: [
    {
      domain: 'ACCOMMODATION',
      status: 'SUPPORT_REQUIRED',
      notes: 'Needs a room.',
      updatedAt: '2026-10-03T09:00:00.000Z',
      updatedBy: 'Olu Owner',
    },
  ],
  preferences: { whatHelps: 'Text first', whatToAvoid: 'Loud rooms', contactHow: 'Text', contactWhen: 'Before noon', timeOfDay: 'MORNING' },
  situation: {
    kind: 'CUSTODY',
    establishment: 'HMP Testshire',
    releaseDate: '2026-12-18',
    accommodationStatus: 'NO_FIXED_ABODE',
    notes: null,
  },
  risk: { summary: 'Risk from others at the hostel.', safetyPlan: 'Two workers.' },
  leadProfessionals: [{ organisation: 'Northvale Probation', name: 'Olu Owner', assignedAt: '2026-10-01T09:00:00.000Z' }],
  sharingAgreements: [
    {
      organisations: ['Northvale Housing'],
      sections: ['NEEDS', 'CONTACT'],
      agreedOn: '2026-10-01',
      expiresOn: '2027-10-01',
      notes: 'Agreed in person.',
      recordedBy: 'Olu Owner',
      recordedAt: '2026-10-01T09:00:00.000Z',
      withdrawnAt: null,
      withdrawnBy: null,
      withdrawalReason: null,
    },
  ],
  timeline: [
    {
      at: '2026-10-05T09:00:00.000Z',
      kind: 'NOTE',
      section: 'NEEDS',
      summary: 'Viewed a flat.',
      author: 'Olu Owner',
      authorOrganisation: 'Northvale Probation',
    },
  ],
  changes: [
    {
      at: '2026-10-04T09:00:00.000Z',
      part: 'SITUATION',
      changedBy: 'Olu Owner',
      fields: [
        { field: 'accommodation_status', before: 'HOSTEL', after: 'NO_FIXED_ABODE' },
        { field: 'release_date', before: null, after: '2026-12-18' },
      ],
    },
  ],
  appointments: [
    {
      date: '2026-12-18',
      window: 'AFTERNOON',
      startTime: null,
      endTime: null,
      organisation: 'Northvale Probation',
      purpose: 'First probation appointment',
      location: 'Probation office',
      town: 'Northvale',
      status: 'MISSED',
      firstProbation: true,
      bookedBy: 'Olu Owner',
      bookedAt: '2026-11-01T09:00:00.000Z',
    },
  ],
  releasePlan: {
    establishmentTown: 'Testford',
    releaseTime: '13:00',
    destinationCouncilArea: 'Northvale',
    createdBy: 'Olu Owner',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    items: [
      {
        item: 'DUTY_TO_REFER',
        status: 'DONE',
        onDate: '2026-11-02',
        detail: null,
        council: 'Northvale',
        outcome: 'Accepted',
        organisation: null,
        updatedBy: 'Olu Owner',
        updatedAt: '2026-11-02T09:00:00.000Z',
      },
    ],
  },
  outcomes: [
    {
      measure: 'New Directions Team Assessment (NDTA)',
      acknowledgement: 'The New Directions Team Assessment is © South West London & St George’s Mental Health NHS Trust.',
      assessedOn: '2026-11-10',
      assessedBy: 'Olu Owner',
      total: 30,
      maxTotal: 48,
      notes: null,
      scores: [{ domain: 'RISK_TO_OTHERS', label: 'Risk to others', score: 2, max: 4, weight: 2 }],
    },
  ],
  serviceUse: [
    {
      quarterStart: '2026-10-01',
      evictions: 1,
      arrests: 0,
      nightsInPrison: 0,
      aeAttendances: 2,
      mhInpatientDays: 0,
      recordedBy: 'Olu Owner',
      recordedAt: '2026-11-01T09:00:00.000Z',
    },
  ],
  actions: [
    {
      title: 'Find a hostel place',
      detail: null,
      status: 'NOT_POSSIBLE',
      statusReason: 'No beds in the area.',
      dueDate: '2026-12-02',
      dueWindow: 'MORNING',
      owner: 'Hal Housing',
      organisation: 'Northvale Housing',
      createdBy: 'Olu Owner',
      createdAt: '2026-11-20T09:00:00.000Z',
      completedAt: null,
      huddle: 'Northvale MEAM',
      meetingStartsAt: '2026-11-20T10:00:00.000Z',
      comments: [{ at: '2026-11-21T09:00:00.000Z', author: 'Hal Housing', body: 'Asked three hostels.' }],
      history: [
        { at: '2026-11-20T09:00:00.000Z', actor: 'Olu Owner', field: 'created', from: null, to: 'Find a hostel place' },
        { at: '2026-11-22T09:00:00.000Z', actor: 'Hal Housing', field: 'status', from: 'OPEN', to: 'NOT_POSSIBLE' },
      ],
    },
  ],
  caseloads: [
    {
      huddle: 'Northvale MEAM',
      councilArea: 'Northvale',
      referringOrganisation: 'Northvale Probation',
      offerOfHelp: 'Weekly contact',
      coordinator: 'Cai Chair',
      addedOn: '2026-11-01',
      removedOn: null,
    },
  ],
  meetingNotes: [],
  minutes: [
    {
      huddle: 'Northvale MEAM',
      meetingStartsAt: '2026-11-20T10:00:00.000Z',
      frozenAt: '2026-11-20T11:00:00.000Z',
      kind: 'RELEASE_SOON',
      title: 'Leo',
      aboutPerson: true,
      reason: null,
      notes: 'Talked about release day.',
      decisions: 'Housing to look for a bed.',
      systemBarrier: true,
      discussed: true,
      actions: [
        { title: 'Find a hostel place', status: 'OPEN', owner: 'Hal Housing', organisation: 'Northvale Housing', dueDate: '2026-12-02' },
      ],
    },
  ],
  notifications: [
    { at: '2026-12-18T14:00:00.000Z', kind: 'APPOINTMENT_MISSED', recipient: 'Olu Owner', message: 'An appointment was missed.' },
  ],
  breakGlassGrants: [],
  rightsRequests: [
    {
      kind: 'SUBJECT_ACCESS',
      receivedOn: '2026-11-02',
      status: 'COMPLETED',
      dueOn: '2026-12-02',
      extendedDueOn: null,
      extensionReason: null,
      identityCheckedOn: '2026-11-03',
      identityCheckMethod: 'Seen in person',
      details: null,
      response: 'This export, handed over in person.',
      refusalReason: null,
      closedOn: '2026-11-20',
    },
  ],
  retention: [],
  referrals: [
    {
      kind: 'Duty to Refer (housing options)',
      from: 'HMP Northvale',
      to: 'Northvale Housing',
      sentBy: 'Pat Prison',
      sentAt: '2026-11-10T10:00:00.000Z',
      status: 'ACCEPTED',
      message: 'Released on 4 Dec with nowhere to stay.',
      consent: { method: 'SPOKEN', givenOn: '2026-11-09', recordedBy: 'Pat Prison', personsWords: 'Please send it.' },
      sections: ['STORY', 'NEEDS'],
      expiresOn: '2027-02-10',
      respondBy: '2026-11-12',
      declineReason: null,
      withdrawReason: null,
      outcome: null,
      steps: [{ at: '2026-11-10T10:00:00.000Z', what: 'SENT', by: 'Pat Prison', organisation: 'HMP Northvale', note: null }],
    },
  ],
  auditTrail: [
    {
      at: '2026-11-01T09:00:00.000Z',
      action: 'READ',
      actorName: 'Hal Housing',
      actorRole: 'PRACTITIONER',
      organisation: 'Northvale Housing',
      sections: ['NEEDS'],
      purpose: 'Huddle agenda',
      breakGlass: false,
    },
  ],
  mergedRecords: [],
};

const empty: SubjectAccessExport = {
  ...full,
  story: { text: null, personAgreed: false, recordedBy: null, recordedAt: null },
  needs: [],
  leadProfessionals: [],
  sharingAgreements: [],
  timeline: [],
  changes: [],
  appointments: [],
  releasePlan: null,
  outcomes: [],
  serviceUse: [],
  actions: [],
  caseloads: [],
  meetingNotes: [],
  minutes: [],
  notifications: [],
  breakGlassGrants: [],
  rightsRequests: [],
  retention: [],
  referrals: [],
  auditTrail: [],
  mergedRecords: [],
};

function renderExport(data: SubjectAccessExport) {
  return renderApp(`/people/${PERSON_ID}/export`, [
    meMock(manager),
    quietMeChangedMock(),
    { request: { query: ExportPersonQuery, variables: { personId: PERSON_ID } }, result: { data: { exportPerson: data } } },
  ]);
}

/** jsdom's Blob has no text(): read it as the browser's FileReader would. */
const readText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
/** A section of the document, found by its heading (role queries over the whole document are slow). */
const section = (name: string) => screen.getByText(name, { selector: 'h2' }).closest('section')!;
/** The text of the table row holding `text`, cells separated by spaces. */
const rowOf = (scope: HTMLElement, text: string) =>
  [...within(scope).getByText(text, { selector: 'td' }).closest('tr')!.querySelectorAll('td')].map((td) => td.textContent).join(' | ');
const CODES =
  /\b(NO_FIXED_ABODE|SUPPORT_REQUIRED|NOT_POSSIBLE|DUTY_TO_REFER|APPOINTMENT_MISSED|CUSTODY|MORNING|AFTERNOON|MISSED|READ|PRACTITIONER|RELEASE_SOON|NEEDS)\b/;

describe('the subject access export page', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });

  it('reads as a document: labels for codes, dates in words, no ids', async () => {
    renderExport(full);
    expect(await screen.findByRole('heading', { level: 1, name: 'Information held about Leon Example' })).toBeTruthy();
    const document = screen.getByRole('article');
    const text = document.textContent ?? '';
    expect(text).not.toMatch(CODES);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(text).not.toContain(PERSON_ID);
    expect(text).not.toMatch(/Nhs number|Legal name:/);

    const about = within(section('About you'));
    expect(about.getByText('Date of birth').nextElementSibling?.textContent).toBe('23 May 1981');
    expect(about.getByText('NHS number').nextElementSibling?.textContent).toBe('943 476 5919');
    expect(about.getByText('Name').nextElementSibling?.textContent).toBe('Leon Example (known as Leo)');

    expect(rowOf(section('Your needs'), 'Accommodation')).toBe(
      'Accommodation | Support required | Needs a room. | 3 Oct 2026 by Olu Owner',
    );
    const situation = within(section('Your situation'));
    expect(situation.getByText('Where you are').nextElementSibling?.textContent).toBe('In custody');
    expect(situation.getByText('Accommodation').nextElementSibling?.textContent).toBe('No fixed abode');
    expect(situation.getByText('Release or discharge date').nextElementSibling?.textContent).toBe('18 Dec 2026');
    expect(situation.getByText('Notes').nextElementSibling?.textContent).toBe('Not recorded');
    expect(within(section('What helps you and how to contact you')).getByText('Best time of day').nextElementSibling?.textContent).toBe(
      'Mornings',
    );
    expect(within(section('Your agreements to share information')).getByText('Needs, Preferences and contact')).toBeTruthy();
    expect(within(section('Changes made to your record')).getByText('Accommodation: Hostel → No fixed abode')).toBeTruthy();
    expect(
      within(section('Changes made to your record')).getByText('Release or discharge date: Nothing recorded → 18 Dec 2026'),
    ).toBeTruthy();

    expect(rowOf(section('Appointments'), '18 Dec 2026')).toBe(
      '18 Dec 2026 | Afternoon | Northvale Probation | First probation appointment (first probation appointment) | Probation office, Northvale | Missed',
    );
    expect(rowOf(section('Referrals to other services'), 'HMP Northvale')).toBe(
      '10 Nov 2026, 10:00 by Pat Prison | HMP Northvale | Northvale Housing | Duty to Refer (housing options): Released on 4 Dec with nowhere to stay. | Spoken, 9 Nov 2026 (recorded by Pat Prison): “Please send it.” | My story, Needs until 10 Feb 2027 | Accepted',
    );
    expect(rowOf(section('Release plan'), 'Duty to Refer made')).toBe(
      'Duty to Refer made | Done | 2 Nov 2026 | Council: Northvale\nOutcome: Accepted | 2 Nov 2026 by Olu Owner',
    );
    const outcomes = within(section('Outcome assessments'));
    expect(outcomes.getByText('30 out of 48 (higher means more need)')).toBeTruthy();
    expect(outcomes.getByText('2 out of 4 (counts 2 times)')).toBeTruthy();
    expect(outcomes.getByText(/© South West London & St George’s Mental Health NHS Trust/)).toBeTruthy();
    expect(rowOf(section('Use of services'), 'Oct to Dec 2026')).toBe('Oct to Dec 2026 | 1 | 0 | 0 | 2 | 0 | 1 Nov 2026 by Olu Owner');

    const actions = within(section('Actions agreed for you'));
    expect(actions.getByText('Not possible (barrier)')).toBeTruthy();
    expect(actions.getByText('2 Dec 2026 (morning)')).toBeTruthy();
    expect(actions.getByText('Asked three hostels.')).toBeTruthy();
    expect(actions.getByText('Status changed from Open to Not possible (barrier)')).toBeTruthy();

    const meetings = within(section('Meeting notes and minutes'));
    expect(meetings.getByText('Minutes of Northvale MEAM, 20 Nov 2026', { selector: 'h3' })).toBeTruthy();
    expect(meetings.getByText('Release in 28 days or less')).toBeTruthy();
    expect(within(section('Alerts sent to staff')).getByText('Appointment missed')).toBeTruthy();
    expect(rowOf(section('Who has seen or changed your record'), 'Viewed the record')).toBe(
      '1 Nov 2026, 09:00 | Hal Housing, Practitioner, Northvale Housing | Viewed the record | Needs | Huddle agenda',
    );
  }, 20_000);

  it('shows each record merged into this one in full, in its own part of the document', async () => {
    const merged: SubjectAccessExport = {
      ...empty,
      mergedRecords: [
        {
          mergedAt: '2026-11-25T14:30:00.000Z',
          mergedBy: 'Cora Coordinator',
          organisation: 'Northvale Probation',
          record: {
            ...empty,
            person: { ...full.person, id: '50000000-0000-4000-8000-000000000099', preferredName: null, legalName: 'Leon Exampel' },
            story: {
              text: 'The story I told the hostel.',
              personAgreed: true,
              recordedBy: 'Hal Housing',
              recordedAt: '2026-10-01T10:00:00.000Z',
            },
            mergedRecords: [],
          },
        },
      ],
    };
    renderExport(merged);
    await screen.findByRole('heading', { level: 1 });
    const part = section('Other records of you merged into this one');
    expect(within(part).getByText('Record merged on 25 Nov 2026, 14:30', { selector: 'h3' })).toBeTruthy();
    expect(part.textContent).toContain('Merged 25 Nov 2026, 14:30 by Cora Coordinator at Northvale Probation.');
    const story = within(part).getByText('Your story', { selector: 'h4' }).closest('section')!;
    expect(within(story).getByText('The story I told the hostel.')).toBeTruthy();
    expect(within(part).getByText('Name', { selector: 'dt' }).nextElementSibling?.textContent).toBe('Leon Exampel');
    // The record's own sections keep their place: the top-level story is this record's.
    expect(within(section('Your story')).getByText('No story has been recorded.')).toBeTruthy();
    expect(screen.getByRole('article').textContent).not.toContain('50000000-0000-4000-8000-000000000099');
  });

  it('says plainly when a section holds nothing', async () => {
    renderExport(empty);
    await screen.findByRole('heading', { level: 1 });
    expect(within(section('Your story')).getByText('No story has been recorded.')).toBeTruthy();
    expect(within(section('Appointments')).getByText('No appointments are recorded.')).toBeTruthy();
    expect(
      within(section('Referrals to other services')).getByText('No referrals about you have been sent through CaseHuddle.'),
    ).toBeTruthy();
    expect(within(section('Release plan')).getByText('No release plan is recorded.')).toBeTruthy();
    expect(within(section('Outcome assessments')).getByText('No outcome assessments are recorded.')).toBeTruthy();
    expect(within(section('Meeting notes and minutes')).getByText('You have not been discussed at a huddle meeting.')).toBeTruthy();
    expect(within(section('Emergency (break-glass) access')).getByText('Nobody has used emergency access to your record.')).toBeTruthy();
    expect(
      within(section('Other records of you merged into this one')).getByText('No other records of you have been merged into this one.'),
    ).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
  });

  it('downloads the document as a web page, and the export as JSON from the server’s streamed download', async () => {
    const saved: Array<{ name: string; blob: Blob }> = [];
    let pending: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      pending = blob as Blob;
      return 'blob:export';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: pending! });
    });
    // The server's answer to the download: the export as it streams it.
    const streamed = JSON.stringify(full);
    const requests: Array<{ url: string; headers: Record<string, string>; credentials?: RequestCredentials }> = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit = {}) => {
        requests.push({ url, headers: { ...(init.headers as Record<string, string>) }, credentials: init.credentials });
        return new Response(streamed, { status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } });
      }),
    );
    renderExport(full);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Download as a web page' }));
    await userEvent.click(screen.getByRole('button', { name: 'Download the export (JSON)' }));
    await waitFor(() => expect(saved).toHaveLength(2));
    // It asks the server's download, with the header that guards it against cross-site requests.
    expect(requests).toEqual([
      { url: `/exports/subject-access/${PERSON_ID}`, headers: { 'x-casehuddle-download': '1' }, credentials: 'include' },
    ]);
    expect(saved.map((s) => s.name)).toEqual([
      expect.stringMatching(/^subject-access-leon-example-\d{4}-\d{2}-\d{2}\.html$/),
      expect.stringMatching(/^subject-access-leon-example-\d{4}-\d{2}-\d{2}\.json$/),
    ]);
    const html = await readText(saved[0]!.blob);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>Information held about Leon Example</title>');
    expect(html).toContain('@media print');
    expect(html).toContain('No fixed abode');
    expect(html).toContain('23 May 1981');
    expect(html).not.toMatch(CODES);
    expect(html).not.toContain(PERSON_ID);
    // Saved as the server sent it (a Blob from fetch, which the browser may keep on disk).
    expect(JSON.parse(await saved[1]!.blob.text())).toEqual(full);
  });

  it('says why the download failed, in the server’s words', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ errors: [{ message: 'The database is busy.', extensions: { code: 'DATABASE_BUSY' } }] }), {
            status: 503,
            headers: { 'content-type': 'application/json' },
          }),
      ),
    );
    renderExport(full);
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getByRole('button', { name: 'Download the export (JSON)' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Error: The export could not be downloaded. The database is busy.');
  });

  it('offers only the download when the export is too large to show on the page', async () => {
    renderApp(`/people/${PERSON_ID}/export`, [
      meMock(manager),
      quietMeChangedMock(),
      {
        request: { query: ExportPersonQuery, variables: { personId: PERSON_ID } },
        result: {
          errors: [
            new GraphQLError('This record’s audit trail is too long to show here. Download the export instead.', {
              extensions: { code: 'EXPORT_TOO_LARGE' },
            }),
          ],
        },
      },
    ]);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Subject access export');
    expect(screen.getByText('This record’s audit trail is too long to show here. Download the export instead.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download the export (JSON)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
  });
});

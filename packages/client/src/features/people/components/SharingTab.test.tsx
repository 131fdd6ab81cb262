import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { addDays } from '@casehuddle/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import {
  buildPerson,
  buildSharedPerson,
  HOUSING,
  JORDAN,
  PERSON_ID,
  personMock,
  PROBATION,
  quietPersonChangedMock,
} from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { todayIso } from '../../../ui/dates';
import {
  PartnerOrganisationsQuery,
  PersonAccessLogQuery,
  RecordSharingAgreementMutation,
  SetPersonLockdownMutation,
  WithdrawSharingAgreementMutation,
} from '../graphql/people';
import { AgreementsQuery, LawfulBasesQuery } from '../../agreements/graphql/agreements';

const basis = (code: string, kind: string, label: string, reference: string, needsSchedule1 = false) => ({
  __typename: 'LawfulBasis' as const,
  code,
  kind,
  label,
  reference,
  description: '',
  needsSchedule1,
});
/** The lawful bases come from the server as data. */
const lawfulBasesMock = {
  request: { query: LawfulBasesQuery },
  result: {
    data: {
      lawfulBases: [
        basis('ART6_1_E', 'ARTICLE_6', 'Public task', 'UK GDPR Art. 6(1)(e)'),
        basis('ART9_2_H', 'ARTICLE_9', 'Health or social care', 'UK GDPR Art. 9(2)(h)', true),
        basis('SCH1_P2', 'SCHEDULE_1', 'Health or social care purposes', 'DPA 2018 Sch. 1 para. 2'),
        basis('CL_AGREEMENT', 'COMMON_LAW', 'The person’s agreement', 'Common law duty of confidentiality'),
      ],
    },
  },
};
const agreementsMock = { request: { query: AgreementsQuery }, result: { data: { informationSharingAgreements: [] } } };

const me = buildCurrentUser('PRACTITIONER', {
  id: JORDAN.id,
  name: JORDAN.name,
  organisation: { __typename: 'Organisation', id: PROBATION.id, name: PROBATION.name, kind: 'PROBATION' },
});
const HEALTH_ORG = {
  __typename: 'OrganisationRef',
  id: 'org-health',
  name: 'Northvale Community Mental Health Team',
  kind: 'NHS_MENTAL_HEALTH',
} as const;

function renderAt(path: string, ...mocks: MockLink.MockedResponse[]) {
  return renderApp(`/people/${PERSON_ID}${path}`, [meMock(me), quietMeChangedMock(), quietPersonChangedMock(), ...mocks]);
}

const partnerOrganisations: MockLink.MockedResponse = {
  request: { query: PartnerOrganisationsQuery },
  result: {
    data: {
      partnerOrganisations: [PROBATION, HOUSING, HEALTH_ORG].map((o) => ({
        __typename: 'Organisation',
        id: o.id,
        name: o.name,
        kind: o.kind,
      })),
    },
  },
};

const agreementsTable = async () => within(await screen.findByRole('region', { name: 'Agreements to share' })).getByRole('table');

beforeAll(async () => {
  await import('./PeopleRoutes');
});

configure({ asyncUtilTimeout: 4000 });

describe('the sharing tab', { timeout: 20_000 }, () => {
  it('lists agreements with their state, one expiring soon among them', async () => {
    const person = buildPerson();
    const [active] = person.sharingAgreements;
    renderAt(
      '/sharing',
      personMock(
        buildPerson({
          sharingAgreements: [
            {
              ...active!,
              id: 'agreement-2',
              state: 'EXPIRING',
              expiresOn: addDays(todayIso(), 20),
              organisations: [HEALTH_ORG],
              sections: ['HEALTH'],
            },
            active!,
            {
              ...active!,
              id: 'agreement-0',
              state: 'WITHDRAWN',
              withdrawnAt: '2026-09-01T10:00:00Z',
              withdrawalReason: 'Changed their mind',
            },
          ],
        }),
      ),
    );
    const rows = within(await agreementsTable())
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByText('Expiring soon')).toBeTruthy();
    expect(within(rows[0]!).getByText(HEALTH_ORG.name)).toBeTruthy();
    expect(within(rows[0]!).getByText('Health and substance use')).toBeTruthy();
    expect(within(rows[1]!).getByText('Active')).toBeTruthy();
    expect(within(rows[1]!).getByText('11 Jun 2027')).toBeTruthy();
    expect(within(rows[2]!).getByText('Withdrawn')).toBeTruthy();
    expect(within(rows[2]!).getByText(/Withdrawn 1 Sept? 2026: Changed their mind/)).toBeTruthy();
    // Live agreements can be withdrawn; a withdrawn one cannot.
    expect(within(rows[0]!).getByRole('button', { name: /^Withdraw/ })).toBeTruthy();
    expect(within(rows[2]!).queryByRole('button', { name: /^Withdraw/ })).toBeNull();
  });

  it('records an agreement: organisations, sections and expiry, checked before it is sent', async () => {
    const expires = addDays(todayIso(), 180);
    const recorded = buildPerson({
      sharingAgreements: [
        {
          ...buildPerson().sharingAgreements[0]!,
          id: 'agreement-new',
          organisations: [HEALTH_ORG],
          sections: ['HEALTH', 'RISK'],
          expiresOn: expires,
        },
        ...buildPerson().sharingAgreements,
      ],
    });
    renderAt('/sharing', personMock(buildPerson()), partnerOrganisations, lawfulBasesMock, agreementsMock, {
      request: {
        query: RecordSharingAgreementMutation,
        variables: (v: { input: Record<string, unknown> }) =>
          v.input.personId === PERSON_ID &&
          JSON.stringify(v.input.organisationIds) === JSON.stringify([HEALTH_ORG.id]) &&
          JSON.stringify([...(v.input.sections as string[])].sort()) === JSON.stringify(['HEALTH', 'RISK']) &&
          v.input.expiresOn === expires &&
          JSON.stringify(v.input.lawfulBasis) ===
            JSON.stringify({
              article6: 'ART6_1_E',
              article9: 'ART9_2_H',
              article10: null,
              schedule1: ['SCH1_P2'],
              commonLaw: 'CL_AGREEMENT',
              isaId: null,
            }),
      },
      result: { data: { recordSharingAgreement: recorded } },
    });
    const user = userEvent.setup();
    await user.click(
      within(await screen.findByRole('region', { name: 'Agreements to share' })).getByRole('button', {
        name: 'Record an agreement to share',
      }),
    );
    const form = await screen.findByRole('form', { name: 'Record an agreement to share' });
    // The owning organisation is not offered: it holds the record already.
    const organisations = within(form).getByRole('group', { name: /Organisations they agreed to share with/ });
    expect(within(organisations).queryByLabelText(PROBATION.name)).toBeNull();

    await user.click(within(form).getByRole('button', { name: 'Record agreement' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('link').length).toBeGreaterThanOrEqual(2);

    await user.click(within(organisations).getByLabelText(HEALTH_ORG.name));
    const sections = within(form).getByRole('group', { name: /Parts of their record/ });
    await user.click(within(sections).getByLabelText('Health and substance use'));
    await user.click(within(sections).getByLabelText('Risks and safety'));
    // Health is special category: the form asks for the Article 9 condition, from the server's list.
    await user.selectOptions(within(form).getByLabelText('Lawful basis (UK GDPR Article 6)'), 'ART6_1_E');
    await user.selectOptions(await within(form).findByLabelText('Special category condition (UK GDPR Article 9)'), 'ART9_2_H');
    await user.click(within(form).getByLabelText('Health or social care purposes (DPA 2018 Sch. 1 para. 2)'));
    await user.selectOptions(within(form).getByLabelText('Common-law duty of confidentiality'), 'CL_AGREEMENT');
    const expiry = within(form).getByRole('group', { name: /Expiry date/ });
    const [year, month, day] = expires.split('-');
    await user.type(within(expiry).getByLabelText('Day'), day!);
    await user.type(within(expiry).getByLabelText('Month'), month!);
    await user.type(within(expiry).getByLabelText('Year'), year!);
    await user.click(within(form).getByRole('button', { name: 'Record agreement' }));

    expect(await screen.findByText('Agreement to share recorded.')).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Agreements to share' })).getAllByRole('row')).toHaveLength(3));
  });

  it('withdraws an agreement after asking why, and shows it withdrawn', async () => {
    const person = buildPerson();
    const withdrawn = buildPerson({
      sharingAgreements: [
        { ...person.sharingAgreements[0]!, state: 'WITHDRAWN', withdrawnAt: '2026-11-30T10:00:00Z', withdrawalReason: 'Asked us to stop' },
      ],
    });
    renderAt('/sharing', personMock(person), {
      request: { query: WithdrawSharingAgreementMutation, variables: { id: 'agreement-1', reason: 'Asked us to stop' } },
      result: { data: { withdrawSharingAgreement: withdrawn } },
    });
    const user = userEvent.setup();
    await user.click(within(await agreementsTable()).getByRole('button', { name: `Withdraw the agreement to share with ${HOUSING.name}` }));
    const form = screen.getByRole('form', { name: 'Withdraw this agreement' });
    await user.type(within(form).getByLabelText('Why is it being withdrawn? (optional)'), 'Asked us to stop');
    await user.click(within(form).getByRole('button', { name: 'Withdraw agreement' }));

    expect(await screen.findByText('Agreement withdrawn. Sharing under it has stopped.')).toBeTruthy();
    const row = within(await agreementsTable()).getAllByRole('row')[1]!;
    expect(within(row).getByText('Withdrawn')).toBeTruthy();
    expect(within(row).getByText(/Asked us to stop/)).toBeTruthy();
  });

  it('locks a record down only with a reason of at least 10 characters', async () => {
    renderAt('/sharing', personMock(buildPerson()), {
      request: {
        query: SetPersonLockdownMutation,
        variables: { personId: PERSON_ID, lockedDown: true, reason: 'Fleeing domestic abuse; address must not leak' },
      },
      result: { data: { setPersonLockdown: buildPerson({ lockedDown: true }) } },
    });
    const user = userEvent.setup();
    const card = await screen.findByRole('region', { name: 'Lock-down' });
    await user.click(within(card).getByRole('button', { name: 'Lock down this record' }));
    const form = await within(card).findByRole('form', { name: 'Lock down this record' });
    await user.click(within(form).getByRole('button', { name: 'Lock down record' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Enter why you are locking the record down' })).toBeTruthy();
    await user.type(within(form).getByLabelText('Reason'), 'Too short');
    await user.click(within(form).getByRole('button', { name: 'Lock down record' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Give a reason of at least 10 characters' })).toBeTruthy();

    await user.clear(within(form).getByLabelText('Reason'));
    await user.type(within(form).getByLabelText('Reason'), 'Fleeing domestic abuse; address must not leak');
    await user.click(within(form).getByRole('button', { name: 'Lock down record' }));
    expect(await screen.findByText('The record is locked down.')).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: /^Lock-down/ })).getByRole('button', { name: 'Release lock-down this record' }),
    ).toBeTruthy();
    expect(screen.getAllByText('Locked down').length).toBeGreaterThan(0);
  });

  it('shows someone outside the holding organisations only the name and agencies of a locked-down record', async () => {
    const shared = buildSharedPerson(['STORY', 'NEEDS']);
    renderAt('', personMock({ ...shared, lockedDown: true, story: null, needs: [], preferences: null, risk: null, situation: null }));
    expect(await screen.findByRole('heading', { level: 2, name: 'This record is locked down' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Aar' })).toBeTruthy();
    const section = screen.getByRole('region', { name: 'This record is locked down' });
    expect(within(section).getByText(PROBATION.name)).toBeTruthy();
    expect(within(section).getByText(HOUSING.name)).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Pages about this person' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'My story' })).toBeNull();
  });
});

describe('who has seen this record', { timeout: 20_000 }, () => {
  it('lists reads and changes newest first, with break-glass access standing out', async () => {
    renderAt('/seen', personMock(buildPerson()), {
      request: { query: PersonAccessLogQuery, variables: { personId: PERSON_ID } },
      result: {
        data: {
          personAccessLog: [
            {
              __typename: 'AccessLogEntry',
              id: 'log-2',
              at: '2026-11-21T14:05:00Z',
              action: 'BREAK_GLASS',
              actorName: 'Sam Nurse',
              actorRole: 'PRACTITIONER',
              organisationName: 'Northvale Community Mental Health Team',
              sections: ['HEALTH', 'RISK'],
              purpose: 'Found unwell at the hostel',
              breakGlass: true,
            },
            {
              __typename: 'AccessLogEntry',
              id: 'log-1',
              at: '2026-11-20T09:30:00Z',
              action: 'READ',
              actorName: CHRIS_NAME,
              actorRole: 'PRACTITIONER',
              organisationName: HOUSING.name,
              sections: ['STORY', 'NEEDS'],
              purpose: null,
              breakGlass: false,
            },
          ],
        },
      },
    });
    const table = await screen.findByRole('table', { name: 'Who has seen this record, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Break-glass')).toBeTruthy();
    expect(within(rows[0]!).getByText('Used break-glass access')).toBeTruthy();
    expect(within(rows[0]!).getByText('Found unwell at the hostel')).toBeTruthy();
    expect(within(rows[1]!).getByText('Viewed the record')).toBeTruthy();
    expect(within(rows[1]!).getByText(CHRIS_NAME)).toBeTruthy();
    expect(within(rows[1]!).queryByText('Break-glass')).toBeNull();
    expect(screen.getByRole('link', { name: 'Who has seen this record' }).getAttribute('aria-current')).toBe('page');
  });

  it('is not offered to those who may not see it', async () => {
    renderAt('/seen', personMock(buildSharedPerson(['STORY'])));
    // Sent back to the record instead.
    expect(await screen.findByRole('region', { name: 'My story' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Who has seen this record' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Who has seen this record, newest first' })).toBeNull();
  });
});

const CHRIS_NAME = 'Chris Evans';

import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import {
  buildPerson,
  buildSharedPerson,
  graphQLError,
  PERSON_ID,
  personMock,
  PROBATION,
  quietPersonChangedMock,
} from '../../../test/personFixtures';
import { renderApp } from '../../../test/renderApp';
import { PrivacyNoticeQuery } from '../graphql/transparency';

// The pages are loaded lazily, which takes a while on a busy machine.
configure({ asyncUtilTimeout: 4000 });

const me = buildCurrentUser('PRACTITIONER', {
  id: 'user-jordan',
  name: 'Jordan Lee',
  organisation: { __typename: 'Organisation', id: PROBATION.id, name: PROBATION.name, kind: 'PROBATION' },
});

const notice = {
  __typename: 'PrivacyNotice' as const,
  personId: PERSON_ID,
  personName: 'Aar',
  generatedOn: '2026-12-03',
  heldBy: { __typename: 'OrganisationRef' as const, id: 'org-probation', name: 'Northvale Probation' },
  sharedWith: [
    {
      __typename: 'PrivacyNoticeRecipient' as const,
      organisation: { __typename: 'OrganisationRef' as const, id: 'org-housing', name: 'Northvale Housing' },
      sharedParts: ['your story', 'what you need help with'],
    },
    {
      __typename: 'PrivacyNoticeRecipient' as const,
      organisation: { __typename: 'OrganisationRef' as const, id: 'org-recovery', name: 'Northvale Recovery' },
      sharedParts: [],
    },
  ],
  purposes: ['Coordinating support for adults facing multiple disadvantage.'],
  lawfulBases: ['Public task', 'Health or social care'],
  informationHeld: [
    { __typename: 'PrivacyNoticeItem' as const, heading: 'Who you are', text: 'Your name and date of birth.' },
    { __typename: 'PrivacyNoticeItem' as const, heading: 'Your health', text: 'Your physical and mental health.' },
  ],
  keptFor: ['We keep your record for 6 years after your support ends. Then it is checked and deleted.'],
  rights: [
    { __typename: 'PrivacyNoticeItem' as const, heading: 'See your information', text: 'You can ask for a copy.' },
    { __typename: 'PrivacyNoticeItem' as const, heading: 'Delete your information', text: 'You can ask us to delete it.' },
  ],
  howToAsk: 'To use any of these rights, ask Northvale Probation or any worker who supports you.',
  complaint: 'You can also complain to the Information Commissioner’s Office (ICO): ico.org.uk or 0303 123 1113.',
  jointControllers: 'The organisations that share your information decide together how it is used.',
};

const noticeMock = (result: object) => ({ request: { query: PrivacyNoticeQuery, variables: { personId: PERSON_ID } }, result });

describe('the privacy notice page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('speaks to the person in plain sections, with dates in words, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderApp(`/people/${PERSON_ID}/privacy-notice`, [meMock(me), quietMeChangedMock(), noticeMock({ data: { privacyNotice: notice } })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'How we use your information' })).toBeTruthy();
    expect(screen.getByText('For Aar. Made on 3 Dec 2026.')).toBeTruthy();
    const article = screen.getByRole('article');
    for (const heading of [
      'Who has your information',
      'Why we use it',
      'What we keep',
      'How long we keep it',
      'Your rights',
      'Who is responsible',
      'If you are not happy',
    ]) {
      expect(within(article).getByRole('heading', { level: 2, name: heading })).toBeTruthy();
    }
    expect(within(article).getByText('Northvale Probation keeps your record.')).toBeTruthy();
    expect(within(article).getByText('Northvale Housing: your story and what you need help with')).toBeTruthy();
    expect(within(article).getByText('Northvale Recovery: who you are, so they can help')).toBeTruthy();
    expect(within(article).getByText('Health or social care')).toBeTruthy();
    expect(within(article).getByText(/0303 123 1113/)).toBeTruthy();
    expect(article.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(article.textContent).not.toContain(PERSON_ID);
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledTimes(1);
    // The print button and the way back are not printed.
    expect(screen.getByRole('button', { name: 'Print' }).closest('.app-no-print')).toBeTruthy();
  });

  it('says plainly when the viewer may not make one', async () => {
    renderApp(`/people/${PERSON_ID}/privacy-notice`, [
      meMock(me),
      quietMeChangedMock(),
      noticeMock(graphQLError('FORBIDDEN', 'You do not have access to this part of the record.')),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot make a privacy notice for this record' })).toBeTruthy();
    expect(screen.getByText('You do not have access to this part of the record.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
  });
});

describe('the record header', () => {
  it('links to the privacy notice for viewers with full access, and shows a child’s record as Under 18', async () => {
    const person = buildPerson();
    renderApp(`/people/${PERSON_ID}`, [
      meMock(me),
      quietMeChangedMock(),
      personMock({ ...person, profile: { ...person.profile!, dateOfBirth: '2010-05-23', under18: true } }),
      quietPersonChangedMock(),
    ]);
    const link = await screen.findByRole('link', { name: /^Privacy notice for / });
    expect(link.getAttribute('href')).toBe(`/people/${PERSON_ID}/privacy-notice`);
    expect(screen.getByText('Under 18')).toBeTruthy();
    expect(screen.getByText(/safeguarding children procedures apply/)).toBeTruthy();
  });

  it('offers no privacy notice without full access, and no Under 18 tag to those who may not see the date of birth', async () => {
    const person = buildSharedPerson(['NEEDS']);
    renderApp(`/people/${PERSON_ID}`, [
      meMock(me),
      quietMeChangedMock(),
      personMock({ ...person, profile: null }),
      quietPersonChangedMock(),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Aar' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /^Privacy notice for / })).toBeNull();
    expect(screen.queryByText('Under 18')).toBeNull();
  });
});

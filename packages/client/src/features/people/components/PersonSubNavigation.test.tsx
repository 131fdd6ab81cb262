import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PersonSubNavigation, type PersonNavigationFacts } from './PersonSubNavigation';

const ID = 'p-1';

function renderAt(path: string, person: Partial<PersonNavigationFacts> = {}) {
  const facts: PersonNavigationFacts = {
    id: ID,
    access: { sections: ['STORY', 'RISK'], canSeeAccessLog: true },
    situation: { kind: 'CUSTODY' },
    ...person,
  };
  render(
    <MemoryRouter initialEntries={[path]}>
      <PersonSubNavigation person={facts} />
    </MemoryRouter>,
  );
  const nav = screen.getByRole('navigation', { name: 'Pages about this person' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => `${link.textContent}${link.getAttribute('aria-current') === 'page' ? ' (current)' : ''}`);
}

describe('PersonSubNavigation', () => {
  it('names the pages about a person the same way on each of them, and marks the one open', () => {
    expect(renderAt(`/people/${ID}/outcomes`)).toEqual([
      'Record',
      'Sharing',
      'Who has seen this record',
      'Release plan',
      'Outcomes (current)',
      'Refer',
    ]);
    cleanup();
    expect(renderAt(`/people/${ID}`).slice(0, 1)).toEqual(['Record (current)']);
  });

  it('offers no page that would only say "not shared"', () => {
    expect(renderAt(`/people/${ID}`, { access: { sections: ['STORY'], canSeeAccessLog: false }, situation: null })).toEqual([
      'Record (current)',
      'Sharing',
      'Refer',
    ]);
  });

  it('offers a peer mentor the record and, with contact shared, appointments: no sharing, release plan or outcomes', () => {
    const mentor = { sections: ['STORY', 'CONTACT', 'RISK'], canSeeAccessLog: false, basis: 'PEER_MENTOR' };
    expect(renderAt(`/people/${ID}`, { access: mentor })).toEqual(['Record (current)', 'Appointments']);
    cleanup();
    expect(renderAt(`/people/${ID}`, { access: { ...mentor, sections: ['STORY'] } })).toEqual(['Record (current)']);
  });

  it('keeps the release plan while it is the page open, even for someone in the community', () => {
    expect(renderAt(`/people/${ID}/release`, { situation: { kind: 'COMMUNITY' } })).toContain('Release plan (current)');
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildCurrentUser, meMock, quietMeChangedMock } from '../../../test/fixtures';
import { renderApp } from '../../../test/renderApp';

describe('AskingForAccessPage', () => {
  it('says how to ask for access to people not shared, through the huddle and the records the reader knows of', async () => {
    renderApp('/releases/asking-for-access', [meMock(buildCurrentUser('COORDINATOR')), quietMeChangedMock()]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Asking for access to people you cannot see' }, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to releases' }).getAttribute('href')).toBe('/releases');
    const main = screen.getByRole('main');
    expect(within(main).getByRole('link', { name: 'People' }).getAttribute('href')).toBe('/people');
    expect(within(main).getByRole('link', { name: 'access requests' }).getAttribute('href')).toBe('/access-requests');
    expect(screen.getByText(/does not say who they are, or which organisation holds their record/)).toBeTruthy();
  });
});

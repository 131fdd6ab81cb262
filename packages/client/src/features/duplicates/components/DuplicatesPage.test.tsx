import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../../app/cache';
import { MergePeopleMutation, PossibleDuplicatesQuery, UndoMergeMutation } from '../graphql/duplicates';
import DuplicatesPage from './DuplicatesPage';

const JON = '11111111-1111-4111-8111-111111111111';
const JONATHAN = '22222222-2222-4222-8222-222222222222';
const MERGE_ID = '33333333-3333-4333-8333-333333333333';

const record = (
  id: string,
  legalName: string,
  version: string,
  extra: { nhsNumber?: string | null; accommodation?: string | null } = {},
) => ({
  __typename: 'DuplicateRecord',
  version,
  person: {
    __typename: 'Person',
    id,
    displayName: legalName,
    legalName,
    preferredName: null,
    pronouns: null,
    profile: {
      __typename: 'PersonProfile',
      dateOfBirth: '1986-09-17',
      councilArea: 'Northvale',
      nhsNumber: extra.nhsNumber ?? null,
      prisonNumber: null,
      crn: null,
    },
    situation: {
      __typename: 'PersonSituation',
      kind: 'COMMUNITY',
      establishment: null,
      releaseDate: null,
      accommodationStatus: extra.accommodation ?? null,
    },
    story: { __typename: 'PersonStory', text: null },
    leadProfessionals: [],
  },
});

const PAIR = {
  __typename: 'PossibleDuplicate',
  id: `${JON}:${JONATHAN}`,
  score: 0.983,
  reason: 'Similar name and date of birth',
  evidence: ['Names alike (97% similar)', 'Same date of birth', 'Same council area'],
  first: record(JON, 'Jon Smyth', '1.1.1.1.1.7', { accommodation: 'SOFA_SURFING' }),
  second: record(JONATHAN, 'Jonathan Smith', '1.1.1.1.1.7'),
};

const listed = (pairs: unknown[]) => ({ request: { query: PossibleDuplicatesQuery }, result: { data: { possibleDuplicates: pairs } } });

describe('DuplicatesPage', { timeout: 20_000 }, () => {
  it('shows a pair side by side, merges the record chosen after confirmation, and offers to undo', async () => {
    const merge = {
      request: {
        query: MergePeopleMutation,
        variables: { keepId: JON, mergeId: JONATHAN, keepVersion: '1.1.1.1.1.7', mergeVersion: '1.1.1.1.1.7', confirm: false },
      },
      result: {
        data: {
          mergePeople: {
            __typename: 'PersonMerge',
            id: MERGE_ID,
            keptPersonId: JON,
            mergedPersonId: JONATHAN,
            rowsMoved: 3,
            filledFields: [],
            differingFields: [],
            undoneAt: null,
          },
        },
      },
    };
    const undo = {
      request: { query: UndoMergeMutation, variables: { mergeId: MERGE_ID } },
      result: { data: { undoMerge: { __typename: 'PersonMerge', id: MERGE_ID, undoneAt: '2026-12-03T14:00:00.000Z' } } },
    };
    render(
      <MockedProvider mocks={[listed([PAIR]), merge, listed([]), undo, listed([PAIR])]} cache={createCache()}>
        <MemoryRouter>
          <DuplicatesPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    const card = (await screen.findByRole('heading', { name: 'Jon Smyth and Jonathan Smith' })).closest('section')!;
    expect(within(card).getByText('Same date of birth')).toBeTruthy();
    const rows = within(card).getAllByRole('row');
    expect(rows.find((r) => r.textContent?.startsWith('Situation'))?.textContent).toContain('Sofa surfing');
    expect(within(card).getByRole('columnheader', { name: 'Jonathan Smith' })).toBeTruthy();

    const user = userEvent.setup();
    await user.click(within(card).getByRole('button', { name: 'Merge Jon Smyth and Jonathan Smith' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Merge Jon Smyth and Jonathan Smith' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Merge records' }));
    expect(
      within(await screen.findByRole('alert'))
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Select the record to keep']);
    await user.click(screen.getByLabelText('Jon Smyth'));
    await user.click(screen.getByRole('button', { name: 'Merge records' }));

    const banner = await screen.findByRole('alert', { name: 'Success' });
    expect(within(banner).getByText('Records merged into Jon Smyth')).toBeTruthy();
    expect(within(banner).getByText(/3 entries moved/)).toBeTruthy();
    await user.click(within(banner).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Merge undone: both records are back as they were')).toBeTruthy();
  });
});

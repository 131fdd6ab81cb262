import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldEditorStore, mineBelowTheirs, type SaveRequest, type SavedText } from './fieldEditorStore';

const conflict = (value: string, version: number) =>
  new CombinedGraphQLErrors({
    errors: [
      { message: 'Someone else saved this first.', extensions: { code: 'VERSION_CONFLICT', current: { field: 'NOTES', value, version } } },
    ],
  });

/** A save the test finishes by hand. */
function deferredSaves() {
  const calls: Array<{ request: SaveRequest; resolve: (saved: SavedText) => void; reject: (error: unknown) => void }> = [];
  const save = (request: SaveRequest) =>
    new Promise<SavedText>((resolve, reject) => {
      calls.push({ request, resolve, reject });
    });
  return { calls, save };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('FieldEditorStore', () => {
  it('keeps words typed while a save is on its way, and saves them next on the new version', async () => {
    const { calls, save } = deferredSaves();
    const store = new FieldEditorStore(save);

    store.edit('item', 'NOTES', 'Housing bid', { text: '', version: 1 });
    await vi.advanceTimersByTimeAsync(800);
    expect(calls.map((c) => c.request)).toEqual([{ itemId: 'item', field: 'NOTES', expectedVersion: 1, text: 'Housing bid' }]);

    store.edit('item', 'NOTES', 'Housing bid sent', { text: '', version: 1 });
    calls[0]!.resolve({ text: 'Housing bid', version: 2 });
    await vi.advanceTimersByTimeAsync(800);

    expect(calls[1]!.request).toEqual({ itemId: 'item', field: 'NOTES', expectedVersion: 2, text: 'Housing bid sent' });
    calls[1]!.resolve({ text: 'Housing bid sent', version: 3 });
    await vi.advanceTimersByTimeAsync(0);
    expect(store.get('item', 'NOTES')).toMatchObject({ draft: null, status: 'saved', lastSaved: { text: 'Housing bid sent', version: 3 } });
    expect(store.hasUnsaved()).toBe(false);
  });

  it('keeps the words when someone else saved first, and adds only what was added below theirs', async () => {
    const { calls, save } = deferredSaves();
    const store = new FieldEditorStore(save);
    const base = 'Engaging well.';

    store.edit('item', 'NOTES', `${base} Housing bid sent.`, { text: base, version: 4 });
    await vi.advanceTimersByTimeAsync(800);
    calls[0]!.reject(conflict(`${base} Missed probation: transport.`, 5));
    await vi.advanceTimersByTimeAsync(0);

    expect(store.get('item', 'NOTES')).toMatchObject({
      status: 'conflict',
      draft: `${base} Housing bid sent.`,
      conflict: { text: `${base} Missed probation: transport.`, version: 5 },
    });
    // Typing on does not save over their version.
    store.edit('item', 'NOTES', `${base} Housing bid sent. Chased today.`, { text: base, version: 4 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(calls).toHaveLength(1);

    void store.addMineBelowTheirs('item', 'NOTES');
    await vi.advanceTimersByTimeAsync(0);
    expect(calls[1]!.request).toEqual({
      itemId: 'item',
      field: 'NOTES',
      expectedVersion: 5,
      text: `${base} Missed probation: transport.\n\nHousing bid sent. Chased today.`,
    });
  });

  it('keeps the words after a failed save, for another try', async () => {
    const { calls, save } = deferredSaves();
    const store = new FieldEditorStore(save);

    store.edit('item', 'DECISIONS', 'Keep on caseload', { text: '', version: 1 });
    const saving = store.flush('item', 'DECISIONS');
    calls[0]!.reject(new TypeError('Failed to fetch'));
    await saving;

    expect(store.get('item', 'DECISIONS')).toMatchObject({ status: 'error', draft: 'Keep on caseload' });
    expect(store.unsaved()).toEqual([{ itemId: 'item', field: 'DECISIONS', text: 'Keep on caseload' }]);
  });
});

describe('mineBelowTheirs', () => {
  it('puts my words below theirs, without repeating what both started from', () => {
    expect(mineBelowTheirs('Theirs', 'Mine')).toBe('Theirs\n\nMine');
    expect(mineBelowTheirs('', 'Mine')).toBe('Mine');
    expect(mineBelowTheirs('Base. Theirs', 'Base. Mine', 'Base.')).toBe('Base. Theirs\n\nMine');
    expect(mineBelowTheirs('Rewritten', 'Base. Mine', 'Base.')).toBe('Rewritten\n\nBase. Mine');
  });
});

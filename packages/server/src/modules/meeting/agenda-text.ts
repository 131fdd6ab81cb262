import { LIMITS, textChange, type AgendaTextField } from '@casehuddle/shared';
import * as Y from 'yjs';
import { validationFailed } from '../../core/errors.js';
import { rows, type SqlRunner } from '../../core/sql.js';

/** The name of the one shared text in each field's document. */
export const TEXT_ROOT = 'text';
/** The largest single change accepted (a burst of typing is a few hundred bytes; a pasted page a few KB). */
export const MAX_UPDATE_BYTES = 64 * 1024;
/** After this many logged changes, a field's log is folded into its compacted state. */
export const COMPACT_EVERY = 50;

const COLUMNS = {
  NOTES: { text: 'notes', version: 'notes_version', state: 'notes_state' },
  DECISIONS: { text: 'decisions', version: 'decisions_version', state: 'decisions_state' },
} as const;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes base64 sent by a client, or VALIDATION_FAILED naming the input field. */
export function decodeBase64(value: string, field: string, maxBytes = MAX_UPDATE_BYTES): Uint8Array {
  const compact = value.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw validationFailed({ [field]: 'This change could not be read.' });
  if ((compact.length / 4) * 3 > maxBytes + 2) throw validationFailed({ [field]: 'This change is too large to send at once.' });
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/**
 * The state a field starts from when it has none: its plain text, inserted by client 0. Every
 * process (and every client) seeds the same text identically, so a seed read before the first
 * change and the seed stored with it are the same document.
 */
export function seedUpdate(text: string): Uint8Array {
  const doc = new Y.Doc({ gc: true });
  doc.clientID = 0;
  if (text) doc.getText(TEXT_ROOT).insert(0, text);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** A field's document as stored: the compacted state (or the seed) and the logged changes after it. */
export interface LoadedText {
  doc: Y.Doc;
  version: number;
  /** True when the field had no stored state and was seeded from its plain text. */
  seeded: boolean;
  logged: number;
}

/** Loads a field's document. Call with the item locked when about to change it. */
export async function loadText(runner: SqlRunner, itemId: string, field: AgendaTextField): Promise<LoadedText> {
  const c = COLUMNS[field];
  const [row] = await rows<{ text: string; version: number; state: Buffer | null; updates: Buffer[] | null }>(
    runner,
    `SELECT i.${c.text} AS text, i.${c.version} AS version, i.${c.state} AS state,
            (SELECT array_agg(u.update ORDER BY u.id) FROM agenda_text_update u WHERE u.item_id = i.id AND u.field = $2) AS updates
       FROM agenda_item i WHERE i.id = $1`,
    [itemId, field],
  );
  if (!row) throw new Error(`agenda item ${itemId} vanished while locked`);
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, row.state ?? seedUpdate(row.text));
  for (const update of row.updates ?? []) Y.applyUpdate(doc, update);
  return { doc, version: row.version, seeded: row.state === null, logged: row.updates?.length ?? 0 };
}

export const textOf = (doc: Y.Doc): string => doc.getText(TEXT_ROOT).toString();

/**
 * Applies a change to a loaded document and stores it: the change is logged (or, on the first
 * change and every `COMPACT_EVERY`th, the whole state is stored and the log emptied), and the
 * plain text and version are written back. Refuses, storing nothing, a change that cannot be
 * read, builds on changes the server does not have, or makes the text too long. Returns the new
 * version, or the old one when the change was already applied (a resend).
 */
export async function applyAndStore(
  tx: SqlRunner,
  loaded: LoadedText,
  itemId: string,
  field: AgendaTextField,
  update: Uint8Array,
  userId: string,
): Promise<{ version: number; changed: boolean }> {
  const { doc } = loaded;
  const before = textOf(doc);
  const vectorBefore = Y.encodeStateVector(doc);
  try {
    Y.applyUpdate(doc, update);
  } catch {
    throw validationFailed({ update: 'This change could not be read.' });
  }
  if (doc.store.pendingStructs || doc.store.pendingDs) {
    throw validationFailed({ update: 'This change builds on text this server does not have yet. Reload the item and type again.' });
  }
  const after = textOf(doc);
  if (after.length > LIMITS.agendaTextMaxLength) {
    throw validationFailed({ update: `Keep this to ${LIMITS.agendaTextMaxLength.toLocaleString('en-GB')} characters or fewer.` });
  }
  const grew = !sameBytes(vectorBefore, Y.encodeStateVector(doc));
  if (!grew && before === after) return { version: loaded.version, changed: false };
  const c = COLUMNS[field];
  let state: Uint8Array | null = null;
  if (loaded.seeded || loaded.logged + 1 >= COMPACT_EVERY) {
    state = Y.encodeStateAsUpdate(doc);
    await tx.query(`DELETE FROM agenda_text_update WHERE item_id = $1 AND field = $2`, [itemId, field]);
  } else {
    await tx.query(`INSERT INTO agenda_text_update (item_id, field, update, created_by) VALUES ($1, $2, $3, $4)`, [
      itemId,
      field,
      Buffer.from(update),
      userId,
    ]);
  }
  const [saved] = await rows<{ version: number }>(
    tx,
    `UPDATE agenda_item SET ${c.text} = $2, ${c.version} = ${c.version} + 1, ${c.state} = coalesce($3, ${c.state}), updated_at = now()
      WHERE id = $1 RETURNING ${c.version} AS version`,
    [itemId, after, state ? Buffer.from(state) : null],
  );
  return { version: saved!.version, changed: true };
}

/**
 * The change that turns a field's document into `text`, made on a copy (for saves of whole text,
 * such as the older versioned path). Null when the text is already that.
 */
export function replaceUpdate(doc: Y.Doc, text: string): Uint8Array | null {
  const change = textChange(textOf(doc), text);
  if (!change) return null;
  const copy = new Y.Doc({ gc: true });
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const shared = copy.getText(TEXT_ROOT);
  copy.transact(() => {
    if (change.remove) shared.delete(change.index, change.remove);
    if (change.insert) shared.insert(change.index, change.insert);
  });
  const update = Y.encodeStateAsUpdate(copy, Y.encodeStateVector(doc));
  copy.destroy();
  return update;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

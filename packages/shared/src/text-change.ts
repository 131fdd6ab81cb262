/** The free-text fields of an agenda item that several people may type into at once. */
export const AGENDA_TEXT_FIELDS = ['NOTES', 'DECISIONS'] as const;
export type AgendaTextField = (typeof AGENDA_TEXT_FIELDS)[number];

/** One contiguous change that turns one text into another: remove `remove` characters at `index`, then insert `insert` there. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single change from `before` to `after`, found from their common start and end.
 * A textarea reports whole values; this turns each into the insert or delete that a shared text
 * type can merge with other people's changes character by character. Null when nothing changed.
 * The common start never splits a surrogate pair, so emoji stay whole.
 */
export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

import { readApiError, readApiErrorExtensions } from '../../ui/apiErrors';

/** What the server sends with VERSION_CONFLICT: the section as it is now, and its version. */
export interface Conflict {
  current: Record<string, unknown>;
  version: number;
}

/** The conflict in a failed save, or null when the save failed for another reason. */
export function readConflict(error: unknown): Conflict | null {
  if (readApiError(error).code !== 'VERSION_CONFLICT') return null;
  const current = readApiErrorExtensions(error)['current'];
  if (!current || typeof current !== 'object') return null;
  const version = (current as { version?: unknown }).version;
  if (typeof version !== 'number') return null;
  return { current: current as Record<string, unknown>, version };
}

/** A text value from a conflict's `current`, or null. */
export function currentText(conflict: Conflict, key: string): string | null {
  const value = conflict.current[key];
  return typeof value === 'string' ? value : null;
}

import { readApiError, readApiErrorExtensions } from '../../../ui/apiErrors';

/** A versioned field's saved value and version. */
export interface SavedValue {
  text: string;
  version: number;
}

/** Reads VERSION_CONFLICT's `extensions.current` ({ field, value, version }) from a structured field's save, or null for any other error. */
export function readVersionConflict(error: unknown): SavedValue | null {
  if (readApiError(error).code !== 'VERSION_CONFLICT') return null;
  const current = readApiErrorExtensions(error)['current'];
  if (!current || typeof current !== 'object') return null;
  const { value, version } = current as { value?: unknown; version?: unknown };
  if (typeof version !== 'number') return null;
  return { text: typeof value === 'string' ? value : '', version };
}

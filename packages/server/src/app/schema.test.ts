import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import { describe, expect, it } from 'vitest';
import { buildAppSchema, renderSchema } from './schema.js';

describe('the committed schema', () => {
  it('matches the schema the code builds (run `pnpm codegen` after changing the API)', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8');
    const built = renderSchema(await buildAppSchema(createPubSub()));
    expect(committed, 'packages/server/schema.graphql is stale: run `pnpm codegen` and commit the result').toBe(built);
  });
});

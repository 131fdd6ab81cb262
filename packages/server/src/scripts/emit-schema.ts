import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import { buildAppSchema, renderSchema } from '../app/schema.js';

/** Writes packages/server/schema.graphql, the contract the client's types are generated from. */
const schema = await buildAppSchema(createPubSub());
const target = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
writeFileSync(target, renderSchema(schema));
console.log(`Wrote ${target}`);

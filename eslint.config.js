import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import tseslint from 'typescript-eslint';

/**
 * The layers of the server, from the bottom: @casehuddle/shared → core → modules → app. A layer
 * imports only the layers below it (docs/architecture.md, "Layers"). The client knows the server
 * only through schema.graphql and the types generated from it.
 */
// Absolute, so that linting from another working directory (such as the server's architecture test) classifies the same files.
const ROOT = path.dirname(fileURLToPath(import.meta.url));
const SERVER = 'packages/server';
/** Tests exercise the whole composed server (through test/harness.ts), so the layer rules bind source files only. */
const SOURCE = { categories: { noneOf: ['test'] } };
const architecture = {
  files: ['packages/*/src/**/*.{ts,tsx}', 'packages/*/test/**/*.ts', 'packages/*/support/**/*.ts'],
  plugins: { boundaries },
  settings: {
    'boundaries/root-path': ROOT,
    'import/resolver': {
      typescript: { project: [path.join(ROOT, 'packages/*/tsconfig.json')], noWarnOnMultipleProjects: true },
    },
    'boundaries/elements': [
      { type: 'server-core', pattern: `${SERVER}/src/core`, partialMatch: false },
      { type: 'server-module', pattern: `${SERVER}/src/modules/*`, capture: ['module'], partialMatch: false },
      { type: 'server-app', pattern: `${SERVER}/src/app`, partialMatch: false },
      { type: 'server-migrations', pattern: `${SERVER}/src/migrations`, partialMatch: false },
      { type: 'server-seed', pattern: `${SERVER}/src/seed`, partialMatch: false },
      { type: 'server-tools', pattern: [`${SERVER}/src/scripts`, `${SERVER}/src/ops`, `${SERVER}/test`], partialMatch: false },
      // Anything else in the server package (such as src/main.ts, the built entry).
      { type: 'server', pattern: SERVER, partialMatch: false },
      { type: 'client', pattern: 'packages/client', partialMatch: false },
    ],
    'boundaries/files': [
      { category: 'test', pattern: '**/*.test.{ts,tsx}' },
      { category: 'source', pattern: '**/*.{ts,tsx}' },
    ],
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'allow',
        policies: [
          {
            from: { element: { type: 'server-core' }, file: SOURCE },
            disallow: {
              to: {
                element: {
                  types: { anyOf: ['server-module', 'server-app', 'server-seed', 'server-tools', 'server-migrations', 'server'] },
                },
              },
            },
            message: 'core/ imports no module and nothing above it: modules build on the core, and app/ wires them together.',
          },
          {
            from: { element: { types: { anyOf: ['server-module', 'server-migrations'] } }, file: SOURCE },
            disallow: { to: { element: { types: { anyOf: ['server-app', 'server-seed', 'server-tools', 'server'] } } } },
            message: 'A module imports only the core, @casehuddle/shared and the modules it depends on; never app/ (the composition root).',
          },
          {
            from: { element: { type: 'client' } },
            disallow: {
              to: {
                element: {
                  types: {
                    anyOf: ['server-core', 'server-module', 'server-app', 'server-migrations', 'server-seed', 'server-tools', 'server'],
                  },
                },
              },
            },
            message: 'The client knows the server only through schema.graphql and the types generated from it.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', 'packages/client/src/generated/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  architecture,
  {
    // The client cannot reach the server's package by name either.
    files: ['packages/client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@casehuddle/server', '@casehuddle/server/*'],
              message: 'The client knows the server only through schema.graphql and the types generated from it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/core/scalars.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'graphql-scalars',
              importNames: ['GraphQLLocalDate', 'GraphQLDateTimeISO'],
              message: 'Use the scalars in core/scalars.ts: they refuse dates PostgreSQL cannot store.',
            },
          ],
        },
      ],
    },
  },
  // A focused test (`it.only`, `describe.concurrent.only`…) would quietly skip the rest of a suite
  // while CI stays green.
  {
    files: ['**/*.test.{ts,tsx}', '**/*.check.ts', 'packages/*/test/**', 'packages/client/src/test/**', 'packages/e2e/support/**'],
    plugins: { 'no-only-tests': noOnlyTests },
    rules: {
      'no-only-tests/no-only-tests': ['error', { block: ['describe', 'it', 'test', 'suite', 'bench', 'context'], focus: ['only'] }],
    },
  },
);

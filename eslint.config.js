import js from '@eslint/js';
import globals from 'globals';
import noOnlyTests from 'eslint-plugin-no-only-tests';
import tseslint from 'typescript-eslint';

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

import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Generates the client's GraphQL types from the committed server schema.
 * Operations are written with the generated `graphql()` function in
 * `src/features/<noun>/graphql/*.ts`; the output in `src/generated/` is committed
 * and never edited by hand.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../server/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/generated/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSONObject: 'Record<string, unknown>' },
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;

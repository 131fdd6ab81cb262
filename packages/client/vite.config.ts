/// <reference types="vitest/config" />
/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { routePreloads } from './routePreloads';

/** Where the API server listens in development (`pnpm --filter @casehuddle/server dev`). */
const API_TARGET = 'http://localhost:4000';

/** This folder, so Sass can resolve the `node_modules/govuk-frontend/...` paths MoJ Frontend uses. */
const clientRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);

/** One `graphql(`…`)` call from GraphQL Code Generator's client preset, with no interpolation. */
const GRAPHQL_CALL = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
/** The import of that `graphql()` function, removed once every call in a file is replaced. */
const GRAPHQL_IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*'(?:\.\.?\/)+generated(?:\/index)?';?/;
/** A document in the generated module: `export const MeDocument = {…} as unknown as DocumentNode<…>;` */
const GENERATED_DOCUMENT = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*$/gm;
/** The first definition in an operation's source, which gives the generated document its name. */
const FIRST_DEFINITION = /\b(query|mutation|subscription|fragment)\s+(\w+)/;

/** The generated document's name for an operation's source: `MeDocument`, `CurrentUserFieldsFragmentDoc`. */
function documentName(source: string): string {
  const match = FIRST_DEFINITION.exec(source);
  if (!match) throw new Error(`A graphql() call has no named operation or fragment: ${source.slice(0, 80)}`);
  const [, kind, name] = match;
  return kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
}

/**
 * Replaces every `graphql(`…`)` call with the document itself, inlined, in production builds.
 *
 * The client preset's `graphql()` looks documents up in one map of every operation in the app
 * (`src/generated/gql.ts`), so any page that used one pulled in all of them (over 250 KB before
 * compression), and all of them landed in a chunk every page loads. Inlined, each document travels
 * with the page that uses it. This is what the preset's Babel plugin does, without Babel (Vite 8
 * compiles with Oxc). Types are unchanged: TypeScript still reads `graphql()`'s overloads.
 */
function inlineGraphqlDocuments(generatedModule: string): Plugin {
  let documents = new Map<string, string>();
  return {
    name: 'casehuddle:inline-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      const source = readFileSync(generatedModule, 'utf8');
      documents = new Map([...source.matchAll(GENERATED_DOCUMENT)].map(([, name, json]) => [name!, json!]));
      if (documents.size === 0) this.error(`No documents found in ${generatedModule}; run pnpm codegen.`);
    },
    transform(code, id) {
      if (!/\/src\/.*\.tsx?$/.test(id) || id.includes('/src/generated/') || !code.includes('graphql(`')) return null;
      const inlined = code.replace(GRAPHQL_CALL, (_call, source: string) => {
        const name = documentName(source);
        const document = documents.get(name);
        if (!document) this.error(`${name} is not in ${generatedModule}; run pnpm codegen.`);
        // Keep the line count, so the rest of the file still lines up with its source map.
        return `(${document})${'\n'.repeat(source.split('\n').length - 1)}`;
      });
      const stillCalled = /\bgraphql\(/.test(inlined);
      return { code: stillCalled ? inlined : inlined.replace(GRAPHQL_IMPORT, ''), map: null };
    },
  };
}

export default defineConfig({
  // Brotli and gzip copies of every built text file, so the server sends them compressed at no cost per request.
  plugins: [
    inlineGraphqlDocuments(`${clientRoot}src/generated/graphql.ts`),
    react(),
    routePreloads(`${clientRoot}src`),
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/], threshold: 1024 }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: API_TARGET, ws: true, changeOrigin: false },
      '/healthz': { target: API_TARGET },
      '/exports': { target: API_TARGET },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: API_TARGET, ws: true, changeOrigin: false },
      '/healthz': { target: API_TARGET },
      '/exports': { target: API_TARGET },
    },
  },
  css: {
    preprocessorOptions: {
      scss: {
        loadPaths: [clientRoot],
        // Don't repeat Dart Sass deprecation warnings about code inside GOV.UK and MoJ Frontend.
        quietDeps: true,
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    restoreMocks: true,
    // Pages load on demand (lazyPage), and Vitest compiles each the first time a test shows it.
    testTimeout: 15_000,
  },
});

/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { inlineGraphqlDocuments } from './build/graphqlDocuments';

/** Where the API server listens in development (`pnpm --filter @casehuddle/server dev`). */
const API_TARGET = 'http://localhost:4000';

/** This folder, so Sass can resolve the `node_modules/govuk-frontend/...` paths MoJ Frontend uses. */
const clientRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  // Brotli and gzip copies of every built text file, so the server sends them compressed at no cost per request.
  plugins: [
    inlineGraphqlDocuments(`${clientRoot}src/generated/graphql.ts`),
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], exclude: [/\.map$/], threshold: 1024 }),
  ],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: API_TARGET, ws: true, changeOrigin: false },
      '/healthz': { target: API_TARGET },
    },
  },
  preview: {
    port: 4173,
    proxy: {
      '/graphql': { target: API_TARGET, ws: true, changeOrigin: false },
      '/healthz': { target: API_TARGET },
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
  },
});

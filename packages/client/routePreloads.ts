import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Where the build writes the table (a dot folder, so the server never sends it as a file). */
export const ROUTE_PRELOADS_FILE = '.vite/route-preloads.json';

/** `const XPage = lazyPage(() => import('../features/x/components/XPage'));` in routes.tsx. */
const LAZY_PAGE = /const (\w+) = lazyPage(?:<[^>]*>)?\(\s*\(\) => import\('([^']+)'\)/g;
/** The PRELOAD table in routes.tsx: `const PRELOAD: … = [ ['/actions', ActionsReviewPage], … ];` */
const PRELOAD_TABLE = /const PRELOAD\b[^=]*=\s*\[([\s\S]*?)\n\];/;
const PRELOAD_ROW = /\[\s*'([^']+)',\s*(\w+)\s*\]/g;

/**
 * Writes `.vite/route-preloads.json`: for each page in routes.tsx's PRELOAD table, the path
 * pattern and the JavaScript files that page needs beyond the first script (the signed-in app,
 * Apollo Client, the page's chunk and what they import). The server puts them in the HTML as
 * `<link rel="modulepreload">`, so the browser fetches them side by side with the first script
 * instead of one after another.
 */
export function routePreloads(srcRoot: string): Plugin {
  return {
    name: 'casehuddle:route-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const routesFile = path.join(srcRoot, 'app/routes.tsx');
      const source = readFileSync(routesFile, 'utf8');
      const modules = new Map(
        [...source.matchAll(LAZY_PAGE)].map(([, name, from]) => [name!, path.resolve(path.dirname(routesFile), from!)]),
      );
      const rows = [...(PRELOAD_TABLE.exec(source)?.[1] ?? '').matchAll(PRELOAD_ROW)].map(
        ([, pattern, name]) => [pattern!, name!] as const,
      );
      if (modules.size === 0 || rows.length === 0) this.error('routes.tsx has no lazyPage pages or no PRELOAD table to read.');

      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const chunkOf = (module: string) => {
        const stem = module.replace(/\.tsx?$/, '');
        const chunk = chunks.find((c) => c.facadeModuleId && c.facadeModuleId.replace(/\.tsx?$/, '') === stem);
        if (!chunk) this.error(`No chunk of its own for ${path.relative(srcRoot, module)}.`);
        return chunk;
      };
      const byFile = new Map(chunks.map((c) => [c.fileName, c]));
      /** A chunk's file and the files it imports statically, all the way down. */
      const closure = (fileName: string, into = new Set<string>()) => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, into);
        return into;
      };
      const entry = chunks.find((c) => c.isEntry);
      if (!entry) this.error('The build has no entry chunk.');
      const inFirstScript = closure(entry.fileName);
      const signedInApp = [chunkOf(routesFile), chunkOf(path.join(srcRoot, 'app/apollo.ts'))];

      const routes = rows.map(([pattern, name]) => {
        const module = modules.get(name);
        if (!module) this.error(`PRELOAD names ${name}, which is not a lazyPage in routes.tsx.`);
        const files = new Set<string>();
        for (const chunk of [...signedInApp, chunkOf(module)]) closure(chunk.fileName, files);
        return [pattern, [...files].filter((file) => !inFirstScript.has(file))];
      });
      this.emitFile({ type: 'asset', fileName: ROUTE_PRELOADS_FILE, source: JSON.stringify({ routes }, null, 1) });
    },
  };
}

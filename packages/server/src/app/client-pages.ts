import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Written by the client's build (packages/client/routePreloads.ts): each page's path pattern and its chunks. */
const ROUTE_PRELOADS_FILE = '.vite/route-preloads.json';

type RoutePreloads = { routes: Array<[pattern: string, files: string[]]> };

/**
 * Whether a path matches a route pattern as the client's router writes them: `:id` stands for one
 * segment, a trailing `*` for the rest of the path (or nothing).
 */
export function matchesRoute(pattern: string, pathname: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part === '*' && i === want.length - 1) return true;
    const segment = have[i];
    if (segment === undefined) return false;
    if (part.startsWith(':')) continue;
    if (part !== segment) return false;
  }
  return have.length === want.length;
}

/**
 * The app's one HTML page for a path: index.html with `<link rel="modulepreload">` for the chunks
 * of the page at that path (the first that matches, as the client picks it), so the browser
 * fetches them alongside the first script rather than after it. Paths with no page of their own
 * (the sign-in page, which needs only the first script) get index.html as built.
 */
export function clientPages(clientDist: string): (pathname: string) => string {
  const html = readFileSync(path.join(clientDist, 'index.html'), 'utf8');
  const tableFile = path.join(clientDist, ROUTE_PRELOADS_FILE);
  const table: RoutePreloads = existsSync(tableFile) ? (JSON.parse(readFileSync(tableFile, 'utf8')) as RoutePreloads) : { routes: [] };
  // Worked out once per pattern: there are a few dozen at most.
  const pages = table.routes.map(([pattern, files]) => {
    const links = files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('');
    return [pattern, html.includes('</head>') ? html.replace('</head>', `${links}</head>`) : html] as const;
  });
  return (pathname) => pages.find(([pattern]) => matchesRoute(pattern, pathname))?.[1] ?? html;
}

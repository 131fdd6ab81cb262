/**
 * Lighthouse (mobile profile) on the production build served by the real server: performance and
 * accessibility on the sign-in page, the manager's /actions and the meeting room, with the bytes
 * each page transferred, and the sign-in page's initial JavaScript as served (compressed).
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

type Record_ = (measure: string, figure: string, aim?: string) => void;

interface LighthouseOptions {
  /** The server's origin, such as http://127.0.0.1:4000. */
  base: string;
  /** A signed-in session cookie (`name=value`) for a coordinator, sent with every request. */
  cookie: string;
  /** A live meeting that coordinator may open. */
  meetingId: string;
  /** The built client (packages/client/dist). */
  dist: string;
  record: Record_;
}

/** Chromium flags for a shared, headless machine. */
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/**
 * The JavaScript the sign-in page loads before it can show anything: the entry script and the
 * chunks index.html preloads, with the sizes of the brotli and gzip copies the server sends.
 */
export function initialJavaScript(dist: string): { files: string[]; brotli: number; gzip: number; raw: number } {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  // Files under 1 KB have no compressed copy (not worth it), so they are sent as they are.
  const size = (file: string, suffix: string) =>
    statSync(path.join(dist, existsSync(path.join(dist, file + suffix)) ? file + suffix : file)).size;
  const sum = (suffix: string) => files.reduce((total, file) => total + size(file, suffix), 0);
  return { files, brotli: sum('.br'), gzip: sum('.gz'), raw: sum('') };
}

/** Runs Lighthouse on each page in turn and records the figures. */
export async function runLighthouse({ base, cookie, meetingId, dist, record }: LighthouseOptions): Promise<void> {
  const initial = initialJavaScript(dist);
  record(
    'Sign-in page initial JavaScript: brotli / gzip (as served)',
    `${kb(initial.brotli)} / ${kb(initial.gzip)} (${initial.files.length} file(s), ${kb(initial.raw)} raw)`,
    '≤ 80 KB',
  );

  const pages = [
    { name: 'Sign in', url: `${base}/sign-in`, signedIn: false, aim: 90 },
    { name: 'Actions (manager review)', url: `${base}/actions`, signedIn: true, aim: 80 },
    { name: 'Meeting room', url: `${base}/meetings/${meetingId}`, signedIn: true, aim: 80 },
  ];
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  const table: string[][] = [];
  try {
    for (const page of pages) {
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        // Lighthouse clears cookies before each run, so the session goes as a header on every request.
        ...(page.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`);
      const { lhr } = result;
      // LIGHTHOUSE_REPORTS=<folder>: keep each page's full JSON report there, to see where the time goes.
      const reports = process.env.LIGHTHOUSE_REPORTS;
      if (reports) {
        mkdirSync(reports, { recursive: true });
        writeFileSync(path.join(reports, `${page.name.replace(/\W+/g, '-').toLowerCase()}.json`), JSON.stringify(lhr, null, 1));
      }
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${page.url}: ${lhr.runtimeError.message}`);
      const score = (category: string) => Math.round((lhr.categories[category]?.score ?? NaN) * 100);
      const requests =
        (lhr.audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> })?.items ?? [];
      const scriptBytes = requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
      const totalBytes = lhr.audits['total-byte-weight']?.numericValue ?? NaN;
      const lcp = lhr.audits['largest-contentful-paint']?.displayValue ?? '';
      const cls = lhr.audits['cumulative-layout-shift']?.displayValue ?? '';
      const tbt = lhr.audits['total-blocking-time']?.displayValue ?? '';
      const failing = Object.values(lhr.categories['accessibility']?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit!.id);
      table.push([page.name, String(score('performance')), String(score('accessibility')), kb(totalBytes), kb(scriptBytes), lcp, tbt, cls]);
      record(
        `Lighthouse (mobile), ${page.name}: performance / accessibility`,
        `${score('performance')} / ${score('accessibility')}; ${kb(totalBytes)} transferred (${kb(scriptBytes)} JS); LCP ${lcp}, TBT ${tbt}, CLS ${cls}`,
        `≥ ${page.aim} / 100`,
      );
      if (failing.length > 0) record(`  (accessibility audits failing on ${page.name})`, failing.join(', '));
    }
  } finally {
    await chrome.kill();
  }
  const header = ['page', 'performance', 'accessibility', 'transferred', 'of it JS', 'LCP', 'TBT', 'CLS'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (row: string[]) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(
    `\nLighthouse, mobile profile (simulated throttling; this machine is shared, so performance is pessimistic)\n${line(header)}`,
  );
  for (const row of table) console.log(line(row));
  console.log('');
}

/**
 * `pnpm bench -- --profile`: where the time goes. Summarises V8 CPU profiles written by the
 * server processes (`node --cpu-prof`) and PostgreSQL's pg_stat_statements.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Groups a script URL into the package (or our own module) it belongs to. */
function owner(url: string): string {
  if (!url) return '(native / idle / GC)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node core';
  const ours = /packages\/([^/]+)\/dist\/(.*)$/.exec(url);
  return ours ? `@casehuddle/${ours[1]} ${ours[2]}` : url;
}

/** Self time by package and by function, over every profile in `dir`. */
export function summariseCpuProfiles(dir: string, top = 20): string[] {
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const node = nodes.get(id)!;
      const us = profile.timeDeltas[i] ?? 0;
      const { functionName, url, lineNumber } = node.callFrame;
      if (functionName === '(idle)' || functionName === '(program)') return;
      total += us;
      const o = functionName === '(garbage collector)' ? '(garbage collector)' : owner(url);
      byOwner.set(o, (byOwner.get(o) ?? 0) + us);
      const f = `${functionName || '(anonymous)'} ${path.basename(url)}:${lineNumber + 1} [${o}]`;
      byFunction.set(f, (byFunction.get(f) ?? 0) + us);
    });
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
  return [
    `Busy CPU time sampled: ${(total / 1e6).toFixed(1)} s`,
    '',
    'Self time by package:',
    ...rank(byOwner),
    '',
    'Self time by function:',
    ...rank(byFunction),
  ];
}

/** The statements that took the most time in PostgreSQL. */
export async function topStatements(pool: pg.Pool, top = 12): Promise<string[]> {
  const { rows } = await pool.query<{ calls: string; plans: string; total: number; mean: number; plan: number; query: string }>(
    `SELECT calls, plans, total_exec_time AS total, mean_exec_time AS mean, mean_plan_time AS plan, regexp_replace(query, '\\s+', ' ', 'g') AS query
       FROM pg_stat_statements WHERE query NOT ILIKE '%pg_stat_statements%' ORDER BY total_exec_time DESC LIMIT $1`,
    [top],
  );
  return rows.map(
    (r) =>
      `${String(r.calls).padStart(8)} calls ${r.total.toFixed(0).padStart(7)} ms total ${r.mean.toFixed(2).padStart(6)} ms mean ${String(r.plans).padStart(6)} plans ${r.plan.toFixed(2).padStart(6)} ms each  ${r.query.slice(0, 150)}`,
  );
}

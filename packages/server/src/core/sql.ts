import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { AppDataSource } from './data-source.js';

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** Statement names by SQL text (the texts are constants, or a few composed variants). */
const names = new Map<string, string>();
const MAX_NAMES = 500;

function statementName(sql: string): string {
  let name = names.get(sql);
  if (!name) {
    name = `ch_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`;
    if (names.size < MAX_NAMES) names.set(sql, name);
  }
  return name;
}

/**
 * Runs a statement and returns its rows. TypeORM returns `[rows, rowCount]` for UPDATE and
 * DELETE but plain rows otherwise; this hides the difference.
 *
 * With `prepared`, a statement run outside a transaction is sent as a named prepared statement,
 * so each pooled connection parses and plans it once rather than on every call (for the hot
 * reads: an agenda's statements spent as long in planning as in running). Use it only where
 * one plan suits every parameter value, such as lookups by id.
 *
 * With `genericPlan` as well, it runs on a connection whose session plans prepared statements
 * generically from the first call (see AppDataSource): for a statement so large that planning it
 * costs as much as running it, and whose plan does not depend on the values.
 */
export async function rows<T>(
  runner: SqlRunner,
  sql: string,
  parameters: unknown[] = [],
  opts: { prepared?: boolean; genericPlan?: boolean } = {},
): Promise<T[]> {
  if (opts.prepared && runner instanceof DataSource) {
    runner.logger.logQuery(sql, parameters);
    const pool =
      opts.genericPlan && runner instanceof AppDataSource
        ? runner.genericPlanPool()
        : (runner.driver as unknown as { master: Pool }).master;
    const result = await pool.query({ name: statementName(sql), text: sql, values: parameters });
    return result.rows as T[];
  }
  const result = await runner.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

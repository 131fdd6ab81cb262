import type { DataSource } from 'typeorm';
import type { Logger } from '../../core/logger.js';
import { rows } from '../../core/sql.js';
import { type AuditService } from './audit.service.js';

/** One lock key for the job, so that of several processes only one maintains the partitions at a time. */
const LOCK_SQL = `SELECT pg_try_advisory_xact_lock(hashtext('casehuddle-audit-partitions')) AS locked`;

export interface AuditPartition {
  name: string;
  /** Rows are in the partition when `at` is before this (UTC); null for the default partition. */
  before: Date | null;
}

export interface PartitionMaintenance {
  /** False when another process held the job's lock, so this one did nothing. */
  ran: boolean;
  created: string[];
  dropped: { name: string; before: Date; rows: number }[];
}

/** The partition's exclusive upper bound, read from its name (see the AuditPartitions migration). */
export function partitionUpperBound(name: string): Date | null {
  const match = /^audit_event_(before_)?y(\d{4})m(\d{2})$/.exec(name);
  if (!match) return null;
  const [, before, year, month] = match;
  // A monthly partition is named after its own month; the first (old) one after its bound.
  return new Date(Date.UTC(Number(year), Number(month) - 1 + (before ? 0 : 1), 1));
}

/** The moment before which audit rows may go: the retention period back from `now`, in whole calendar months. */
export function retentionCutoff(now: Date, retentionYears: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear() - retentionYears, now.getUTCMonth(), now.getUTCDate()));
}

/**
 * Keeps the partitioned audit trail in shape: creates next months' partitions ahead of time, and
 * detaches and drops whole months that ended before the retention period (default 7 years),
 * writing an audit entry for each. Rows are never updated or deleted one by one: the database
 * still refuses that.
 */
export class AuditPartitionService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      audit: AuditService;
      logger: Logger;
      retentionYears: number;
      monthsAhead: number;
    },
  ) {}

  async partitions(): Promise<AuditPartition[]> {
    const found = await rows<{ name: string }>(
      this.deps.dataSource,
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'audit_event'::regclass ORDER BY c.relname`,
    );
    return found.map(({ name }) => ({ name, before: partitionUpperBound(name) }));
  }

  async maintain(now = new Date()): Promise<PartitionMaintenance> {
    const { dataSource, audit, logger, retentionYears, monthsAhead } = this.deps;
    const result: PartitionMaintenance = { ran: false, created: [], dropped: [] };
    await dataSource.transaction(async (manager) => {
      const locked = (await rows<{ locked: boolean }>(manager, LOCK_SQL))[0]?.locked;
      if (!locked) return;
      result.ran = true;
      for (let m = 0; m <= monthsAhead; m++) {
        const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + m, 1)).toISOString().slice(0, 10);
        // A month whose rows already went to the default partition cannot get its own partition;
        // that is logged and the rows stay (and stay append-only) where they are.
        try {
          await manager.query('SAVEPOINT ensure_partition');
          const created = (
            await rows<{ created: string | null }>(manager, `SELECT audit_ensure_partition($1::date) AS created`, [monthStart])
          )[0]?.created;
          await manager.query('RELEASE SAVEPOINT ensure_partition');
          if (created) result.created.push(created);
        } catch (error) {
          await manager.query('ROLLBACK TO SAVEPOINT ensure_partition');
          logger.warn({ err: error, month: monthStart }, 'Could not create the audit partition for this month');
        }
      }
    });
    if (!result.ran) return result;

    const cutoff = retentionCutoff(now, retentionYears);
    for (const partition of await this.partitions()) {
      if (!partition.before || partition.before.getTime() > cutoff.getTime()) continue;
      const before = partition.before;
      await dataSource.transaction(async (manager) => {
        const locked = (await rows<{ locked: boolean }>(manager, LOCK_SQL))[0]?.locked;
        if (!locked) return;
        // The name comes from the catalogue and matched the partition pattern above, so it is safe to splice.
        const count = (await rows<{ count: string }>(manager, `SELECT count(*)::text AS count FROM ${partition.name}`))[0]?.count ?? '0';
        await manager.query(`DELETE FROM audit_note WHERE audit_event_id IN (SELECT id FROM ${partition.name})`);
        await manager.query(`ALTER TABLE audit_event DETACH PARTITION ${partition.name}`);
        await manager.query(`DROP TABLE ${partition.name}`);
        await audit.record(manager, null, [
          {
            action: 'AUDIT_RETENTION',
            personId: null,
            detail: { partition: partition.name, before: before.toISOString(), rows: Number(count), retentionYears },
          },
        ]);
        result.dropped.push({ name: partition.name, before, rows: Number(count) });
      });
    }
    if (result.created.length || result.dropped.length) {
      logger.info({ created: result.created, dropped: result.dropped }, 'Audit partitions maintained');
    }
    return result;
  }
}

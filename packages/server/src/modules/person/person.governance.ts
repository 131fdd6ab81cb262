import type { SubjectAccessExport } from '@casehuddle/shared';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { eraseDerivedData } from './person.erasure.js';
import { buildSubjectAccessExport } from './person.export.js';
import { writeSubjectAccessExport, type ExportSink } from './person.export-stream.js';
import type { PersonPolicy } from './person.policy.js';
import type { PersonService } from './person.service.js';

/**
 * Information-governance acts on a record: subject access export, restriction and erasure.
 * Each is audited; erasure leaves a tombstone in the audit trail, which holds no personal data.
 */
/** The longest pause allowed between two fetches of a streamed export (the reader is slow or paused). */
const EXPORT_IDLE_BOUND = '5min';

export class PersonGovernanceService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      audit: AuditService;
      policy: PersonPolicy;
      people: PersonService;
      /** The most audit entries a record may have for the GraphQL export (the download has no bound). */
      graphqlTrailLimit?: number;
    },
  ) {}

  /**
   * Everything held on a person, with its audit trail, for a subject access request: every
   * table in `PERSON_DATA_MAP` has its part. For administrators, and for managers in the
   * owning organisation. A record whose audit trail is longer than `graphqlTrailLimit` is
   * refused with EXPORT_TOO_LARGE: one GraphQL answer would be hundreds of MB built in memory;
   * `openExportStream` gives the same document.
   */
  async export(viewer: Viewer, id: string): Promise<SubjectAccessExport> {
    const personId = parseId(id, 'personId');
    return this.deps.dataSource.transaction('REPEATABLE READ', async (tx) => {
      await this.mayExport(tx, viewer, personId);
      const exported = await buildSubjectAccessExport(tx, personId, viewer.name, (id) =>
        this.deps.audit.trailForExport(tx, id, undefined, this.deps.graphqlTrailLimit),
      );
      if (!exported) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased.');
      await this.deps.audit.record(tx, viewer, [{ action: 'EXPORT', personId, sections: ['ALL'], context: 'Subject access request' }]);
      return exported;
    });
  }

  /**
   * The subject access export as a download, for records whose audit trail runs to millions
   * of entries: the same access rule, the same audit entry and the same document as `export`,
   * written as it is read. Everything is checked before anything is written, so a refusal is
   * an ordinary error; the returned `writeTo` then streams the document into `sink` (which
   * applies backpressure) and `close` gives back the connection, whether or not it finished.
   *
   * One connection holds a read-only repeatable-read transaction for the whole download, so
   * the document is one consistent snapshot, like the GraphQL export. The audit entry is
   * committed on another connection before the first byte, so even a download cut short is
   * on record; the snapshot is taken first, so the trail does not list the export itself
   * (as the GraphQL export's does not).
   */
  async openExportStream(viewer: Viewer, id: string): Promise<{ writeTo(sink: ExportSink): Promise<void>; close(): Promise<void> }> {
    const personId = parseId(id, 'personId');
    const runner = this.deps.dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    let open = true;
    const close = async () => {
      if (!open) return;
      open = false;
      try {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
      } finally {
        await runner.release();
      }
    };
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      // A download runs as long as the reader takes: each fetch is bounded by the statement
      // timeout as usual, but the pauses between fetches (while the reader catches up) may be
      // longer than an ordinary transaction's idle bound.
      await runner.query(`SET LOCAL idle_in_transaction_session_timeout = '${EXPORT_IDLE_BOUND}'`);
      await this.mayExport(runner, viewer, personId);
      const doc = await buildSubjectAccessExport(runner, personId, viewer.name, async () => []);
      if (!doc) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased.');
      await this.deps.dataSource.transaction((tx) =>
        this.deps.audit.record(tx, viewer, [{ action: 'EXPORT', personId, sections: ['ALL'], context: 'Subject access request' }]),
      );
      return {
        writeTo: (sink) => writeSubjectAccessExport(doc, sink, (id) => this.deps.audit.streamTrailForExport(client, id)),
        close,
      };
    } catch (error) {
      await close();
      throw error;
    }
  }

  /** Subject access exports are for administrators, and for managers in the organisation that holds the record. */
  private async mayExport(runner: SqlRunner, viewer: Viewer, personId: string): Promise<void> {
    if (viewer.role === 'ADMIN') return;
    if (viewer.role !== 'MANAGER') throw forbidden();
    const access = await this.deps.policy.accessTo(runner, viewer, personId);
    if (!access.isOwner) {
      throw new DomainError(
        'FORBIDDEN',
        'Subject access exports are made by administrators and by managers in the organisation that holds the record.',
      );
    }
  }

  /** Restricts processing (UK GDPR Art. 18): the record is kept but nobody can change it, and agreements are suspended. */
  async setRestricted(viewer: Viewer, id: string, restricted: boolean, reason: string): Promise<void> {
    const personId = parseId(id, 'personId');
    await this.deps.dataSource.transaction(async (tx) => {
      const updated = await rows(tx, `UPDATE person SET processing_restricted = $2, updated_at = now() WHERE id = $1 RETURNING id`, [
        personId,
        restricted,
      ]);
      if (updated.length === 0) throw new DomainError('NOT_FOUND', 'There is no record with that id.');
      await this.deps.audit.record(tx, viewer, [{ action: restricted ? 'RESTRICT' : 'UNRESTRICT', personId, purpose: reason.trim() }]);
      await this.deps.people.publish(tx, viewer, { personId, part: 'RESTRICTION', version: null });
    });
  }

  /**
   * Erases a record and everything held with it (see `PERSON_DATA_MAP`): most rows go with the
   * person by ON DELETE CASCADE; parts of rows that outlive them (an action for them in the
   * frozen minutes of another item) are taken out first. The audit trail keeps a tombstone:
   * who erased which record id, when and why. The retention job erases through here too, with
   * no viewer when the grace period ran out and nobody confirmed (`detail` says which schedule).
   */
  async erase(viewer: Viewer | null, id: string, reason: string, detail: Record<string, unknown> = {}): Promise<boolean> {
    const personId = parseId(id, 'personId');
    return this.deps.dataSource.transaction(async (tx) => {
      const [found] = await rows(tx, `SELECT id FROM person WHERE id = $1 FOR UPDATE`, [personId]);
      if (!found) throw new DomainError('NOT_FOUND', 'There is no record with that id. It may have been erased already.');
      await eraseDerivedData(tx, personId);
      await tx.query(`DELETE FROM person WHERE id = $1`, [personId]);
      await this.deps.audit.record(tx, viewer, [
        { action: 'ERASE', personId, tombstoneReason: reason.trim(), detail: { ...detail, tombstone: true } },
      ]);
      await this.deps.people.publish(tx, viewer, { personId, part: 'RESTRICTION', version: null });
      return true;
    });
  }
}

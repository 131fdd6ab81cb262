import type { SubjectAccessExport, SubjectAccessRecord } from '@casehuddle/shared';

/**
 * Where a streamed export goes. `write` resolves once the reader can take more (backpressure);
 * it rejects when the reader has gone, which ends the export.
 */
export type ExportSink = (text: string) => Promise<void>;

/** The audit trail of one record, as batches of JSON texts of its entries, oldest first. */
export type TrailSource = (personId: string) => AsyncIterable<string[]>;

/** Text gathered before each write: large enough that writes are few, small enough that memory stays flat. */
const CHUNK = 64 * 1024;

/**
 * Writes a subject access export as JSON text, the same document the GraphQL export answers
 * with (keys in the same order), except that each record's audit trail (`auditTrail`, empty in
 * `doc`) is read from `trailOf` as it is written. Records merged into the person are written
 * the same way, each with its own trail.
 */
export async function writeSubjectAccessExport(doc: SubjectAccessExport, sink: ExportSink, trailOf: TrailSource): Promise<void> {
  let buffer = '';
  const write = async (text: string) => {
    buffer += text;
    if (buffer.length >= CHUNK) {
      const out = buffer;
      buffer = '';
      await sink(out);
    }
  };

  const writeRecord = async (record: SubjectAccessRecord | SubjectAccessExport) => {
    let first = true;
    await write('{');
    for (const [key, value] of Object.entries(record)) {
      if (value === undefined) continue;
      await write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (key === 'auditTrail') {
        let none = true;
        await write('[');
        for await (const batch of trailOf(record.person.id)) {
          if (batch.length === 0) continue;
          await write((none ? '' : ',') + batch.join(','));
          none = false;
        }
        await write(']');
      } else if (key === 'mergedRecords') {
        await write('[');
        for (const [i, merged] of record.mergedRecords.entries()) {
          const { record: inner, ...about } = merged;
          const head = JSON.stringify(about);
          await write(`${i === 0 ? '' : ','}${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"record":`);
          await writeRecord(inner);
          await write('}');
        }
        await write(']');
      } else {
        await write(JSON.stringify(value));
      }
    }
    await write('}');
  };

  await writeRecord(doc);
  if (buffer) await sink(buffer);
}

import { icoDeadline } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, forbidden, notFound, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Incident, IncidentInput } from './misuse.types.js';

interface IncidentRow {
  id: string;
  version: number;
  title: string;
  what_happened: string;
  occurred_at: Date | null;
  discovered_at: Date;
  data_categories: Incident['dataCategories'];
  people_affected: number | null;
  records_affected: number | null;
  likely_consequences: string;
  measures_taken: string;
  measures_proposed: string;
  people_told: Incident['peopleTold'];
  people_told_detail: string;
  ico_decision: Incident['icoDecision'];
  ico_reported_at: Date | null;
  ico_reference: string | null;
  not_reportable_reason: string | null;
  recorded_by: string;
  recorded_at: Date;
  organisation_name: string;
  now: Date;
}

const SELECT = `SELECT i.*, u.name AS recorded_by, o.name AS organisation_name, now() AS now
  FROM incident i JOIN app_user u ON u.id = i.recorded_by JOIN organisation o ON o.id = i.organisation_id`;

function toIncident(r: IncidentRow): Incident {
  const deadline = icoDeadline(r.discovered_at);
  return {
    id: r.id,
    version: r.version,
    title: r.title,
    whatHappened: r.what_happened,
    occurredAt: r.occurred_at,
    discoveredAt: r.discovered_at,
    icoDeadline: deadline,
    overdue: r.ico_decision === 'UNDECIDED' && r.now.getTime() > deadline.getTime(),
    dataCategories: r.data_categories,
    peopleAffected: r.people_affected,
    recordsAffected: r.records_affected,
    likelyConsequences: r.likely_consequences,
    measuresTaken: r.measures_taken,
    measuresProposed: r.measures_proposed,
    peopleTold: r.people_told,
    peopleToldDetail: r.people_told_detail,
    icoDecision: r.ico_decision,
    icoReportedAt: r.ico_reported_at,
    icoReference: r.ico_reference,
    notReportableReason: r.not_reportable_reason,
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    organisationName: r.organisation_name,
  };
}

/** The columns an input writes, in order, after checking what the fields need of one another. */
function columnsFrom(input: IncidentInput): unknown[] {
  const problems: Record<string, string> = {};
  const now = Date.now();
  if (input.discoveredAt.getTime() > now + 60_000) problems.discoveredAt = 'The date it was discovered must be today or in the past.';
  if (input.occurredAt && input.occurredAt.getTime() > input.discoveredAt.getTime())
    problems.occurredAt = 'The date it happened must be on or before the date it was discovered.';
  if (input.icoDecision === 'REPORTED' && !input.icoReportedAt) problems.icoReportedAt = 'Enter when it was reported to the ICO.';
  if (input.icoDecision === 'NOT_REPORTABLE' && !input.notReportableReason?.trim())
    problems.notReportableReason = 'Explain why it does not need reporting to the ICO.';
  if (Object.keys(problems).length > 0) throw validationFailed(problems);
  return [
    input.title.trim(),
    input.whatHappened.trim(),
    input.occurredAt ?? null,
    input.discoveredAt,
    [...new Set(input.dataCategories)],
    input.peopleAffected ?? null,
    input.recordsAffected ?? null,
    input.likelyConsequences.trim(),
    input.measuresTaken.trim(),
    input.measuresProposed.trim(),
    input.peopleTold,
    input.peopleToldDetail.trim(),
    input.icoDecision,
    input.icoDecision === 'REPORTED' ? input.icoReportedAt : null,
    input.icoDecision === 'REPORTED' ? input.icoReference?.trim() || null : null,
    input.icoDecision === 'NOT_REPORTABLE' ? input.notReportableReason!.trim() : null,
  ];
}

const COLUMNS = [
  'title',
  'what_happened',
  'occurred_at',
  'discovered_at',
  'data_categories',
  'people_affected',
  'records_affected',
  'likely_consequences',
  'measures_taken',
  'measures_proposed',
  'people_told',
  'people_told_detail',
  'ico_decision',
  'ico_reported_at',
  'ico_reference',
  'not_reportable_reason',
];

/**
 * The organisation's incident log: personal data breaches and near misses, with the fields the
 * ICO's breach report asks for and the 72-hour clock from discovery. Managers of the
 * organisation keep it; each record and change is audited.
 */
export class IncidentService {
  constructor(private readonly deps: { dataSource: DataSource; audit: AuditService }) {}

  private requireManager(viewer: Viewer) {
    if (viewer.role !== 'MANAGER') throw forbidden('keep the incident log');
  }

  async list(viewer: Viewer): Promise<Incident[]> {
    this.requireManager(viewer);
    const found = await rows<IncidentRow>(this.deps.dataSource, `${SELECT} WHERE i.organisation_id = $1 ORDER BY i.discovered_at DESC`, [
      viewer.organisationId,
    ]);
    return found.map(toIncident);
  }

  async get(viewer: Viewer, id: string): Promise<Incident> {
    this.requireManager(viewer);
    return this.one(this.deps.dataSource, viewer, parseId(id));
  }

  private async one(runner: SqlRunner, viewer: Viewer, id: string): Promise<Incident> {
    const [found] = await rows<IncidentRow>(runner, `${SELECT} WHERE i.id = $1 AND i.organisation_id = $2`, [id, viewer.organisationId]);
    if (!found) throw notFound('The incident');
    return toIncident(found);
  }

  async create(viewer: Viewer, input: IncidentInput): Promise<Incident> {
    this.requireManager(viewer);
    const values = columnsFrom(input);
    return this.deps.dataSource.transaction(async (tx) => {
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO incident (organisation_id, recorded_by, ${COLUMNS.join(', ')})
         VALUES ($1, $2, ${COLUMNS.map((_, i) => `$${i + 3}`).join(', ')}) RETURNING id`,
        [viewer.organisationId, viewer.id, ...values],
      );
      await this.deps.audit.recordAccountEvent(tx, viewer.id, 'INCIDENT_RECORDED', { incidentId: created!.id });
      return this.one(tx, viewer, created!.id);
    });
  }

  /** Changes an incident if nobody else has since (VERSION_CONFLICT otherwise). */
  async update(viewer: Viewer, id: string, expectedVersion: number, input: IncidentInput): Promise<Incident> {
    this.requireManager(viewer);
    const incidentId = parseId(id);
    const values = columnsFrom(input);
    return this.deps.dataSource.transaction(async (tx) => {
      const updated = await rows<{ id: string }>(
        tx,
        `UPDATE incident SET ${COLUMNS.map((c, i) => `${c} = $${i + 4}`).join(', ')}, version = version + 1, updated_at = now()
          WHERE id = $1 AND organisation_id = $2 AND version = $3 RETURNING id`,
        [incidentId, viewer.organisationId, expectedVersion, ...values],
      );
      if (updated.length === 0) {
        const current = await this.one(tx, viewer, incidentId);
        throw new DomainError('VERSION_CONFLICT', 'Someone else changed this incident while you were editing it. Check their changes.', {
          currentVersion: current.version,
        });
      }
      await this.deps.audit.recordAccountEvent(tx, viewer.id, 'INCIDENT_CHANGED', { incidentId });
      return this.one(tx, viewer, incidentId);
    });
  }
}

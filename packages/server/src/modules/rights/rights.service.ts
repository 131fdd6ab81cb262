import { rightsDeadline, rightsDeadlineState, type RightsRequestKind, type RightsRequestStatus } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { AuditService } from '../audit/audit.service.js';
import { disclose, notShared, requireRead } from '../disclosure/gate.js';
import { MAY_KNOW_SQL, type PersonAccess, type PersonPolicy } from '../person/person.policy.js';
import type { PersonService } from '../person/person.service.js';
import type { LogRightsRequestInput, ProgressRightsRequestInput } from './dto/rights.inputs.js';
import type { RightsRequest } from './rights.types.js';

interface RequestRow {
  id: string;
  person_id: string;
  owning_organisation_id: string;
  kind: RightsRequestKind;
  received_on: string;
  details: string | null;
  status: RightsRequestStatus;
  identity_checked_on: string | null;
  identity_check_method: string | null;
  identity_checked_by_name: string | null;
  due_on: string;
  extended_due_on: string | null;
  extension_reason: string | null;
  response: string | null;
  refusal_reason: string | null;
  closed_on: string | null;
  created_by_name: string;
  version: number;
}

const SELECT = `
  SELECT r.id, r.person_id, r.owning_organisation_id, r.kind, to_char(r.received_on, 'YYYY-MM-DD') AS received_on, r.details, r.status,
         to_char(r.identity_checked_on, 'YYYY-MM-DD') AS identity_checked_on, r.identity_check_method, ic.name AS identity_checked_by_name,
         to_char(r.due_on, 'YYYY-MM-DD') AS due_on, to_char(r.extended_due_on, 'YYYY-MM-DD') AS extended_due_on, r.extension_reason,
         r.response, r.refusal_reason, to_char(r.closed_on, 'YYYY-MM-DD') AS closed_on, cb.name AS created_by_name, r.version
    FROM rights_request r
    LEFT JOIN app_user ic ON ic.id = r.identity_checked_by
    JOIN app_user cb ON cb.id = r.created_by`;

const OPEN: RightsRequestStatus[] = ['RECEIVED', 'IDENTITY_CHECKED', 'IN_PROGRESS', 'EXTENDED'];

/** Which steps may follow which status. Refusal is possible at any point while the request is open. */
const ALLOWED_FROM: Record<ProgressRightsRequestInput['step'], RightsRequestStatus[]> = {
  CHECK_IDENTITY: ['RECEIVED'],
  START: ['IDENTITY_CHECKED'],
  EXTEND: ['IDENTITY_CHECKED', 'IN_PROGRESS'],
  COMPLETE: ['IDENTITY_CHECKED', 'IN_PROGRESS', 'EXTENDED'],
  REFUSE: OPEN,
};

const today = () => new Date().toISOString().slice(0, 10);
const trimmed = (v: string | null | undefined) => v?.trim() || null;

/**
 * The register of rights requests (subject access, rectification, restriction, objection,
 * erasure). The deadline is one calendar month from receipt by the ICO's rule (`rightsDeadline`
 * in packages/shared), extendable once to three months with a reason. Those who may see beyond
 * the person's name read the requests about them (partners must hear of a rectification,
 * restriction or erasure: UK GDPR Art. 19); the owning organisation's coordinators and managers
 * log and progress them. Every read and change is audited.
 */
export class RightsService {
  constructor(private readonly deps: { dataSource: DataSource; policy: PersonPolicy; people: PersonService; audit: AuditService }) {}

  /** Requests the viewer may see, optionally for one person or only those still open; most urgent first. */
  async list(viewer: Viewer, opts: { personId?: string | null; openOnly?: boolean }): Promise<RightsRequest[]> {
    const personId = opts.personId ? parseId(opts.personId, 'personId') : null;
    if (personId) requireRead((await this.deps.policy.accessFor(this.deps.dataSource, viewer, [personId])).get(personId), 'PROFILE');
    // Only people the viewer may know of (the policy's own condition), so others' requests never crowd out theirs.
    const found = await rows<RequestRow>(
      this.deps.dataSource,
      `${SELECT}
         JOIN person p ON p.id = r.person_id
        WHERE ${MAY_KNOW_SQL}
          AND ($4::uuid IS NULL OR r.person_id = $4) AND ($5::boolean = false OR r.status NOT IN ('COMPLETED','REFUSED'))
        ORDER BY r.closed_on IS NOT NULL, coalesce(r.extended_due_on, r.due_on), r.received_on LIMIT 500`,
      [viewer.id, viewer.organisationId, viewer.role, personId, opts.openOnly ?? false],
    );
    return this.toViews(viewer, found, this.deps.dataSource);
  }

  /** One request, or the one refusal. */
  async get(viewer: Viewer, id: string, runner: SqlRunner = this.deps.dataSource): Promise<RightsRequest> {
    const requestId = parseId(id, 'requestId');
    const [found] = await rows<RequestRow>(runner, `${SELECT} WHERE r.id = $1`, [requestId]);
    const [view] = found ? await this.toViews(viewer, [found], runner) : [];
    if (!view) throw notShared(true);
    return view;
  }

  /** Views of the rows the viewer may see (more than the name), each marked for the gate, with one audit row per person. */
  private async toViews(viewer: Viewer, found: RequestRow[], runner: SqlRunner): Promise<RightsRequest[]> {
    const personIds = [...new Set(found.map((r) => r.person_id))];
    const access = await this.deps.policy.accessFor(runner, viewer, personIds);
    const visible = found.filter((r) => access.get(r.person_id)?.canSeeProfile);
    const people = new Map(
      (
        await this.deps.people.views(
          viewer,
          [...new Set(visible.map((r) => r.person_id))],
          { selected: new Set(['id', 'displayName', 'legalName', 'preferredName']) },
          { action: 'READ', context: 'Rights requests' },
          runner,
        )
      ).map((p) => [p.id, p]),
    );
    const now = today();
    return visible.map((r) => {
      const a = access.get(r.person_id)!;
      const dueOn = r.extended_due_on ?? r.due_on;
      return disclose<RightsRequest>(
        {
          id: r.id,
          kind: r.kind,
          person: people.get(r.person_id) ?? null,
          receivedOn: r.received_on,
          details: r.details,
          status: r.status,
          identityCheckedOn: r.identity_checked_on,
          identityCheckMethod: r.identity_check_method,
          identityCheckedBy: r.identity_checked_by_name,
          originalDueOn: r.due_on,
          extendedDueOn: r.extended_due_on,
          extensionReason: r.extension_reason,
          dueOn,
          deadlineState: rightsDeadlineState(dueOn, r.closed_on !== null, now),
          response: r.response,
          refusalReason: r.refusal_reason,
          closedOn: r.closed_on,
          loggedBy: r.created_by_name,
          canManage: mayManage(viewer, a),
          version: r.version,
        },
        { access: a, section: null },
      );
    });
  }

  /** The owning organisation's coordinators and managers, with full access not by break-glass. A restricted record still takes requests. */
  private requireManager(viewer: Viewer, access: PersonAccess | undefined): PersonAccess {
    requireRead(access, 'KNOW');
    if (!mayManage(viewer, access!))
      throw new DomainError(
        'FORBIDDEN',
        'Rights requests are logged and answered by coordinators and managers in the organisation that holds the record.',
      );
    return access!;
  }

  async log(viewer: Viewer, input: LogRightsRequestInput): Promise<string> {
    const personId = parseId(input.personId, 'personId');
    if (input.receivedOn > today()) throw validationFailed({ receivedOn: 'The date received must be today or in the past.' });
    return this.deps.dataSource.transaction(async (tx) => {
      const access = (await this.deps.policy.accessFor(tx, viewer, [personId])).get(personId);
      this.requireManager(viewer, access);
      const [created] = await rows<{ id: string }>(
        tx,
        `INSERT INTO rights_request (person_id, owning_organisation_id, kind, received_on, details, due_on, created_by)
         SELECT p.id, p.owning_organisation_id, $2, $3, $4, $5, $6 FROM person p WHERE p.id = $1 RETURNING id`,
        [personId, input.kind, input.receivedOn, trimmed(input.details), rightsDeadline(input.receivedOn), viewer.id],
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'RIGHTS_REQUEST', personId, detail: { requestId: created!.id, kind: input.kind, step: 'LOGGED' } },
      ]);
      return created!.id;
    });
  }

  /** Moves a request on by one step, checking the version the viewer started from. */
  async progress(viewer: Viewer, input: ProgressRightsRequestInput): Promise<string> {
    const requestId = parseId(input.id, 'requestId');
    return this.deps.dataSource.transaction(async (tx) => {
      const [row] = await rows<RequestRow>(tx, `${SELECT} WHERE r.id = $1 FOR UPDATE OF r`, [requestId]);
      if (!row) throw notShared(true);
      this.requireManager(viewer, (await this.deps.policy.accessFor(tx, viewer, [row.person_id])).get(row.person_id));
      if (row.version !== input.expectedVersion)
        throw new DomainError('VERSION_CONFLICT', 'Someone else updated this request while you were working on it. Check their change.', {
          current: { status: row.status, version: row.version },
        });
      if (!ALLOWED_FROM[input.step].includes(row.status))
        throw new DomainError('VALIDATION_FAILED', stepRefusal(input.step, row.status), {
          fields: { step: stepRefusal(input.step, row.status) },
        });
      const set: Record<string, unknown> = {};
      switch (input.step) {
        case 'CHECK_IDENTITY': {
          const method = trimmed(input.identityCheckMethod);
          const on = input.identityCheckedOn;
          const fields: Record<string, string> = {};
          if (!method) fields.identityCheckMethod = 'Say how the person’s identity was checked.';
          if (!on) fields.identityCheckedOn = 'Enter the date identity was checked.';
          else if (on > today() || on < row.received_on) fields.identityCheckedOn = 'Enter a date between the day received and today.';
          if (Object.keys(fields).length) throw validationFailed(fields);
          Object.assign(set, {
            status: 'IDENTITY_CHECKED',
            identity_checked_on: on,
            identity_check_method: method,
            identity_checked_by: viewer.id,
          });
          break;
        }
        case 'START':
          set.status = 'IN_PROGRESS';
          break;
        case 'EXTEND': {
          const reason = trimmed(input.extensionReason);
          if (!reason)
            throw validationFailed({ extensionReason: 'Give the reason for extending: the request is complex, or one of many.' });
          Object.assign(set, { status: 'EXTENDED', extended_due_on: rightsDeadline(row.received_on, 3), extension_reason: reason });
          break;
        }
        case 'COMPLETE': {
          const response = trimmed(input.response);
          if (!response) throw validationFailed({ response: 'Record the response given to the person.' });
          Object.assign(set, { status: 'COMPLETED', response, closed_on: today() });
          break;
        }
        case 'REFUSE': {
          const reason = trimmed(input.refusalReason);
          if (!reason) throw validationFailed({ refusalReason: 'Give the reason for refusing, as told to the person.' });
          Object.assign(set, { status: 'REFUSED', refusal_reason: reason, closed_on: today() });
          break;
        }
      }
      const columns = Object.keys(set);
      await tx.query(
        `UPDATE rights_request SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`,
        [requestId, ...columns.map((c) => set[c])],
      );
      await this.deps.audit.record(tx, viewer, [
        { action: 'RIGHTS_REQUEST', personId: row.person_id, detail: { requestId, kind: row.kind, step: input.step } },
      ]);
      return requestId;
    });
  }
}

function mayManage(viewer: Viewer, access: PersonAccess): boolean {
  return access.isOwner && access.basis !== 'BREAK_GLASS' && (viewer.role === 'COORDINATOR' || viewer.role === 'MANAGER');
}

function stepRefusal(step: ProgressRightsRequestInput['step'], status: RightsRequestStatus): string {
  if (!OPEN.includes(status)) return 'This request is closed.';
  if (step === 'EXTEND' && status === 'EXTENDED')
    return 'This request has already been extended: the law allows one extension of two months.';
  if (status === 'RECEIVED') return 'Check the person’s identity first.';
  if (step === 'START') return 'Work on this request has already started.';
  return 'That step does not follow from where this request is.';
}

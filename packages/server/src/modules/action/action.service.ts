import {
  ACTION_STATUS_LABELS,
  canMoveAction,
  DUE_WINDOW_LABELS,
  formatDate,
  neutraliseCsvFormula,
  REASON_REQUIRED,
  type ActionStatus,
  type DueWindow,
} from '@casehuddle/shared';
import { stringify } from 'csv-stringify/sync';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { MeetingEventLog } from '../meeting/meeting-events.js';
import type { NotificationService } from '../notification/notification.service.js';
import type { PersonService } from '../person/person.service.js';
import type { Person } from '../person/person.types.js';
import type { ActionFilter, CreateActionInput, UpdateActionInput } from './dto/action.inputs.js';
import type { ActionChangedEvent } from './action.topics.js';
import type { Action, ActionSummary, MyWork } from './action.types.js';

/** An action as read by SELECT_ACTIONS (also as JSON, where the timestamps are strings: see `reviveActionRow`). */
export interface ActionRow {
  id: string;
  title: string;
  detail: string | null;
  person_id: string | null;
  owner_user_id: string;
  owner_name: string;
  owner_organisation_id: string;
  owner_organisation_name: string;
  owner_organisation_kind: string;
  due_date: string;
  due_window: DueWindow | null;
  status: ActionStatus;
  status_reason: string | null;
  huddle_id: string | null;
  meeting_id: string | null;
  agenda_item_id: string | null;
  created_by: string;
  creator_name: string;
  creator_organisation_id: string;
  creator_organisation_name: string;
  creator_organisation_kind: string;
  created_at: Date;
  updated_at: Date;
  completed_at: Date | null;
  version: number;
  overdue: boolean;
  in_scope: boolean;
}

/**
 * Which actions a viewer sees ($1 user, $2 organisation, $3 role):
 * - their own, their organisation's, the ones they created, and those of huddles they chair;
 * - managers also see the partnership's actions, for figures and barriers, without person details.
 * "In scope" marks the first group: those the viewer may change and whose person they may be shown.
 */
const IN_SCOPE = `(a.owner_user_id = $1 OR a.owner_organisation_id = $2 OR a.created_by = $1
  OR EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = a.huddle_id AND hc.user_id = $1))`;
const VISIBLE = `($3 <> 'ADMIN' AND ($3 = 'MANAGER' OR ${IN_SCOPE}))`;

const SELECT_ACTIONS = `
  SELECT a.id, a.title, a.detail, a.person_id, a.owner_user_id, ou.name AS owner_name,
         a.owner_organisation_id, oo.name AS owner_organisation_name, oo.kind AS owner_organisation_kind,
         a.due_date, a.due_window, a.status, a.status_reason, a.huddle_id, a.meeting_id, a.agenda_item_id,
         a.created_by, cu.name AS creator_name, co.id AS creator_organisation_id, co.name AS creator_organisation_name, co.kind AS creator_organisation_kind,
         a.created_at, a.updated_at, a.completed_at, a.version,
         (a.status IN ('OPEN','IN_PROGRESS') AND a.due_date < current_date) AS overdue,
         ${IN_SCOPE} AS in_scope
    FROM action a
    JOIN app_user ou ON ou.id = a.owner_user_id
    JOIN organisation oo ON oo.id = a.owner_organisation_id
    JOIN app_user cu ON cu.id = a.created_by
    JOIN organisation co ON co.id = cu.organisation_id`;

/** Each column of ActionRow in SQL, and the joins it needs (`ou`/`oo` the owner and their organisation, `cu`/`co` the creator and theirs). */
const ACTION_COLUMNS: Record<keyof ActionRow, { sql: string; joins?: ReadonlyArray<'ou' | 'oo' | 'cu' | 'co'> }> = {
  id: { sql: 'a.id' },
  title: { sql: 'a.title' },
  detail: { sql: 'a.detail' },
  person_id: { sql: 'a.person_id' },
  owner_user_id: { sql: 'a.owner_user_id' },
  owner_name: { sql: 'ou.name AS owner_name', joins: ['ou'] },
  owner_organisation_id: { sql: 'a.owner_organisation_id' },
  owner_organisation_name: { sql: 'oo.name AS owner_organisation_name', joins: ['oo'] },
  owner_organisation_kind: { sql: 'oo.kind AS owner_organisation_kind', joins: ['oo'] },
  due_date: { sql: 'a.due_date' },
  due_window: { sql: 'a.due_window' },
  status: { sql: 'a.status' },
  status_reason: { sql: 'a.status_reason' },
  huddle_id: { sql: 'a.huddle_id' },
  meeting_id: { sql: 'a.meeting_id' },
  agenda_item_id: { sql: 'a.agenda_item_id' },
  created_by: { sql: 'a.created_by' },
  creator_name: { sql: 'cu.name AS creator_name', joins: ['cu'] },
  creator_organisation_id: { sql: 'co.id AS creator_organisation_id', joins: ['cu', 'co'] },
  creator_organisation_name: { sql: 'co.name AS creator_organisation_name', joins: ['cu', 'co'] },
  creator_organisation_kind: { sql: 'co.kind AS creator_organisation_kind', joins: ['cu', 'co'] },
  created_at: { sql: 'a.created_at' },
  updated_at: { sql: 'a.updated_at' },
  completed_at: { sql: 'a.completed_at' },
  version: { sql: 'a.version' },
  overdue: { sql: `(a.status IN ('OPEN','IN_PROGRESS') AND a.due_date < current_date) AS overdue` },
  in_scope: { sql: `${IN_SCOPE} AS in_scope` },
};
const ACTION_JOINS = {
  ou: 'JOIN app_user ou ON ou.id = a.owner_user_id',
  oo: 'JOIN organisation oo ON oo.id = a.owner_organisation_id',
  cu: 'JOIN app_user cu ON cu.id = a.created_by',
  co: 'JOIN organisation co ON co.id = cu.organisation_id',
} as const;

/**
 * The columns an agenda always reads of its actions: to place each at its item, to carry the
 * open ones over, to order them, and to decide whether its person may be named.
 */
const AGENDA_ACTION_COLUMNS: ReadonlyArray<keyof ActionRow> = ['id', 'agenda_item_id', 'status', 'person_id', 'in_scope', 'created_at'];

/**
 * The columns each field of Action reads (see `actionFromRow`); `organisation` under `owner` or
 * `createdBy` adds that organisation's. `history` and `comments` read nothing here: an agenda
 * shows neither. A field not listed (one added later, say) makes the agenda read every column.
 */
const COLUMNS_BY_FIELD: Record<string, ReadonlyArray<keyof ActionRow>> = {
  __typename: [],
  id: [],
  title: ['title'],
  detail: ['detail'],
  person: [],
  personRestricted: [],
  owner: ['owner_user_id', 'owner_name'],
  'owner.organisation': ['owner_organisation_id', 'owner_organisation_name', 'owner_organisation_kind'],
  ownerOrganisation: ['owner_organisation_id', 'owner_organisation_name', 'owner_organisation_kind'],
  dueDate: ['due_date'],
  dueWindow: ['due_window'],
  status: [],
  statusReason: ['status_reason'],
  overdue: ['overdue'],
  canEdit: [],
  createdBy: ['created_by', 'creator_name'],
  'createdBy.organisation': ['creator_organisation_id', 'creator_organisation_name', 'creator_organisation_kind'],
  createdAt: [],
  updatedAt: ['updated_at'],
  completedAt: ['completed_at'],
  version: ['version'],
  origin: ['huddle_id', 'meeting_id'],
  history: [],
  comments: [],
};

/**
 * The ActionRow columns an agenda needs for the Action fields a query selects (`fields` names
 * them, and `owner.organisation` and the like the fields selected under them), or undefined
 * for every column: when no selection is known, or a field is not one this knows.
 */
export function actionColumnsFor(fields: ReadonlySet<string> | undefined): ReadonlySet<keyof ActionRow> | undefined {
  if (!fields) return undefined;
  const columns = new Set<keyof ActionRow>(AGENDA_ACTION_COLUMNS);
  for (const field of fields) {
    const needed = COLUMNS_BY_FIELD[field];
    if (!needed) {
      // A field under a known one (`person.displayName`, `owner.name`) reads nothing more than
      // its parent, but for the organisations listed above.
      const dot = field.indexOf('.');
      if (dot > 0 && COLUMNS_BY_FIELD[field.slice(0, dot)]) continue;
      return undefined;
    }
    for (const c of needed) columns.add(c);
  }
  return columns;
}

/** SELECT_ACTIONS with only some of the columns (all when `columns` is undefined), and only the joins they need. */
function selectActions(columns: ReadonlySet<keyof ActionRow> | undefined): string {
  if (!columns) return SELECT_ACTIONS;
  const chosen = (Object.keys(ACTION_COLUMNS) as Array<keyof ActionRow>).filter((c) => columns.has(c)).map((c) => ACTION_COLUMNS[c]);
  const joins = new Set(chosen.flatMap((c) => c.joins ?? []));
  return `SELECT ${chosen.map((c) => c.sql).join(', ')} FROM action a ${(['ou', 'oo', 'cu', 'co'] as const)
    .filter((j) => joins.has(j))
    .map((j) => ACTION_JOINS[j])
    .join(' ')}`;
}

/**
 * The actions agreed at some agenda items that this viewer ($1 user, $2 organisation, $3 role)
 * sees, as rows of ActionRow: `itemIds` is SQL for an array of item ids. The agenda folds this
 * into its own statement, reading only `columns` when given (see `actionColumnsFor`); the other
 * properties of its rows are then undefined.
 */
export const actionsAtItemsSql = (itemIds: string, columns?: ReadonlySet<keyof ActionRow>) =>
  `${selectActions(columns)} WHERE ${VISIBLE} AND a.agenda_item_id = ANY (${itemIds})`;

/** The parts of a person an action names (a summary, audited with the context 'Actions'). */
export const ACTION_PERSON_FIELDS = new Set(['id', 'displayName', 'legalName', 'preferredName']);

/** An ActionRow that came through JSON: its timestamps back to dates, in place (the row is the caller's own, just parsed). */
export function reviveActionRow(r: ActionRow): ActionRow {
  r.created_at = new Date(r.created_at);
  // Absent when the agenda read only some columns (actionsAtItemsSql).
  if (r.updated_at !== undefined) r.updated_at = new Date(r.updated_at);
  if (r.completed_at !== undefined) r.completed_at = r.completed_at === null ? null : new Date(r.completed_at);
  return r;
}

/**
 * Actions at agenda items grouped by item, from rows already read and the people already read
 * (and audited) for this viewer. A person is named only on an action in the viewer's scope.
 */
export function actionsByItem(viewer: Viewer, found: ActionRow[], people: Map<string, Person>): Map<string, Action[]> {
  const result = new Map<string, Action[]>();
  for (const r of found) {
    const action = actionFromRow(viewer, r, people, [], []);
    const itemId = r.agenda_item_id!;
    const list = result.get(itemId);
    if (list) list.push(action);
    else result.set(itemId, [action]);
  }
  return result;
}

/** Builds the WHERE clause of a filter, appending its parameters after the viewer's three. */
function filterSql(filter: ActionFilter | null | undefined, params: unknown[]): string {
  const clauses = [VISIBLE];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(sql(`$${params.length}`));
  };
  if (filter?.organisationId) add((n) => `a.owner_organisation_id = ${n}`, parseId(filter.organisationId, 'organisationId'));
  if (filter?.huddleId) add((n) => `a.huddle_id = ${n}`, parseId(filter.huddleId, 'huddleId'));
  if (filter?.meetingId) add((n) => `a.meeting_id = ${n}`, parseId(filter.meetingId, 'meetingId'));
  if (filter?.ownerId) add((n) => `a.owner_user_id = ${n}`, parseId(filter.ownerId, 'ownerId'));
  if (filter?.personId) add((n) => `a.person_id = ${n} AND ${IN_SCOPE}`, parseId(filter.personId, 'personId'));
  if (filter?.statuses?.length) add((n) => `a.status = ANY (${n}::text[])`, filter.statuses);
  if (filter?.dueFrom) add((n) => `a.due_date >= ${n}::date`, filter.dueFrom);
  if (filter?.dueTo) add((n) => `a.due_date <= ${n}::date`, filter.dueTo);
  if (filter?.overdueOnly) clauses.push(`a.status IN ('OPEN','IN_PROGRESS') AND a.due_date < current_date`);
  return clauses.join(' AND ');
}

/**
 * A staff member and their organisation. For a row of only some columns (an agenda's: see
 * `actionColumnsFor`), a part whose id was not read is not built: no query asked for it.
 */
const orgRef = (id: string, name: string, kind: string) => (id === undefined ? (undefined as never) : { id, name, kind });
const userRef = (id: string, name: string, orgId: string, orgName: string, orgKind: string) =>
  id === undefined ? (undefined as never) : { id, name, organisation: orgRef(orgId, orgName, orgKind) };

interface HistoryRow {
  id: string;
  action_id: string;
  at: Date;
  field: string;
  from_value: string | null;
  to_value: string | null;
  actor_id: string | null;
  actor_name: string | null;
  org_id: string | null;
  org_name: string | null;
  org_kind: string | null;
}

interface CommentRow {
  id: string;
  action_id: string;
  body: string;
  created_at: Date;
  author_id: string;
  author_name: string;
  org_id: string;
  org_name: string;
  org_kind: string;
}

/** One row as an Action; `people` holds the summaries read for this viewer. */
function actionFromRow(viewer: Viewer, r: ActionRow, people: Map<string, Person>, history: HistoryRow[], comments: CommentRow[]): Action {
  const person = r.person_id && r.in_scope ? (people.get(r.person_id) ?? null) : null;
  return {
    id: r.id,
    title: r.title,
    detail: r.detail,
    person,
    personRestricted: !!r.person_id && !person,
    owner: userRef(r.owner_user_id, r.owner_name, r.owner_organisation_id, r.owner_organisation_name, r.owner_organisation_kind),
    ownerOrganisation: orgRef(r.owner_organisation_id, r.owner_organisation_name, r.owner_organisation_kind),
    dueDate: r.due_date,
    dueWindow: r.due_window,
    status: r.status,
    statusReason: r.status_reason,
    overdue: r.overdue,
    canEdit: r.in_scope && viewer.role !== 'ADMIN',
    createdBy: userRef(r.created_by, r.creator_name, r.creator_organisation_id, r.creator_organisation_name, r.creator_organisation_kind),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    completedAt: r.completed_at,
    version: r.version,
    origin: r.meeting_id || r.huddle_id ? { huddleId: r.huddle_id, meetingId: r.meeting_id, agendaItemId: r.agenda_item_id } : null,
    // An agenda's actions come with no history or comments: no filtering (and no arrays) for those.
    history: !history.length
      ? []
      : history
          .filter((h) => h.action_id === r.id)
          .map((h) => ({
            id: h.id,
            at: h.at,
            field: h.field,
            from: h.from_value,
            to: h.to_value,
            actor: h.actor_id ? userRef(h.actor_id, h.actor_name!, h.org_id!, h.org_name!, h.org_kind!) : null,
          })),
    comments: !comments.length
      ? []
      : comments
          .filter((c) => c.action_id === r.id)
          .map((c) => ({
            id: c.id,
            body: c.body,
            createdAt: c.created_at,
            author: userRef(c.author_id, c.author_name, c.org_id, c.org_name, c.org_kind),
          })),
  };
}

/**
 * Actions: create, change (with a version check and a full history), list, and the figures
 * managers review. Every write runs in one transaction with its history, notifications and
 * live event.
 */
export class ActionService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      people: PersonService;
      notifications: NotificationService;
      bus: PgEventBus;
      meetingEvents: MeetingEventLog;
    },
  ) {}

  private viewerParams(viewer: Viewer): unknown[] {
    return [viewer.id, viewer.organisationId, viewer.role];
  }

  /** Turns rows into actions, with person summaries through the person policy (one batch, audited). */
  /**
   * Rows to actions. `known` holds person summaries the caller has already read (and audited)
   * for this viewer, such as an agenda's; only the others are read here.
   */
  private async toActions(
    viewer: Viewer,
    found: ActionRow[],
    extras?: { history?: boolean; comments?: boolean; known?: Promise<Person[]> },
  ): Promise<Action[]> {
    const byId = new Map((extras?.known ? await extras.known : []).map((p) => [p.id, p]));
    const personIds = [...new Set(found.filter((r) => r.person_id && r.in_scope && !byId.has(r.person_id)).map((r) => r.person_id!))];
    const people =
      personIds.length && viewer.role !== 'ADMIN'
        ? await this.deps.people.views(viewer, personIds, { selected: ACTION_PERSON_FIELDS }, { action: 'READ', context: 'Actions' })
        : [];
    for (const p of people) byId.set(p.id, p);
    const ids = found.map((r) => r.id);
    const [history, comments] = await Promise.all([
      extras?.history && ids.length
        ? rows<HistoryRow>(
            this.deps.dataSource,
            `SELECT h.id::text, h.action_id, h.at, h.field, h.from_value, h.to_value, u.id AS actor_id, u.name AS actor_name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
               FROM action_history h LEFT JOIN app_user u ON u.id = h.actor_id LEFT JOIN organisation o ON o.id = u.organisation_id
              WHERE h.action_id = ANY ($1::uuid[]) ORDER BY h.at, h.id`,
            [ids],
          )
        : [],
      extras?.comments && ids.length
        ? rows<CommentRow>(
            this.deps.dataSource,
            `SELECT c.id, c.action_id, c.body, c.created_at, u.id AS author_id, u.name AS author_name, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
               FROM action_comment c JOIN app_user u ON u.id = c.author_id JOIN organisation o ON o.id = u.organisation_id
              WHERE c.action_id = ANY ($1::uuid[]) ORDER BY c.created_at, c.id`,
            [ids],
          )
        : [],
    ]);
    return found.map((r) => actionFromRow(viewer, r, byId, history, comments));
  }

  async list(viewer: Viewer, filter: ActionFilter | null | undefined, limit = 100, offset = 0): Promise<Action[]> {
    const params = this.viewerParams(viewer);
    const where = filterSql(filter, params);
    params.push(Math.min(Math.max(limit, 1), 500), Math.max(offset, 0));
    const found = await rows<ActionRow>(
      this.deps.dataSource,
      `${SELECT_ACTIONS} WHERE ${where} ORDER BY overdue DESC, a.due_date, a.created_at LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return this.toActions(viewer, found);
  }

  /** Actions agreed at these agenda items, in one statement (for the agenda, whose people are `known`). */
  async forItems(viewer: Viewer, itemIds: string[], known?: Promise<Person[]>): Promise<Map<string, Action[]>> {
    if (itemIds.length === 0) return new Map();
    const found = await rows<ActionRow>(
      this.deps.dataSource,
      `${actionsAtItemsSql('$4::uuid[]')} ORDER BY a.created_at`,
      [...this.viewerParams(viewer), itemIds],
      { prepared: true },
    );
    const result = new Map<string, Action[]>();
    for (const action of await this.toActions(viewer, found, { known })) {
      const itemId = action.origin!.agendaItemId!;
      const list = result.get(itemId);
      if (list) list.push(action);
      else result.set(itemId, [action]);
    }
    return result;
  }

  /** Of these people, those with overdue or blocked actions (for draft agendas). */
  async peopleWithOverdueOrBlocked(personIds: string[]): Promise<string[]> {
    if (personIds.length === 0) return [];
    const found = await rows<{ person_id: string }>(
      this.deps.dataSource,
      `SELECT DISTINCT person_id FROM action WHERE person_id = ANY ($1::uuid[])
          AND ((status IN ('OPEN','IN_PROGRESS') AND due_date < current_date) OR status IN ('NOT_POSSIBLE','NOT_UNDERTAKEN'))`,
      [personIds],
    );
    return found.map((r) => r.person_id);
  }

  /**
   * For each of these people, how many of their open actions are past due, counting only the
   * actions this viewer may see with the person named (the same scope as filtering by person).
   */
  async overdueCounts(viewer: Viewer, personIds: string[]): Promise<Map<string, number>> {
    if (personIds.length === 0 || viewer.role === 'ADMIN') return new Map();
    const found = await rows<{ person_id: string; n: number }>(
      this.deps.dataSource,
      `SELECT a.person_id, count(*)::int AS n FROM action a
        WHERE a.person_id = ANY ($4::uuid[]) AND ${VISIBLE} AND ${IN_SCOPE}
          AND a.status IN ('OPEN','IN_PROGRESS') AND a.due_date < current_date
        GROUP BY a.person_id`,
      [...this.viewerParams(viewer), personIds],
    );
    return new Map(found.map((r) => [r.person_id, r.n]));
  }

  /** A snapshot of actions for frozen minutes. */
  async snapshotForItems(tx: SqlRunner, itemIds: string[]): Promise<Array<{ agenda_item_id: string; actions: unknown[] }>> {
    if (itemIds.length === 0) return [];
    return rows(
      tx,
      `SELECT a.agenda_item_id, jsonb_agg(jsonb_build_object('id', a.id, 'title', a.title, 'status', a.status, 'owner', u.name, 'organisation', o.name, 'dueDate', a.due_date) ORDER BY a.created_at) AS actions
         FROM action a JOIN app_user u ON u.id = a.owner_user_id JOIN organisation o ON o.id = a.owner_organisation_id
        WHERE a.agenda_item_id = ANY ($1::uuid[]) GROUP BY a.agenda_item_id`,
      [itemIds],
    );
  }

  async get(viewer: Viewer, id: string): Promise<Action> {
    const actionId = parseId(id);
    const params = this.viewerParams(viewer);
    params.push(actionId);
    const found = await rows<ActionRow>(this.deps.dataSource, `${SELECT_ACTIONS} WHERE ${VISIBLE} AND a.id = $4`, params);
    if (found.length === 0) throw new DomainError('NOT_FOUND', 'That action was not found, or you do not have access to it.');
    const [action] = await this.toActions(viewer, found, { history: true, comments: true });
    return action!;
  }

  /** The figures for manager review, in one SQL statement over the filtered actions. */
  async summary(viewer: Viewer, filter: ActionFilter | null | undefined): Promise<ActionSummary> {
    const params = this.viewerParams(viewer);
    const where = filterSql(filter, params);
    const [row] = await rows<{
      counts: Record<string, number | null>;
      overdue_by_org: ActionSummary['overdueByOrganisation'];
      barriers: ActionSummary['barriers'];
    }>(
      this.deps.dataSource,
      `WITH f AS (SELECT a.* FROM action a WHERE ${where})
       SELECT
         (SELECT jsonb_build_object(
            'total', count(*),
            'open', count(*) FILTER (WHERE status IN ('OPEN','IN_PROGRESS')),
            'overdue', count(*) FILTER (WHERE status IN ('OPEN','IN_PROGRESS') AND due_date < current_date),
            'done', count(*) FILTER (WHERE status = 'DONE'),
            'blocked', count(*) FILTER (WHERE status IN ('NOT_POSSIBLE','NOT_UNDERTAKEN')),
            'notPossible', count(*) FILTER (WHERE status = 'NOT_POSSIBLE'),
            'notUndertaken', count(*) FILTER (WHERE status = 'NOT_UNDERTAKEN'),
            'cancelled', count(*) FILTER (WHERE status = 'CANCELLED'),
            'completionRate', round((count(*) FILTER (WHERE status = 'DONE'))::numeric / NULLIF(count(*) FILTER (WHERE status <> 'CANCELLED'), 0), 4),
            'medianDaysToComplete', round((percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - created_at) / 86400.0)
                                       FILTER (WHERE status = 'DONE' AND completed_at IS NOT NULL))::numeric, 1)
          ) FROM f) AS counts,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('organisation', jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind), 'count', n) ORDER BY n DESC, o.name), '[]')
            FROM (SELECT owner_organisation_id, count(*) AS n FROM f WHERE status IN ('OPEN','IN_PROGRESS') AND due_date < current_date GROUP BY owner_organisation_id) x
            JOIN organisation o ON o.id = x.owner_organisation_id) AS overdue_by_org,
         (SELECT coalesce(jsonb_agg(jsonb_build_object('actionId', f.id, 'title', f.title, 'reason', f.status_reason, 'dueDate', f.due_date,
                                                       'recordedAt', coalesce((SELECT max(h.at) FROM action_history h WHERE h.action_id = f.id AND h.field = 'status' AND h.to_value = 'NOT_POSSIBLE'), f.updated_at), 'organisation', jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind))
                                    ORDER BY f.updated_at DESC), '[]')
            FROM f JOIN organisation o ON o.id = f.owner_organisation_id WHERE f.status = 'NOT_POSSIBLE') AS barriers`,
      params,
    );
    const c = row!.counts;
    return {
      total: Number(c.total),
      open: Number(c.open),
      overdue: Number(c.overdue),
      done: Number(c.done),
      blocked: Number(c.blocked),
      notPossible: Number(c.notPossible),
      notUndertaken: Number(c.notUndertaken),
      cancelled: Number(c.cancelled),
      completionRate: c.completionRate === null ? null : Number(c.completionRate),
      medianDaysToComplete: c.medianDaysToComplete === null ? null : Number(c.medianDaysToComplete),
      overdueByOrganisation: row!.overdue_by_org,
      barriers: row!.barriers.map((b) => ({ ...b, recordedAt: new Date(b.recordedAt) })),
    };
  }

  /** The filtered actions as CSV, safe to open in a spreadsheet (formulas neutralised). No person details. */
  async csv(viewer: Viewer, filter: ActionFilter | null | undefined): Promise<string> {
    const actions = await this.list(viewer, filter, 500, 0);
    const header = ['Title', 'Status', 'Reason', 'Owner', 'Organisation', 'Due', 'Window', 'Overdue', 'Created by', 'Created', 'Completed'];
    const data = actions.map((a) => [
      a.title,
      ACTION_STATUS_LABELS[a.status],
      a.statusReason ?? '',
      a.owner.name,
      a.ownerOrganisation.name,
      formatDate(`${a.dueDate}T12:00:00Z`),
      a.dueWindow ? DUE_WINDOW_LABELS[a.dueWindow] : '',
      a.overdue ? 'Yes' : 'No',
      a.createdBy.name,
      formatDate(a.createdAt),
      a.completedAt ? formatDate(a.completedAt) : '',
    ]);
    return stringify([header, ...data], { cast: { string: (value) => neutraliseCsvFormula(value) }, quoted_match: /[",\n\r]/ });
  }

  async myWork(viewer: Viewer): Promise<MyWork> {
    const params = this.viewerParams(viewer);
    const found = await rows<ActionRow>(
      this.deps.dataSource,
      `${SELECT_ACTIONS} WHERE ${VISIBLE} AND a.status IN ('OPEN','IN_PROGRESS') AND (a.owner_user_id = $1 OR a.owner_organisation_id = $2)
       ORDER BY a.due_date, a.created_at LIMIT 300`,
      params,
    );
    const actions = await this.toActions(viewer, found);
    // UK calendar days, as the database's current_date (Europe/London) uses for "overdue".
    const weekAhead = new Date(Date.now() + 7 * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
    const mine = actions.filter((a) => a.owner.id === viewer.id);
    return {
      overdue: mine.filter((a) => a.overdue),
      dueThisWeek: mine.filter((a) => !a.overdue && a.dueDate <= weekAhead),
      later: mine.filter((a) => !a.overdue && a.dueDate > weekAhead),
      organisation: actions.filter((a) => a.owner.id !== viewer.id),
      leadFor: await this.deps.people.leadFor(viewer),
    };
  }

  // ------------------------------------------------------------------ writes

  async create(
    viewer: Viewer,
    input: CreateActionInput,
    origin?: { huddleId: string; meetingId: string; agendaItemId: string },
    outer?: EntityManager,
  ): Promise<string> {
    if (viewer.role === 'ADMIN') throw new DomainError('FORBIDDEN', 'Administrators manage accounts; they do not own or create actions.');
    const ownerId = parseId(input.ownerId, 'ownerId');
    const personId = input.personId ? parseId(input.personId, 'personId') : null;
    checkDueDate(input.dueDate, 'dueDate');
    const run = <T>(work: (tx: EntityManager) => Promise<T>) => (outer ? work(outer) : this.deps.dataSource.transaction(work));
    return run(async (tx) => {
      const owner = await this.activeOwner(tx, ownerId);
      if (personId) await this.deps.people.requireKnown(tx, viewer, personId);
      const [created] = await rows<{ id: string; version: number }>(
        tx,
        `INSERT INTO action (title, detail, person_id, owner_user_id, owner_organisation_id, due_date, due_window, created_by, huddle_id, meeting_id, agenda_item_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, version`,
        [
          input.title.trim(),
          input.detail?.trim() || null,
          personId,
          ownerId,
          owner.organisation_id,
          input.dueDate,
          input.dueWindow ?? null,
          viewer.id,
          origin?.huddleId ?? null,
          origin?.meetingId ?? null,
          origin?.agendaItemId ?? null,
        ],
      );
      const id = created!.id;
      await tx.query(`INSERT INTO action_history (action_id, actor_id, field, to_value) VALUES ($1, $2, 'created', $3)`, [
        id,
        viewer.id,
        input.title.trim(),
      ]);
      if (ownerId !== viewer.id) {
        await this.deps.notifications.notify(tx, {
          userId: ownerId,
          kind: 'ASSIGNED',
          actionId: id,
          message: `${viewer.name} gave you an action: ${input.title.trim()} (due ${formatDate(`${input.dueDate}T12:00:00Z`)})`,
          dedupeKey: `ASSIGNED:${id}:${ownerId}:1`,
        });
      }
      await this.publish(tx, {
        actionId: id,
        status: 'OPEN',
        version: created!.version,
        ownerUserId: ownerId,
        ownerOrganisationId: owner.organisation_id,
        createdBy: viewer.id,
        huddleId: origin?.huddleId ?? null,
        meetingId: origin?.meetingId ?? null,
      });
      return id;
    });
  }

  async update(viewer: Viewer, input: UpdateActionInput): Promise<void> {
    const actionId = parseId(input.id);
    await this.deps.dataSource.transaction(async (tx) => {
      const params = [...this.viewerParams(viewer), actionId];
      const [row] = await rows<ActionRow>(tx, `${SELECT_ACTIONS} WHERE ${VISIBLE} AND a.id = $4 FOR UPDATE OF a`, params);
      if (!row) throw new DomainError('NOT_FOUND', 'That action was not found, or you do not have access to it.');
      if (!row.in_scope || viewer.role === 'ADMIN') {
        throw new DomainError(
          'FORBIDDEN',
          'Only the owner’s organisation, the person who created it, and the huddle’s chairs can change this action.',
        );
      }
      if (row.version !== input.expectedVersion) {
        throw new DomainError(
          'VERSION_CONFLICT',
          'Someone else changed this action while you were editing it. Check their change, then try again.',
          {
            current: {
              status: row.status,
              statusReason: row.status_reason,
              title: row.title,
              dueDate: row.due_date,
              ownerId: row.owner_user_id,
              version: row.version,
            },
          },
        );
      }
      const changes: Array<[field: string, from: string | null, to: string | null]> = [];
      const set: Record<string, unknown> = {};
      const change = (field: string, column: string, from: unknown, to: unknown) => {
        if (to === undefined || from === to) return;
        set[column] = to;
        changes.push([field, from === null ? null : String(from), to === null ? null : String(to)]);
      };
      if (input.title !== undefined && input.title !== null) change('title', 'title', row.title, input.title.trim());
      if (input.detail !== undefined) change('detail', 'detail', row.detail, input.detail?.trim() || null);
      if (input.dueDate) {
        checkDueDate(input.dueDate, 'dueDate', row.due_date);
        change('dueDate', 'due_date', row.due_date, input.dueDate);
      }
      if (input.clearDueWindow) change('dueWindow', 'due_window', row.due_window, null);
      else if (input.dueWindow) change('dueWindow', 'due_window', row.due_window, input.dueWindow);
      let newOwner: { organisation_id: string } | undefined;
      if (input.ownerId) {
        const ownerId = parseId(input.ownerId, 'ownerId');
        if (ownerId !== row.owner_user_id) {
          newOwner = await this.activeOwner(tx, ownerId);
          change('owner', 'owner_user_id', row.owner_user_id, ownerId);
          set.owner_organisation_id = newOwner.organisation_id;
        }
      }
      if (input.status && input.status !== row.status) {
        if (!canMoveAction(row.status, input.status)) {
          throw new DomainError(
            'VALIDATION_FAILED',
            `An action that is ${ACTION_STATUS_LABELS[row.status].toLowerCase()} cannot become ${ACTION_STATUS_LABELS[input.status].toLowerCase()}.`,
            { fields: { status: 'That change of status is not allowed.' }, from: row.status, to: input.status },
          );
        }
        const reason = input.statusReason?.trim() || null;
        if (REASON_REQUIRED.includes(input.status) && !reason) {
          throw validationFailed({
            statusReason:
              input.status === 'NOT_POSSIBLE'
                ? 'Say what stopped it: the barrier the strategic board should know about.'
                : 'Say why it was not done.',
          });
        }
        change('status', 'status', row.status, input.status);
        set.status_reason = REASON_REQUIRED.includes(input.status) ? reason : null;
        if (REASON_REQUIRED.includes(input.status)) changes.push(['statusReason', row.status_reason, reason]);
        set.completed_at = input.status === 'DONE' ? new Date() : null;
      } else if (input.status && input.status === row.status && input.statusReason !== undefined && REASON_REQUIRED.includes(row.status)) {
        const reason = input.statusReason?.trim() || null;
        if (!reason) throw validationFailed({ statusReason: 'A reason is needed for this status.' });
        change('statusReason', 'status_reason', row.status_reason, reason);
      }
      if (changes.length === 0) return;
      const columns = Object.keys(set);
      const [saved] = await rows<{ version: number; status: ActionStatus; owner_user_id: string; owner_organisation_id: string }>(
        tx,
        `UPDATE action SET ${columns.map((c, i) => `${c} = $${i + 3}`).join(', ')}, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING version, status, owner_user_id, owner_organisation_id`,
        [actionId, input.expectedVersion, ...columns.map((c) => set[c])],
      );
      for (const [field, from, to] of changes) {
        await tx.query(`INSERT INTO action_history (action_id, actor_id, field, from_value, to_value) VALUES ($1, $2, $3, $4, $5)`, [
          actionId,
          viewer.id,
          field,
          from,
          to,
        ]);
      }
      const title = (set.title as string | undefined) ?? row.title;
      if (newOwner && saved!.owner_user_id !== viewer.id) {
        await this.deps.notifications.notify(tx, {
          userId: saved!.owner_user_id,
          kind: 'ASSIGNED',
          actionId,
          message: `${viewer.name} gave you an action: ${title}`,
          dedupeKey: `ASSIGNED:${actionId}:${saved!.owner_user_id}:${saved!.version}`,
        });
      }
      if (set.status && row.created_by !== viewer.id) {
        await this.deps.notifications.notify(tx, {
          userId: row.created_by,
          kind: 'STATUS_CHANGED',
          actionId,
          message: `${viewer.name} marked “${title}” as ${ACTION_STATUS_LABELS[saved!.status].toLowerCase()}`,
          dedupeKey: `STATUS_CHANGED:${actionId}:${saved!.version}`,
        });
      }
      if (row.meeting_id)
        await this.deps.meetingEvents.record(tx, viewer, row.meeting_id, 'ACTION_CHANGED', {
          itemId: row.agenda_item_id,
          version: saved!.version,
        });
      await this.publish(tx, {
        actionId,
        status: saved!.status,
        version: saved!.version,
        ownerUserId: saved!.owner_user_id,
        ownerOrganisationId: saved!.owner_organisation_id,
        createdBy: row.created_by,
        huddleId: row.huddle_id,
        meetingId: row.meeting_id,
      });
    });
  }

  async addComment(viewer: Viewer, id: string, body: string): Promise<void> {
    const actionId = parseId(id);
    const text = body.trim();
    if (!text) throw validationFailed({ body: 'Enter a comment.' });
    if (text.length > 5000) throw validationFailed({ body: 'Keep the comment to 5,000 characters or fewer.' });
    await this.deps.dataSource.transaction(async (tx) => {
      const [row] = await rows<ActionRow>(tx, `${SELECT_ACTIONS} WHERE ${VISIBLE} AND a.id = $4`, [...this.viewerParams(viewer), actionId]);
      if (!row) throw new DomainError('NOT_FOUND', 'That action was not found, or you do not have access to it.');
      if (!row.in_scope || viewer.role === 'ADMIN')
        throw new DomainError('FORBIDDEN', 'Only those working on this action can comment on it.');
      await tx.query(`INSERT INTO action_comment (action_id, author_id, body) VALUES ($1, $2, $3)`, [actionId, viewer.id, text]);
      // A comment is not a change to the action's fields: no new version, but open views hear of it.
      await this.publish(tx, {
        actionId,
        status: row.status,
        version: row.version,
        ownerUserId: row.owner_user_id,
        ownerOrganisationId: row.owner_organisation_id,
        createdBy: row.created_by,
        huddleId: row.huddle_id,
        meetingId: row.meeting_id,
      });
    });
  }

  /** Whether a live action event may be told to this viewer (the same rules as the list). */
  async visibleTo(
    viewer: Viewer,
    event: { ownerUserId: string; ownerOrganisationId: string; createdBy: string; huddleId: string | null },
  ): Promise<boolean> {
    if (viewer.role === 'ADMIN') return false;
    if (
      viewer.role === 'MANAGER' ||
      event.ownerUserId === viewer.id ||
      event.ownerOrganisationId === viewer.organisationId ||
      event.createdBy === viewer.id
    )
      return true;
    if (!event.huddleId) return false;
    const chairs = await rows(this.deps.dataSource, `SELECT 1 FROM huddle_chair WHERE huddle_id = $1 AND user_id = $2`, [
      event.huddleId,
      viewer.id,
    ]);
    return chairs.length > 0;
  }

  private async activeOwner(tx: SqlRunner, ownerId: string): Promise<{ organisation_id: string }> {
    const [owner] = await rows<{ organisation_id: string; active: boolean; role: string }>(
      tx,
      `SELECT u.organisation_id, u.active AND o.active AS active, u.role FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
      [ownerId],
    );
    if (!owner || !owner.active || owner.role === 'ADMIN')
      throw validationFailed({ ownerId: 'Choose an active practitioner, coordinator or manager to own this action.' });
    return owner;
  }

  private async publish(tx: SqlRunner, event: ActionChangedEvent) {
    await this.deps.bus.publish('ACTION_CHANGED', event, tx as never);
  }
}

function checkDueDate(value: string, field: string, current?: string) {
  if (current && value === current) return;
  const yearAgo = new Date(Date.now() - 366 * 86_400_000).toISOString().slice(0, 10);
  if (value < yearAgo) throw validationFailed({ [field]: 'The due date is more than a year ago. Check the year.' });
}

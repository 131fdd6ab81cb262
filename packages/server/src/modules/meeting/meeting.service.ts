import {
  formatDate,
  itemOutcome,
  type AgendaItemKind,
  type AgendaTextField,
  type MeetingStatus,
  type SharingSection,
} from '@casehuddle/shared';
import type { DataSource, EntityManager } from 'typeorm';
import * as Y from 'yjs';
import type { Viewer } from '../../core/context.js';
import { DomainError, validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import type { PgEventBus } from '../../core/pubsub.js';
import { rows, type SqlRunner } from '../../core/sql.js';
import type { CreateActionInput } from '../action/dto/action.inputs.js';
import {
  ACTION_PERSON_FIELDS,
  actionColumnsFor,
  actionsAtItemsSql,
  actionsByItem,
  reviveActionRow,
  type ActionRow,
  type ActionService,
} from '../action/action.service.js';
import type { Action } from '../action/action.types.js';
import type { AddAgendaItemInput, UpdateAgendaItemInput } from '../huddle/dto/huddle.inputs.js';
import type { HuddleService } from '../huddle/huddle.service.js';
import type { AgendaItem, Meeting, MinutesSignOff } from '../huddle/huddle.types.js';
import type { AuditService } from '../audit/audit.service.js';
import type { UserRef } from '../person/person.types.js';
import type { PersonService } from '../person/person.service.js';
import { NEUTRAL_ITEM_TITLE } from '../disclosure/data-map.js';
import { disclose, disclosureOf, NO_ACCESS, type AccessLike } from '../disclosure/gate.js';
import type { MeetingEventLog } from './meeting-events.js';
import { applyAndStore, decodeBase64, encodeBase64, loadText, replaceUpdate, textOf, type LoadedText } from './agenda-text.js';
import type { AgendaText, EditAgendaTextInput } from './agenda-text.types.js';
import { ACCESS_BASIS_SQL, peopleWithAccessSql, type AccessBasis, type LoadedRow, type PersonAccess } from '../person/person.policy.js';
import type { Person } from '../person/person.types.js';
import { auditInsertCtes, type AuditEntry } from '../audit/audit.service.js';
import { MEMBER_SQL } from '../huddle-membership/huddle-membership.js';

interface ItemRow {
  id: string;
  position: number;
  kind: AgendaItemKind;
  person_id: string | null;
  title: string;
  reason: string | null;
  notes: string;
  notes_version: number;
  decisions: string;
  decisions_version: number;
  system_barrier: boolean;
  barrier_version: number;
  discussed: boolean;
  carried_from_item_id: string | null;
  /** Actions raised at this item (not those carried with it from an earlier meeting). */
  action_count?: number;
  /** The part of the record the kind, title and reason were drafted from (see the data map). */
  disclosure_section: SharingSection | null;
}

const RESTRICTED_TITLE = NEUTRAL_ITEM_TITLE;

/** A staff member as a UserRef, in SQL: `u` is app_user and `o` their organisation. */
const USER_OBJECT = `jsonb_build_object('id', u.id, 'name', u.name, 'organisation', jsonb_build_object('id', o.id, 'name', o.name, 'kind', o.kind))`;
/** The UserRef of the user with this id (null for none). */
const USER_JSON = (id: string) =>
  `(SELECT ${USER_OBJECT} FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = ${id})`;
const SUMMARY_FIELDS = new Set(['id', 'displayName', 'legalName', 'preferredName', 'pronouns', 'lockedDown']);

/**
 * The columns of an ItemRow, in the order the statement's `item` CTE gives them. The items are
 * printed as JSON by `json_agg` over a row of these columns (a record's columns are printed
 * with their types' output functions looked up once per row), which cost about an eighth of
 * building each item with `json_build_object` (whose variadic arguments are typed again on
 * every call). Nor is the shared-text state (bytea) of each item read, as `to_jsonb(i)` would.
 */
const ITEM_COLUMNS = [
  'id',
  'position',
  'kind',
  'person_id',
  'title',
  'reason',
  'notes',
  'notes_version',
  'decisions',
  'decisions_version',
  'system_barrier',
  'barrier_version',
  'discussed',
  'carried_from_item_id',
  'disclosure_section',
  'action_count',
] as const;

/** What a summary on the agenda (or on an action) discloses: buildPersonView names it, and the agenda checks. */
const AGENDA_READ_SECTIONS = ['IDENTITY'];

/**
 * The agenda in one statement ($1 user id, $2 organisation id, $3 role, $4 meeting id, $5 the
 * sections a summary discloses). See MeetingService.get.
 */
const agendaSql = (actionColumns: ReadonlySet<keyof ActionRow> | undefined) => `
  WITH mt AS MATERIALIZED (
    SELECT m.id, m.huddle_id, h.name AS huddle_name, m.starts_at, m.status, m.focus_item_id, m.seq, m.closed_at, m.closed_by, m.chair_id, m.place,
           EXISTS (SELECT 1 FROM huddle_member hm WHERE hm.huddle_id = m.huddle_id AND hm.organisation_id = $2) AS member,
           EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = m.huddle_id AND hc.user_id = $1) AS chair,
           huddle_isa_signed(m.huddle_id, $2) AS isa_signed,
           huddle_minutes_visible(m.huddle_id, $2, m.closed_at) AS minutes_visible
      FROM meeting m JOIN huddle h ON h.id = m.huddle_id WHERE m.id = $4
  ), gate AS MATERIALIZED (
    SELECT mt.*, (${MEMBER_SQL({ member: 'mt.member', chair: 'mt.chair', isaSigned: 'mt.isa_signed', role: '$3' })} AND mt.minutes_visible) AS readable FROM mt
  ), item AS MATERIALIZED (
    SELECT true AS live, i.created_at AS sort_at, i.id, i.position, i.kind, i.person_id, i.title, i.reason, i.notes, i.notes_version,
           i.decisions, i.decisions_version, i.system_barrier, i.barrier_version, i.discussed, i.carried_from_item_id,
           i.disclosure_section, coalesce(ac.n, 0) AS action_count
      FROM gate m JOIN agenda_item i ON i.meeting_id = m.id
      -- The actions raised at each item, counted in one pass rather than once per item.
      LEFT JOIN (SELECT a.agenda_item_id, count(*) AS n FROM action a WHERE a.meeting_id = $4 GROUP BY a.agenda_item_id) ac ON ac.agenda_item_id = i.id
     WHERE m.readable AND m.status <> 'CLOSED'
    UNION ALL
    -- The frozen minutes (their actions are not shown on a closed meeting's items: only counted).
    SELECT false, NULL, mi.item_id, mi.position, mi.kind, mi.person_id, mi.title, mi.reason, mi.notes, 0,
           mi.decisions, 0, mi.system_barrier, 0, mi.discussed, NULL,
           mi.disclosure_section, jsonb_array_length(mi.actions)
      FROM gate m JOIN meeting_minutes_item mi ON mi.meeting_id = m.id WHERE m.readable AND m.status = 'CLOSED'
  ), act AS MATERIALIZED (
    ${actionsAtItemsSql(`ARRAY(SELECT id FROM item WHERE live UNION ALL SELECT carried_from_item_id FROM item WHERE live AND carried_from_item_id IS NOT NULL)`, actionColumns)}
  ), who AS MATERIALIZED (
    -- The people shown: those the items are about, then those named on actions in the viewer's scope.
    SELECT person_id, bool_or(on_agenda) AS on_agenda, min(n) AS n FROM (
      SELECT person_id, true AS on_agenda, position AS n FROM item WHERE person_id IS NOT NULL
      UNION ALL
      SELECT person_id, false, NULL FROM act WHERE person_id IS NOT NULL AND in_scope AND $3 <> 'ADMIN'
    ) w GROUP BY person_id
  ), people AS MATERIALIZED (
    SELECT q.*, ${ACCESS_BASIS_SQL('q', '$3')} AS basis
      FROM (${peopleWithAccessSql('summary', 'p.id = ANY (ARRAY(SELECT person_id FROM who))')}) q
  ), shown AS MATERIALIZED (
    -- One audit row per person the viewer may know of, as PersonService.views writes it.
    SELECT 'READ'::text AS action, pe.id AS person_id, $5::text[] AS sections,
           CASE WHEN who.on_agenda THEN 'Huddle agenda' ELSE 'Actions' END AS tombstone, NULL::text AS note,
           pe.basis = 'BREAK_GLASS' AS break_glass, '{}'::jsonb AS detail, who.on_agenda, who.n
      FROM people pe JOIN who ON who.person_id = pe.id
     WHERE pe.basis <> 'NONE'
  ), ${auditInsertCtes(
    `(SELECT action, person_id, sections, tombstone, note, break_glass, detail FROM shown ORDER BY on_agenda DESC, n, person_id) AS e`,
    '$1',
  )}
  SELECT m.id, m.huddle_id, m.huddle_name, m.starts_at, m.status, m.focus_item_id, m.seq, m.closed_at, m.place,
         m.member, m.chair, m.isa_signed, m.minutes_visible, m.readable,
         CASE WHEN m.status = 'CLOSED' THEN
           (SELECT coalesce(mm.chair, ${USER_JSON('m.closed_by')}) FROM meeting_minutes mm WHERE mm.meeting_id = m.id)
         ELSE ${USER_JSON('m.chair_id')} END AS meeting_chair,
         (SELECT coalesce(jsonb_agg(${USER_OBJECT} ORDER BY u.name), '[]')
            FROM huddle_chair hc JOIN app_user u ON u.id = hc.user_id JOIN organisation o ON o.id = u.organisation_id
           WHERE hc.huddle_id = m.huddle_id) AS huddle_chairs,
         (SELECT jsonb_build_object('signedBy', ${USER_OBJECT}, 'signedOn', s.signed_on, 'signedAt', s.signed_at)
            FROM meeting_minutes_sign_off s JOIN app_user u ON u.id = s.signed_by JOIN organisation o ON o.id = u.organisation_id
           WHERE s.meeting_id = m.id) AS sign_off,
         CASE WHEN NOT m.readable THEN '[]'::jsonb WHEN m.status = 'CLOSED' THEN
           (SELECT coalesce(jsonb_agg(jsonb_build_object('user', a->'user', 'present', (a->>'present')::boolean,
                     'apologies', coalesce((a->>'apologies')::boolean, false))), '[]')
              FROM meeting_minutes mm, jsonb_array_elements(mm.attendance) a WHERE mm.meeting_id = m.id)
         ELSE
           (SELECT coalesce(jsonb_agg(jsonb_build_object('user', ${USER_OBJECT}, 'present', a.present, 'apologies', a.apologies) ORDER BY u.name), '[]')
              FROM meeting_attendance a JOIN app_user u ON u.id = a.user_id JOIN organisation o ON o.id = u.organisation_id WHERE a.meeting_id = m.id)
         END AS attendance,
         -- json_agg, not jsonb_agg: the rows are only printed, and jsonb would build and sort each one first.
         (SELECT coalesce(json_agg(r ORDER BY s.position, s.sort_at), '[]') FROM item s, LATERAL (SELECT ${ITEM_COLUMNS.map((c) => `s.${c}`).join(', ')}) r) AS items,
         (SELECT coalesce(json_agg(act ORDER BY act.created_at), '[]') FROM act) AS actions,
         (SELECT coalesce(json_agg(people), '[]') FROM people) AS people,
         (SELECT coalesce(json_agg(a), '[]') FROM (SELECT person_id, sections, tombstone AS context, break_glass FROM shown) a) AS audited
    FROM gate m`;

/**
 * The agenda statement for each set of action columns asked for (one per query shape). Each is
 * prepared on every connection that runs it, so only the first MAX_AGENDA_SHAPES sets get a
 * statement of their own; any other reads every column, with the one statement for that.
 */
const MAX_AGENDA_SHAPES = 16;
const agendaStatements = new Map<string, string>();
function agendaStatement(actionColumns: ReadonlySet<keyof ActionRow> | undefined): string {
  let key = actionColumns ? [...actionColumns].sort().join(',') : '*';
  if (!agendaStatements.has(key) && agendaStatements.size >= MAX_AGENDA_SHAPES) key = '*';
  let sql = agendaStatements.get(key);
  if (sql === undefined) {
    sql = agendaSql(key === '*' ? undefined : actionColumns);
    agendaStatements.set(key, sql);
  }
  return sql;
}

/**
 * Refuses an agenda whose audit rows (as the statement wrote them, before folding repeats)
 * differ from those the disclosure code names for the people shown.
 */
function checkAudited(
  audited: Array<{ person_id: string; sections: string[]; context: string; break_glass: boolean }>,
  expected: AuditEntry[],
) {
  const key = (
    personId: string | null,
    sections: string[] | undefined,
    context: string | null | undefined,
    breakGlass: boolean | undefined,
  ) => `${personId}|${[...(sections ?? [])].sort().join(',')}|${context}|${!!breakGlass}`;
  const wrote = audited.map((a) => key(a.person_id, a.sections, a.context, a.break_glass)).sort();
  const named = expected.map((e) => key(e.personId, e.sections, e.context, e.breakGlass)).sort();
  if (wrote.length !== named.length || wrote.some((k, n) => k !== named[n])) {
    throw new Error('The agenda statement’s audit rows differ from the people it shows.');
  }
}

/** A day as YYYY-MM-DD in the UK, where the huddles meet. */
const londonDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);

const closedError = () =>
  new DomainError('VALIDATION_FAILED', 'This meeting is closed: its minutes are frozen and cannot change.', {
    fields: {},
    reason: 'MEETING_CLOSED',
  });

/**
 * Meetings: the live agenda everyone edits at once (one versioned field at a time, every
 * change sequenced for catch-up), and closing, which freezes the minutes.
 */
export class MeetingService {
  constructor(
    private readonly deps: {
      dataSource: DataSource;
      huddles: HuddleService;
      people: PersonService;
      actions: ActionService;
      events: MeetingEventLog;
      bus: PgEventBus;
      audit: AuditService;
      /** Printed at the top and bottom of minutes and agenda packs (PROTECTIVE_MARKING). */
      protectiveMarking: string;
    },
  ) {}

  /**
   * Locks the meeting row first (the same order everywhere, so no deadlocks) and checks the
   * viewer may take part, in one statement. `of: 'item'` finds the meeting from one of its items.
   */
  private async lockMeeting(
    tx: SqlRunner,
    viewer: Viewer,
    id: string,
    opts: { chairOnly?: boolean; allowClosed?: boolean; of?: 'meeting' | 'item' } = {},
  ) {
    const [meeting] = await rows<{
      id: string;
      huddle_id: string;
      status: MeetingStatus;
      starts_at: Date;
      member: boolean;
      chair: boolean;
      isa_signed: boolean;
    }>(
      tx,
      `SELECT m.id, m.huddle_id, m.status, m.starts_at,
              EXISTS (SELECT 1 FROM huddle_member hm WHERE hm.huddle_id = m.huddle_id AND hm.organisation_id = $2) AS member,
              EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = m.huddle_id AND hc.user_id = $3) AS chair,
              huddle_isa_signed(m.huddle_id, $2) AS isa_signed
         FROM meeting m
        WHERE m.id = ${opts.of === 'item' ? '(SELECT meeting_id FROM agenda_item WHERE id = $1)' : '$1'}
          FOR UPDATE OF m`,
      [id, viewer.organisationId, viewer.id],
    );
    if (!meeting)
      throw new DomainError('NOT_FOUND', opts.of === 'item' ? 'That agenda item was not found.' : 'That meeting was not found.');
    const membership = this.deps.huddles.decideMembership(viewer, meeting);
    if (!membership.member) throw this.deps.huddles.notMember(membership);
    if (opts.chairOnly && !membership.chair) throw new DomainError('FORBIDDEN', 'Only the huddle’s chairs can do that.');
    if (!opts.allowClosed && meeting.status === 'CLOSED') throw closedError();
    return { id: meeting.id, huddle_id: meeting.huddle_id, status: meeting.status, starts_at: meeting.starts_at, ...membership };
  }

  private async lockItem(tx: SqlRunner, viewer: Viewer, itemId: string) {
    const meeting = await this.lockMeeting(tx, viewer, itemId, { of: 'item' });
    const [locked] = await rows<ItemRow & { meeting_id: string }>(tx, `SELECT * FROM agenda_item WHERE id = $1 FOR UPDATE`, [itemId]);
    if (!locked) throw new DomainError('NOT_FOUND', 'That agenda item was not found.');
    const access = locked.person_id ? await this.discussionAccess(viewer, locked.person_id, tx) : null;
    if (locked.person_id && !access?.canSeeProfile) {
      throw new DomainError('FORBIDDEN', 'You cannot change this item: the person’s details are not shared with your organisation.');
    }
    return { item: locked, meeting, access };
  }

  /** The viewer's access to a person an item is about; what is said about them needs more than name-only (`canSeeProfile`). */
  private async discussionAccess(viewer: Viewer, personId: string, tx: SqlRunner): Promise<PersonAccess | null> {
    return (await this.deps.people.accessFor(viewer, [personId], tx)).get(personId) ?? null;
  }

  // ------------------------------------------------------------------ reading

  /**
   * A meeting as this viewer may see it, in one statement whatever its size: the meeting and the
   * viewer's membership; its items (live, or frozen in the minutes once closed); the actions
   * agreed at them as this viewer sees them; the people they are about, with the viewer's access
   * to each (the person policy's own SQL); attendance; and the audit rows for the people shown,
   * written by a data-modifying CTE. Nothing beyond the meeting's own facts is read, and nothing
   * audited, unless the viewer is a member who may see the minutes. The disclosure rules are
   * then applied to the fetched rows by the same code as every other read (decideAccess,
   * buildPersonView), and the audit rows the statement wrote are checked against the ones that
   * code names: any difference is refused.
   *
   * `actionFields` names the Action fields the query selects (see `selectedFieldsAt`): only the
   * columns they read are fetched. Without it, every column is.
   */
  async get(viewer: Viewer, id: string, actionFields?: ReadonlySet<string>): Promise<Meeting> {
    const meetingId = parseId(id, 'meetingId');
    type Attendance = { user: UserRef; present: boolean; apologies: boolean };
    const [meeting] = await rows<{
      id: string;
      huddle_id: string;
      huddle_name: string;
      starts_at: Date;
      status: MeetingStatus;
      focus_item_id: string | null;
      seq: string;
      closed_at: Date | null;
      member: boolean;
      chair: boolean;
      isa_signed: boolean;
      minutes_visible: boolean;
      readable: boolean;
      items: ItemRow[];
      attendance: Attendance[];
      place: string | null;
      meeting_chair: UserRef | null;
      huddle_chairs: UserRef[];
      sign_off: { signedBy: UserRef; signedOn: string; signedAt: string } | null;
      actions: ActionRow[];
      people: Array<LoadedRow & { basis: AccessBasis }>;
      audited: Array<{ person_id: string; sections: string[]; context: string; break_glass: boolean }>;
    }>(
      this.deps.dataSource,
      agendaStatement(actionColumnsFor(actionFields)),
      [viewer.id, viewer.organisationId, viewer.role, meetingId, AGENDA_READ_SECTIONS],
      {
        // Some forty relations: planning it for each call's values cost as much as running it, and
        // its plan does not depend on them (PostgreSQL settled on the generic plan anyway).
        prepared: true,
        genericPlan: true,
      },
    );
    if (!meeting) throw new DomainError('NOT_FOUND', 'That meeting was not found.');
    const membership = this.deps.huddles.decideMembership(viewer, meeting);
    if (meeting.readable !== (membership.member && meeting.minutes_visible)) {
      throw new Error('The agenda statement’s membership decision differs from decideMembership.');
    }
    if (!membership.member) throw this.deps.huddles.notMember(membership);
    if (!meeting.minutes_visible) {
      throw new DomainError(
        'FORBIDDEN',
        'These minutes were agreed before your organisation joined the huddle. Its information sharing agreement does not share earlier minutes with new members.',
      );
    }
    const closed = meeting.status === 'CLOSED';
    const { items, attendance } = meeting;

    // The people, as PersonService.views would show them to this viewer (the agenda's, then the
    // other people named on actions in the viewer's scope, as ActionService would read them).
    const loaded = this.deps.people.accessOfJsonRows(viewer, meeting.people);
    const onAgenda = [...new Set(items.filter((i) => i.person_id).map((i) => i.person_id!))];
    const agenda = this.deps.people.viewsOfLoaded(viewer, onAgenda, { selected: SUMMARY_FIELDS }, loaded, {
      action: 'READ',
      context: 'Huddle agenda',
    });
    const actionRows = meeting.actions.map(reviveActionRow);
    const shown = new Set(agenda.views.map((p) => p.id));
    const others =
      viewer.role === 'ADMIN'
        ? []
        : [...new Set(actionRows.filter((r) => r.person_id && r.in_scope && !shown.has(r.person_id)).map((r) => r.person_id!))];
    const named = this.deps.people.viewsOfLoaded(viewer, others, { selected: ACTION_PERSON_FIELDS }, loaded, {
      action: 'READ',
      context: 'Actions',
    });
    checkAudited(meeting.audited, [...agenda.entries, ...named.entries]);
    const people = new Map([...agenda.views, ...named.views].map((p) => [p.id, p]));
    const actions = closed ? new Map<string, Action[]>() : actionsByItem(viewer, actionRows, people);
    return {
      id: meeting.id,
      huddleId: meeting.huddle_id,
      huddleName: meeting.huddle_name,
      startsAt: meeting.starts_at,
      status: meeting.status,
      focusItemId: meeting.focus_item_id,
      seq: Number(meeting.seq),
      isChair: membership.chair,
      items: shapeItems(meetingId, items, people, actions, closed, closed),
      attendance,
      closedAt: meeting.closed_at,
      chair: meeting.meeting_chair,
      huddleChairs: meeting.huddle_chairs,
      place: meeting.place,
      protectiveMarking: this.deps.protectiveMarking,
      signOff: meeting.sign_off ? { ...meeting.sign_off, signedAt: new Date(meeting.sign_off.signedAt) } : null,
    };
  }

  /** One item, as this viewer may see it (for clients merging a live change). */
  async item(viewer: Viewer, id: string): Promise<AgendaItem> {
    const itemId = parseId(id, 'itemId');
    const [row] = await rows<ItemRow & { meeting_id: string; huddle_id: string; meeting_closed: boolean }>(
      this.deps.dataSource,
      `SELECT i.*, m.huddle_id, m.status = 'CLOSED' AS meeting_closed,
              (SELECT count(*)::int FROM action a WHERE a.meeting_id = i.meeting_id AND a.agenda_item_id = i.id) AS action_count
         FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1`,
      [itemId],
    );
    if (!row) throw new DomainError('NOT_FOUND', 'That agenda item was not found.');
    await this.deps.huddles.requireMember(this.deps.dataSource, viewer, row.huddle_id);
    const [item] = await this.toItems(viewer, row.meeting_id, [row], row.meeting_closed);
    return item!;
  }

  /** Live items as this viewer may see them (one item, for a client merging a live change). */
  private async toItems(viewer: Viewer, meetingId: string, items: ItemRow[], meetingClosed: boolean): Promise<AgendaItem[]> {
    const personIds = [...new Set(items.filter((i) => i.person_id).map((i) => i.person_id!))];
    const reading = this.deps.people.views(viewer, personIds, { selected: SUMMARY_FIELDS }, { action: 'READ', context: 'Huddle agenda' });
    const [people, actions] = await Promise.all([
      reading,
      this.deps.actions.forItems(
        viewer,
        [...items.map((i) => i.id), ...items.filter((i) => i.carried_from_item_id).map((i) => i.carried_from_item_id!)],
        reading,
      ),
    ]);
    return shapeItems(meetingId, items, new Map(people.map((p) => [p.id, p])), actions, false, meetingClosed);
  }

  // ------------------------------------------------------------------ writing

  async start(viewer: Viewer, id: string): Promise<void> {
    const meetingId = parseId(id, 'meetingId');
    await this.deps.dataSource.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, viewer, meetingId, { chairOnly: true });
      if (meeting.status === 'LIVE') return;
      // The chair who starts the meeting chairs it, unless another was named beforehand.
      await tx.query(`UPDATE meeting SET status = 'LIVE', started_at = now(), chair_id = coalesce(chair_id, $2) WHERE id = $1`, [
        meetingId,
        viewer.id,
      ]);
      await this.deps.events.record(tx, viewer, meetingId, 'STATUS', { field: 'LIVE' });
    });
  }

  async addItem(viewer: Viewer, input: AddAgendaItemInput): Promise<string> {
    const meetingId = parseId(input.meetingId, 'meetingId');
    const personId = input.personId ? parseId(input.personId, 'personId') : null;
    return this.deps.dataSource.transaction(async (tx) => {
      await this.lockMeeting(tx, viewer, meetingId);
      if (personId) await this.deps.people.requireKnown(tx, viewer, personId);
      const [item] = await rows<{ id: string }>(
        tx,
        `INSERT INTO agenda_item (meeting_id, position, kind, person_id, title, reason, created_by)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM agenda_item WHERE meeting_id = $1), 'RAISED', $2, $3, $4, $5) RETURNING id`,
        [meetingId, personId, input.title.trim(), input.reason?.trim() || null, viewer.id],
      );
      await this.deps.events.record(tx, viewer, meetingId, 'ITEM_ADDED', { itemId: item!.id });
      return item!.id;
    });
  }

  /** Changes one field from the version the editor started with; a later save of the same field gets VERSION_CONFLICT with the current value. */
  async updateItem(viewer: Viewer, input: UpdateAgendaItemInput): Promise<string> {
    const itemId = parseId(input.itemId, 'itemId');
    return this.deps.dataSource.transaction(async (tx) => {
      const { item, meeting } = await this.lockItem(tx, viewer, itemId);
      const spec = {
        NOTES: { column: 'notes', version: 'notes_version', value: input.text ?? '' },
        DECISIONS: { column: 'decisions', version: 'decisions_version', value: input.text ?? '' },
        SYSTEM_BARRIER: { column: 'system_barrier', version: 'barrier_version', value: input.flag ?? false },
        DISCUSSED: { column: 'discussed', version: null, value: input.flag ?? true },
      }[input.field];
      if ((input.field === 'NOTES' || input.field === 'DECISIONS') && (input.text === undefined || input.text === null))
        throw validationFailed({ text: 'Send the text.' });
      if ((input.field === 'SYSTEM_BARRIER' || input.field === 'DISCUSSED') && typeof input.flag !== 'boolean')
        throw validationFailed({ flag: 'Send true or false.' });
      let version: number | null = null;
      let textUpdate: Uint8Array | null = null;
      if (spec.version) {
        const current = (item as unknown as Record<string, number>)[spec.version]!;
        if (current !== input.expectedVersion) {
          throw new DomainError(
            'VERSION_CONFLICT',
            'Someone else saved this first. Their words are shown below: merge yours in and save again.',
            {
              current: { field: input.field, value: (item as unknown as Record<string, unknown>)[spec.column], version: current },
            },
          );
        }
        if (input.field === 'NOTES' || input.field === 'DECISIONS') {
          // Whole text saved from the version it started from: stored as a change to the shared text,
          // so people typing into the same field at once keep their words.
          const loaded = await loadText(tx, itemId, input.field);
          textUpdate = replaceUpdate(loaded.doc, String(spec.value));
          version = textUpdate ? (await applyAndStore(tx, loaded, itemId, input.field, textUpdate, viewer.id)).version : current;
        } else {
          const [saved] = await rows<{ version: number }>(
            tx,
            `UPDATE agenda_item SET ${spec.column} = $2, ${spec.version} = ${spec.version} + 1, updated_at = now() WHERE id = $1 RETURNING ${spec.version} AS version`,
            [itemId, spec.value],
          );
          version = saved!.version;
        }
      } else {
        await tx.query(`UPDATE agenda_item SET ${spec.column} = $2, updated_at = now() WHERE id = $1`, [itemId, spec.value]);
      }
      await this.deps.events.record(
        tx,
        viewer,
        meeting.id,
        'ITEM_CHANGED',
        { itemId, field: input.field, version },
        { update: textUpdate, personId: item.person_id },
      );
      return itemId;
    });
  }

  async moveItem(viewer: Viewer, id: string, toPosition: number): Promise<string> {
    const itemId = parseId(id, 'itemId');
    return this.deps.dataSource.transaction(async (tx) => {
      const [row] = await rows<{ meeting_id: string }>(tx, `SELECT meeting_id FROM agenda_item WHERE id = $1`, [itemId]);
      if (!row) throw new DomainError('NOT_FOUND', 'That agenda item was not found.');
      await this.lockMeeting(tx, viewer, row.meeting_id);
      const order = (
        await rows<{ id: string }>(tx, `SELECT id FROM agenda_item WHERE meeting_id = $1 ORDER BY position, created_at`, [row.meeting_id])
      ).map((r) => r.id);
      const target = Math.min(Math.max(Math.round(toPosition), 1), order.length);
      const reordered = order.filter((x) => x !== itemId);
      reordered.splice(target - 1, 0, itemId);
      await tx.query(`UPDATE agenda_item a SET position = o.n FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE a.id = o.id`, [
        reordered,
      ]);
      await this.deps.events.record(tx, viewer, row.meeting_id, 'ITEM_MOVED', { itemId, version: target });
      return row.meeting_id;
    });
  }

  async setFocus(viewer: Viewer, id: string, itemIdInput: string | null): Promise<void> {
    const meetingId = parseId(id, 'meetingId');
    const itemId = itemIdInput ? parseId(itemIdInput, 'itemId') : null;
    await this.deps.dataSource.transaction(async (tx) => {
      await this.lockMeeting(tx, viewer, meetingId, { chairOnly: true });
      if (itemId) {
        const found = await rows(tx, `SELECT 1 FROM agenda_item WHERE id = $1 AND meeting_id = $2`, [itemId, meetingId]);
        if (found.length === 0) throw validationFailed({ itemId: 'That item is not on this meeting’s agenda.' });
      }
      await tx.query(`UPDATE meeting SET focus_item_id = $2 WHERE id = $1`, [meetingId, itemId]);
      await this.deps.events.record(tx, viewer, meetingId, 'FOCUS', { itemId });
    });
  }

  /** Whether this user may attend the huddle's meetings: an active member organisation's user, or a chair. */
  private async requireHuddleMember(tx: SqlRunner, huddleId: string, userId: string, field: string): Promise<void> {
    const [member] = await rows<{ id: string }>(
      tx,
      `SELECT u.id FROM app_user u
        WHERE u.id = $1 AND u.active AND u.role <> 'ADMIN'
          AND huddle_isa_signed($2, u.organisation_id)
          AND (EXISTS (SELECT 1 FROM huddle_member m WHERE m.huddle_id = $2 AND m.organisation_id = u.organisation_id)
               OR EXISTS (SELECT 1 FROM huddle_chair c WHERE c.huddle_id = $2 AND c.user_id = u.id))`,
      [userId, huddleId],
    );
    if (!member) throw validationFailed({ [field]: 'Choose someone from the huddle’s member organisations.' });
  }

  /**
   * Records attendance, before or during the meeting: anyone for themselves, the chair for
   * anyone. Someone is present, sent apologies, or neither (recorded as not present).
   */
  async recordAttendance(viewer: Viewer, id: string, present: boolean, userIdInput: string | null, apologies = false): Promise<void> {
    const meetingId = parseId(id, 'meetingId');
    const userId = userIdInput ? parseId(userIdInput, 'userId') : viewer.id;
    if (present && apologies) throw validationFailed({ apologies: 'Someone who is present has not sent apologies: choose one.' });
    await this.deps.dataSource.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, viewer, meetingId);
      if (userId !== viewer.id && !meeting.chair) throw new DomainError('FORBIDDEN', 'Only the chair records attendance for others.');
      if (userId !== viewer.id) await this.requireHuddleMember(tx, meeting.huddle_id, userId, 'userId');
      await tx.query(
        `INSERT INTO meeting_attendance (meeting_id, user_id, present, apologies) VALUES ($1, $2, $3, $4)
         ON CONFLICT (meeting_id, user_id) DO UPDATE SET present = EXCLUDED.present, apologies = EXCLUDED.apologies, recorded_at = now()`,
        [meetingId, userId, present, apologies],
      );
      await this.deps.events.record(tx, viewer, meetingId, 'ATTENDANCE', { payload: { userId, present, apologies } });
    });
  }

  /**
   * The chair sets where the meeting is held and who chairs it (one of the huddle's chairs or
   * member organisations' staff), before or during the meeting. Null clears either; a field
   * left out stays as it was.
   */
  async updateDetails(viewer: Viewer, input: { meetingId: string; place?: string | null; chairId?: string | null }): Promise<void> {
    const meetingId = parseId(input.meetingId, 'meetingId');
    const chairId = input.chairId ? parseId(input.chairId, 'chairId') : null;
    const place = input.place?.trim() || null;
    if (place && place.length > 200) throw validationFailed({ place: 'Place must be 200 characters or fewer.' });
    await this.deps.dataSource.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, viewer, meetingId, { chairOnly: true });
      if (chairId) await this.requireHuddleMember(tx, meeting.huddle_id, chairId, 'chairId');
      await tx.query(
        `UPDATE meeting SET place = CASE WHEN $4 THEN $2 ELSE place END, chair_id = CASE WHEN $5 THEN $3::uuid ELSE chair_id END WHERE id = $1`,
        [meetingId, place, chairId, input.place !== undefined, input.chairId !== undefined],
      );
      await this.deps.events.record(tx, viewer, meetingId, 'STATUS', { field: 'DETAILS' });
    });
  }

  /**
   * The chair signs off (approves) a closed meeting's minutes, as of a day: once, never
   * changed. Refused to anyone but the huddle's chairs (NOT_CHAIR), before the meeting closes
   * (MINUTES_NOT_CLOSED) and a second time (ALREADY_EXISTS). Audited.
   */
  async signOff(viewer: Viewer, id: string, signedOn: string): Promise<MinutesSignOff> {
    const meetingId = parseId(id, 'meetingId');
    return this.deps.dataSource.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, viewer, meetingId, { allowClosed: true });
      if (!meeting.chair) {
        throw new DomainError('FORBIDDEN', 'Only the huddle’s chairs can sign off the minutes.', { reason: 'NOT_CHAIR' });
      }
      if (meeting.status !== 'CLOSED') {
        throw new DomainError('VALIDATION_FAILED', 'Close the meeting before signing off its minutes.', {
          fields: {},
          reason: 'MINUTES_NOT_CLOSED',
        });
      }
      // The day the meeting was held: when it started, which may be before the day it was planned for.
      const [held] = await rows<{ day: Date }>(
        tx,
        `SELECT least(coalesce(started_at, starts_at), starts_at) AS day FROM meeting WHERE id = $1`,
        [meetingId],
      );
      const heldOn = held?.day ?? meeting.starts_at;
      const meetingDay = londonDay(heldOn);
      const today = londonDay(new Date());
      if (signedOn < meetingDay) throw validationFailed({ signedOn: `The date must be on or after the meeting (${formatDate(heldOn)}).` });
      if (signedOn > today) throw validationFailed({ signedOn: 'The date must be today or in the past.' });
      const [existing] = await rows<{ signed_by_name: string; signed_on: string }>(
        tx,
        `SELECT signed_by_name, to_char(signed_on, 'YYYY-MM-DD') AS signed_on FROM meeting_minutes_sign_off WHERE meeting_id = $1`,
        [meetingId],
      );
      if (existing) {
        throw new DomainError(
          'ALREADY_EXISTS',
          `These minutes were already signed off by ${existing.signed_by_name} on ${formatDate(existing.signed_on)}.`,
        );
      }
      const [saved] = await rows<{ signed_at: Date }>(
        tx,
        `INSERT INTO meeting_minutes_sign_off (meeting_id, signed_by, signed_by_name, signed_on) VALUES ($1, $2, $3, $4) RETURNING signed_at`,
        [meetingId, viewer.id, viewer.name, signedOn],
      );
      // The trail of who approved what: ids and dates only, about a meeting rather than a person.
      await this.deps.audit.record(tx, viewer, [
        { action: 'MINUTES_SIGNED_OFF', personId: null, detail: { meetingId, huddleId: meeting.huddle_id, signedOn } },
      ]);
      await this.deps.events.record(tx, viewer, meetingId, 'STATUS', { field: 'SIGNED_OFF' });
      const [me] = await rows<{ user: UserRef }>(
        tx,
        `SELECT ${USER_OBJECT} AS user FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE u.id = $1`,
        [viewer.id],
      );
      return { signedBy: me!.user, signedOn, signedAt: saved!.signed_at };
    });
  }

  /** Presence ("Sam is typing"): announced to the room, never stored or sequenced. */
  async reportPresence(viewer: Viewer, id: string, itemId: string | null, field: string | null, typing: boolean): Promise<void> {
    const meetingId = parseId(id, 'meetingId');
    const [meeting] = await rows<{ huddle_id: string; status: MeetingStatus }>(
      this.deps.dataSource,
      `SELECT huddle_id, status FROM meeting WHERE id = $1`,
      [meetingId],
    );
    if (!meeting) throw new DomainError('NOT_FOUND', 'That meeting was not found.');
    await this.deps.huddles.requireMember(this.deps.dataSource, viewer, meeting.huddle_id);
    await this.deps.bus.publish('MEETING_EVENT', {
      meetingId,
      seq: null,
      type: 'PRESENCE',
      itemId: itemId ? parseId(itemId, 'itemId') : null,
      field: field?.slice(0, 40) ?? null,
      version: null,
      actorId: viewer.id,
      actorName: viewer.name,
      at: new Date().toISOString(),
      typing,
    });
  }

  // ------------------------------------------------------------------ shared text

  /**
   * Merges a change typed into an item's notes or decisions (a Yjs update) with everyone
   * else's, character by character: there is no stale version to refuse. The same rules as
   * any item change apply (members of a live meeting; more than name-only access to the person
   * the item is about). The change is logged, the plain text written back, and the room told.
   * Returns what the caller is missing, given its state vector.
   */
  async editText(viewer: Viewer, input: EditAgendaTextInput): Promise<AgendaText> {
    const itemId = parseId(input.itemId, 'itemId');
    const update = decodeBase64(input.update, 'update');
    const vector = this.stateVector(input.stateVector, 'stateVector');
    const { loaded, version, access } = await this.deps.dataSource.transaction(async (tx) => {
      const { item, meeting, access } = await this.lockItem(tx, viewer, itemId);
      const loaded = await loadText(tx, itemId, input.field);
      const { version, changed } = await applyAndStore(tx, loaded, itemId, input.field, update, viewer.id);
      if (changed) {
        await this.deps.events.record(
          tx,
          viewer,
          meeting.id,
          'ITEM_CHANGED',
          { itemId, field: input.field, version },
          { update, personId: item.person_id },
        );
      }
      return { loaded, version, access };
    });
    return this.textView(itemId, input.field, { ...loaded, version }, vector, access);
  }

  /** An item's shared notes or decisions, for a client catching up: what it is missing given its state vector. */
  async readText(viewer: Viewer, id: string, field: AgendaTextField, stateVector: string | null): Promise<AgendaText> {
    const itemId = parseId(id, 'itemId');
    const vector = this.stateVector(stateVector, 'stateVector');
    const [row] = await rows<{ person_id: string | null; huddle_id: string }>(
      this.deps.dataSource,
      `SELECT i.person_id, m.huddle_id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id WHERE i.id = $1`,
      [itemId],
    );
    if (!row) throw new DomainError('NOT_FOUND', 'That agenda item was not found.');
    await this.deps.huddles.requireMember(this.deps.dataSource, viewer, row.huddle_id);
    const access = row.person_id ? await this.discussionAccess(viewer, row.person_id, this.deps.dataSource) : null;
    if (row.person_id && !access?.canSeeProfile) {
      throw new DomainError('FORBIDDEN', 'You cannot read this item’s notes: the person’s details are not shared with your organisation.');
    }
    const loaded = await loadText(this.deps.dataSource, itemId, field);
    if (row.person_id && access) {
      await this.deps.people.auditReads(this.deps.dataSource, viewer, [
        { personId: row.person_id, access, sections: ['DISCUSSION'], context: 'Huddle agenda' },
      ]);
    }
    return this.textView(itemId, field, loaded, vector, access);
  }

  private stateVector(value: string | null | undefined, field: string): Uint8Array | null {
    if (!value) return null;
    const vector = decodeBase64(value, field);
    try {
      Y.decodeStateVector(vector);
    } catch {
      throw validationFailed({ [field]: 'This state vector could not be read.' });
    }
    return vector;
  }

  private textView(
    itemId: string,
    field: AgendaTextField,
    loaded: Pick<LoadedText, 'doc' | 'version'>,
    vector: Uint8Array | null,
    access: AccessLike | null,
  ): AgendaText {
    const update = vector ? Y.encodeStateAsUpdate(loaded.doc, vector) : Y.encodeStateAsUpdate(loaded.doc);
    const view = { itemId, field, version: loaded.version, text: textOf(loaded.doc), update: encodeBase64(update) };
    loaded.doc.destroy();
    return disclose<AgendaText>(view, { access, section: null });
  }

  /** An action agreed at an agenda item: created with the meeting's lock held, and announced to the room. */
  async createActionAtItem(viewer: Viewer, input: CreateActionInput): Promise<string> {
    const itemId = parseId(input.agendaItemId!, 'agendaItemId');
    return this.deps.dataSource.transaction(async (tx) => {
      const { item, meeting } = await this.lockItem(tx, viewer, itemId);
      const personId = input.personId ?? item.person_id;
      const actionId = await this.deps.actions.create(
        viewer,
        { ...input, personId },
        { huddleId: meeting.huddle_id, meetingId: meeting.id, agendaItemId: itemId },
        tx as EntityManager,
      );
      await this.deps.events.record(tx, viewer, meeting.id, 'ACTION_CREATED', { itemId, payload: { actionId } });
      return actionId;
    });
  }

  /**
   * Closes the meeting: freezes the minutes (items, decisions, actions and attendance) so
   * they can be read but never changed, and carries unfinished items into the next meeting,
   * which is scheduled a week later if none is planned.
   */
  async close(viewer: Viewer, id: string): Promise<string | null> {
    const meetingId = parseId(id, 'meetingId');
    return this.deps.dataSource.transaction(async (tx) => {
      const meeting = await this.lockMeeting(tx, viewer, meetingId, { chairOnly: true });
      const items = await rows<ItemRow>(tx, `SELECT * FROM agenda_item WHERE meeting_id = $1 ORDER BY position, created_at`, [meetingId]);
      const snapshots = await this.deps.actions.snapshotForItems(
        tx,
        items.map((i) => i.id),
      );
      await tx.query(`UPDATE meeting SET chair_id = coalesce(chair_id, $2) WHERE id = $1`, [meetingId, viewer.id]);
      await tx.query(
        `INSERT INTO meeting_minutes (meeting_id, frozen_by, attendance, chair)
         SELECT $1, $2, coalesce(jsonb_agg(jsonb_build_object('user', ${USER_OBJECT}, 'present', a.present, 'apologies', a.apologies) ORDER BY u.name), '[]'),
                (SELECT ${USER_JSON('m.chair_id')} FROM meeting m WHERE m.id = $1)
           FROM meeting_attendance a JOIN app_user u ON u.id = a.user_id JOIN organisation o ON o.id = u.organisation_id WHERE a.meeting_id = $1`,
        [meetingId, viewer.id],
      );
      await tx.query(
        `INSERT INTO meeting_minutes_item (meeting_id, item_id, position, kind, person_id, title, reason, notes, decisions, system_barrier, discussed, actions, disclosure_section)
         SELECT $1, i.id, i.position, i.kind, i.person_id, i.title, i.reason, i.notes, i.decisions, i.system_barrier, i.discussed, coalesce(s.actions, '[]'), i.disclosure_section
           FROM agenda_item i LEFT JOIN jsonb_to_recordset($2::jsonb) AS s(agenda_item_id uuid, actions jsonb) ON s.agenda_item_id = i.id
          WHERE i.meeting_id = $1`,
        [meetingId, JSON.stringify(snapshots)],
      );
      // The minutes keep the words as agreed; the history of typing (deleted words included) goes.
      await tx.query(`DELETE FROM agenda_text_update u USING agenda_item i WHERE i.id = u.item_id AND i.meeting_id = $1`, [meetingId]);
      await tx.query(`UPDATE agenda_item SET notes_state = NULL, decisions_state = NULL WHERE meeting_id = $1`, [meetingId]);
      await tx.query(`UPDATE meeting SET status = 'CLOSED', closed_at = now(), closed_by = $2, focus_item_id = NULL WHERE id = $1`, [
        meetingId,
        viewer.id,
      ]);
      await this.deps.events.record(tx, viewer, meetingId, 'STATUS', { field: 'CLOSED' });
      // The next meeting: the planned one after this, or one a week on (whose draft agenda carries over by itself).
      const [planned] = await rows<{ id: string }>(
        tx,
        `SELECT id FROM meeting WHERE huddle_id = $1 AND status = 'PLANNED' AND id <> $2 AND starts_at > $3 ORDER BY starts_at LIMIT 1`,
        [meeting.huddle_id, meetingId, meeting.starts_at],
      );
      const nextId =
        planned?.id ??
        (await this.deps.huddles.scheduleMeeting(
          viewer,
          meeting.huddle_id,
          new Date(Math.max(meeting.starts_at.getTime(), Date.now()) + 7 * 86_400_000),
          tx as EntityManager,
        ));
      // Unfinished items go to the top of the next agenda (once, however the next meeting came about).
      await tx.query(
        `WITH unfinished AS (
           SELECT i.*, row_number() OVER (ORDER BY i.position) AS n FROM agenda_item i
            WHERE i.meeting_id = $1 AND NOT i.discussed AND i.kind <> 'INCOMPLETE_ACTIONS_REVIEW'
              -- the rule of itemOutcome (packages/shared): anything written, decided or agreed means it was discussed
              AND i.notes !~ '\\S' AND i.decisions !~ '\\S'
              AND NOT EXISTS (SELECT 1 FROM action a WHERE a.meeting_id = i.meeting_id AND a.agenda_item_id = i.id)
              AND NOT EXISTS (SELECT 1 FROM agenda_item x WHERE x.meeting_id = $2 AND x.carried_from_item_id = i.id)
              -- someone already on the next agenda is not added twice
              AND NOT (i.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM agenda_item x WHERE x.meeting_id = $2 AND x.person_id = i.person_id))
         ), shifted AS (
           UPDATE agenda_item SET position = position + (SELECT count(*) FROM unfinished) WHERE meeting_id = $2
         )
         INSERT INTO agenda_item (meeting_id, position, kind, person_id, title, reason, carried_from_item_id, created_by, disclosure_section)
         SELECT $2, n, 'CARRIED_OVER', person_id, title, $3, id, $4, disclosure_section FROM unfinished`,
        [meetingId, nextId, `Not reached at the meeting on ${formatDate(meeting.starts_at)}`, viewer.id],
      );
      return nextId;
    });
  }

  /** For live streams: may this viewer still follow the meeting? */
  /**
   * For a new subscriber: checks membership and returns the meeting's current sequence number,
   * in one statement. Following discloses nothing until events arrive, so nothing is audited here.
   */
  async followFrom(viewer: Viewer, id: string): Promise<number> {
    const facts = await this.followFacts(viewer, parseId(id, 'meetingId'));
    if (!facts) throw new DomainError('NOT_FOUND', 'That meeting was not found.');
    if (!facts.member) throw this.deps.huddles.notMember();
    return facts.seq;
  }

  private async followFacts(viewer: Viewer, meetingId: string): Promise<{ member: boolean; seq: number } | null> {
    const [row] = await rows<{ member: boolean; chair: boolean; isa_signed: boolean; seq: string }>(
      this.deps.dataSource,
      `SELECT m.seq, EXISTS (SELECT 1 FROM huddle_member hm WHERE hm.huddle_id = m.huddle_id AND hm.organisation_id = $2) AS member,
              EXISTS (SELECT 1 FROM huddle_chair hc WHERE hc.huddle_id = m.huddle_id AND hc.user_id = $3) AS chair,
              huddle_isa_signed(m.huddle_id, $2) AS isa_signed
         FROM meeting m WHERE m.id = $1`,
      [meetingId, viewer.organisationId, viewer.id],
      { prepared: true },
    );
    return row ? { member: this.deps.huddles.decideMembership(viewer, row).member, seq: Number(row.seq) } : null;
  }
}

/**
 * Items as this viewer may see them, from the people already read for them (`byId`, absent
 * when the viewer may not know of them) and the actions by item. `closed` says the rows are the
 * frozen minutes; `meetingClosed` whether the meeting has closed (for each item's outcome).
 */
function shapeItems(
  meetingId: string,
  items: ItemRow[],
  byId: Map<string, Person>,
  actions: Map<string, Action[]>,
  closed: boolean,
  meetingClosed: boolean,
): AgendaItem[] {
  return items.map((i) => {
    const disclosure = {
      access: i.person_id ? (disclosureOf(byId.get(i.person_id))?.access ?? NO_ACCESS) : null,
      section: i.disclosure_section,
    };
    const person = i.person_id ? (byId.get(i.person_id) ?? null) : null;
    // Name-only access (a locked-down record) is not enough to hear what was said about someone.
    const restricted = !!i.person_id && !(person && (person.access.full || person.access.sections.length > 0));
    const itemActions = closed
      ? []
      : [
          ...(actions.get(i.id) ?? []),
          ...(i.carried_from_item_id
            ? (actions.get(i.carried_from_item_id) ?? []).filter((a) => a.status === 'OPEN' || a.status === 'IN_PROGRESS')
            : []),
        ];
    const shownActions = restricted ? [] : itemActions;
    // Tagged as they are placed, as the gate would tag them on reading `actions` (an action
    // carried to two items keeps the first's), so that the gate finds them tagged.
    for (const a of shownActions) if (!disclosureOf(a)) disclose(a, disclosure);
    return disclose<AgendaItem>(
      {
        id: i.id,
        meetingId,
        position: i.position,
        kind: i.kind,
        title: restricted ? RESTRICTED_TITLE : i.title,
        reason: restricted ? null : i.reason,
        person: restricted ? null : person,
        personRestricted: restricted,
        notes: restricted ? null : i.notes,
        notesVersion: i.notes_version,
        decisions: restricted ? null : i.decisions,
        decisionsVersion: i.decisions_version,
        systemBarrier: i.system_barrier,
        barrierVersion: i.barrier_version,
        discussed: i.discussed,
        carriedOver: i.kind === 'CARRIED_OVER',
        // From the words themselves, so it holds for readers who may not see them (as `discussed` does).
        outcome: itemOutcome({
          kind: i.kind,
          notes: i.notes,
          decisions: i.decisions,
          actionCount: Number(i.action_count ?? 0),
          discussed: i.discussed,
          meetingClosed,
        }),
        actions: shownActions,
      },
      disclosure,
    );
  });
}

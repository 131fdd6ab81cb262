import { addDays, DEFAULT_PROTECTIVE_MARKING, type Role, type Weekday } from '@casehuddle/shared';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../core/context.js';
import { createLogger } from '../core/logger.js';
import type { PgEventBus } from '../core/pubsub.js';
import { rows } from '../core/sql.js';
import { ActionService } from '../modules/action/action.service.js';
import { AuditService } from '../modules/audit/audit.service.js';
import { HuddleService } from '../modules/huddle/huddle.service.js';
import { MeetingEventLog } from '../modules/meeting/meeting-events.js';
import { MeetingService } from '../modules/meeting/meeting.service.js';
import { NotificationService } from '../modules/notification/notification.service.js';
import { OutcomeService } from '../modules/outcome/outcome.service.js';
import { PersonPolicy } from '../modules/person/person.policy.js';
import { PersonService } from '../modules/person/person.service.js';

/** Seeding runs before the server: events go nowhere. */
const quietBus = { publish: async () => undefined } as unknown as PgEventBus;

/**
 * The steps agreed at meetings, each with the system barrier that can stand in its way (so a
 * barrier recorded against an action is always about that action).
 */
export const ACTION_PLANS = [
  { title: 'Find a hostel place that accepts dogs', barrier: 'No hostel in the area takes people with dogs' },
  { title: 'Open a bank account with the prison ID letter', barrier: 'Bank will not open an account without a fixed address' },
  { title: 'Register with a GP', barrier: 'GP practice list closed to new patients without photo ID' },
  {
    title: 'Arrange travel to the first probation appointment',
    barrier: 'No bus from the approved premises reaches the probation office before 10:00',
  },
  { title: 'Book a recovery service assessment for a methadone script', barrier: 'Recovery service has a six-week wait for new referrals' },
] as const;

const WEEKDAY_NUMBER: Record<Weekday, number> = { MONDAY: 1, TUESDAY: 2, WEDNESDAY: 3, THURSDAY: 4, FRIDAY: 5 };

/** A day in the UK, as YYYY-MM-DD. */
export function londonDate(at: Date): string {
  return at.toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/** The instant a UK wall-clock time (HH:MM) falls on, on a UK day, in or out of summer time. */
export function londonTime(date: string, time: string): Date {
  const asUtc = new Date(`${date}T${time}:00Z`);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', hourCycle: 'h23' }).format(asUtc));
  // In British Summer Time the clock reads an hour later than UTC.
  return hour === asUtc.getUTCHours() ? asUtc : new Date(asUtc.getTime() - 3_600_000);
}

/** The huddle's next meeting: its usual day and time, from now on. */
function nextMeeting(day: Weekday, time: string): { date: string; startsAt: Date } {
  const today = londonDate(new Date());
  const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
  let date = addDays(today, (WEEKDAY_NUMBER[day] - weekday + 7) % 7);
  if (londonTime(date, time).getTime() <= Date.now()) date = addDays(date, 7);
  return { date, startsAt: londonTime(date, time) };
}

const minDate = (a: string, b: string) => (a < b ? a : b);

/**
 * Two huddles, each with a history of weekly meetings on its usual day and time (notes,
 * decisions, items carried over, actions done on time, late, overdue, or blocked by a system
 * barrier that matches the action) and its next meeting, drafted once the last has closed.
 * Built through the same services the app uses, so the data obeys the same rules; only the
 * times of what happened at past meetings are set afterwards.
 */
export async function seedDemoHuddles(dataSource: DataSource): Promise<void> {
  const users = await rows<{ id: string; name: string; email: string; role: Role; organisation_id: string }>(
    dataSource,
    `SELECT id, name, email, role, organisation_id FROM app_user`,
  );
  const viewer = (email: string): Viewer => {
    const u = users.find((x) => x.email === email)!;
    return { id: u.id, name: u.name, email: u.email, role: u.role, organisationId: u.organisation_id };
  };
  const orgs = await rows<{ id: string; name: string }>(dataSource, `SELECT id, name FROM organisation`);
  const org = (name: string) => orgs.find((o) => o.name === name)!.id;
  const people = await rows<{ id: string; owning_organisation_id: string; situation_kind: string }>(
    dataSource,
    `SELECT id, owning_organisation_id, situation_kind FROM person ORDER BY created_at, legal_name`,
  );

  const audit = new AuditService();
  const policy = new PersonPolicy();
  const personService = new PersonService({ dataSource, policy, audit, bus: quietBus });
  const notifications = new NotificationService({ dataSource, bus: quietBus, logger: createLogger('silent') });
  const meetingEvents = new MeetingEventLog(quietBus);
  const actions = new ActionService({ dataSource, people: personService, notifications, bus: quietBus, meetingEvents });
  const outcomes = new OutcomeService({ dataSource, people: personService });
  const huddles = new HuddleService({ dataSource, people: personService, actions, outcomes });
  const meetings = new MeetingService({
    dataSource,
    huddles,
    people: personService,
    actions,
    events: meetingEvents,
    bus: quietBus,
    audit,
    protectiveMarking: DEFAULT_PROTECTIVE_MARKING,
  });

  const sam = viewer('coordinator@casehuddle.test');
  const ravi = viewer('coordinator2@casehuddle.test');
  const practitioners = [
    'probation@casehuddle.test',
    'housing@casehuddle.test',
    'nurse@casehuddle.test',
    'recovery@casehuddle.test',
    'resettlement@casehuddle.test',
  ].map(viewer);

  const plans = [
    {
      chair: sam,
      name: 'Northvale MEAM huddle',
      day: 'TUESDAY' as const,
      time: '10:00',
      history: 6,
      members: [
        'Open Door Northvale',
        'Northvale Probation Delivery Unit',
        'Northvale Council Housing Options',
        'Northvale NHS Community Mental Health Team',
        'Northvale Recovery Service',
        'Northvale Neighbourhood Policing',
        'Northvale Peer Mentors',
        'Northvale Jobcentre Plus',
      ],
      caseload: people.filter((_, i) => i % 2 === 0).slice(0, 12),
    },
    {
      chair: ravi,
      name: 'Northvale release planning huddle',
      day: 'THURSDAY' as const,
      time: '14:00',
      history: 4,
      members: [
        'HMP Northvale',
        'Northvale Probation Delivery Unit',
        'Northvale Council Housing Options',
        'Northvale Recovery Service',
        'Northvale Jobcentre Plus',
        'Open Door Northvale',
      ],
      caseload: people.filter((p) => p.situation_kind !== 'COMMUNITY').slice(0, 10),
    },
  ];

  const todayUk = londonDate(new Date());
  for (const plan of plans) {
    const [huddle] = await rows<{ id: string }>(
      dataSource,
      `INSERT INTO huddle (name, council_area, usual_day, usual_time, created_by) VALUES ($1, 'Northvale', $2, $3, $4) RETURNING id`,
      [plan.name, plan.day, plan.time, plan.chair.id],
    );
    const huddleId = huddle!.id;
    await dataSource.query(`INSERT INTO huddle_member (huddle_id, organisation_id) SELECT $1, unnest($2::uuid[])`, [
      huddleId,
      plan.members.map(org),
    ]);
    await dataSource.query(`INSERT INTO huddle_chair (huddle_id, user_id) VALUES ($1, $2)`, [huddleId, plan.chair.id]);
    // Meetings on the huddle's usual day and time (UK time), weekly: the history, then the next one.
    const next = nextMeeting(plan.day, plan.time);
    const past = Array.from({ length: plan.history }, (_, k) => addDays(next.date, -7 * (plan.history - k)));
    // The caseload grew over the weeks: most joined before the first of these meetings, some
    // between meetings (new referrals at the next), and two since the last one.
    const addedOn = (i: number) =>
      i < 2
        ? minDate(addDays(past.at(-1)!, 1), todayUk)
        : i < 8
          ? addDays(past[0]!, -3 - 4 * i)
          : addDays(past[Math.min(i - 8, past.length - 2)]!, 2);
    // Referrals arrive as time goes by: those up to a day, not yet on the caseload.
    const referred = new Set<number>();
    const referUpTo = async (upTo: string) => {
      for (const [i, person] of plan.caseload.entries()) {
        if (referred.has(i) || addedOn(i) > upTo) continue;
        referred.add(i);
        // Referral to the huddle usually comes with the person's agreement to share with its
        // members; a few records are left unshared, so the demo shows restricted items too.
        if (i !== 2 && i !== 5) {
          await dataSource.query(
            `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by, notes)
           VALUES ($1, $2, ARRAY['STORY','NEEDS','CONTACT'], $4::date, $4::date + 365, $3, 'Agreed at referral to the huddle')`,
            [
              person.id,
              plan.members.map(org),
              users.find((u) => u.organisation_id === person.owning_organisation_id && u.role !== 'ADMIN')?.id ?? plan.chair.id,
              addedOn(i),
            ],
          );
        }
        await dataSource.query(
          `INSERT INTO caseload_entry (huddle_id, person_id, referring_organisation_id, offer_of_help, coordinator_id, added_on)
         VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            huddleId,
            person.id,
            person.owning_organisation_id,
            [
              'Fast-track housing assessment',
              'Weekly key-worker contact',
              'Prescription bridging on release',
              'Peer mentor to meet at the gate',
            ][i % 4],
            i % 3 === 2 ? ravi.id : plan.chair.id,
            addedOn(i),
          ],
        );
      }
    };
    await referUpTo(past[0]!);
    // Each meeting is drafted when the one before closes (closing plans the next), so its agenda
    // carries over what was not reached and lists as new referrals only those who joined since.
    let meetingId = await huddles.scheduleMeeting(plan.chair, huddleId, londonTime(past[0]!, plan.time));
    for (const [k, date] of past.entries()) {
      await meetings.start(plan.chair, meetingId);
      const items = await rows<{ id: string; person_id: string | null; kind: string }>(
        dataSource,
        `SELECT id, person_id, kind FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
        [meetingId],
      );
      for (const p of practitioners) {
        // Only people of the huddle's member organisations attend.
        if ((await huddles.membership(dataSource, p, huddleId)).member) await meetings.recordAttendance(plan.chair, meetingId, true, p.id);
      }
      const lastAboutSomeone = items.findLastIndex((item) => item.person_id !== null);
      const completions: Array<{ id: string; on: string }> = [];
      for (const [i, item] of items.entries()) {
        // The last person's item each time is not reached, so it carries over.
        if (i === lastAboutSomeone && items.length > 3) continue;
        // The chair cannot write about someone whose record is not shared with them.
        if (item.person_id && !(await personService.accessFor(plan.chair, [item.person_id])).get(item.person_id)?.canSeeProfile) continue;
        const writer = plan.chair;
        const n = i + k;
        await meetings.updateItem(writer, {
          itemId: item.id,
          field: 'NOTES',
          expectedVersion: 1,
          text:
            item.kind === 'INCOMPLETE_ACTIONS_REVIEW'
              ? 'Went through each incomplete action: barriers recorded as not possible, missed ones as not undertaken.'
              : [
                  'Engaging well; attended both appointments.',
                  'Housing bid submitted; waiting to hear.',
                  'Missed probation appointment: transport problem, not refusal.',
                  'Prescription continuity agreed with the prison healthcare team.',
                  'Sleeping at a friend’s flat this week; wants to stay local.',
                ][n % 5]!,
        });
        await meetings.updateItem(writer, {
          itemId: item.id,
          field: 'DECISIONS',
          expectedVersion: 1,
          text:
            item.kind === 'INCOMPLETE_ACTIONS_REVIEW'
              ? 'Barriers to go to the strategic board; agencies to report back next week.'
              : [
                  'Keep on caseload; review in two weeks.',
                  'Housing to chase the bid; probation to move appointment to the hub.',
                  'Peer mentor to meet at the gate.',
                ][n % 3]!,
        });
        if (item.person_id && n % 2 === 0) {
          const owner = practitioners[n % practitioners.length]!;
          const step = ACTION_PLANS[n % ACTION_PLANS.length]!;
          const dueDate = addDays(date, 7);
          const actionId = await meetings.createActionAtItem(writer, {
            title: step.title,
            ownerId: owner.id,
            dueDate,
            agendaItemId: item.id,
          });
          // What became of it, as far as the days since allow.
          const outcome = n % 6;
          const onTime = addDays(date, 5);
          const late = addDays(dueDate, 4);
          if (outcome === 0 && onTime < todayUk) {
            await actions.update(owner, { id: actionId, expectedVersion: 1, status: 'DONE' });
            completions.push({ id: actionId, on: onTime });
          }
          if (outcome === 1 && late < todayUk) {
            await actions.update(owner, { id: actionId, expectedVersion: 1, status: 'DONE' });
            completions.push({ id: actionId, on: late });
          }
          if (outcome === 2) {
            await actions.update(owner, { id: actionId, expectedVersion: 1, status: 'NOT_POSSIBLE', statusReason: step.barrier });
            await meetings.updateItem(writer, { itemId: item.id, field: 'SYSTEM_BARRIER', expectedVersion: 1, flag: true });
          }
          if (outcome === 4 && dueDate < todayUk)
            await actions.update(owner, {
              id: actionId,
              expectedVersion: 1,
              status: 'NOT_UNDERTAKEN',
              statusReason: 'Worker on leave; no cover arranged',
            });
        }
        await meetings.updateItem(writer, { itemId: item.id, field: 'DISCUSSED', expectedVersion: 0, flag: true });
      }
      // Those referred since are on the next agenda, which closing drafts.
      await referUpTo(k + 1 < past.length ? past[k + 1]! : todayUk);
      const nextId = await meetings.close(plan.chair, meetingId);
      // The meeting took place on its day, not when the demo was seeded: so did what followed.
      await dataSource.query(`UPDATE meeting SET started_at = starts_at, closed_at = starts_at + interval '75 minutes' WHERE id = $1`, [
        meetingId,
      ]);
      for (const c of completions) {
        await dataSource.query(
          `UPDATE action SET completed_at = least(now(), ($2::date + time '16:00') AT TIME ZONE 'Europe/London') WHERE id = $1`,
          [c.id, c.on],
        );
      }
      await dataSource.query(
        `UPDATE action a SET created_at = least(m.starts_at + interval '1 hour', coalesce(a.completed_at, now()), now()), updated_at = coalesce(a.completed_at, least(now(), m.starts_at + interval '3 days'))
           FROM meeting m WHERE m.id = a.meeting_id AND a.meeting_id = $1`,
        [meetingId],
      );
      await dataSource.query(
        `UPDATE action_history h SET at = CASE WHEN h.field = 'status' THEN a.updated_at ELSE a.created_at END
           FROM action a WHERE a.id = h.action_id AND a.meeting_id = $1`,
        [meetingId],
      );
      // Closing planned the next meeting a week on from now; it is a week on from this one, at the usual time.
      await dataSource.query(`UPDATE meeting SET starts_at = $2 WHERE id = $1`, [
        nextId,
        k + 1 < past.length ? londonTime(past[k + 1]!, plan.time) : next.startsAt,
      ]);
      meetingId = nextId!;
    }
  }
}

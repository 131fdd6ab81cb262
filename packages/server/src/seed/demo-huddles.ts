import { DEFAULT_PROTECTIVE_MARKING, type Role } from '@casehuddle/shared';
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
 * Two huddles, each with a history of two closed meetings (notes, decisions, actions, some
 * done, some blocked by system barriers) and one meeting ready to go live today. Built
 * through the same services the app uses, so the data obeys the same rules.
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

  const barriers = [
    'No hostel in the area takes people with dogs',
    'Bank will not open an account without a fixed address',
    'GP practice list closed to new patients without ID',
  ];
  let barrierIndex = 0;
  const day = (offset: number, hour: number) => {
    const d = new Date();
    d.setUTCDate(d.getUTCDate() + offset);
    d.setUTCHours(hour, 0, 0, 0);
    return d;
  };

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
    for (const [i, person] of plan.caseload.entries()) {
      // Referral to the huddle usually comes with the person's agreement to share with its
      // members; a few records are left unshared, so the demo shows restricted items too.
      if (i !== 2 && i !== 5) {
        await dataSource.query(
          `INSERT INTO sharing_agreement (person_id, organisation_ids, sections, agreed_on, expires_on, recorded_by, notes)
           VALUES ($1, $2, ARRAY['STORY','NEEDS','CONTACT'], current_date - 40, current_date + 325, $3, 'Agreed at referral to the huddle')`,
          [
            person.id,
            plan.members.map(org),
            users.find((u) => u.organisation_id === person.owning_organisation_id && u.role !== 'ADMIN')?.id ?? plan.chair.id,
          ],
        );
      }
      await dataSource.query(
        `INSERT INTO caseload_entry (huddle_id, person_id, referring_organisation_id, offer_of_help, coordinator_id, added_on)
         VALUES ($1, $2, $3, $4, $5, current_date - $6::int)`,
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
          i < 2 ? 3 : 30 + i,
        ],
      );
    }
    // Two meetings in the past and one today, scheduled up front; each closing carries into the next.
    const past1 = await huddles.scheduleMeeting(plan.chair, huddleId, day(-14, 10));
    const past2 = await huddles.scheduleMeeting(plan.chair, huddleId, day(-7, 10));
    const soon = new Date(Date.now() + 3_600_000);
    soon.setUTCMinutes(0, 0, 0);
    await huddles.scheduleMeeting(plan.chair, huddleId, soon);
    for (const meetingId of [past1, past2]) {
      await meetings.start(plan.chair, meetingId);
      const items = await rows<{ id: string; person_id: string | null }>(
        dataSource,
        `SELECT id, person_id FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
        [meetingId],
      );
      for (const p of practitioners) {
        // Only people of the huddle's member organisations attend.
        if ((await huddles.membership(dataSource, p, huddleId)).member) await meetings.recordAttendance(plan.chair, meetingId, true, p.id);
      }
      for (const [i, item] of items.entries()) {
        // The last item each time is not reached, so it carries over.
        if (i === items.length - 1 && items.length > 2) continue;
        // The chair cannot write about someone whose record is not shared with them.
        if (item.person_id && !(await personService.accessFor(plan.chair, [item.person_id])).get(item.person_id)?.canSeeProfile) continue;
        const writer = plan.chair;
        await meetings.updateItem(writer, {
          itemId: item.id,
          field: 'NOTES',
          expectedVersion: 1,
          text: [
            'Engaging well; attended both appointments.',
            'Housing bid submitted; waiting to hear.',
            'Missed probation appointment: transport problem, not refusal.',
            'Prescription continuity agreed with the prison healthcare team.',
          ][i % 4]!,
        });
        await meetings.updateItem(writer, {
          itemId: item.id,
          field: 'DECISIONS',
          expectedVersion: 1,
          text: [
            'Keep on caseload; review in two weeks.',
            'Housing to chase the bid; probation to move appointment to the hub.',
            'Peer mentor to meet at the gate.',
          ][i % 3]!,
        });
        if (item.person_id && i % 2 === 0) {
          const owner = practitioners[i % practitioners.length]!;
          const actionId = await meetings.createActionAtItem(writer, {
            title: [
              'Book housing options appointment',
              'Arrange bank account with ID letter',
              'Register with a GP',
              'Confirm first probation appointment',
            ][i % 4]!,
            ownerId: owner.id,
            dueDate: day(meetingId === past1 ? -3 : 5, 12)
              .toISOString()
              .slice(0, 10),
            agendaItemId: item.id,
          });
          const outcome = i % 6;
          if (outcome === 0) await actions.update(owner, { id: actionId, expectedVersion: 1, status: 'DONE' });
          if (outcome === 2 && barrierIndex < barriers.length) {
            await actions.update(owner, {
              id: actionId,
              expectedVersion: 1,
              status: 'NOT_POSSIBLE',
              statusReason: barriers[barrierIndex++]!,
            });
            await meetings.updateItem(writer, { itemId: item.id, field: 'SYSTEM_BARRIER', expectedVersion: 1, flag: true });
          }
          if (outcome === 4)
            await actions.update(owner, {
              id: actionId,
              expectedVersion: 1,
              status: 'NOT_UNDERTAKEN',
              statusReason: 'Worker on leave; no cover arranged',
            });
        }
        await meetings.updateItem(writer, { itemId: item.id, field: 'DISCUSSED', expectedVersion: 0, flag: true });
      }
      await meetings.close(plan.chair, meetingId);
    }
  }
}

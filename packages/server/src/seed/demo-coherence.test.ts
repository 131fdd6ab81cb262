import { barrierTheme, isBankHoliday, personFlags, weekday } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createAppDataSource } from '../app/data-source.js';
import { createTestDatabase } from '../../test/harness.js';
import { seedDemoData } from './demo-data.js';

const todayUk = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });

/**
 * The demo data is shown to people who know this work: it must read as real. These checks run
 * over the seeded database, whatever day it is seeded on.
 */
describe('the demo data hangs together', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = createAppDataSource({ url: (await createTestDatabase()).url, poolSize: 4 });
    await db.initialize();
    expect(await seedDemoData(db)).toBe(true);
  }, 180_000);
  afterAll(() => db.destroy());

  it('gives people real-looking preferred names, or none, never a clipped first name', async () => {
    const people = await db.query(`SELECT legal_name, preferred_name FROM person`);
    const preferred = people.filter((p: { preferred_name: string | null }) => p.preferred_name !== null);
    expect(preferred.length).toBeGreaterThanOrEqual(5);
    expect(preferred.length).toBeLessThan(people.length / 2);
    for (const { legal_name, preferred_name } of preferred as Array<{ legal_name: string; preferred_name: string }>) {
      const first = legal_name.split(' ')[0]!;
      expect(preferred_name).toMatch(/^[A-Z][a-z]+$/);
      expect(preferred_name, legal_name).not.toBe(first);
      expect(preferred_name, legal_name).not.toBe(first.slice(0, 3));
    }
  });

  it('keeps Aaron due out within days with no fixed abode', async () => {
    const [aaron] = await db.query(
      `SELECT situation_kind, accommodation_status, release_date - $1::date AS days FROM person WHERE legal_name LIKE 'Aaron %'`,
      [todayUk()],
    );
    expect(aaron).toMatchObject({ situation_kind: 'CUSTODY', accommodation_status: 'NO_FIXED_ABODE' });
    expect(aaron.days).toBeGreaterThan(0);
    expect(aaron.days).toBeLessThanOrEqual(7);
  });

  it('releases Dionne on an ordinary Friday after midday, two hours before her first probation appointment, and flags it', async () => {
    const [dionne] = await db.query(
      `SELECT p.situation_kind, p.accommodation_status, to_char(p.release_date, 'YYYY-MM-DD') AS release_date,
              to_char(r.release_time, 'HH24:MI') AS release_time,
              (SELECT to_char(a.start_time, 'HH24:MI') FROM appointment a WHERE a.person_id = p.id AND a.first_probation) AS appointment_at
         FROM person p JOIN release_plan r ON r.person_id = p.id WHERE p.legal_name LIKE 'Dionne %'`,
    );
    expect(weekday(dionne.release_date)).toBe(5);
    expect(isBankHoliday(dionne.release_date)).toBe(false);
    expect(dionne).toMatchObject({ situation_kind: 'CUSTODY', release_time: '13:00', appointment_at: '15:00' });
    const flags = personFlags({
      today: todayUk(),
      situationKind: dionne.situation_kind,
      releaseDate: dionne.release_date,
      releaseTime: dionne.release_time,
      accommodationStatus: dionne.accommodation_status,
      overdueActions: 0,
    });
    expect(flags.find((f) => f.kind === 'RELEASE_FRIDAY')?.text).toContain('at 13:00: there may be too little time');
    // Releases further off have no time yet; those in the next fortnight do.
    const [{ without }] = await db.query(
      `SELECT count(*)::int AS without FROM release_plan r JOIN person p ON p.id = r.person_id
        WHERE r.release_time IS NULL AND p.release_date <= current_date + 14`,
    );
    expect(without).toBe(0);
  });

  it('holds every meeting on its huddle’s usual day and time, UK time: the past ones and the next', async () => {
    const meetings = await db.query(
      `SELECT h.name, h.usual_day, h.usual_time, m.status, m.starts_at,
              trim(to_char(m.starts_at AT TIME ZONE 'Europe/London', 'DAY')) AS day, to_char(m.starts_at AT TIME ZONE 'Europe/London', 'HH24:MI') AS time
         FROM meeting m JOIN huddle h ON h.id = m.huddle_id ORDER BY h.name, m.starts_at`,
    );
    expect(meetings.length).toBeGreaterThanOrEqual(8);
    for (const m of meetings) {
      expect(`${m.name}: ${m.day} ${m.time}`).toBe(`${m.name}: ${m.usual_day} ${String(m.usual_time).slice(0, 5)}`);
      if (m.status === 'CLOSED') expect(new Date(m.starts_at).getTime()).toBeLessThan(Date.now());
      else expect(new Date(m.starts_at).getTime()).toBeGreaterThan(Date.now());
    }
    const huddles = [...new Set(meetings.map((m: { name: string }) => m.name) as string[])];
    for (const name of huddles) {
      const planned = meetings.filter((m: { name: string; status: string }) => m.name === name && m.status !== 'CLOSED');
      expect(planned, name).toHaveLength(1);
      // The next meeting is within the coming week.
      expect(new Date(planned[0].starts_at).getTime() - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    }
  });

  it('records only barriers that stand in the way of their own action', async () => {
    const barriers = await db.query(`SELECT title, status_reason FROM action WHERE status = 'NOT_POSSIBLE'`);
    expect(barriers.length).toBeGreaterThanOrEqual(3);
    for (const { title, status_reason } of barriers as Array<{ title: string; status_reason: string }>) {
      expect(barrierTheme(status_reason), `${title}: ${status_reason}`).not.toBe('OTHER');
      expect(barrierTheme(status_reason), `${title}: ${status_reason}`).toBe(barrierTheme(title));
    }
    // Nothing was done before it was agreed, or in the future.
    const [times] = await db.query(
      `SELECT count(*) FILTER (WHERE completed_at < created_at)::int AS before_agreed, count(*) FILTER (WHERE completed_at > now() OR created_at > now())::int AS future,
              count(DISTINCT status)::int AS statuses FROM action`,
    );
    expect(times).toMatchObject({ before_agreed: 0, future: 0 });
    expect(times.statuses).toBeGreaterThanOrEqual(4);
  });

  it('gives each huddle a history of meetings with minutes, items carried over and varied agendas', async () => {
    const huddles = await db.query(`SELECT id, name FROM huddle`);
    for (const huddle of huddles as Array<{ id: string; name: string }>) {
      const meetings = await db.query(
        `SELECT m.id, m.status, m.starts_at, (m.starts_at AT TIME ZONE 'Europe/London')::date::text AS day,
                (SELECT count(*) FROM meeting_minutes_item mi WHERE mi.meeting_id = m.id)::int AS minutes,
                (SELECT count(*) FROM meeting_minutes_item mi WHERE mi.meeting_id = m.id AND mi.notes <> '')::int AS minuted
           FROM meeting m WHERE m.huddle_id = $1 ORDER BY m.starts_at`,
        [huddle.id],
      );
      const closed = meetings.filter((m: { status: string }) => m.status === 'CLOSED');
      expect(closed.length, huddle.name).toBeGreaterThanOrEqual(4);
      for (const m of closed) {
        expect(m.minutes, `${huddle.name} ${m.day}`).toBeGreaterThan(0);
        expect(m.minuted, `${huddle.name} ${m.day}`).toBeGreaterThan(0);
      }
      const items = await db.query(
        `SELECT i.meeting_id, i.kind, i.person_id, e.added_on::text AS added_on
           FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
           LEFT JOIN caseload_entry e ON e.huddle_id = m.huddle_id AND e.person_id = i.person_id
          WHERE m.huddle_id = $1`,
        [huddle.id],
      );
      const kinds = new Set(items.map((i: { kind: string }) => i.kind));
      expect(kinds.has('CARRIED_OVER'), huddle.name).toBe(true);
      expect(kinds.size, `${huddle.name}: ${[...kinds].join(', ')}`).toBeGreaterThanOrEqual(4);
      // Nobody is on an agenda before they joined the caseload; a new referral is someone who joined
      // since the meeting before.
      for (const [n, m] of meetings.entries()) {
        const early = items.filter(
          (i: { meeting_id: string; added_on: string | null }) => i.meeting_id === m.id && i.added_on && i.added_on > m.day,
        );
        expect(early, `${huddle.name} ${m.day}`).toEqual([]);
        const previous = meetings[n - 1];
        const referrals = items.filter((i: { meeting_id: string; kind: string }) => i.meeting_id === m.id && i.kind === 'NEW_REFERRAL');
        for (const r of referrals) if (previous) expect(r.added_on >= previous.day, `${huddle.name} ${m.day}`).toBe(true);
      }
      // The next meeting's agenda is not a list of new referrals.
      const next = meetings.at(-1)!;
      const agenda = items.filter((i: { meeting_id: string }) => i.meeting_id === next.id);
      const referrals = agenda.filter((i: { kind: string }) => i.kind === 'NEW_REFERRAL');
      expect(referrals.length, huddle.name).toBeLessThanOrEqual(agenda.length / 2);
      expect(new Set(agenda.map((i: { kind: string }) => i.kind)).size, huddle.name).toBeGreaterThanOrEqual(3);
    }
  });
  it('has a Duty to Refer from the prison waiting at the council, linked from the release plan, and referrals in other states', async () => {
    const referrals = await db.query(
      `SELECT r.kind, r.status, so.name AS sender, ro.name AS receiver, i.status AS item_status, i.referral_id = r.id AS linked,
              (SELECT count(*)::int FROM referral_event e WHERE e.referral_id = r.id) AS steps,
              EXISTS (SELECT 1 FROM sharing_agreement a WHERE a.id = r.sharing_agreement_id AND ro.id = ANY (a.organisation_ids)) AS shared
         FROM referral r JOIN organisation so ON so.id = r.sending_organisation_id JOIN organisation ro ON ro.id = r.receiving_organisation_id
         LEFT JOIN release_plan_item i ON i.person_id = r.person_id AND i.item = 'DUTY_TO_REFER'
        ORDER BY r.sent_at DESC`,
    );
    expect(referrals.find((r: { kind: string }) => r.kind === 'DUTY_TO_REFER')).toMatchObject({
      status: 'SENT',
      sender: 'HMP Northvale',
      receiver: 'Northvale Council Housing Options',
      item_status: 'DONE',
      linked: true,
      steps: 1,
      shared: true,
    });
    expect(new Set(referrals.map((r: { status: string }) => r.status))).toEqual(new Set(['SENT', 'ACCEPTED', 'ACKNOWLEDGED']));
  });
});

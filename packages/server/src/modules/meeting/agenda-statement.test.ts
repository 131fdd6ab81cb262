import type { Role } from '@casehuddle/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, GqlClient } from '../../../test/client.js';
import { buildOrganisation, buildUser, TEST_PASSWORD } from '../../../test/factories.js';
import { startTestApp, type TestApp } from '../../../test/harness.js';
import { buildHuddleMeeting } from '../../../test/meetings.js';
import { createFullPerson } from '../../../test/people.js';
import { rows } from '../../core/sql.js';
import { decideMembership, MEMBER_SQL } from '../huddle-membership/huddle-membership.js';
import { ACCESS_BASIS_SQL, decideAccess, type AccessFacts } from '../person/person.policy.js';

/*
 * The agenda is one statement (MeetingService.get) that decides in SQL whom it audits. These
 * tests hold the two rules it states in SQL to their TypeScript originals on every combination
 * of facts, and check the audit rows it writes against what PersonService.views would write.
 */

const ROLES: Role[] = ['PRACTITIONER', 'COORDINATOR', 'MANAGER', 'ADMIN', 'PEER_MENTOR'];
const bits = (n: number) => Array.from({ length: 1 << n }, (_, i) => Array.from({ length: n }, (_, b) => ((i >> b) & 1) === 1));

const AGENDA = `query ($id: ID!) { meeting(id: $id) { id items { id personRestricted person { id displayName }
  actions { id personRestricted person { id displayName } } } } }`;

describe('the agenda in one statement', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('decides the access basis in SQL exactly as decideAccess does, for every combination of facts and role', async () => {
    const cases = bits(6).flatMap(([merged = false, owner = false, lead = false, glass = false, shared = false, mentor = false]) =>
      ROLES.map((role) => ({ role, merged, owner, lead, glass, shared, mentor })),
    );
    const found = await rows<{ n: number; basis: string }>(
      app.dataSource,
      `SELECT f.n, ${ACCESS_BASIS_SQL('f', 'f.role')} AS basis
         FROM jsonb_to_recordset($1::jsonb) AS f(n int, role text, merged boolean, is_owner boolean, is_lead boolean,
                                                 glass_until timestamptz, shared_sections text[], mentor_sections text[])`,
      [
        JSON.stringify(
          cases.map((c, n) => ({
            n,
            role: c.role,
            merged: c.merged,
            is_owner: c.owner,
            is_lead: c.lead,
            glass_until: c.glass ? new Date(Date.now() + 3_600_000).toISOString() : null,
            shared_sections: c.shared ? ['STORY'] : [],
            mentor_sections: c.mentor ? ['NEEDS'] : [],
          })),
        ),
      ],
    );
    expect(found).toHaveLength(cases.length);
    for (const { n, basis } of found) {
      const c = cases[n]!;
      const facts: AccessFacts = {
        person_id: 'p',
        locked_down: false,
        processing_restricted: false,
        merged: c.merged,
        is_owner: c.owner,
        is_lead: c.lead,
        glass_until: c.glass ? new Date() : null,
        shared_sections: c.shared ? ['STORY'] : [],
        mentor_sections: c.mentor ? ['NEEDS'] : [],
      };
      const access = decideAccess({ id: 'u', name: 'U', email: 'u@x', organisationId: 'o', role: c.role }, facts);
      expect({ case: c, basis }).toEqual({ case: c, basis: access.basis });
      expect(basis !== 'NONE').toBe(access.canKnow);
    }
  });

  it('decides membership in SQL exactly as decideMembership does, for every combination of facts and role', async () => {
    const cases = bits(3).flatMap(([member = false, chair = false, signed = false]) =>
      ROLES.map((role) => ({ role, member, chair, signed })),
    );
    const found = await rows<{ n: number; member: boolean }>(
      app.dataSource,
      `SELECT f.n, ${MEMBER_SQL({ member: 'f.member', chair: 'f.chair', isaSigned: 'f.signed', role: 'f.role' })} AS member
         FROM jsonb_to_recordset($1::jsonb) AS f(n int, role text, member boolean, chair boolean, signed boolean)`,
      [JSON.stringify(cases.map((c, n) => ({ n, ...c })))],
    );
    expect(found).toHaveLength(cases.length);
    for (const { n, member } of found) {
      const c = cases[n]!;
      const decided = decideMembership(
        { id: 'u', name: 'U', email: 'u@x', organisationId: 'o', role: c.role },
        { member: c.member, chair: c.chair, isa_signed: c.signed },
      );
      expect({ case: c, member }).toEqual({ case: c, member: decided.member });
    }
  });

  it('writes one audit row per person shown, as a read of each would: the agenda’s people, then those named on actions', async () => {
    const { chair, chairUser, meetingId, organisationId } = await buildHuddleMeeting(app, 'One statement');
    // A colleague of the chair reads the agenda: the chair's own earlier reads (adding the items
    // and actions) would fold the agenda's reads into theirs.
    const readerUser = await buildUser(app.dataSource, { organisationId, role: 'PRACTITIONER' });
    const reader = new GqlClient(app.url);
    await reader.login(readerUser.email, TEST_PASSWORD);
    const elsewhere = (await buildOrganisation(app.dataSource, { kind: 'COUNCIL_HOUSING' })).id;
    const outsider = new GqlClient(app.url);
    await outsider.login((await buildUser(app.dataSource, { organisationId: elsewhere, role: 'PRACTITIONER' })).email, TEST_PASSWORD);

    const owned = await createFullPerson(chair); // the chair's organisation's: OWNER
    const glass = await createFullPerson(outsider); // another's, opened with break-glass by the reader: BREAK_GLASS
    const hidden = await createFullPerson(outsider); // another's, not shared: the reader may not know of them
    const onAction = await createFullPerson(chair); // named only on an action at an item
    await app.dataSource.query(
      `INSERT INTO break_glass (person_id, user_id, reason, expires_at) VALUES ($1, $2, 'Urgent safeguarding concern', now() + interval '1 hour')`,
      [glass, readerUser.id],
    );
    const add = (personId: string, title: string) =>
      chair.ok<{ addAgendaItem: { id: string } }>(`mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
        input: { meetingId, personId, title },
      });
    const ownedItem = (await add(owned, 'Owned')).addAgendaItem.id;
    await app.dataSource.query(
      `INSERT INTO break_glass (person_id, user_id, reason, expires_at) VALUES ($1, $2, 'Urgent safeguarding concern', now() + interval '1 hour')`,
      [glass, chairUser.id],
    );
    await add(glass, 'Break-glass');
    // Someone the reader may not know of, put on the agenda before the sharing ended.
    await app.dataSource.query(
      `INSERT INTO agenda_item (meeting_id, position, kind, person_id, title, created_by) VALUES ($1, 10, 'RAISED', $2, 'Hidden', $3)`,
      [meetingId, hidden, chairUser.id],
    );
    await chair.ok(`mutation ($input: CreateActionInput!) { createAction(input: $input) { id } }`, {
      input: { title: 'Call', ownerId: chairUser.id, dueDate: '2027-02-01', agendaItemId: ownedItem, personId: onAction },
    });

    const since = ((await app.dataSource.query(`SELECT now() AS since`)) as Array<{ since: Date }>)[0]!.since;
    const reads = async () =>
      rows<{ person_id: string; sections: string[]; purpose: string; break_glass: boolean }>(
        app.dataSource,
        `SELECT person_id, sections, purpose, break_glass FROM audit_event
          WHERE actor_id = $1 AND action = 'READ' AND at >= $2 ORDER BY id`,
        [readerUser.id, since],
      );

    const { meeting } = await reader.ok<{
      meeting: {
        items: Array<{
          personRestricted: boolean;
          person: { id: string } | null;
          actions: Array<{ personRestricted: boolean; person: { id: string } | null }>;
        }>;
      };
    }>(AGENDA, { id: meetingId });
    // The draft agenda may open with items about no one (the review of incomplete actions).
    const aboutSomeone = meeting.items.filter((i) => i.person || i.personRestricted);
    expect(aboutSomeone.map((i) => i.person?.id ?? null)).toEqual([owned, glass, null]);
    expect(aboutSomeone[2]!.personRestricted).toBe(true);
    expect(aboutSomeone[0]!.actions.map((a) => a.person?.id)).toEqual([onAction]);

    const written = await reads();
    expect(written).toEqual([
      { person_id: owned, sections: ['IDENTITY'], purpose: 'Huddle agenda', break_glass: false },
      { person_id: glass, sections: ['IDENTITY'], purpose: 'Huddle agenda', break_glass: true },
      { person_id: onAction, sections: ['IDENTITY'], purpose: 'Actions', break_glass: false },
    ]);
    expect(written.map((r) => r.person_id)).not.toContain(hidden);

    // Read again at once: the same reads fold into the rows already written.
    await reader.ok(AGENDA, { id: meetingId });
    expect(await reads()).toHaveLength(3);

    // Someone who is not a member learns nothing, and nothing is audited for them.
    const before = await rows<{ n: number }>(app.dataSource, `SELECT count(*)::int AS n FROM audit_event WHERE at >= $1`, [since]);
    const refused = await outsider.request(AGENDA, { id: meetingId });
    expect(errorCode(refused)).toBe('FORBIDDEN');
    const after = await rows<{ n: number }>(app.dataSource, `SELECT count(*)::int AS n FROM audit_event WHERE at >= $1`, [since]);
    expect(after[0]!.n).toBe(before[0]!.n);
  }, 60_000);
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideAccess, type AccessFacts } from './person.policy.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PERSON_TABLES =
  /\b(FROM|JOIN|INTO|UPDATE)\s+(person|person_need|person_lead|person_timeline|person_change|sharing_agreement|break_glass)\b/i;
/** Files allowed to touch the record's tables directly. Everything else must go through PersonService. */
// Release planning reads release dates and situations in bulk (for lists and the forecast), then
// filters every person through the policy; its tests cover the sharing rules on each path.
const ALLOWED = [
  'modules/person/',
  'modules/sharing/sharing.service.ts',
  'modules/audit/audit.service.ts',
  'modules/release/release.service.ts',
  // Retention reads only dates and flags (last change, restriction) to find records past their
  // period; it shows people through PersonService.views and erases through the person erasure path.
  'modules/retention/retention.service.ts',
  // The rights register narrows its list with the policy's own MAY_KNOW_SQL, then filters every
  // request through the policy (accessFor) before anything is shown.
  'modules/rights/rights.service.ts',
  // The break-glass review lists the grants on the manager's organisation's records (owner and
  // grant only) and shows each person through PersonService's views, which apply the policy.
  'modules/misuse/break-glass-review.service.ts',
  // "Already known?" scores identifying columns of candidate records, and returns only ids and
  // scores, which never reach the registering user (modules/access/registration-check.ts).
  'modules/matching/matching.service.ts',
  // Access requests join a request to its record's owning organisation (to route it to the holder)
  // and name the person only to the holder; requesters see the person through PersonService's
  // views and every request is marked with the policy's access (accessFor) before it is shown.
  'modules/access/access.service.ts',
  'modules/access/access.holders.ts',
  'migrations/',
  'seed/',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : [];
  });
}

// Which operations reach a person, and that each is covered by the access matrix, is checked by
// modules/disclosure/access-matrix.test.ts, driven by the data map.

describe('the one policy module', () => {
  it('is the only way to the record’s tables: no other module queries them', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file))
      .filter((file) => !ALLOWED.some((allowed) => file.startsWith(allowed)))
      .filter((file) => PERSON_TABLES.test(readFileSync(path.join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  describe('decides access from the facts', () => {
    const viewer = { id: 'u', name: 'U', email: 'u@x', organisationId: 'o', role: 'PRACTITIONER' as const };
    const facts = (over: Partial<AccessFacts>): AccessFacts => ({
      person_id: 'p',
      locked_down: false,
      processing_restricted: false,
      is_owner: false,
      is_lead: false,
      glass_until: null,
      shared_sections: [],
      mentor_sections: [],
      ...over,
    });

    it('gives administrators nothing by their role', () => {
      expect(decideAccess({ ...viewer, role: 'ADMIN' }, facts({ is_owner: true })).canKnow).toBe(false);
    });
    it('gives owners, leads and break-glass holders everything, even when locked down', () => {
      for (const f of [{ is_owner: true }, { is_lead: true }, { glass_until: new Date() }]) {
        const access = decideAccess(viewer, facts({ ...f, locked_down: true }));
        expect(access.full).toBe(true);
        expect(access.sections).toHaveLength(6);
      }
    });
    it('gives agreement holders their sections, or only the name when locked down or restricted', () => {
      expect(decideAccess(viewer, facts({ shared_sections: ['NEEDS', 'STORY'] })).sections).toEqual(['STORY', 'NEEDS']);
      for (const f of [{ locked_down: true }, { processing_restricted: true }]) {
        const access = decideAccess(viewer, facts({ ...f, shared_sections: ['NEEDS'] }));
        expect(access).toMatchObject({ canKnow: true, canSeeProfile: false, sections: [] });
      }
    });
    it('gives a peer mentor only the sections of their referral: not their organisation’s records, agreements or break-glass', () => {
      const mentor = { ...viewer, role: 'PEER_MENTOR' as const };
      for (const f of [{ is_owner: true }, { is_lead: true }, { glass_until: new Date() }, { shared_sections: ['STORY' as const] }]) {
        expect(decideAccess(mentor, facts(f))).toMatchObject({ canKnow: false, full: false, basis: 'NONE', sections: [] });
      }
      expect(decideAccess(mentor, facts({ is_owner: true, mentor_sections: ['CONTACT', 'STORY'] }))).toMatchObject({
        canKnow: true,
        full: false,
        isOwner: false,
        basis: 'PEER_MENTOR',
        sections: ['STORY', 'CONTACT'],
      });
      expect(decideAccess(mentor, facts({ locked_down: true, mentor_sections: ['STORY'] }))).toMatchObject({
        canKnow: true,
        canSeeProfile: false,
        sections: [],
      });
    });
    it('gives everyone else nothing', () => {
      expect(decideAccess(viewer, facts({}))).toMatchObject({ canKnow: false, basis: 'NONE', sections: [] });
    });
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPubSub } from '@graphql-yoga/subscription';
import { getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSchema } from '../../app/schema.js';
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

/** Root fields whose result can carry a person's data, found by walking the schema. */
function rootFieldsReaching(schema: GraphQLSchema, typeName: string): string[] {
  const reaches = new Map<string, boolean>();
  const visit = (name: string, seen: Set<string>): boolean => {
    if (name === typeName) return true;
    if (reaches.has(name)) return reaches.get(name)!;
    const type = schema.getType(name);
    if (!isObjectType(type) || seen.has(name)) return false;
    seen.add(name);
    const result = Object.values(type.getFields()).some((f) => visit(getNamedType(f.type).name, seen));
    reaches.set(name, result);
    return result;
  };
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {})
      .filter((f) => visit(getNamedType(f.type).name, new Set()) || f.args.some((a) => a.name === 'personId'))
      .map((f) => `${root!.name}.${f.name}`),
  );
}

describe('the one policy module', () => {
  it('is the only way to the record’s tables: no other module queries them', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file))
      .filter((file) => !ALLOWED.some((allowed) => file.startsWith(allowed)))
      .filter((file) => PERSON_TABLES.test(readFileSync(path.join(SRC, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('guards every operation that can return or change a record; each is covered by the access matrix tests', async () => {
    const schema = await buildAppSchema(createPubSub());
    // If this list changes, add the new path to person.access.test.ts before updating it here.
    expect(rootFieldsReaching(schema, 'Person').sort()).toEqual(
      [
        'Mutation.addActionComment',
        'Mutation.addAgendaItem',
        'Mutation.addToCaseload',
        'Mutation.closeMeeting',
        'Mutation.createHuddle',
        'Mutation.moveAgendaItem',
        'Mutation.removeFromCaseload',
        'Mutation.scheduleMeeting',
        'Mutation.startMeeting',
        'Mutation.updateAgendaItem',
        'Query.agendaItem',
        'Query.appointments',
        'Query.assessments',
        'Query.releaseForecastPeople',
        'Query.releasePlan',
        'Query.serviceUse',
        'Query.upcomingReleases',
        'Query.huddle',
        'Query.huddles',
        'Query.meeting',
        'Mutation.addTimelineNote',
        'Mutation.createAction',
        'Mutation.updateAction',
        'Query.action',
        'Query.actions',
        'Query.myWork',
        'Mutation.breakGlass',
        'Mutation.createPerson',
        'Mutation.erasePerson',
        'Mutation.recordSharingAgreement',
        'Mutation.removeLeadProfessional',
        'Mutation.restrictPerson',
        'Mutation.setLeadProfessional',
        'Mutation.setPersonLockdown',
        'Mutation.unrestrictPerson',
        'Mutation.updatePersonNeed',
        'Mutation.updatePersonPreferences',
        'Mutation.updatePersonProfile',
        'Mutation.updatePersonRisk',
        'Mutation.updatePersonSituation',
        'Mutation.updatePersonStory',
        'Mutation.withdrawSharingAgreement',
        'Query.exportPerson',
        'Query.people',
        'Query.person',
        'Query.personAccessLog',
        'Subscription.personChanged',
      ].sort(),
    );
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
    it('gives everyone else nothing', () => {
      expect(decideAccess(viewer, facts({}))).toMatchObject({ canKnow: false, basis: 'NONE', sections: [] });
    });
  });
});

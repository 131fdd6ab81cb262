import { pipe, filter } from '@graphql-yoga/subscription';
import { LIMITS, type SharingSection, type SubjectAccessExport } from '@casehuddle/shared';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { selectedFields } from '../../core/graphql-info.js';
import { validationFailed } from '../../core/errors.js';
import { parseId } from '../../core/ids.js';
import {
  CreatePersonInput,
  PeopleSearchInput,
  UpdatePersonNeedInput,
  UpdatePersonPreferencesInput,
  UpdatePersonProfileInput,
  UpdatePersonRiskInput,
  UpdatePersonSituationInput,
  UpdatePersonStoryInput,
} from './dto/person.inputs.js';
import { SharingSectionEnum } from './person.enums.js';
import { fieldsFrom } from './person.service.js';
import { AccessLogEntry, BreakGlassGrant, Person, PersonChange } from './person.types.js';
import type { PersonChangedEvent } from './person.topics.js';

const PURPOSE = { nullable: true, description: 'Why you are opening the record (kept in the audit trail).' };

/** Re-reads the record for the response, with only the fields asked for (and audits that read). */
const reread = (ctx: Context, info: GraphQLResolveInfo, personId: string) =>
  ctx.services.people.get(requireViewer(ctx), personId, fieldsFrom(selectedFields(info)), 'Saved a change');

@Resolver(() => Person)
export class PersonResolver {
  @Authorized()
  @Query(() => Person, { description: 'One record, as the viewer may see it. Every read is audited.' })
  person(
    @Arg('id', () => ID) id: string,
    @Arg('purpose', () => String, PURPOSE) purpose: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    return ctx.services.people.get(requireViewer(ctx), id, fieldsFrom(selectedFields(info)), purpose?.slice(0, 300) ?? null);
  }

  @Authorized()
  @Query(() => [Person], {
    description:
      'People the viewer may know of, by name (typos allowed), date of birth or identifier. A peer mentor may leave the search empty to list the people referred to them.',
  })
  people(
    @Arg('search', () => PeopleSearchInput) search: PeopleSearchInput,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person[]> {
    return ctx.services.people.search(requireViewer(ctx), search, fieldsFrom(selectedFields(info)), limit);
  }

  @Authorized()
  @Query(() => [AccessLogEntry], {
    description: 'Who has seen this record: for lead professionals and managers in the owning organisation.',
  })
  personAccessLog(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<AccessLogEntry[]> {
    return ctx.services.people.accessLog(requireViewer(ctx), personId);
  }

  @Authorized('ADMIN', 'MANAGER')
  @Query(() => GraphQLJSONObject, { description: 'Everything held on a person, with the audit trail, for a subject access request.' })
  exportPerson(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<SubjectAccessExport> {
    return ctx.services.governance.export(requireViewer(ctx), personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => Person, { description: 'Creates a record owned by your organisation, with you as lead professional.' })
  async createPerson(
    @Arg('input', () => CreatePersonInput) input: CreatePersonInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    const { id, possibleExistingRecord } = await ctx.services.people.create(requireViewer(ctx), input);
    const person = await reread(ctx, info, id);
    person.possibleExistingRecord = possibleExistingRecord;
    return person;
  }

  @Authorized()
  @Mutation(() => Person)
  async updatePersonProfile(
    @Arg('input', () => UpdatePersonProfileInput) input: UpdatePersonProfileInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.updateProfile(requireViewer(ctx), input);
    return reread(ctx, info, input.personId);
  }

  @Authorized()
  @Mutation(() => Person)
  async updatePersonSituation(
    @Arg('input', () => UpdatePersonSituationInput) input: UpdatePersonSituationInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.updateSituation(requireViewer(ctx), input);
    return reread(ctx, info, input.personId);
  }

  @Authorized()
  @Mutation(() => Person)
  async updatePersonStory(
    @Arg('input', () => UpdatePersonStoryInput) input: UpdatePersonStoryInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.updateStory(requireViewer(ctx), input);
    return reread(ctx, info, input.personId);
  }

  @Authorized()
  @Mutation(() => Person)
  async updatePersonNeed(
    @Arg('input', () => UpdatePersonNeedInput) input: UpdatePersonNeedInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.updateNeed(requireViewer(ctx), input);
    return reread(ctx, info, input.personId);
  }

  @Authorized()
  @Mutation(() => Person)
  async updatePersonPreferences(
    @Arg('input', () => UpdatePersonPreferencesInput) input: UpdatePersonPreferencesInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.updatePreferences(requireViewer(ctx), input);
    return reread(ctx, info, input.personId);
  }

  @Authorized()
  @Mutation(() => Person)
  async updatePersonRisk(
    @Arg('input', () => UpdatePersonRiskInput) input: UpdatePersonRiskInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.updateRisk(requireViewer(ctx), input);
    return reread(ctx, info, input.personId);
  }

  @Authorized()
  @Mutation(() => Person, { description: 'Makes a user the lead professional for their organisation on this record.' })
  async setLeadProfessional(
    @Arg('personId', () => ID) personId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.setLeadProfessional(requireViewer(ctx), personId, userId);
    return reread(ctx, info, personId);
  }

  @Authorized()
  @Mutation(() => Person)
  async removeLeadProfessional(
    @Arg('personId', () => ID) personId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.removeLeadProfessional(requireViewer(ctx), personId, organisationId);
    return reread(ctx, info, personId);
  }

  @Authorized()
  @Mutation(() => Person, { description: 'Adds a note to the timeline, shared like the section it is filed under.' })
  async addTimelineNote(
    @Arg('personId', () => ID) personId: string,
    @Arg('text', () => String) text: string,
    @Arg('section', () => SharingSectionEnum, { nullable: true }) section: SharingSection | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    await ctx.services.people.addNote(requireViewer(ctx), personId, text, section ?? null);
    return reread(ctx, info, personId);
  }

  @Authorized()
  @Mutation(() => Person, { description: 'Locks a record down (others see only the name and agencies involved), or releases it.' })
  async setPersonLockdown(
    @Arg('personId', () => ID) personId: string,
    @Arg('lockedDown', () => Boolean) lockedDown: boolean,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    checkReason(reason);
    await ctx.services.people.setLockdown(requireViewer(ctx), personId, lockedDown, reason);
    return reread(ctx, info, personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => BreakGlassGrant, {
    description: 'Emergency access to a record for a few hours. Needs a reason; stands out in the audit.',
  })
  breakGlass(
    @Arg('personId', () => ID) personId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<BreakGlassGrant> {
    checkReason(reason);
    return ctx.services.people.breakGlass(requireViewer(ctx), personId, reason);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'Restricts processing: the record is kept but cannot change, and sharing is suspended.' })
  async restrictPerson(
    @Arg('personId', () => ID) personId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    checkReason(reason);
    await ctx.services.governance.setRestricted(requireViewer(ctx), personId, true, reason);
    return true;
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean)
  async unrestrictPerson(
    @Arg('personId', () => ID) personId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    checkReason(reason);
    await ctx.services.governance.setRestricted(requireViewer(ctx), personId, false, reason);
    return true;
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'Erases a record and all data held with it. The audit trail keeps a tombstone.' })
  erasePerson(
    @Arg('personId', () => ID) personId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    checkReason(reason);
    return ctx.services.governance.erase(requireViewer(ctx), personId, reason);
  }

  /**
   * Tells every open view of a record that it changed. Access is checked when subscribing and
   * again for every event, so a viewer who loses access stops receiving.
   */
  @Authorized()
  @Subscription(() => PersonChange, {
    subscribe: async ({ args, context }: { args: { personId: string }; context: Context }) => {
      const viewer = requireViewer(context);
      const personId = parseId(args.personId, 'personId');
      // Events carry ids and versions only, and the client re-reads through the audited query,
      // so following a record is checked but not itself logged as a read.
      await context.services.people.requireKnown(context.services.dataSource, viewer, personId);
      const events = context.services.bus.pubSub.subscribe('PERSON_CHANGED');
      return pipe(
        events,
        filter(
          async (event: PersonChangedEvent) =>
            event.personId === personId && (await context.services.people.changeVisibleTo(viewer, event)),
        ),
      );
    },
  })
  personChanged(
    @Arg('personId', () => ID) _personId: string,
    @Root() event: PersonChangedEvent,
    @Ctx() ctx: Context,
  ): Promise<PersonChange> {
    return ctx.services.people.changeFor(requireViewer(ctx), event);
  }
}

/** Reasons are kept in the audit trail, so they must say something. */
function checkReason(reason: string) {
  if (reason.trim().length < LIMITS.reasonMinLength)
    throw validationFailed({ reason: `Give a reason of at least ${LIMITS.reasonMinLength} characters.` });
  if (reason.length > LIMITS.notesMaxLength)
    throw validationFailed({ reason: `Keep the reason to ${LIMITS.notesMaxLength} characters or fewer.` });
}

import { releaseDayWarnings } from '@casehuddle/shared';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { Action } from '../action/action.types.js';
import { disclosureOf, NO_ACCESS } from '../disclosure/gate.js';
import { AgendaItem } from '../huddle/huddle.types.js';
import { Person, PersonSituation } from '../person/person.types.js';
import { loadBatched } from './request-batch.js';
import { DayWarning, PersonFlag, PersonHuddle } from './flags.types.js';

// Roots are taken as plain objects: type-graphql would otherwise copy them into class instances,
// losing the disclosure the gate attached to the original.
const accessOf = (root: object) => disclosureOf(root)?.access ?? NO_ACCESS;

function flagsFor(ctx: Context, personId: string) {
  const viewer = requireViewer(ctx);
  return loadBatched(ctx, 'personFlags', personId, (ids) => ctx.services.flags.forPeople(viewer, ids));
}

@Resolver(() => Person)
export class PersonFlagsResolver {
  @Authorized()
  @FieldResolver(() => [PersonFlag], {
    description: 'Red flags for the huddle: each shown only to those who may see the fact it comes from.',
  })
  async flags(@Root() root: object, @Ctx() ctx: Context): Promise<PersonFlag[]> {
    const person = root as Person;
    const access = accessOf(person);
    if (!access.canKnow) return [];
    return ctx.services.flags.disclosed(await flagsFor(ctx, person.id), access);
  }

  @Authorized()
  @FieldResolver(() => [Action], {
    description: 'Actions for the person still to do or blocked, with owners and due dates: those you may see.',
  })
  openActions(@Root() root: object, @Ctx() ctx: Context): Promise<Action[]> {
    const person = root as Person;
    if (!accessOf(person).canKnow) return Promise.resolve([]);
    return ctx.services.flags.openActions(requireViewer(ctx), person.id);
  }

  @Authorized()
  @FieldResolver(() => [PersonHuddle], { description: 'The huddles the person is on, of those you belong to or chair.' })
  huddles(@Root() root: object, @Ctx() ctx: Context): Promise<PersonHuddle[]> {
    const person = root as Person;
    if (!accessOf(person).canKnow) return Promise.resolve([]);
    return ctx.services.flags.huddles(requireViewer(ctx), person.id);
  }
}

@Resolver(() => AgendaItem)
export class AgendaItemFlagsResolver {
  @Authorized()
  @FieldResolver(() => [PersonFlag], {
    description: 'Red flags for the person the item is about, as you may see them (empty when the details are restricted).',
  })
  async flags(@Root() root: object, @Ctx() ctx: Context): Promise<PersonFlag[]> {
    const item = root as AgendaItem;
    const personId = item.person?.id;
    if (!personId || item.personRestricted) return [];
    return ctx.services.flags.disclosed(await flagsFor(ctx, personId), accessOf(item.person!));
  }
}

@Resolver(() => PersonSituation)
export class SituationWarningsResolver {
  @FieldResolver(() => [DayWarning], {
    description: 'Warnings about the release or discharge day: a weekend, a bank holiday or a Friday.',
  })
  warnings(@Root() root: object): DayWarning[] {
    const situation = root as PersonSituation;
    if (situation.kind === 'COMMUNITY' || !situation.releaseDate) return [];
    return releaseDayWarnings(situation.releaseDate, situation.kind === 'HOSPITAL' ? 'Discharge' : 'Release');
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { AgendaItem } from '../huddle/huddle.types.js';
import { AddMinutesCorrectionInput, LogRightsRequestInput, ProgressRightsRequestInput } from './dto/rights.inputs.js';
import { MinutesCorrection, RightsRequest } from './rights.types.js';

@Resolver()
export class RightsResolver {
  @Authorized()
  @Query(() => [RightsRequest], {
    description: 'Rights requests about people whose record the viewer may see beyond the name; most urgent first.',
  })
  rightsRequests(
    @Arg('personId', () => ID, { nullable: true }) personId: string | null,
    @Arg('openOnly', () => Boolean, { nullable: true }) openOnly: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<RightsRequest[]> {
    return ctx.services.rights.list(requireViewer(ctx), { personId, openOnly: openOnly ?? false });
  }

  @Authorized()
  @Query(() => RightsRequest)
  rightsRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<RightsRequest> {
    return ctx.services.rights.get(requireViewer(ctx), id);
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => RightsRequest, { description: 'Logs a rights request received about a person: the deadline is one calendar month.' })
  async logRightsRequest(
    @Arg('input', () => LogRightsRequestInput) input: LogRightsRequestInput,
    @Ctx() ctx: Context,
  ): Promise<RightsRequest> {
    const viewer = requireViewer(ctx);
    return ctx.services.rights.get(viewer, await ctx.services.rights.log(viewer, input));
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => RightsRequest, { description: 'Moves a rights request on: identity checked, started, extended, completed or refused.' })
  async progressRightsRequest(
    @Arg('input', () => ProgressRightsRequestInput) input: ProgressRightsRequestInput,
    @Ctx() ctx: Context,
  ): Promise<RightsRequest> {
    const viewer = requireViewer(ctx);
    return ctx.services.rights.get(viewer, await ctx.services.rights.progress(viewer, input));
  }

  @Authorized('COORDINATOR', 'MANAGER', 'PRACTITIONER')
  @Mutation(() => ID, { description: 'Adds a dated correction to an item of closed minutes. The original text never changes.' })
  addMinutesCorrection(
    @Arg('input', () => AddMinutesCorrectionInput) input: AddMinutesCorrectionInput,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.minutesCorrections.add(requireViewer(ctx), input);
  }
}

/** Per request, each meeting's corrections are read once, however many items ask. */
const loaded = new WeakMap<object, Map<string, Promise<Map<string, MinutesCorrection[]>>>>();

@Resolver(() => AgendaItem)
export class MinutesCorrectionFieldResolver {
  @FieldResolver(() => [MinutesCorrection], {
    description: 'Corrections added after the minutes were frozen, oldest first (always empty on a live agenda).',
  })
  corrections(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<MinutesCorrection[]> | MinutesCorrection[] {
    // Name-only access hears nothing said about the person, corrections included.
    if (item.personRestricted) return [];
    let perRequest = loaded.get(ctx);
    if (!perRequest) loaded.set(ctx, (perRequest = new Map()));
    let meeting = perRequest.get(item.meetingId);
    if (!meeting) perRequest.set(item.meetingId, (meeting = ctx.services.minutesCorrections.forMeeting(item.meetingId)));
    return meeting.then((byItem) => byItem.get(item.id) ?? []);
  }
}

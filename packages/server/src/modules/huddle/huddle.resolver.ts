import { GraphQLLocalDate } from '../../core/scalars.js';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { validationFailed } from '../../core/errors.js';
import { AddToCaseloadInput, CreateHuddleInput } from './dto/huddle.inputs.js';
import { CaseloadResult, Huddle } from './huddle.types.js';

void GraphQLLocalDate;

@Resolver(() => Huddle)
export class HuddleResolver {
  @Authorized()
  @Query(() => [Huddle], { description: 'Huddles the viewer’s organisation belongs to, or that the viewer chairs.' })
  huddles(@Ctx() ctx: Context): Promise<Huddle[]> {
    return ctx.services.huddles.list(requireViewer(ctx));
  }

  @Authorized()
  @Query(() => Huddle)
  huddle(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Huddle> {
    return ctx.services.huddles.get(requireViewer(ctx), id);
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => Huddle)
  async createHuddle(@Arg('input', () => CreateHuddleInput) input: CreateHuddleInput, @Ctx() ctx: Context): Promise<Huddle> {
    const viewer = requireViewer(ctx);
    return ctx.services.huddles.get(viewer, await ctx.services.huddles.create(viewer, input));
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => CaseloadResult, { description: 'Adds a person to the caseload, warning when a coordinator holds more than 15 people.' })
  async addToCaseload(@Arg('input', () => AddToCaseloadInput) input: AddToCaseloadInput, @Ctx() ctx: Context): Promise<CaseloadResult> {
    const viewer = requireViewer(ctx);
    const { huddleId, warning } = await ctx.services.huddles.addToCaseload(viewer, input);
    return { huddle: await ctx.services.huddles.get(viewer, huddleId), warning };
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => Huddle)
  async removeFromCaseload(@Arg('entryId', () => ID) entryId: string, @Ctx() ctx: Context): Promise<Huddle> {
    const viewer = requireViewer(ctx);
    return ctx.services.huddles.get(viewer, await ctx.services.huddles.removeFromCaseload(viewer, entryId));
  }

  @Authorized('COORDINATOR')
  @Mutation(() => Huddle, { description: 'Schedules a meeting with a draft agenda for the chair.' })
  async scheduleMeeting(
    @Arg('huddleId', () => ID) huddleId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Ctx() ctx: Context,
  ): Promise<Huddle> {
    const viewer = requireViewer(ctx);
    if (startsAt.getTime() < Date.now() - 86_400_000) throw validationFailed({ startsAt: 'Choose a time from today onwards.' });
    await ctx.services.huddles.scheduleMeeting(viewer, huddleId, startsAt);
    return ctx.services.huddles.get(viewer, huddleId);
  }
}

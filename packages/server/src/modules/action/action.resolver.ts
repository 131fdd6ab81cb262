import { filter, pipe } from '@graphql-yoga/subscription';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { ActionFilter, CreateActionInput, UpdateActionInput } from './dto/action.inputs.js';
import { Action, ActionChange, ActionSummary, MyWork } from './action.types.js';
import type { ActionChangedEvent } from './action.topics.js';

@Resolver(() => Action)
export class ActionResolver {
  @Authorized()
  @Query(() => [Action], { description: 'Actions the viewer may see, overdue first, then by due date.' })
  actions(
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | null,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() ctx: Context,
  ): Promise<Action[]> {
    return ctx.services.actions.list(requireViewer(ctx), filter, limit, offset);
  }

  @Authorized()
  @Query(() => Action, { description: 'One action, with its history and comments.' })
  action(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Action> {
    return ctx.services.actions.get(requireViewer(ctx), id);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => ActionSummary, { description: 'Figures for manager review over the filtered actions.' })
  actionSummary(
    @Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | null,
    @Ctx() ctx: Context,
  ): Promise<ActionSummary> {
    return ctx.services.actions.summary(requireViewer(ctx), filter);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => String, { description: 'The filtered actions as CSV (no person details; spreadsheet formulas neutralised).' })
  actionsCsv(@Arg('filter', () => ActionFilter, { nullable: true }) filter: ActionFilter | null, @Ctx() ctx: Context): Promise<string> {
    return ctx.services.actions.csv(requireViewer(ctx), filter);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => MyWork, { description: 'My actions (overdue, this week, later), my organisation’s, and the people I lead for.' })
  myWork(@Ctx() ctx: Context): Promise<MyWork> {
    return ctx.services.actions.myWork(requireViewer(ctx));
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => Action)
  async createAction(@Arg('input', () => CreateActionInput) input: CreateActionInput, @Ctx() ctx: Context): Promise<Action> {
    const viewer = requireViewer(ctx);
    const id = input.agendaItemId
      ? await ctx.services.meetings.createActionAtItem(viewer, input)
      : await ctx.services.actions.create(viewer, input);
    return ctx.services.actions.get(viewer, id);
  }

  @Authorized()
  @Mutation(() => Action, {
    description: 'Changes an action. A stale version gets VERSION_CONFLICT; an invalid status change gets VALIDATION_FAILED.',
  })
  async updateAction(@Arg('input', () => UpdateActionInput) input: UpdateActionInput, @Ctx() ctx: Context): Promise<Action> {
    const viewer = requireViewer(ctx);
    await ctx.services.actions.update(viewer, input);
    return ctx.services.actions.get(viewer, input.id);
  }

  @Authorized()
  @Mutation(() => Action)
  async addActionComment(
    @Arg('actionId', () => ID) actionId: string,
    @Arg('body', () => String) body: string,
    @Ctx() ctx: Context,
  ): Promise<Action> {
    const viewer = requireViewer(ctx);
    await ctx.services.actions.addComment(viewer, actionId, body);
    return ctx.services.actions.get(viewer, actionId);
  }

  @Authorized()
  @Subscription(() => ActionChange, {
    description: 'Actions the viewer may see, as they change: for live dashboards and lists.',
    subscribe: ({ context }: { context: Context }) => {
      const viewer = requireViewer(context);
      return pipe(
        context.services.bus.pubSub.subscribe('ACTION_CHANGED'),
        filter((event: ActionChangedEvent) => context.services.actions.visibleTo(viewer, event)),
      );
    },
  })
  actionChanged(@Root() event: ActionChangedEvent): ActionChange {
    return { actionId: event.actionId, status: event.status, version: event.version };
  }
}

import type { AgendaTextField } from '@casehuddle/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { selectedFieldsAt } from '../../core/graphql-info.js';
import { parseId } from '../../core/ids.js';
import { AddAgendaItemInput, UpdateAgendaItemInput } from '../huddle/dto/huddle.inputs.js';
import { AgendaItem, Meeting, MeetingEvent, MinutesSignOff } from '../huddle/huddle.types.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { MeetingDetailsInput } from './minutes.types.js';
import { meetingStream } from './meeting-stream.js';
import type { DeliveredEvent } from './meeting-live-text.js';
import { disclose } from '../disclosure/gate.js';
import { AgendaText, AgendaTextFieldEnum, EditAgendaTextInput } from './agenda-text.types.js';

@Resolver(() => Meeting)
export class MeetingResolver {
  @Authorized()
  @Query(() => Meeting, { description: 'A meeting and its agenda as the viewer may see it; closed meetings show their frozen minutes.' })
  meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Meeting> {
    // The statement reads only the action columns the query selects.
    return ctx.services.meetings.get(requireViewer(ctx), id, selectedFieldsAt(info, ['items', 'actions']));
  }

  @Authorized()
  @Query(() => AgendaItem, { description: 'One agenda item (to merge a live change).' })
  agendaItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.meetings.item(requireViewer(ctx), id);
  }

  @Authorized()
  @Query(() => AgendaText, {
    description: 'An item’s shared notes or decisions: what a client with this state vector is missing (all of it, without one).',
  })
  agendaText(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('field', () => AgendaTextFieldEnum) field: AgendaTextField,
    @Arg('stateVector', () => String, { nullable: true, description: 'Base64 of the client’s Yjs state vector.' })
    stateVector: string | null,
    @Ctx() ctx: Context,
  ): Promise<AgendaText> {
    return ctx.services.meetings.readText(requireViewer(ctx), itemId, field, stateVector);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => AgendaText, {
    description: 'Merges a change typed into shared notes or decisions with everyone else’s. Never a version conflict.',
  })
  editAgendaText(@Arg('input', () => EditAgendaTextInput) input: EditAgendaTextInput, @Ctx() ctx: Context): Promise<AgendaText> {
    return ctx.services.meetings.editText(requireViewer(ctx), input);
  }

  @Authorized('COORDINATOR')
  @Mutation(() => Meeting, { description: 'The chair starts the meeting: it goes live.' })
  async startMeeting(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    const viewer = requireViewer(ctx);
    await ctx.services.meetings.start(viewer, meetingId);
    return ctx.services.meetings.get(viewer, meetingId);
  }

  @Authorized('COORDINATOR')
  @Mutation(() => Meeting, { description: 'The chair closes the meeting: minutes freeze; unfinished items carry into the next meeting.' })
  async closeMeeting(@Arg('meetingId', () => ID) meetingId: string, @Ctx() ctx: Context): Promise<Meeting> {
    const viewer = requireViewer(ctx);
    await ctx.services.meetings.close(viewer, meetingId);
    return ctx.services.meetings.get(viewer, meetingId);
  }

  @Authorized()
  @Mutation(() => MinutesSignOff, {
    description:
      'The chair signs off (approves) a closed meeting’s minutes as of a day. Once only; FORBIDDEN (reason NOT_CHAIR) for anyone but the huddle’s chairs.',
  })
  signOffMinutes(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('signedOn', () => GraphQLLocalDate, { description: 'The day of signing: not before the meeting, not in the future.' })
    signedOn: string,
    @Ctx() ctx: Context,
  ): Promise<MinutesSignOff> {
    return ctx.services.meetings.signOff(requireViewer(ctx), meetingId, signedOn);
  }

  @Authorized('COORDINATOR')
  @Mutation(() => Meeting, { description: 'The chair sets where the meeting is held and who chairs it.' })
  async updateMeetingDetails(@Arg('input', () => MeetingDetailsInput) input: MeetingDetailsInput, @Ctx() ctx: Context): Promise<Meeting> {
    const viewer = requireViewer(ctx);
    await ctx.services.meetings.updateDetails(viewer, input);
    return ctx.services.meetings.get(viewer, input.meetingId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => AgendaItem)
  async addAgendaItem(@Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    const viewer = requireViewer(ctx);
    return ctx.services.meetings.item(viewer, await ctx.services.meetings.addItem(viewer, input));
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => AgendaItem, { description: 'Changes one field of an item. A stale version gets VERSION_CONFLICT with the current text.' })
  async updateAgendaItem(
    @Arg('input', () => UpdateAgendaItemInput) input: UpdateAgendaItemInput,
    @Ctx() ctx: Context,
  ): Promise<AgendaItem> {
    const viewer = requireViewer(ctx);
    return ctx.services.meetings.item(viewer, await ctx.services.meetings.updateItem(viewer, input));
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => Meeting, { description: 'Moves an item to a position (1 is first).' })
  async moveAgendaItem(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('toPosition', () => Int) toPosition: number,
    @Ctx() ctx: Context,
  ): Promise<Meeting> {
    const viewer = requireViewer(ctx);
    return ctx.services.meetings.get(viewer, await ctx.services.meetings.moveItem(viewer, itemId, toPosition));
  }

  @Authorized('COORDINATOR')
  @Mutation(() => Boolean, { description: 'The chair’s "now discussing" focus (null to clear).' })
  async setMeetingFocus(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.meetings.setFocus(requireViewer(ctx), meetingId, itemId);
    return true;
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => Boolean, {
    description: 'Marks attendance, before or during the meeting: your own, or (for the chair) anyone’s; present, apologies, or neither.',
  })
  async recordAttendance(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('present', () => Boolean) present: boolean,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('apologies', () => Boolean, { defaultValue: false, description: 'They sent apologies (only when not present).' })
    apologies: boolean,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.meetings.recordAttendance(requireViewer(ctx), meetingId, present, userId, apologies);
    return true;
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => Boolean, { description: 'Presence: which item and field you are in, and whether you are typing. Not stored.' })
  async reportPresence(
    @Arg('meetingId', () => ID) meetingId: string,
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | null,
    @Arg('field', () => String, { nullable: true }) field: string | null,
    @Arg('typing', () => Boolean, { defaultValue: false }) typing: boolean,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await ctx.services.meetings.reportPresence(requireViewer(ctx), meetingId, itemId, field, typing);
    return true;
  }

  /**
   * Everything that happens in a meeting, in sequence. Pass the last `seq` you saw as
   * `afterSeq` to catch up on what you missed (after a reconnect) before live events follow.
   */
  @Authorized()
  @Subscription(() => MeetingEvent, {
    subscribe: async ({ args, context }: { args: { meetingId: string; afterSeq?: number | null }; context: Context }) => {
      const viewer = requireViewer(context);
      const meetingId = parseId(args.meetingId, 'meetingId');
      const seq = await context.services.meetings.followFrom(viewer, meetingId);
      return meetingStream(context.services, viewer, meetingId, args.afterSeq ?? seq);
    },
  })
  meetingEvents(
    @Arg('meetingId', () => ID) _meetingId: string,
    @Arg('afterSeq', () => Int, { nullable: true, description: 'Resume after this sequence number.' }) _afterSeq: number | null,
    @Root() event: DeliveredEvent,
  ): MeetingEvent {
    // The update (shared text) is DISCUSSION: the gate shows it only with the access the stream decided it with.
    const { access, ...rest } = event;
    return disclose<MeetingEvent>(
      { ...rest, at: new Date(event.at), typing: event.typing ?? null, update: event.update ?? null },
      { access: access ?? null, section: null },
    );
  }
}

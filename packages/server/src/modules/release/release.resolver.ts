import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { GraphQLLocalDate } from '../../core/scalars.js';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { BookAppointmentInput, UpdateAppointmentInput, UpdateReleasePlanInput, UpdateReleasePlanItemInput } from './dto/release.inputs.js';
import { Appointment, BookingResult, ReleaseForecast, ReleasePlan, UpcomingRelease } from './release.types.js';

@Resolver()
export class ReleaseResolver {
  @Authorized()
  @Query(() => ReleasePlan, { description: 'The release or discharge plan for a person in custody or hospital.' })
  releasePlan(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<ReleasePlan> {
    return ctx.services.releases.plan(requireViewer(ctx), personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => ReleasePlan)
  async updateReleasePlan(
    @Arg('input', () => UpdateReleasePlanInput) input: UpdateReleasePlanInput,
    @Ctx() ctx: Context,
  ): Promise<ReleasePlan> {
    const viewer = requireViewer(ctx);
    await ctx.services.releases.updatePlan(viewer, input);
    return ctx.services.releases.plan(viewer, input.personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => ReleasePlan, { description: 'Updates one checklist item (its own version: different items never conflict).' })
  async updateReleasePlanItem(
    @Arg('input', () => UpdateReleasePlanItemInput) input: UpdateReleasePlanItemInput,
    @Ctx() ctx: Context,
  ): Promise<ReleasePlan> {
    const viewer = requireViewer(ctx);
    await ctx.services.releases.updateItem(viewer, input);
    return ctx.services.releases.plan(viewer, input.personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => [UpcomingRelease], {
    description: 'People due out soon, soonest first, with red flags (only those whose plans you may see).',
  })
  upcomingReleases(
    @Arg('withinDays', () => Int, { defaultValue: 56 }) withinDays: number,
    @Arg('councilArea', () => String, { nullable: true }) councilArea: string | null,
    @Ctx() ctx: Context,
  ): Promise<UpcomingRelease[]> {
    return ctx.services.releases.upcoming(requireViewer(ctx), withinDays, councilArea);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => ReleaseForecast, {
    description:
      'Releases and discharges per council area and month over the next 6 or 12 months (counts only; small numbers are withheld from those who may not see every person counted).',
  })
  releaseForecast(
    @Arg('months', () => Int, { defaultValue: 6 }) months: number,
    @Arg('councilArea', () => String, { nullable: true }) councilArea: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReleaseForecast> {
    return ctx.services.releases.forecast(requireViewer(ctx), months, councilArea);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => [UpcomingRelease], { description: 'The people behind one forecast cell; sharing rules apply.' })
  releaseForecastPeople(
    @Arg('councilArea', () => String) councilArea: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: Context,
  ): Promise<UpcomingRelease[]> {
    return ctx.services.releases.forecastPeople(requireViewer(ctx), councilArea, month);
  }

  @Authorized()
  @Query(() => [Appointment], { description: 'Every agency’s appointments for a person, with clashes.' })
  appointments(
    @Arg('personId', () => ID) personId: string,
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | null,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | null,
    @Ctx() ctx: Context,
  ): Promise<Appointment[]> {
    return ctx.services.releases.appointments(requireViewer(ctx), personId, from, to);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER', 'PEER_MENTOR')
  @Mutation(() => BookingResult, { description: 'Books an appointment and reports any clashes (it is still booked).' })
  bookAppointment(@Arg('input', () => BookAppointmentInput) input: BookAppointmentInput, @Ctx() ctx: Context): Promise<BookingResult> {
    return ctx.services.releases.book(requireViewer(ctx), input);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => [Appointment], { description: 'Moves an appointment or records what happened; returns the person’s appointments.' })
  async updateAppointment(
    @Arg('input', () => UpdateAppointmentInput) input: UpdateAppointmentInput,
    @Ctx() ctx: Context,
  ): Promise<Appointment[]> {
    const viewer = requireViewer(ctx);
    const personId = await ctx.services.releases.update(viewer, input);
    return ctx.services.releases.appointments(viewer, personId, null, null);
  }
}

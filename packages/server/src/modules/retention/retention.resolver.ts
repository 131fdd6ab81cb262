import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { HoldRetentionReviewInput, UpdateRetentionScheduleInput } from './dto/retention.inputs.js';
import { RetentionReview, RetentionRunResult, RetentionSchedule } from './retention.types.js';

@Resolver()
export class RetentionResolver {
  @Authorized()
  @Query(() => [RetentionSchedule], { description: 'How long each kind of record is kept, and why.' })
  retentionSchedules(@Ctx() ctx: Context): Promise<RetentionSchedule[]> {
    return ctx.services.retention.schedules();
  }

  @Authorized('ADMIN')
  @Mutation(() => [RetentionSchedule], { description: 'Changes one retention schedule (administrators).' })
  async updateRetentionSchedule(
    @Arg('input', () => UpdateRetentionScheduleInput) input: UpdateRetentionScheduleInput,
    @Ctx() ctx: Context,
  ): Promise<RetentionSchedule[]> {
    await ctx.services.retention.updateSchedule(requireViewer(ctx), input);
    return ctx.services.retention.schedules();
  }

  @Authorized('COORDINATOR', 'MANAGER', 'ADMIN')
  @Query(() => [RetentionReview], {
    description: 'Records past their retention period: all for administrators, the organisation’s own for coordinators and managers.',
  })
  retentionReviews(@Ctx() ctx: Context): Promise<RetentionReview[]> {
    return ctx.services.retention.reviews(requireViewer(ctx));
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => Boolean, { description: 'The owning organisation confirms erasure of a flagged record: it is erased now.' })
  confirmRetentionErasure(@Arg('reviewId', () => ID) reviewId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.retention.confirm(requireViewer(ctx), reviewId);
  }

  @Authorized('COORDINATOR', 'MANAGER')
  @Mutation(() => [RetentionReview], { description: 'Keeps a flagged record until a date, with a reason. Returns the review list.' })
  async holdRetentionReview(
    @Arg('input', () => HoldRetentionReviewInput) input: HoldRetentionReviewInput,
    @Ctx() ctx: Context,
  ): Promise<RetentionReview[]> {
    const viewer = requireViewer(ctx);
    await ctx.services.retention.hold(viewer, input);
    return ctx.services.retention.reviews(viewer);
  }

  @Authorized('ADMIN')
  @Mutation(() => RetentionRunResult, {
    description: 'Runs the retention job now (it also runs daily). Only one process runs it at a time.',
  })
  runRetentionJob(@Ctx() ctx: Context): Promise<RetentionRunResult> {
    return ctx.services.retention.run();
  }
}

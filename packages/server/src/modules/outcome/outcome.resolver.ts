import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import {
  CaseloadOutcomeSummary,
  OutcomeHistory,
  OutcomeMeasure,
  RecordAssessmentInput,
  RecordServiceUseInput,
  ServiceUseQuarter,
} from './outcome.types.js';

@Resolver()
export class OutcomeResolver {
  @Authorized()
  @Query(() => [OutcomeMeasure], { description: 'The outcome measures in use (the NDTA is built in).' })
  outcomeMeasures(@Ctx() ctx: Context): Promise<OutcomeMeasure[]> {
    requireViewer(ctx);
    return ctx.services.outcomes.measures();
  }

  @Authorized()
  @Query(() => [OutcomeHistory], { description: 'A person’s assessments per measure, with the trend and when a re-score is due.' })
  assessments(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<OutcomeHistory[]> {
    return ctx.services.outcomes.history(requireViewer(ctx), personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => [OutcomeHistory], {
    description: 'Records an assessment: every domain scored within its range; the weighted total is worked out.',
  })
  async recordAssessment(
    @Arg('input', () => RecordAssessmentInput) input: RecordAssessmentInput,
    @Ctx() ctx: Context,
  ): Promise<OutcomeHistory[]> {
    const viewer = requireViewer(ctx);
    await ctx.services.outcomes.record(viewer, input);
    return ctx.services.outcomes.history(viewer, input.personId);
  }

  @Authorized()
  @Query(() => [ServiceUseQuarter], {
    description: 'Quarterly service use: evictions, arrests, nights in prison, A&E attendances, mental-health inpatient days.',
  })
  serviceUse(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<ServiceUseQuarter[]> {
    return ctx.services.outcomes.serviceUse(requireViewer(ctx), personId);
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => [ServiceUseQuarter])
  async recordServiceUse(
    @Arg('input', () => RecordServiceUseInput) input: RecordServiceUseInput,
    @Ctx() ctx: Context,
  ): Promise<ServiceUseQuarter[]> {
    const viewer = requireViewer(ctx);
    await ctx.services.outcomes.recordServiceUse(viewer, input);
    return ctx.services.outcomes.serviceUse(viewer, input.personId);
  }

  @Authorized()
  @Query(() => CaseloadOutcomeSummary, { description: 'Change from entry across a huddle’s caseload.' })
  caseloadOutcomes(
    @Arg('huddleId', () => ID) huddleId: string,
    @Arg('measureKey', () => String, { defaultValue: 'NDTA' }) measureKey: string,
    @Ctx() ctx: Context,
  ): Promise<CaseloadOutcomeSummary> {
    return ctx.services.outcomes.caseloadSummary(requireViewer(ctx), huddleId, measureKey);
  }
}

import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import {
  BreakGlassGrantReview,
  BulkReadAlert,
  Incident,
  IncidentInput,
  ReviewBreakGlassInput,
  UpdateIncidentInput,
} from './misuse.types.js';

/** Misuse aids for an organisation's managers: the break-glass review queue, bulk-read alerts and the incident log. */
@Resolver()
export class MisuseResolver {
  @Authorized('MANAGER')
  @Query(() => [BreakGlassGrantReview], {
    description: 'Break-glass grants on the organisation’s records, unreviewed first. Pass reviewed to filter.',
  })
  breakGlassGrants(@Arg('reviewed', () => Boolean, { nullable: true }) reviewed: boolean | null, @Ctx() ctx: Context) {
    return ctx.services.breakGlassReviews.list(requireViewer(ctx), reviewed ?? null);
  }

  @Authorized('MANAGER')
  @Mutation(() => BreakGlassGrantReview, { description: 'Records whether a break-glass grant was appropriate (audited).' })
  reviewBreakGlass(@Arg('input', () => ReviewBreakGlassInput) input: ReviewBreakGlassInput, @Ctx() ctx: Context) {
    return ctx.services.breakGlassReviews.review(requireViewer(ctx), input);
  }

  @Authorized('MANAGER')
  @Query(() => [BulkReadAlert], { description: 'Alerts about the organisation’s users reading many people’s records in a short time.' })
  bulkReadAlerts(@Ctx() ctx: Context) {
    return ctx.services.bulkReads.list(requireViewer(ctx));
  }

  @Authorized('MANAGER')
  @Query(() => [Incident], { description: 'The organisation’s incident log, most recently discovered first.' })
  incidents(@Ctx() ctx: Context) {
    return ctx.services.incidents.list(requireViewer(ctx));
  }

  @Authorized('MANAGER')
  @Query(() => Incident)
  incident(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.incidents.get(requireViewer(ctx), id);
  }

  @Authorized('MANAGER')
  @Mutation(() => Incident, { description: 'Records a personal data breach or near miss.' })
  recordIncident(@Arg('input', () => IncidentInput) input: IncidentInput, @Ctx() ctx: Context) {
    return ctx.services.incidents.create(requireViewer(ctx), input);
  }

  @Authorized('MANAGER')
  @Mutation(() => Incident)
  updateIncident(@Arg('input', () => UpdateIncidentInput) input: UpdateIncidentInput, @Ctx() ctx: Context) {
    return ctx.services.incidents.update(requireViewer(ctx), input.id, input.expectedVersion, input.incident);
  }
}

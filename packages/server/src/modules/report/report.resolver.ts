import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { CaseloadReport } from './report.types.js';

@Resolver()
export class ReportResolver {
  @Authorized('MANAGER')
  @Query(() => CaseloadReport, {
    description:
      'For managers of a huddle’s member organisations: service use before and after joining the caseload, actions by month, timeliness by owner and organisation, and barriers by theme.',
  })
  caseloadReport(@Arg('huddleId', () => ID) huddleId: string, @Ctx() ctx: Context): Promise<CaseloadReport> {
    return ctx.services.reports.caseloadReport(requireViewer(ctx), huddleId);
  }
}

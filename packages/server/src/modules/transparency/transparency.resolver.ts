import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { PersonProfile } from '../person/person.types.js';
import { isUnder18 } from './transparency.service.js';
import { PrivacyNotice } from './transparency.types.js';

@Resolver()
export class TransparencyResolver {
  @Authorized()
  @Query(() => PrivacyNotice, {
    description: 'A privacy notice for a person, in plain English, to print for them. For those with full access to the record.',
  })
  privacyNotice(@Arg('personId', () => ID) personId: string, @Ctx() ctx: Context): Promise<PrivacyNotice> {
    return ctx.services.transparency.privacyNotice(requireViewer(ctx), personId);
  }

  @Authorized('ADMIN')
  @Query(() => String, {
    description: 'The record of processing activities (UK GDPR Art. 30) as CSV, spreadsheet formulas neutralised. Administrators only.',
  })
  recordOfProcessingCsv(@Ctx() ctx: Context): Promise<string> {
    return ctx.services.transparency.recordOfProcessingCsv(requireViewer(ctx));
  }
}

/** Whether the person is a child, derived from the date of birth (so seen by whoever may see it). */
@Resolver(() => PersonProfile)
export class PersonProfileAgeResolver {
  @FieldResolver(() => Boolean, {
    description: 'Under 18 today (Europe/London), from the date of birth. Children’s data needs extra care; safeguarding procedures apply.',
  })
  under18(@Root() profile: PersonProfile): boolean {
    return isUnder18(profile.dateOfBirth);
  }
}

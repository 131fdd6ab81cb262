import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { selectedFields } from '../../core/graphql-info.js';
import { fieldsFrom } from '../person/person.service.js';
import { Person } from '../person/person.types.js';
import { RecordSharingAgreementInput } from './dto/record-sharing-agreement.input.js';

@Resolver()
export class SharingResolver {
  @Authorized()
  @Mutation(() => Person, {
    description: 'Records the person’s agreement to share sections of their record with organisations, until a date.',
  })
  async recordSharingAgreement(
    @Arg('input', () => RecordSharingAgreementInput) input: RecordSharingAgreementInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    const viewer = requireViewer(ctx);
    await ctx.services.sharing.record(viewer, input);
    return ctx.services.people.get(viewer, input.personId, fieldsFrom(selectedFields(info)), 'Recorded an agreement to share');
  }

  @Authorized()
  @Mutation(() => Person, { description: 'Withdraws an agreement: sharing under it stops at once.' })
  async withdrawSharingAgreement(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Person> {
    const viewer = requireViewer(ctx);
    const personId = await ctx.services.sharing.withdraw(viewer, id, reason);
    return ctx.services.people.get(viewer, personId, fieldsFrom(selectedFields(info)), 'Withdrew an agreement to share');
  }
}

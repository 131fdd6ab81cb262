import { Arg, Authorized, ID, Mutation, Query, Resolver, Ctx } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { Organisation } from './organisation.entity.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized('ADMIN')
  @Query(() => [Organisation], { description: 'Every organisation (administrators only).' })
  organisations(@Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.services.organisations.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation)
  createOrganisation(@Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.services.organisations.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: 'Deactivates an organisation and signs out all of its users.' })
  deactivateOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.services.organisations.setActive(id, false);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation)
  reactivateOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.services.organisations.setActive(id, true);
  }
}

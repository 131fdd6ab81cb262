import { Arg, Authorized, ID, Mutation, Query, Resolver, Ctx } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { CreateOrganisationInput } from './dto/create-organisation.input.js';
import { Organisation } from './organisation.entity.js';
import { OrganisationRef, UserRef } from '../person/person.types.js';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Authorized('ADMIN')
  @Query(() => [Organisation], { description: 'Every organisation (administrators only).' })
  organisations(@Ctx() ctx: Context): Promise<Organisation[]> {
    return ctx.services.organisations.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation)
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ): Promise<Organisation> {
    return ctx.services.organisations.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: 'Deactivates an organisation and signs out all of its users.' })
  deactivateOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.services.organisations.setActive(id, false, requireViewer(ctx));
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation)
  reactivateOrganisation(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Organisation> {
    return ctx.services.organisations.setActive(id, true, requireViewer(ctx));
  }
}

/** The partnership's organisations and people, by name only: for choosing who to share with or who leads. */
@Resolver()
export class DirectoryResolver {
  @Authorized()
  @Query(() => [OrganisationRef], {
    description: 'Active partner organisations (names and kinds), for sharing and lead-professional choices.',
  })
  partnerOrganisations(@Ctx() ctx: Context): Promise<OrganisationRef[]> {
    return ctx.services.organisations.directory();
  }

  @Authorized()
  @Query(() => [UserRef], {
    description: 'Active practitioners, coordinators and managers (names and organisations), for choosing lead professionals and owners.',
  })
  colleagues(@Ctx() ctx: Context): Promise<UserRef[]> {
    return ctx.services.users.directory();
  }
}

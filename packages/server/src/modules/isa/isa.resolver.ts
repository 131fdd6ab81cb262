import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { Huddle } from '../huddle/huddle.types.js';
import { SharingAgreement } from '../person/person.types.js';
import { IsaTermsInput, ReviseIsaInput, ShareWithoutAgreementInput, SignIsaInput } from './dto/isa.inputs.js';
import { InformationSharingAgreement, LawfulBasis, SharingLawfulBasis, SharingWithoutAgreement } from './isa.types.js';

@Resolver(() => InformationSharingAgreement)
export class IsaResolver {
  @Authorized()
  @Query(() => [LawfulBasis], { description: 'The lawful bases and conditions sharing can rest on, in the order forms offer them.' })
  lawfulBases(@Ctx() ctx: Context): Promise<LawfulBasis[]> {
    requireViewer(ctx);
    return ctx.services.isas.lawfulBases();
  }

  @Authorized()
  @Query(() => [InformationSharingAgreement], {
    description: 'Information sharing agreements the viewer’s organisation is party to (administrators: all).',
  })
  informationSharingAgreements(@Ctx() ctx: Context): Promise<InformationSharingAgreement[]> {
    return ctx.services.isas.list(requireViewer(ctx));
  }

  @Authorized()
  @Query(() => InformationSharingAgreement)
  informationSharingAgreement(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<InformationSharingAgreement> {
    return ctx.services.isas.get(requireViewer(ctx), id);
  }

  @Authorized('ADMIN')
  @Query(() => [InformationSharingAgreement], { description: 'Agreements whose review date is within 30 days or has passed.' })
  isasDueForReview(@Ctx() ctx: Context): Promise<InformationSharingAgreement[]> {
    return ctx.services.isas.dueForReview(requireViewer(ctx));
  }

  @Authorized('ADMIN')
  @Mutation(() => InformationSharingAgreement, { description: 'Records a new information sharing agreement (version 1).' })
  recordInformationSharingAgreement(
    @Arg('input', () => IsaTermsInput) input: IsaTermsInput,
    @Ctx() ctx: Context,
  ): Promise<InformationSharingAgreement> {
    return ctx.services.isas.create(requireViewer(ctx), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => InformationSharingAgreement, { description: 'Revises an agreement: a new version that every party must sign again.' })
  reviseInformationSharingAgreement(
    @Arg('input', () => ReviseIsaInput) input: ReviseIsaInput,
    @Ctx() ctx: Context,
  ): Promise<InformationSharingAgreement> {
    return ctx.services.isas.revise(requireViewer(ctx), input);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => InformationSharingAgreement, { description: 'Signs the current version for the viewer’s organisation.' })
  signInformationSharingAgreement(
    @Arg('input', () => SignIsaInput) input: SignIsaInput,
    @Ctx() ctx: Context,
  ): Promise<InformationSharingAgreement> {
    return ctx.services.isas.sign(requireViewer(ctx), input);
  }

  @Authorized()
  @Mutation(() => InformationSharingAgreement, { description: 'A chair chooses the information sharing agreement the huddle works under.' })
  setHuddleIsa(
    @Arg('huddleId', () => ID) huddleId: string,
    @Arg('isaId', () => ID) isaId: string,
    @Ctx() ctx: Context,
  ): Promise<InformationSharingAgreement> {
    return ctx.services.isas.setHuddleIsa(requireViewer(ctx), huddleId, isaId);
  }

  @Authorized()
  @Mutation(() => Huddle, {
    description: 'A chair adds an organisation that has signed the huddle’s current information sharing agreement.',
  })
  addHuddleMember(
    @Arg('huddleId', () => ID) huddleId: string,
    @Arg('organisationId', () => ID) organisationId: string,
    @Ctx() ctx: Context,
  ): Promise<Huddle> {
    return ctx.services.isas.addHuddleMember(requireViewer(ctx), huddleId, organisationId);
  }

  @Authorized('MANAGER')
  @Mutation(() => SharingWithoutAgreement, {
    description:
      'A manager of the organisation holding the record shares sections with another organisation without the person’s agreement, until a date.',
  })
  shareWithoutAgreement(
    @Arg('input', () => ShareWithoutAgreementInput) input: ShareWithoutAgreementInput,
    @Ctx() ctx: Context,
  ): Promise<SharingWithoutAgreement> {
    return ctx.services.sharingWithoutAgreement.share(requireViewer(ctx), input);
  }

  @Authorized('MANAGER')
  @Query(() => [SharingWithoutAgreement], { description: 'Sharing without agreement by the viewer’s organisation, to review afterwards.' })
  sharingWithoutAgreementReviews(
    @Arg('includeReviewed', () => Boolean, { defaultValue: false }) includeReviewed: boolean,
    @Ctx() ctx: Context,
  ): Promise<SharingWithoutAgreement[]> {
    return ctx.services.sharingWithoutAgreement.reviews(requireViewer(ctx), includeReviewed);
  }

  @Authorized('MANAGER')
  @Mutation(() => SharingWithoutAgreement, { description: 'Marks a sharing without agreement as reviewed, with an optional note.' })
  markSharingWithoutAgreementReviewed(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<SharingWithoutAgreement> {
    return ctx.services.sharingWithoutAgreement.markReviewed(requireViewer(ctx), id, note);
  }
}

/** The ISA a huddle works under, as a field of the huddle (its members already passed the membership check). */
@Resolver(() => Huddle)
export class HuddleIsaResolver {
  @FieldResolver(() => InformationSharingAgreement, {
    nullable: true,
    description: 'The information sharing agreement the huddle works under.',
  })
  informationSharingAgreement(@Root() huddle: Huddle, @Ctx() ctx: Context): Promise<InformationSharingAgreement | null> {
    return ctx.services.isas.forHuddle(requireViewer(ctx), huddle.id);
  }
}

/** The lawful basis recorded with an agreement to share. */
@Resolver(() => SharingAgreement)
export class SharingAgreementBasisResolver {
  @FieldResolver(() => SharingLawfulBasis, { description: 'The lawful basis and conditions the sharing rests on.' })
  async lawfulBasis(@Root() agreement: SharingAgreement, @Ctx() ctx: Context): Promise<SharingLawfulBasis> {
    const found = await ctx.services.sharing.lawfulBases([agreement.id]);
    return found.get(agreement.id)!;
  }
}

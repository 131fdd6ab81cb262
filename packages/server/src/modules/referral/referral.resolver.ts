import { filter, pipe } from '@graphql-yoga/subscription';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { selectedFieldsUnder } from '../../core/graphql-info.js';
import { UserRef } from '../person/person.types.js';
import { WHOLE_PERSON_FIELDS } from '../person/person.view.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import type { ReferralChangedEvent } from './referral.topics.js';
import {
  CloseReferralInput,
  DeclineReferralInput,
  Referral,
  ReferralChange,
  ReferralFigures,
  ReferralFilter,
  ReferralInboxSummary,
  ReferralKind,
  ReferralStepInput,
  SendReferralInput,
} from './referral.types.js';

/** The person fields selected under `person` in a selection of referrals. */
const personFieldsOf = (info: GraphQLResolveInfo): Set<string> => selectedFieldsUnder(info, 'person', WHOLE_PERSON_FIELDS);

const PARTIES = ['PRACTITIONER', 'COORDINATOR', 'MANAGER'] as const;

const one = async (ctx: Context, info: GraphQLResolveInfo, id: string): Promise<Referral> => {
  const [referral] = await ctx.services.referrals.list(requireViewer(ctx), null, personFieldsOf(info), id);
  if (!referral) throw new Error('The referral just written was not found');
  return referral;
};

@Resolver(() => Referral)
export class ReferralResolver {
  @Authorized()
  @Query(() => [ReferralKind], { description: 'The kinds of referral, with their response targets in working days.' })
  referralKinds(@Ctx() ctx: Context): Promise<ReferralKind[]> {
    return ctx.services.referrals.kinds();
  }

  @Authorized(...PARTIES)
  @Query(() => [Referral], { description: 'Referrals sent to or by your organisation, newest first.' })
  referrals(
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral[]> {
    return ctx.services.referrals.list(requireViewer(ctx), filter, personFieldsOf(info));
  }

  @Authorized(...PARTIES)
  @Query(() => Referral, { description: 'One referral your organisation sent or received.' })
  async referral(@Arg('id', () => ID) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Referral> {
    return ctx.services.referrals.one(requireViewer(ctx), id, personFieldsOf(info));
  }

  @Authorized(...PARTIES)
  @Query(() => [UserRef], {
    description:
      'Your organisation’s active peer mentors (names only), to name one when accepting a peer mentoring referral sent to your organisation.',
  })
  peerMentors(@Ctx() ctx: Context): Promise<UserRef[]> {
    return ctx.services.referrals.peerMentors(requireViewer(ctx));
  }

  @Authorized(...PARTIES)
  @Query(() => ReferralInboxSummary, { description: 'Counts for your organisation’s referral inbox: new, overdue, accepted.' })
  referralInbox(@Ctx() ctx: Context): Promise<ReferralInboxSummary> {
    return ctx.services.referrals.inbox(requireViewer(ctx));
  }

  @Authorized('MANAGER')
  @Query(() => ReferralFigures, {
    description: 'Referrals your organisation sent, by kind and receiving organisation (the last 12 months unless given).',
  })
  referralFigures(
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | null,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReferralFigures> {
    return ctx.services.referrals.figures(requireViewer(ctx), from, to);
  }

  @Authorized('MANAGER')
  @Query(() => String, { description: 'The referral figures as CSV.' })
  referralFiguresCsv(
    @Arg('from', () => GraphQLLocalDate, { nullable: true }) from: string | null,
    @Arg('to', () => GraphQLLocalDate, { nullable: true }) to: string | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return ctx.services.referrals.figuresCsv(requireViewer(ctx), from, to);
  }

  @Authorized(...PARTIES)
  @Mutation(() => Referral, {
    description:
      'Sends a referral with the person’s consent, sharing exactly the chosen sections with the receiving organisation until the expiry date.',
  })
  async sendReferral(
    @Arg('input', () => SendReferralInput) input: SendReferralInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    return one(ctx, info, await ctx.services.referrals.send(requireViewer(ctx), input));
  }

  @Authorized(...PARTIES)
  @Mutation(() => Referral, { description: 'The receiving organisation acknowledges a referral it has been sent.' })
  async acknowledgeReferral(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    return one(ctx, info, await ctx.services.referrals.step(requireViewer(ctx), 'ACKNOWLEDGE', input));
  }

  @Authorized(...PARTIES)
  @Mutation(() => Referral, {
    description: 'The receiving organisation accepts a referral; a proposed joint appointment is booked for the person.',
  })
  async acceptReferral(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    return one(ctx, info, await ctx.services.referrals.step(requireViewer(ctx), 'ACCEPT', input));
  }

  @Authorized(...PARTIES)
  @Mutation(() => Referral, { description: 'The receiving organisation declines a referral, saying why. The sharing it granted ends.' })
  async declineReferral(
    @Arg('input', () => DeclineReferralInput) input: DeclineReferralInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    return one(ctx, info, await ctx.services.referrals.step(requireViewer(ctx), 'DECLINE', { ...input, note: input.reason }));
  }

  @Authorized(...PARTIES)
  @Mutation(() => Referral, { description: 'The sending organisation withdraws a referral. The sharing it granted ends.' })
  async withdrawReferral(
    @Arg('input', () => ReferralStepInput) input: ReferralStepInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    return one(ctx, info, await ctx.services.referrals.step(requireViewer(ctx), 'WITHDRAW', input));
  }

  @Authorized(...PARTIES)
  @Mutation(() => Referral, { description: 'Closes an answered or withdrawn referral, recording the outcome.' })
  async closeReferral(
    @Arg('input', () => CloseReferralInput) input: CloseReferralInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Referral> {
    return one(ctx, info, await ctx.services.referrals.step(requireViewer(ctx), 'CLOSE', { ...input, note: input.outcome }));
  }

  @Authorized(...PARTIES)
  @Subscription(() => ReferralChange, {
    description: 'Changes to referrals your organisation sent or received. Re-read the referral for its details.',
    subscribe: ({ context }: { context: Context }) => {
      const viewer = requireViewer(context);
      const events = context.services.bus.pubSub.subscribe('REFERRAL_CHANGED');
      return pipe(
        events,
        filter((event: ReferralChangedEvent) => context.services.referrals.changeVisibleTo(viewer, event)),
      );
    },
  })
  referralChanged(@Root() event: ReferralChangedEvent): ReferralChange {
    return { referralId: event.referralId, status: event.status, version: event.version };
  }
}

import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { selectedFieldsUnder } from '../../core/graphql-info.js';
import { WHOLE_PERSON_FIELDS } from '../person/person.view.js';
import { AccessRequest, AccessRequestFilter, AnswerAccessRequestInput, RequestAccessInput } from './access.types.js';

/** The person fields selected under `person` in a selection of access requests. */
const personFieldsOf = (info: GraphQLResolveInfo): Set<string> => selectedFieldsUnder(info, 'person', WHOLE_PERSON_FIELDS);

const one = async (ctx: Context, info: GraphQLResolveInfo, id: string): Promise<AccessRequest> => {
  const [request] = await ctx.services.accessRequests.list(requireViewer(ctx), null, personFieldsOf(info), id);
  if (!request) throw new Error('The access request just written was not found');
  return request;
};

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Query(() => [AccessRequest], {
    description: 'Access requests to your organisation (for records it holds) and from it, waiting ones first.',
  })
  accessRequests(
    @Arg('filter', () => AccessRequestFilter, { nullable: true }) filter: AccessRequestFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AccessRequest[]> {
    return ctx.services.accessRequests.list(requireViewer(ctx), filter, personFieldsOf(info));
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => AccessRequest, {
    description: 'Asks the organisation holding a record for sections not shared with yours, saying why. You must know of the person.',
  })
  async requestAccess(
    @Arg('input', () => RequestAccessInput) input: RequestAccessInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AccessRequest> {
    return one(ctx, info, await ctx.services.accessRequests.request(requireViewer(ctx), input));
  }

  @Authorized('PRACTITIONER', 'COORDINATOR', 'MANAGER')
  @Mutation(() => AccessRequest, {
    description:
      'Answers an access request to your organisation. Granting records the person’s agreement and an agreement to share exactly the sections granted.',
  })
  async answerAccessRequest(
    @Arg('input', () => AnswerAccessRequestInput) input: AnswerAccessRequestInput,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<AccessRequest> {
    return one(ctx, info, await ctx.services.accessRequests.answer(requireViewer(ctx), input));
  }
}

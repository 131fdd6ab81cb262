import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { CreateUserInput } from './dto/create-user.input.js';
import { User } from './user.entity.js';
import type { UserChangedEvent } from './user.topics.js';

@Resolver(() => User)
export class UserResolver {
  @Authorized('ADMIN')
  @Query(() => [User], { description: 'Every user (administrators only).' })
  users(@Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.users.list();
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.create(input);
  }

  @Authorized('ADMIN')
  @Mutation(() => User, { description: 'Deactivates a user and signs them out everywhere.' })
  deactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.setActive(id, false, requireViewer(ctx).id);
  }

  @Authorized('ADMIN')
  @Mutation(() => User)
  reactivateUser(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<User> {
    return ctx.services.users.setActive(id, true, requireViewer(ctx).id);
  }

  /**
   * Events are filtered to the subscriber's own account, and the account is re-read on
   * every event, so a deactivated user gets `active: false` and then loses the socket.
   */
  @Authorized()
  @Subscription(() => User, {
    topics: 'USER_CHANGED',
    filter: ({ payload, context }: { payload: UserChangedEvent; context: Context }) => payload.userId === context.viewer?.id,
    description: "Tells the signed-in user's open windows that their own account changed (role, organisation or deactivation).",
  })
  async meChanged(@Root() payload: UserChangedEvent, @Ctx() ctx: Context): Promise<User> {
    const user = await ctx.services.users.byId(payload.userId);
    if (!user) throw new Error('User vanished');
    return user;
  }
}

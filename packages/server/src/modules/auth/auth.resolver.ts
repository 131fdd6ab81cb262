import { Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { User } from '../user/user.entity.js';
import { clearSessionCookie } from './session-cookie.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when nobody is signed in.' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.viewer) return null;
    return ctx.services.users.byId(ctx.viewer.id);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signs out: revokes this session and clears the cookie.' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    const viewer = requireViewer(ctx);
    if (ctx.sessionId) await ctx.services.auth.logout(ctx.sessionId, viewer.id);
    if (ctx.http) clearSessionCookie(ctx.http.res, ctx.services.config.cookieSecure);
    return true;
  }
}

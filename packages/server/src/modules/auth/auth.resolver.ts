import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { User } from '../user/user.entity.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@Resolver()
export class AuthResolver {
  @Query(() => User, { nullable: true, description: 'The signed-in user, or null when nobody is signed in.' })
  async me(@Ctx() ctx: Context): Promise<User | null> {
    if (!ctx.viewer) return null;
    return ctx.services.users.byId(ctx.viewer.id);
  }

  @Mutation(() => User, { description: 'Signs in and sets the session cookie.' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const req = ctx.http?.req;
    const { user, token } = await ctx.services.auth.login(email, password, { ip: req?.ip, userAgent: req?.get('user-agent') });
    if (ctx.http) {
      const { config } = ctx.services;
      setSessionCookie(ctx.http.res, token, { secure: config.cookieSecure, maxAgeMs: config.SESSION_TTL_HOURS * 3_600_000 });
    }
    return user;
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

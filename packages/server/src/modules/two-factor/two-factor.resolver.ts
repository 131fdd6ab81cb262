import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import { DomainError } from '../../core/errors.js';
import type { SignInMeta } from '../auth/auth.service.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { User } from '../user/user.entity.js';
import { clearSignInCookie, readSignInToken, setSignInCookie } from './sign-in-cookie.js';
import { TwoFactorEnrolment, TwoFactorSignInEnrolled, TwoFactorStatus } from './two-factor.types.js';

const metaOf = (ctx: Context): SignInMeta => ({ ip: ctx.http?.req.ip, userAgent: ctx.http?.req.get('user-agent') });
const challengeOf = (ctx: Context) => readSignInToken(ctx.http?.req.headers.cookie, ctx.services.config.cookieSecure);

/** Ends any half-signed-in state and opens the session (a sign-in cookie the browser sent is cleared first). */
function signedIn(ctx: Context, sessionToken: string) {
  if (!ctx.http) return;
  const { config } = ctx.services;
  if (challengeOf(ctx)) clearSignInCookie(ctx.http.res, config.cookieSecure);
  setSessionCookie(ctx.http.res, sessionToken, { secure: config.cookieSecure, maxAgeMs: config.SESSION_TTL_HOURS * 3_600_000 });
}

/**
 * Signing in, in one or two steps. A correct password for someone with two-factor sign-in (or
 * whose organisation requires it) opens no session: `login` answers TWO_FACTOR_REQUIRED (or
 * TWO_FACTOR_SETUP_REQUIRED) and sets a short-lived sign-in cookie that only the second step
 * reads, so the half-signed-in browser can reach nothing else.
 */
@Resolver()
export class SignInResolver {
  @Mutation(() => User, {
    description:
      'Signs in and sets the session cookie. When a second step is needed, answers TWO_FACTOR_REQUIRED or TWO_FACTOR_SETUP_REQUIRED instead and sets the sign-in cookie for that step.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<User> {
    const outcome = await ctx.services.twoFactor.signIn(email, password, metaOf(ctx));
    if (outcome.step === 'DONE') {
      signedIn(ctx, outcome.sessionToken);
      return outcome.user;
    }
    if (ctx.http) setSignInCookie(ctx.http.res, outcome.challengeToken, ctx.services.config.cookieSecure);
    throw outcome.step === 'CODE'
      ? new DomainError('TWO_FACTOR_REQUIRED', 'Enter the 6-digit code from your authenticator app.')
      : new DomainError('TWO_FACTOR_SETUP_REQUIRED', 'Your organisation requires two-factor sign-in. Set it up to continue.');
  }

  @Mutation(() => User, { description: 'The second step of signing in: a code from the authenticator app, or a recovery code.' })
  async completeSignIn(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<User> {
    const { user, sessionToken } = await ctx.services.twoFactor.completeSignIn(challengeOf(ctx), code, metaOf(ctx));
    signedIn(ctx, sessionToken);
    return user;
  }

  @Mutation(() => TwoFactorEnrolment, {
    description: 'After a correct password, when the organisation requires two-factor sign-in: a new secret to add to an app.',
  })
  startSignInEnrolment(@Ctx() ctx: Context): Promise<TwoFactorEnrolment> {
    return ctx.services.twoFactor.startSignInEnrolment(challengeOf(ctx));
  }

  @Mutation(() => TwoFactorSignInEnrolled, { description: 'Confirms the new secret with a code, then signs in.' })
  async confirmSignInEnrolment(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<TwoFactorSignInEnrolled> {
    const { user, sessionToken, recoveryCodes } = await ctx.services.twoFactor.confirmSignInEnrolment(challengeOf(ctx), code, metaOf(ctx));
    signedIn(ctx, sessionToken);
    return { user, recoveryCodes };
  }
}

@Resolver()
export class TwoFactorResolver {
  @Authorized()
  @Query(() => TwoFactorStatus, { description: 'The signed-in user’s two-factor sign-in.' })
  twoFactorStatus(@Ctx() ctx: Context): Promise<TwoFactorStatus> {
    return ctx.services.twoFactor.state(requireViewer(ctx));
  }

  @Authorized()
  @Mutation(() => TwoFactorEnrolment, { description: 'Starts setting up two-factor sign-in: a new secret, shown once.' })
  startTwoFactorEnrolment(@Ctx() ctx: Context): Promise<TwoFactorEnrolment> {
    return ctx.services.twoFactor.startEnrolment(requireViewer(ctx));
  }

  @Authorized()
  @Mutation(() => [String], { description: 'Confirms the new secret with a code. Returns ten single-use recovery codes, shown once.' })
  confirmTwoFactorEnrolment(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.twoFactor.confirmEnrolment(requireViewer(ctx), code);
  }

  @Authorized('ADMIN')
  @Mutation(() => Boolean, { description: 'Removes a user’s two-factor sign-in and signs them out everywhere (audited).' })
  resetTwoFactor(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.twoFactor.reset(requireViewer(ctx), userId);
  }

  @Authorized('ADMIN')
  @Mutation(() => Organisation, { description: 'Requires (or stops requiring) two-factor sign-in for an organisation’s users (audited).' })
  setTwoFactorRequired(
    @Arg('organisationId', () => ID) organisationId: string,
    @Arg('required', () => Boolean) required: boolean,
    @Ctx() ctx: Context,
  ): Promise<Organisation> {
    return ctx.services.twoFactor.setRequired(requireViewer(ctx), organisationId, required);
  }
}

@Resolver(() => User)
export class UserTwoFactorResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the user signs in with two-factor; shown to the user and to administrators only.',
  })
  twoFactorEnabled(@Root() user: User, @Ctx() ctx: Context): Promise<boolean | null> {
    return ctx.services.twoFactor.enabledFor(ctx.viewer, user.id);
  }
}

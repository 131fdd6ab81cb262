import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import type { NotificationAddedEvent } from './notification.topics.js';
import { Notification } from './notification.types.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: 'My notifications, newest first.' })
  async notifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Notification[]> {
    return ctx.services.notificationFeed.list(requireViewer(ctx), unreadOnly, limit);
  }

  @Authorized()
  @Query(() => Int, { description: 'For the badge.' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.unreadCount(requireViewer(ctx));
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks notifications (all when no ids are given) as read. Returns the unread count left.' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.markRead(requireViewer(ctx), ids);
  }

  @Authorized()
  @Subscription(() => Notification, {
    topics: 'NOTIFICATION_ADDED',
    filter: ({ payload, context }: { payload: NotificationAddedEvent; context: Context }) => payload.userId === context.viewer?.id,
    description: 'My new notifications, as they happen.',
  })
  async notificationAdded(@Root() event: NotificationAddedEvent, @Ctx() ctx: Context): Promise<Notification> {
    const notification = await ctx.services.notificationFeed.byId(requireViewer(ctx), event.notificationId);
    if (!notification) throw new Error('Notification vanished');
    return notification;
  }
}

import { NOTIFICATION_KINDS, type NotificationKind } from '@casehuddle/shared';
import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  Subscription,
  registerEnumType,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { requireViewer } from '../../core/context.js';
import type { NotificationRow } from './notification.service.js';
import type { NotificationAddedEvent } from './notification.topics.js';

const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType({ description: 'An item in the signed-in user’s notification feed.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => String) message: string;
  @Field(() => ID, { nullable: true }) actionId: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

const toNotification = (row: NotificationRow): Notification => ({
  id: row.id,
  kind: row.kind,
  message: row.message,
  actionId: row.action_id,
  createdAt: row.created_at,
  readAt: row.read_at,
});

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => [Notification], { description: 'My notifications, newest first.' })
  async notifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 50 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<Notification[]> {
    return (await ctx.services.notifications.list(requireViewer(ctx), unreadOnly, limit)).map(toNotification);
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
    const row = await ctx.services.notifications.byId(requireViewer(ctx), event.notificationId);
    if (!row) throw new Error('Notification vanished');
    return toNotification(row);
  }
}

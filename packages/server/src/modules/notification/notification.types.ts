import { NOTIFICATION_KINDS, type NotificationKind } from '@casehuddle/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from '../person/person.types.js';

const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType({ description: 'An item in the signed-in user’s notification feed.' })
export class Notification {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field(() => String, {
    description: 'What happened. Names the person only when the reader may know of them now; otherwise neutral words stand in.',
  })
  message: string;
  @Field(() => ID, { nullable: true }) actionId: string | null;
  @Field(() => Boolean, { description: 'Whether the notification is about a person (whether or not the reader may know who).' })
  aboutPerson: boolean;
  @Field(() => Person, {
    nullable: true,
    description: 'The person it is about, when the reader may know of them now (decided when read, not when written).',
  })
  person: Person | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
}

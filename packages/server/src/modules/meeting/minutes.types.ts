import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Where a meeting is held and who chairs it, set by the chair before or during it.' })
export class MeetingDetailsInput {
  @Field(() => ID) meetingId: string;

  @Field(() => String, { nullable: true, description: 'Where the meeting is held, such as "Hub, room 2" (empty or null clears it).' })
  @IsOptional()
  @MaxLength(200, { message: 'Place must be 200 characters or fewer.' })
  place?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Who chairs: one of the huddle’s chairs or a member organisation’s staff (null: the chair who starts it).',
  })
  @IsOptional()
  chairId?: string | null;
}

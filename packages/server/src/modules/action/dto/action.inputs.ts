import { LIMITS, type ActionStatus, type DueWindow } from '@casehuddle/shared';
import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ActionStatusEnum, DueWindowEnum } from '../action.types.js';

@InputType({ description: 'A new action: one owner, one due date.' })
export class CreateActionInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Enter what needs doing, in 200 characters or fewer.' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: `Keep the detail to ${LIMITS.notesMaxLength} characters or fewer.` })
  detail?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person it is for.' })
  personId?: string | null;

  @Field(() => ID, { description: 'The user who will do it; their organisation owns it.' })
  ownerId: string;

  @Field(() => GraphQLLocalDate)
  dueDate: string;

  @Field(() => DueWindowEnum, { nullable: true })
  dueWindow?: DueWindow | null;

  @Field(() => ID, { nullable: true, description: 'The agenda item it was agreed at.' })
  agendaItemId?: string | null;
}

@InputType({ description: 'Changes to an action. Give only what changes, with the version you started from.' })
export class UpdateActionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'Enter what needs doing, in 200 characters or fewer.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: `Keep the detail to ${LIMITS.notesMaxLength} characters or fewer.` })
  detail?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dueDate?: string | null;

  @Field(() => DueWindowEnum, { nullable: true })
  dueWindow?: DueWindow | null;

  @Field(() => Boolean, { nullable: true, description: 'True to remove the morning/afternoon window.' })
  clearDueWindow?: boolean | null;

  @Field(() => ActionStatusEnum, { nullable: true })
  status?: ActionStatus | null;

  @Field(() => String, { nullable: true, description: 'Required for NOT_POSSIBLE and NOT_UNDERTAKEN.' })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: `Keep the reason to ${LIMITS.notesMaxLength} characters or fewer.` })
  statusReason?: string | null;
}

@InputType({ description: 'Which actions. Every field narrows; none means all the viewer may see.' })
export class ActionFilter {
  @Field(() => ID, { nullable: true }) organisationId?: string | null;
  @Field(() => ID, { nullable: true }) huddleId?: string | null;
  @Field(() => ID, { nullable: true }) meetingId?: string | null;
  @Field(() => ID, { nullable: true }) ownerId?: string | null;
  @Field(() => ID, { nullable: true }) personId?: string | null;
  @Field(() => [ActionStatusEnum], { nullable: true }) statuses?: ActionStatus[] | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Due on or after.' }) dueFrom?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Due on or before.' }) dueTo?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only open or in-progress actions due before today.' }) overdueOnly?: boolean | null;
}

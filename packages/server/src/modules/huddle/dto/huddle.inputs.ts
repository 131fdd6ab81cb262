import { LIMITS, type AgendaField, type Weekday } from '@casehuddle/shared';
import { ArrayMinSize, IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AgendaFieldEnum, WeekdayEnum } from '../huddle.types.js';

@InputType()
export class CreateHuddleInput {
  @Field(() => String)
  @Length(1, 120, { message: 'Enter a name of 120 characters or fewer.' })
  name: string;

  @Field(() => String)
  @Length(1, 120, { message: 'Enter the council area.' })
  councilArea: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one member organisation.' })
  memberOrganisationIds: string[];

  @Field(() => [ID], { description: 'Coordinators who chair it.' })
  @ArrayMinSize(1, { message: 'Choose at least one chair.' })
  chairIds: string[];

  @Field(() => WeekdayEnum, { nullable: true })
  usualDay?: Weekday | null;

  @Field(() => String, { nullable: true, description: 'HH:MM, 24-hour.' })
  @IsOptional()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Enter a time like 10:00.' })
  usualTime?: string | null;
}

@InputType()
export class AddToCaseloadInput {
  @Field(() => ID) huddleId: string;
  @Field(() => ID) personId: string;
  @Field(() => ID, { description: 'The organisation referring, which brings an offer of help.' }) referringOrganisationId: string;

  @Field(() => String)
  @Length(1, LIMITS.notesMaxLength, { message: 'Say what the referring organisation offers.' })
  offerOfHelp: string;

  @Field(() => ID) coordinatorId: string;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) meetingId: string;
  @Field(() => ID, { nullable: true }) personId?: string | null;

  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of 200 characters or fewer.' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'Keep the reason to 1,000 characters or fewer.' })
  reason?: string | null;
}

@InputType({ description: 'Changes one field of an agenda item, from the version the editor started with.' })
export class UpdateAgendaItemInput {
  @Field(() => ID) itemId: string;
  @Field(() => AgendaFieldEnum) field: AgendaField;

  @Field(() => Int, { description: 'The field’s version you started from (ignored for DISCUSSED).' })
  @Min(0)
  expectedVersion: number;

  @Field(() => String, { nullable: true, description: 'For NOTES and DECISIONS.' })
  @IsOptional()
  @MaxLength(20_000, { message: 'Keep this to 20,000 characters or fewer.' })
  text?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'For SYSTEM_BARRIER and DISCUSSED.' })
  flag?: boolean | null;
}

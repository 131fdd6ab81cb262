import type { AppointmentStatus, AppointmentWindow, ReleaseItem, ReleaseItemStatus } from '@casehuddle/shared';
import { IsOptional, Length, Matches, MaxLength, Min } from 'class-validator';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AppointmentStatusEnum, AppointmentWindowEnum, ReleaseItemEnum, ReleaseItemStatusEnum } from '../release.types.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class UpdateReleasePlanItemInput {
  @Field(() => ID) personId: string;
  @Field(() => ReleaseItemEnum) item: ReleaseItem;
  @Field(() => Int, { description: 'The item’s version you started from (0 if it has never been saved).' })
  @Min(0)
  expectedVersion: number;
  @Field(() => ReleaseItemStatusEnum) status: ReleaseItemStatus;
  @Field(() => ID, { nullable: true }) owningOrganisationId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) onDate?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000, { message: 'Keep this to 1,000 characters or fewer.' })
  detail?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'Keep the council to 120 characters or fewer.' })
  council?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300, { message: 'Keep the outcome to 300 characters or fewer.' })
  outcome?: string | null;
}

@InputType()
export class UpdateReleasePlanInput {
  @Field(() => ID) personId: string;
  @Field(() => Int) @Min(0) expectedVersion: number;
  @Field(() => String)
  @Length(1, 120, { message: 'Enter the council area the person is going to.' })
  destinationCouncilArea: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120, { message: 'Keep the town to 120 characters or fewer.' })
  establishmentTown?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The time of release or discharge (HH:MM, 24-hour clock), when known. Left as it is when not given; null clears it.',
  })
  @IsOptional()
  @Matches(TIME, { message: 'Enter the release time in 24-hour format, like 09:30 or 14:00.' })
  releaseTime?: string | null;
}

/** When and where an appointment is: shared by booking one and by proposing one with a referral. */
@InputType('AppointmentSlotInput')
export class AppointmentSlotInput {
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => AppointmentWindowEnum) window: AppointmentWindow;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: 'Enter a time like 10:30.' })
  startTime?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: 'Enter a time like 11:30.' })
  endTime?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  location?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(120)
  town?: string | null;
}

@InputType({ description: 'A new appointment: a morning or afternoon window, all day, or an exact time.' })
export class BookAppointmentInput extends AppointmentSlotInput {
  @Field(() => ID) personId: string;
  @Field(() => ID, { nullable: true, description: 'Defaults to your organisation.' }) organisationId?: string | null;
  @Field(() => String)
  @Length(1, 300, { message: 'Say what the appointment is for.' })
  purpose: string;
  @Field(() => Boolean, { defaultValue: false }) firstProbation: boolean;
}

@InputType({ description: 'Moves an appointment, or records what happened.' })
export class UpdateAppointmentInput {
  @Field(() => ID) id: string;
  @Field(() => Int) @Min(1) expectedVersion: number;
  @Field(() => GraphQLLocalDate, { nullable: true }) date?: string | null;
  @Field(() => AppointmentWindowEnum, { nullable: true }) window?: AppointmentWindow | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: 'Enter a time like 10:30.' })
  startTime?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: 'Enter a time like 11:30.' })
  endTime?: string | null;
  @Field(() => AppointmentStatusEnum, { nullable: true }) status?: AppointmentStatus | null;
}

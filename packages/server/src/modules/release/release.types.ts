import { asEnum } from '../../core/enums.js';
import {
  APPOINTMENT_STATUSES,
  APPOINTMENT_WINDOWS,
  RELEASE_ITEMS,
  RELEASE_ITEM_STATUSES,
  type AppointmentStatus,
  type AppointmentWindow,
  type RedFlag,
  type ReleaseItem,
  type ReleaseItemStatus,
} from '@casehuddle/shared';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationRef, Person } from '../person/person.types.js';
import { DayWarning } from '../flags/flags.types.js';

export const ReleaseItemEnum = asEnum(RELEASE_ITEMS);
export const ReleaseItemStatusEnum = asEnum(RELEASE_ITEM_STATUSES);
export const RedFlagEnum = asEnum([
  'NO_ACCOMMODATION',
  'DUTY_TO_REFER_LATE',
  'FRIDAY_RELEASE',
  'BEFORE_BANK_HOLIDAY',
  'FIRST_APPOINTMENT_ELSEWHERE',
] as const);
export const AppointmentWindowEnum = asEnum(APPOINTMENT_WINDOWS);
export const AppointmentStatusEnum = asEnum(APPOINTMENT_STATUSES);
export const ClashRuleEnum = asEnum(['SAME_WINDOW', 'OVERLAPPING_TIMES', 'TIME_IN_WINDOW', 'DIFFERENT_TOWNS'] as const);
registerEnumType(ReleaseItemEnum, { name: 'ReleaseItem', description: 'A pre-release checklist item.' });
registerEnumType(ReleaseItemStatusEnum, { name: 'ReleaseItemStatus' });
registerEnumType(RedFlagEnum, { name: 'RedFlag' });
registerEnumType(AppointmentWindowEnum, { name: 'AppointmentWindow', description: 'Morning, afternoon, all day, or an exact time.' });
registerEnumType(AppointmentStatusEnum, { name: 'AppointmentStatus' });
registerEnumType(ClashRuleEnum, { name: 'ClashRule' });

@ObjectType()
export class ReleasePlanItemView {
  @Field(() => ReleaseItemEnum) item: ReleaseItem;
  @Field(() => String) label: string;
  @Field(() => ReleaseItemStatusEnum) status: ReleaseItemStatus;
  @Field(() => OrganisationRef, { nullable: true }) owningOrganisation: OrganisationRef | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When it was done or is due.' }) onDate: string | null;
  @Field(() => String, { nullable: true, description: 'For accommodation: what kind.' }) detail: string | null;
  @Field(() => String, { nullable: true, description: 'For the Duty to Refer: which council.' }) council: string | null;
  @Field(() => String, { nullable: true, description: 'For the Duty to Refer: the outcome.' }) outcome: string | null;
  @Field(() => ID, { nullable: true, description: 'For the Duty to Refer: the referral that made it, when sent through CaseHuddle.' })
  referralId: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Planning for release from custody or discharge from hospital.' })
export class ReleasePlan {
  @Field(() => ID) personId: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) releaseDate: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The time of release or discharge (HH:MM), when known: a Friday or pre-bank-holiday release after midday is flagged.',
  })
  releaseTime: string | null;
  @Field(() => String, { nullable: true }) establishment: string | null;
  @Field(() => String, { nullable: true }) establishmentTown: string | null;
  @Field(() => String) destinationCouncilArea: string;
  @Field(() => Int, { nullable: true }) daysToRelease: number | null;
  @Field(() => [RedFlagEnum]) redFlags: RedFlag[];
  @Field(() => [ReleasePlanItemView]) items: ReleasePlanItemView[];
  @Field(() => Int, { description: '0 until the plan is first saved.' }) version: number;
}

@ObjectType()
export class UpcomingRelease {
  @Field(() => Person) person: Person;
  @Field(() => GraphQLLocalDate) releaseDate: string;
  @Field(() => Int) daysToRelease: number;
  @Field(() => String, { nullable: true }) establishment: string | null;
  @Field(() => String) destinationCouncilArea: string;
  @Field(() => [RedFlagEnum]) redFlags: RedFlag[];
  @Field(() => Int) itemsDone: number;
  @Field(() => Int) itemsTotal: number;
}

@ObjectType()
export class AppointmentClash {
  @Field(() => ClashRuleEnum) rule: string;
  @Field(() => ID) otherAppointmentId: string;
  @Field(() => String) message: string;
}

@ObjectType({ description: 'An appointment with any agency, on the person’s one timeline.' })
export class Appointment {
  @Field(() => ID) id: string;
  @Field(() => ID) personId: string;
  @Field(() => OrganisationRef) organisation: OrganisationRef;
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => AppointmentWindowEnum) window: AppointmentWindow;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) startTime: string | null;
  @Field(() => String, { nullable: true }) endTime: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true }) town: string | null;
  @Field(() => String) purpose: string;
  @Field(() => AppointmentStatusEnum) status: AppointmentStatus;
  @Field(() => Boolean) firstProbation: boolean;
  @Field(() => Int) version: number;
  @Field(() => [AppointmentClash], { description: 'Clashes with the person’s other appointments.' }) clashes: AppointmentClash[];
  @Field(() => [DayWarning], { description: 'A weekend, a bank holiday or a Friday afternoon: the appointment stands, but check.' })
  warnings: DayWarning[];
}

@ObjectType()
export class BookingResult {
  @Field(() => Appointment) appointment: Appointment;
  @Field(() => [AppointmentClash]) clashes: AppointmentClash[];
  @Field(() => [DayWarning], { description: 'Warnings about the day chosen: the appointment is booked all the same.' })
  warnings: DayWarning[];
}

@ObjectType({ description: 'People due out in one council area and month, and how many are ready.' })
export class ForecastCell {
  @Field(() => String) councilArea: string;
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' }) due: number | null;
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' }) accommodationSecured: number | null;
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' }) dutyToReferMade: number | null;
  @Field(() => Boolean, { description: 'Fewer than 5 people, not all of whom you may see: the counts are withheld.' })
  suppressed: boolean;
}

@ObjectType()
export class ReleaseForecast {
  @Field(() => [String], { description: 'The months covered, YYYY-MM.' }) months: string[];
  @Field(() => [String]) councilAreas: string[];
  @Field(() => [ForecastCell]) cells: ForecastCell[];
}

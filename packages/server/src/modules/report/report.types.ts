import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Actions agreed in a huddle in one month: how many were completed, and how many went overdue.' })
export class ActionMonth {
  @Field(() => String, { description: 'The month, as YYYY-MM.' }) month: string;
  @Field(() => Int, { description: 'Actions completed (done) that month.' }) completed: number;
  @Field(() => Int, { description: 'Actions due that month that were not done by their due date (still open, or done late).' })
  overdue: number;
}

@ObjectType({ description: 'Whether actions whose due date has passed were done on time, for one owner or one organisation.' })
export class Timeliness {
  @Field(() => ID, { description: 'The owner’s or the organisation’s id.' }) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'The owner’s organisation (null for an organisation’s own row).' })
  organisationName: string | null;
  @Field(() => Int, { description: 'Actions (not cancelled) whose due date has passed.' }) due: number;
  @Field(() => Int, { description: 'Done on or before the due date.' }) onTime: number;
  @Field(() => Int, { description: 'Done after the due date.' }) late: number;
  @Field(() => Int, { description: 'Still open or in progress after the due date.' }) overdue: number;
  @Field(() => Int, { description: 'Not possible (a barrier) or not undertaken.' }) blocked: number;
  @Field(() => Float, { nullable: true, description: 'On time ÷ due; null when nothing is due yet.' }) onTimeRate: number | null;
}

@ObjectType({ description: 'System barriers of one theme, for the strategic board.' })
export class BarrierThemeCount {
  @Field(() => String, { description: 'The theme’s code, such as ACCOMMODATION.' }) theme: string;
  @Field(() => String) label: string;
  @Field(() => Int, { description: 'Actions recorded as not possible with a reason of this theme.' }) count: number;
  @Field(() => [String], { description: 'The different reasons given, most frequent first.' }) reasons: string[];
}

@ObjectType({
  description:
    'Service use of a huddle’s caseload before or after joining it: the average per person per quarter, over the quarters recorded.',
})
export class ServiceUsePeriod {
  @Field(() => Int, { description: 'People on the caseload with service use recorded for this period.' }) people: number;
  @Field(() => Int, { description: 'Quarters recorded, added up over those people.' }) personQuarters: number;
  @Field(() => Float, { nullable: true }) evictions: number | null;
  @Field(() => Float, { nullable: true }) arrests: number | null;
  @Field(() => Float, { nullable: true }) nightsInPrison: number | null;
  @Field(() => Float, { nullable: true }) aeAttendances: number | null;
  @Field(() => Float, { nullable: true }) mentalHealthInpatientDays: number | null;
  @Field(() => Boolean, {
    description: 'The averages are withheld because fewer than 5 people contribute and you cannot see all of their records.',
  })
  suppressed: boolean;
}

@ObjectType({ description: 'Figures about a huddle’s caseload and its actions for managers. Counts and averages only, no person details.' })
export class CaseloadReport {
  @Field(() => ID) huddleId: string;
  @Field(() => ServiceUsePeriod, { description: 'Quarters that began before the quarter in which each person joined the caseload.' })
  serviceUseBefore: ServiceUsePeriod;
  @Field(() => ServiceUsePeriod, { description: 'The quarter in which each person joined the caseload, and those after.' })
  serviceUseAfter: ServiceUsePeriod;
  @Field(() => [ActionMonth], { description: 'The last 12 months, oldest first, this month included.' }) actionsByMonth: ActionMonth[];
  @Field(() => [Timeliness], { description: 'Per owner, most due first.' }) timelinessByOwner: Timeliness[];
  @Field(() => [Timeliness], { description: 'Per owner’s organisation, most due first.' }) timelinessByOrganisation: Timeliness[];
  @Field(() => [BarrierThemeCount], { description: 'Barriers (actions not possible) by theme, most first.' })
  barrierThemes: BarrierThemeCount[];
}

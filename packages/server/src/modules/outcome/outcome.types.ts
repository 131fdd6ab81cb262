import { GraphQLLocalDate } from '../../core/scalars.js';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { UserRef } from '../person/person.types.js';

@ObjectType()
export class OutcomeDomain {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
  @Field(() => Int) weight: number;
}

@ObjectType({ description: 'An outcome measure, defined by data: domains, ranges, weights and how often to re-score.' })
export class OutcomeMeasure {
  @Field(() => ID) id: string;
  @Field(() => String) key: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true, description: 'Show wherever the scores appear.' }) acknowledgement: string | null;
  @Field(() => Int) rescoreDays: number;
  @Field(() => Int) maxTotal: number;
  @Field(() => [OutcomeDomain]) domains: OutcomeDomain[];
}

@ObjectType()
export class DomainScore {
  @Field(() => String) domain: string;
  @Field(() => Int) score: number;
}

@ObjectType()
export class Assessment {
  @Field(() => ID) id: string;
  @Field(() => String) measureKey: string;
  @Field(() => GraphQLLocalDate) assessedOn: string;
  @Field(() => UserRef) assessedBy: UserRef;
  @Field(() => Int) total: number;
  @Field(() => [DomainScore]) scores: DomainScore[];
  @Field(() => String, { nullable: true }) notes: string | null;
}

@ObjectType({ description: 'A person’s assessments on one measure, oldest first, and when the next is due.' })
export class OutcomeHistory {
  @Field(() => OutcomeMeasure) measure: OutcomeMeasure;
  @Field(() => [Assessment]) assessments: Assessment[];
  @Field(() => GraphQLLocalDate, { nullable: true }) rescoreDueOn: string | null;
  @Field(() => Boolean, { description: 'No assessment yet, or the last is older than the measure’s re-score interval.' })
  rescoreDue: boolean;
}

@ObjectType({ description: 'Service use in one quarter.' })
export class ServiceUseQuarter {
  @Field(() => GraphQLLocalDate) quarterStart: string;
  @Field(() => Int, { nullable: true, description: 'Null when this part of the record is not shared with you.' }) evictions: number | null;
  @Field(() => Int, { nullable: true, description: 'Null when this part of the record is not shared with you.' }) arrests: number | null;
  @Field(() => Int, { nullable: true, description: 'Null when this part of the record is not shared with you.' }) nightsInPrison:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Null when this part of the record is not shared with you.' }) aeAttendances:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Null when this part of the record is not shared with you.' })
  mentalHealthInpatientDays: number | null;
}

@ObjectType({ description: 'Change from entry across a huddle’s caseload (counts and averages, no person details).' })
export class CaseloadOutcomeSummary {
  @Field(() => ID) huddleId: string;
  @Field(() => String) measureKey: string;
  @Field(() => Int) peopleAssessed: number;
  @Field(() => Int, { description: 'Assessed at least twice, so a change can be measured.' }) peopleWithChange: number;
  @Field(() => Float, { nullable: true }) averageAtEntry: number | null;
  @Field(() => Float, { nullable: true }) averageLatest: number | null;
  @Field(() => Float, { nullable: true, description: 'Latest minus entry; negative means less need.' }) averageChange: number | null;
  @Field(() => Boolean, {
    description: 'Averages are withheld because fewer than 5 people contribute and you cannot see all of their records.',
  })
  suppressed: boolean;
}

@InputType()
export class DomainScoreInput {
  @Field(() => String) domain: string;
  @Field(() => Int) score: number;
}

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID) personId: string;
  @Field(() => String, { defaultValue: 'NDTA' }) measureKey: string;
  @Field(() => GraphQLLocalDate) assessedOn: string;
  @Field(() => [DomainScoreInput]) @ValidateNested() scores: DomainScoreInput[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  notes?: string | null;
}

@InputType()
export class RecordServiceUseInput {
  @Field(() => ID) personId: string;
  @Field(() => GraphQLLocalDate, { description: 'The first day of the quarter: 1 January, April, July or October.' }) quarterStart: string;
  @Field(() => Int) @Min(0) @Max(999) evictions: number;
  @Field(() => Int) @Min(0) @Max(999) arrests: number;
  @Field(() => Int) @Min(0) @Max(92) nightsInPrison: number;
  @Field(() => Int) @Min(0) @Max(999) aeAttendances: number;
  @Field(() => Int) @Min(0) @Max(92) mentalHealthInpatientDays: number;
}

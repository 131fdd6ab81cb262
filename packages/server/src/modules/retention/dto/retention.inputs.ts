import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import {
  RetentionPeriodUnitEnum,
  RetentionRecordTypeEnum,
  type RetentionPeriodUnit,
  type RetentionRecordType,
} from '../retention.types.js';

@InputType({ description: 'A change to one retention schedule (administrators).' })
export class UpdateRetentionScheduleInput {
  @Field(() => RetentionRecordTypeEnum) recordType: RetentionRecordType;

  @Field(() => Int)
  @Min(1, { message: 'Enter a period of at least 1.' })
  @Max(1200, { message: 'Enter a period of 1,200 or less.' })
  periodCount: number;

  @Field(() => RetentionPeriodUnitEnum) periodUnit: RetentionPeriodUnit;

  @Field(() => Int, { nullable: true, description: 'Days between flagging and erasure; only for types reviewed before erasure.' })
  @IsOptional()
  @Min(0, { message: 'Enter 0 days or more.' })
  @Max(365, { message: 'Enter 365 days or fewer.' })
  graceDays?: number | null;

  @Field(() => String, { description: 'Where the period comes from (guidance, agreement, decision).' })
  @Length(1, 1000, { message: 'Say where this period comes from, in 1,000 characters or fewer.' })
  source: string;
}

@InputType({ description: 'Keep a flagged record until a date, with a reason (for example a legal hold or an open complaint).' })
export class HoldRetentionReviewInput {
  @Field(() => ID) reviewId: string;

  @Field(() => GraphQLLocalDate) until: string;

  @Field(() => String, { description: 'Why it is kept. Do not name the person.' })
  @Length(1, 1000, { message: 'Give the reason for keeping it, in 1,000 characters or fewer.' })
  reason: string;
}

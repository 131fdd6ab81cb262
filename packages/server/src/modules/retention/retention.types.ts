import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { OrganisationRef, Person } from '../person/person.types.js';

export const RETENTION_RECORD_TYPES = ['PERSON_RECORD', 'ACTION', 'MINUTES', 'NOTIFICATION', 'SESSION'] as const;
export type RetentionRecordType = (typeof RETENTION_RECORD_TYPES)[number];
export const RetentionRecordTypeEnum = asEnum(RETENTION_RECORD_TYPES);
registerEnumType(RetentionRecordTypeEnum, {
  name: 'RetentionRecordType',
  description: 'Kinds of record with a retention schedule. Person records, actions and minutes are reviewed before erasure.',
});

export const RETENTION_PERIOD_UNITS = ['DAYS', 'MONTHS', 'YEARS'] as const;
export type RetentionPeriodUnit = (typeof RETENTION_PERIOD_UNITS)[number];
export const RetentionPeriodUnitEnum = asEnum(RETENTION_PERIOD_UNITS);
registerEnumType(RetentionPeriodUnitEnum, { name: 'RetentionPeriodUnit' });

export const RETENTION_REVIEW_STATUSES = ['FLAGGED', 'HELD'] as const;
export type RetentionReviewStatus = (typeof RETENTION_REVIEW_STATUSES)[number];
export const RetentionReviewStatusEnum = asEnum(RETENTION_REVIEW_STATUSES);
registerEnumType(RetentionReviewStatusEnum, {
  name: 'RetentionReviewStatus',
  description: 'FLAGGED: to be erased when the owner confirms or the grace period ends. HELD: kept until a date, with a reason.',
});

@ObjectType({ description: 'How long one kind of record is kept, what starts the clock, and where the period comes from.' })
export class RetentionSchedule {
  @Field(() => RetentionRecordTypeEnum) recordType: RetentionRecordType;
  @Field(() => Int) periodCount: number;
  @Field(() => RetentionPeriodUnitEnum) periodUnit: RetentionPeriodUnit;
  @Field(() => Boolean, { description: 'Whether the owner reviews records before they are erased (otherwise they are purged).' })
  reviewRequired: boolean;
  @Field(() => Int, { nullable: true, description: 'Days after flagging before an unconfirmed record is erased.' })
  graceDays: number | null;
  @Field(() => String, { description: 'The event that starts the retention period.' }) triggerEvent: string;
  @Field(() => String, { description: 'The guidance or reason the period rests on.' }) source: string;
  @Field(() => Date) updatedAt: Date;
  @Field(() => String, { nullable: true }) updatedByName: string | null;
}

@ObjectType({ description: 'A record past its retention period, awaiting its owner’s confirmation or the end of the grace period.' })
export class RetentionReview {
  @Field(() => ID) id: string;
  @Field(() => RetentionRecordTypeEnum) recordType: RetentionRecordType;
  @Field(() => String, { description: 'What the record is, without any personal data (the person, if any, is in `person`).' })
  description: string;
  @Field(() => Person, { nullable: true, description: 'The person the record is, when the viewer may know of them.' })
  person: Person | null;
  @Field(() => OrganisationRef, { nullable: true }) owningOrganisation: OrganisationRef | null;
  @Field(() => Date, { description: 'When the retention period ended.' }) dueSince: Date;
  @Field(() => Date) flaggedAt: Date;
  @Field(() => Date, { description: 'When it is erased unless the owner holds it.' }) eraseAfter: Date;
  @Field(() => RetentionReviewStatusEnum) status: RetentionReviewStatus;
  @Field(() => GraphQLLocalDate, { nullable: true }) heldUntil: string | null;
  @Field(() => String, { nullable: true }) holdReason: string | null;
  @Field(() => Boolean, {
    description: 'Whether the viewer may confirm erasure or hold it (the owning organisation’s coordinators and managers).',
  })
  canDecide: boolean;
}

@ObjectType({ description: 'What one run of the retention job did.' })
export class RetentionRunResult {
  @Field(() => Boolean, { description: 'False when another process was already running the job.' }) ran: boolean;
  @Field(() => Int) sessionsPurged: number;
  @Field(() => Int) notificationsPurged: number;
  @Field(() => Int) flagged: number;
  @Field(() => Int) erased: number;
}

import { RIGHTS_REQUEST_KINDS, RIGHTS_REQUEST_STATUSES, type RightsRequestKind, type RightsRequestStatus } from '@casehuddle/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { Person } from '../person/person.types.js';

export const RightsRequestKindEnum = asEnum(RIGHTS_REQUEST_KINDS);
registerEnumType(RightsRequestKindEnum, { name: 'RightsRequestKind', description: 'The right exercised (UK GDPR Arts. 15–21).' });

export const RightsRequestStatusEnum = asEnum(RIGHTS_REQUEST_STATUSES);
registerEnumType(RightsRequestStatusEnum, { name: 'RightsRequestStatus' });

export const RIGHTS_REQUEST_STEPS = ['CHECK_IDENTITY', 'START', 'EXTEND', 'COMPLETE', 'REFUSE'] as const;
export type RightsRequestStep = (typeof RIGHTS_REQUEST_STEPS)[number];
export const RightsRequestStepEnum = asEnum(RIGHTS_REQUEST_STEPS);
registerEnumType(RightsRequestStepEnum, {
  name: 'RightsRequestStep',
  description:
    'CHECK_IDENTITY (how and when), START work, EXTEND by two months (with a reason), COMPLETE (with the response), REFUSE (with the reason).',
});

export const DEADLINE_STATES = ['ON_TRACK', 'DUE_SOON', 'OVERDUE', 'CLOSED'] as const;
export const DeadlineStateEnum = asEnum(DEADLINE_STATES);
registerEnumType(DeadlineStateEnum, { name: 'RightsDeadlineState', description: 'DUE_SOON: within 7 days of the deadline.' });

@ObjectType({ description: 'A request by a person to exercise a right over their record, and how it is being answered.' })
export class RightsRequest {
  @Field(() => ID) id: string;
  @Field(() => RightsRequestKindEnum) kind: RightsRequestKind;
  @Field(() => Person, { nullable: true }) person: Person | null;
  @Field(() => GraphQLLocalDate) receivedOn: string;
  @Field(() => String, { nullable: true, description: 'What was asked for.' }) details: string | null;
  @Field(() => RightsRequestStatusEnum) status: RightsRequestStatus;
  @Field(() => GraphQLLocalDate, { nullable: true }) identityCheckedOn: string | null;
  @Field(() => String, { nullable: true, description: 'How identity was checked.' }) identityCheckMethod: string | null;
  @Field(() => String, { nullable: true }) identityCheckedBy: string | null;
  @Field(() => GraphQLLocalDate, { description: 'One calendar month from receipt (ICO rule).' }) originalDueOn: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Three months from receipt, once extended.' }) extendedDueOn: string | null;
  @Field(() => String, { nullable: true }) extensionReason: string | null;
  @Field(() => GraphQLLocalDate, { description: 'The deadline in force.' }) dueOn: string;
  @Field(() => DeadlineStateEnum) deadlineState: (typeof DEADLINE_STATES)[number];
  @Field(() => String, { nullable: true }) response: string | null;
  @Field(() => String, { nullable: true }) refusalReason: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) closedOn: string | null;
  @Field(() => String) loggedBy: string;
  @Field(() => Boolean, { description: 'Whether the viewer may progress it (the owning organisation’s coordinators and managers).' })
  canManage: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A dated correction to an item of frozen minutes. The minutes themselves never change.' })
export class MinutesCorrection {
  @Field(() => ID) id: string;
  @Field(() => ID) itemId: string;
  @Field(() => String) text: string;
  @Field(() => String) reason: string;
  @Field(() => String) addedBy: string;
  @Field(() => Date) addedAt: Date;
}

import { IsOptional, Length, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { RightsRequestKind } from '@casehuddle/shared';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import { RightsRequestKindEnum, RightsRequestStepEnum, type RightsRequestStep } from '../rights.types.js';

@InputType({ description: 'A rights request received about a person.' })
export class LogRightsRequestInput {
  @Field(() => ID) personId: string;

  @Field(() => RightsRequestKindEnum) kind: RightsRequestKind;

  @Field(() => GraphQLLocalDate, { description: 'The day it was received by anyone in the organisation: the deadline runs from here.' })
  receivedOn: string;

  @Field(() => String, { nullable: true, description: 'What was asked for, in the person’s words where possible.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the details to 5,000 characters or fewer.' })
  details?: string | null;
}

@InputType({ description: 'The next step on a rights request, with the version you started from.' })
export class ProgressRightsRequestInput {
  @Field(() => ID) id: string;

  @Field(() => Int)
  @Min(1)
  expectedVersion: number;

  @Field(() => RightsRequestStepEnum) step: RightsRequestStep;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'CHECK_IDENTITY: the day identity was confirmed.' })
  identityCheckedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'CHECK_IDENTITY: how (for example, known to the lead professional in person).' })
  @IsOptional()
  @MaxLength(1000, { message: 'Keep this to 1,000 characters or fewer.' })
  identityCheckMethod?: string | null;

  @Field(() => String, { nullable: true, description: 'EXTEND: why the request is complex or one of many.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the reason to 2,000 characters or fewer.' })
  extensionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'COMPLETE: the response given.' })
  @IsOptional()
  @MaxLength(5000, { message: 'Keep the response to 5,000 characters or fewer.' })
  response?: string | null;

  @Field(() => String, { nullable: true, description: 'REFUSE: the reason, as given to the person.' })
  @IsOptional()
  @MaxLength(2000, { message: 'Keep the reason to 2,000 characters or fewer.' })
  refusalReason?: string | null;
}

@InputType({ description: 'A correction to an item of closed minutes, added after the original text.' })
export class AddMinutesCorrectionInput {
  @Field(() => ID) meetingId: string;

  @Field(() => ID) itemId: string;

  @Field(() => String, { description: 'The corrected wording or fact.' })
  @Length(1, 5000, { message: 'Enter the correction, in 5,000 characters or fewer.' })
  text: string;

  @Field(() => String, { description: 'Why the minutes were wrong (for example, the person asked for rectification).' })
  @Length(1, 1000, { message: 'Give the reason for the correction, in 1,000 characters or fewer.' })
  reason: string;
}

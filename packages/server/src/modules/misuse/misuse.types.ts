import {
  BREACH_DATA_CATEGORIES,
  BREAK_GLASS_OUTCOMES,
  ICO_DECISIONS,
  PEOPLE_TOLD,
  type BreachDataCategory,
  type BreakGlassOutcome,
  type IcoDecision,
  type PeopleTold,
} from '@casehuddle/shared';
import { IsArray, IsIn, IsInt, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Person } from '../person/person.types.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const BreakGlassOutcomeEnum = enumOf(BREAK_GLASS_OUTCOMES);
registerEnumType(BreakGlassOutcomeEnum, { name: 'BreakGlassOutcome', description: 'A manager’s verdict on a break-glass grant.' });
export const IcoDecisionEnum = enumOf(ICO_DECISIONS);
registerEnumType(IcoDecisionEnum, { name: 'IcoDecision', description: 'Whether an incident was, or need not be, reported to the ICO.' });
export const PeopleToldEnum = enumOf(PEOPLE_TOLD);
registerEnumType(PeopleToldEnum, { name: 'PeopleTold', description: 'Whether the people affected by an incident have been told.' });
export const BreachDataCategoryEnum = enumOf(BREACH_DATA_CATEGORIES);
registerEnumType(BreachDataCategoryEnum, { name: 'BreachDataCategory', description: 'A category of personal data involved in a breach.' });

// ---------------------------------------------------------------- break-glass review

@ObjectType({ description: 'One read made under a break-glass grant, from the audit trail.' })
export class BreakGlassRead {
  @Field(() => Date) at: Date;
  @Field(() => String, { description: 'READ, SEARCH or EXPORT.' }) action: string;
  @Field(() => [String], { description: 'The parts of the record shown.' }) sections: string[];
  @Field(() => String, { nullable: true, description: 'Where it was read (a fixed label).' }) context: string | null;
}

@ObjectType({ description: 'A break-glass grant on one of the organisation’s records, for its managers to review.' })
export class BreakGlassGrantReview {
  @Field(() => ID) id: string;
  @Field(() => Date) grantedAt: Date;
  @Field(() => Date) expiresAt: Date;
  @Field(() => String, { description: 'Who used break-glass.' }) userName: string;
  @Field(() => String) userOrganisationName: string;
  @Field(() => Person, { nullable: true, description: 'Whose record, as far as the reviewer may know of them.' }) person: Person | null;
  @Field(() => String, { description: 'The reason given.' }) reason: string;
  @Field(() => [BreakGlassRead], { description: 'What was read under the grant.' }) reads: BreakGlassRead[];
  @Field(() => BreakGlassOutcomeEnum, { nullable: true }) outcome: BreakGlassOutcome | null;
  @Field(() => String, { nullable: true }) reviewNote: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) reviewedBy: string | null;
}

@InputType()
export class ReviewBreakGlassInput {
  @Field(() => ID) grantId: string;
  @Field(() => BreakGlassOutcomeEnum) @IsIn(BREAK_GLASS_OUTCOMES) outcome: BreakGlassOutcome;
  /** Why: required when the use was inappropriate. */
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) note?: string | null;
}

// ---------------------------------------------------------------- bulk-read alerts

@ObjectType({ description: 'A user read or exported more people’s records than the threshold within the window.' })
export class BulkReadAlert {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field(() => String) userName: string;
  @Field(() => String) organisationName: string;
  @Field(() => Date) windowStart: Date;
  @Field(() => Date) windowEnd: Date;
  @Field(() => Int, { description: 'Different people whose records were read or exported in the window.' }) peopleCount: number;
  @Field(() => Int) threshold: number;
  @Field(() => Date) raisedAt: Date;
}

// ---------------------------------------------------------------- incidents

@ObjectType({ description: 'A personal data breach or near miss, with what the ICO’s breach report asks for.' })
export class Incident {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => String) title: string;
  @Field(() => String) whatHappened: string;
  @Field(() => Date, { nullable: true }) occurredAt: Date | null;
  @Field(() => Date) discoveredAt: Date;
  @Field(() => Date, { description: 'Discovery plus 72 hours: when a reportable breach must be reported to the ICO by.' })
  icoDeadline: Date;
  @Field(() => Boolean, { description: 'Past the deadline with no decision recorded.' }) overdue: boolean;
  @Field(() => [BreachDataCategoryEnum]) dataCategories: BreachDataCategory[];
  @Field(() => Int, { nullable: true, description: 'Approximately how many people.' }) peopleAffected: number | null;
  @Field(() => Int, { nullable: true, description: 'Approximately how many records.' }) recordsAffected: number | null;
  @Field(() => String) likelyConsequences: string;
  @Field(() => String) measuresTaken: string;
  @Field(() => String) measuresProposed: string;
  @Field(() => PeopleToldEnum) peopleTold: PeopleTold;
  @Field(() => String) peopleToldDetail: string;
  @Field(() => IcoDecisionEnum) icoDecision: IcoDecision;
  @Field(() => Date, { nullable: true }) icoReportedAt: Date | null;
  @Field(() => String, { nullable: true }) icoReference: string | null;
  @Field(() => String, { nullable: true }) notReportableReason: string | null;
  @Field(() => String) recordedBy: string;
  @Field(() => Date) recordedAt: Date;
  @Field(() => String) organisationName: string;
}

@InputType({ description: 'An incident, as recorded or changed.' })
export class IncidentInput {
  @Field(() => String) @Length(1, 200) title: string;
  @Field(() => String) @Length(1, 10_000) whatHappened: string;
  @Field(() => Date, { nullable: true }) @IsOptional() occurredAt?: Date | null;
  @Field(() => Date) discoveredAt: Date;
  @Field(() => [BreachDataCategoryEnum]) @IsArray() @IsIn(BREACH_DATA_CATEGORIES, { each: true }) dataCategories: BreachDataCategory[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) peopleAffected?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) recordsAffected?: number | null;
  @Field(() => String) @MaxLength(10_000) likelyConsequences: string;
  @Field(() => String) @MaxLength(10_000) measuresTaken: string;
  @Field(() => String) @MaxLength(10_000) measuresProposed: string;
  @Field(() => PeopleToldEnum) @IsIn(PEOPLE_TOLD) peopleTold: PeopleTold;
  @Field(() => String) @MaxLength(5000) peopleToldDetail: string;
  @Field(() => IcoDecisionEnum) @IsIn(ICO_DECISIONS) icoDecision: IcoDecision;
  @Field(() => Date, { nullable: true }) @IsOptional() icoReportedAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) icoReference?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) notReportableReason?: string | null;
}

@InputType()
export class UpdateIncidentInput {
  @Field(() => ID) id: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => IncidentInput) @ValidateNested() incident: IncidentInput;
}

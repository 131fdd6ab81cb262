import { LIMITS, type AccommodationStatus, type NeedDomain, type NeedStatus, type SituationKind, type TimeOfDay } from '@casehuddle/shared';
import { IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import { Field, ID, InputType, Int } from 'type-graphql';
import { AccommodationStatusEnum, NeedDomainEnum, NeedStatusEnum, SituationKindEnum, TimeOfDayEnum } from '../person.enums.js';

const nameMessage = `Enter a name of ${LIMITS.nameMaxLength} characters or fewer.`;
const notesMessage = `Keep this to ${LIMITS.notesMaxLength.toLocaleString('en-GB')} characters or fewer.`;
const shortMessage = `Keep this to ${LIMITS.shortTextMaxLength} characters or fewer.`;

@InputType({
  description:
    'Names, date of birth, area and identifiers. Identifiers are checked (NHS number check digit, prison number and CRN formats).',
})
export class PersonProfileFields {
  @Field(() => String)
  @Length(1, LIMITS.nameMaxLength, { message: nameMessage })
  legalName: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength, { message: nameMessage })
  preferredName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'Keep pronouns to 40 characters or fewer.' })
  pronouns?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String)
  @Length(1, LIMITS.councilAreaMaxLength, { message: 'Enter the council area.' })
  councilArea: string;

  @Field(() => String, { nullable: true, description: '10 digits with a valid check digit; spaces allowed.' })
  nhsNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Like A1234BC.' })
  prisonNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Probation case reference number, like X123456.' })
  crn?: string | null;
}

@InputType()
export class PersonSituationFields {
  @Field(() => SituationKindEnum)
  kind: SituationKind;

  @Field(() => String, { nullable: true, description: 'The prison or hospital.' })
  @IsOptional()
  @MaxLength(LIMITS.shortTextMaxLength, { message: shortMessage })
  establishment?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Release or discharge date.' })
  releaseDate?: string | null;

  @Field(() => AccommodationStatusEnum, { nullable: true })
  accommodationStatus?: AccommodationStatus | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: notesMessage })
  notes?: string | null;
}

@InputType({
  description: 'A new person on the caseload. The creator’s organisation owns the record and the creator becomes its lead professional.',
})
export class CreatePersonInput extends PersonProfileFields {
  @Field(() => PersonSituationFields, { nullable: true })
  @ValidateNested()
  situation?: PersonSituationFields | null;
}

/** Every section edit carries the version the editor started from. */
@InputType()
abstract class VersionedEdit {
  @Field(() => ID)
  personId: string;

  @Field(() => Int, { description: 'The version you started editing from. A stale version gets VERSION_CONFLICT with the current value.' })
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class UpdatePersonProfileInput extends VersionedEdit {
  @Field(() => PersonProfileFields)
  @ValidateNested()
  profile: PersonProfileFields;
}

@InputType()
export class UpdatePersonSituationInput extends VersionedEdit {
  @Field(() => PersonSituationFields)
  @ValidateNested()
  situation: PersonSituationFields;
}

@InputType()
export class UpdatePersonStoryInput extends VersionedEdit {
  @Field(() => String, { description: 'In the person’s own words.' })
  @MaxLength(LIMITS.storyMaxLength, { message: `Keep the story to ${LIMITS.storyMaxLength.toLocaleString('en-GB')} characters or fewer.` })
  text: string;

  @Field(() => Boolean, {
    description: 'The person agreed to their story being recorded and shared as set out in their agreements. Must be true.',
  })
  personAgreed: boolean;
}

@InputType()
export class UpdatePersonNeedInput extends VersionedEdit {
  @Field(() => NeedDomainEnum)
  domain: NeedDomain;

  @Field(() => NeedStatusEnum)
  status: NeedStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: notesMessage })
  notes?: string | null;
}

@InputType()
export class UpdatePersonPreferencesInput extends VersionedEdit {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: notesMessage })
  whatHelps?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: notesMessage })
  whatToAvoid?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.shortTextMaxLength, { message: shortMessage })
  contactHow?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.shortTextMaxLength, { message: shortMessage })
  contactWhen?: string | null;

  @Field(() => TimeOfDayEnum, { nullable: true })
  timeOfDay?: TimeOfDay | null;
}

@InputType()
export class UpdatePersonRiskInput extends VersionedEdit {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: notesMessage })
  summary?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: notesMessage })
  safetyPlan?: string | null;
}

@InputType({ description: 'Find people by name (typos allowed), date of birth or identifier. Give at least one.' })
export class PeopleSearchInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength, { message: nameMessage })
  name?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => String, { nullable: true, description: 'An NHS number, prison number or CRN.' })
  @IsOptional()
  @MaxLength(20, { message: 'Enter an NHS number, prison number or CRN.' })
  identifier?: string | null;
}

import { LIMITS, type SharingSection } from '@casehuddle/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import { Field, ID, InputType } from 'type-graphql';
import { LawfulBasisInput } from '../../isa/dto/isa.inputs.js';
import { SharingSectionEnum } from '../../person/person.enums.js';

@InputType({ description: 'The person’s agreement to share parts of their record with named organisations, until a date.' })
export class RecordSharingAgreementInput {
  @Field(() => ID)
  personId: string;

  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Choose at least one organisation.' })
  @ArrayMaxSize(50, { message: 'Choose 50 organisations or fewer.' })
  organisationIds: string[];

  @Field(() => [SharingSectionEnum])
  @ArrayMinSize(1, { message: 'Choose at least one section to share.' })
  sections: SharingSection[];

  @Field(() => GraphQLLocalDate, { description: 'When the person agreed.' })
  agreedOn: string;

  @Field(() => GraphQLLocalDate, { description: 'When the agreement ends, unless renewed.' })
  expiresOn: string;

  @Field(() => LawfulBasisInput, { description: 'The lawful basis and conditions the sharing rests on, and the ISA it falls under.' })
  @ValidateNested()
  lawfulBasis: LawfulBasisInput;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: `Keep notes to ${LIMITS.notesMaxLength} characters or fewer.` })
  notes?: string | null;
}

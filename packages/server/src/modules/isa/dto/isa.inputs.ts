import { LIMITS, type SharingSection, type SharingWithoutAgreementPurpose } from '@casehuddle/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from '../../../core/scalars.js';
import { SharingSectionEnum } from '../../person/person.enums.js';
import { SharingWithoutAgreementPurposeEnum } from '../isa.types.js';

@InputType({ description: 'The terms of an information sharing agreement, as recorded or revised by an administrator.' })
export class IsaTermsInput {
  @Field(() => String)
  @Length(1, 200, { message: 'Enter a title of 200 characters or fewer.' })
  title: string;

  @Field(() => String, { description: 'What the partners share information for.' })
  @Length(1, LIMITS.notesMaxLength, { message: 'Say what the information is shared for.' })
  purposes: string;

  @Field(() => [ID], { description: 'The organisations that are party to it.' })
  @ArrayMinSize(2, { message: 'Choose at least two organisations.' })
  @ArrayMaxSize(50, { message: 'Choose 50 organisations or fewer.' })
  partyOrganisationIds: string[];

  @Field(() => [String], {
    description: 'Codes from `lawfulBases`: Art. 6 bases, Art. 9 and 10 conditions, Schedule 1 conditions, common-law bases.',
  })
  @ArrayMinSize(1, { message: 'Choose the lawful bases.' })
  @ArrayMaxSize(40, { message: 'Choose 40 lawful bases or fewer.' })
  lawfulBasisCodes: string[];

  @Field(() => [SharingSectionEnum])
  @ArrayMinSize(1, { message: 'Choose at least one part of the record.' })
  sections: SharingSection[];

  @Field(() => String, { description: 'How long partners keep what is shared, and what happens then.' })
  @Length(1, 2000, { message: 'Say how long information is kept.' })
  retention: string;

  @Field(() => Boolean, { description: 'Organisations joining a huddle under it may read minutes agreed before they joined.' })
  pastMinutesVisibleToNewParties: boolean;

  @Field(() => GraphQLLocalDate)
  reviewOn: string;
}

@InputType()
export class ReviseIsaInput extends IsaTermsInput {
  @Field(() => ID) id: string;

  @Field(() => Int, { description: 'The version being revised; a stale one gets VERSION_CONFLICT.' })
  version: number;

  @Field(() => String, { description: 'What changed in this version.' })
  @Length(1, 2000, { message: 'Say what changed.' })
  revisionNote: string;
}

@InputType({ description: 'A signature for the viewer’s organisation.' })
export class SignIsaInput {
  @Field(() => ID) id: string;

  @Field(() => Int, { description: 'The version read and signed; a newer one gets VERSION_CONFLICT.' })
  version: number;

  @Field(() => String, { description: 'The signatory’s role, such as "Head of Housing Services".' })
  @Length(1, 200, { message: 'Enter your role.' })
  signatoryRole: string;
}

@InputType({ description: 'The lawful basis an agreement to share rests on: codes from `lawfulBases`.' })
export class LawfulBasisInput {
  @Field(() => String, { description: 'UK GDPR Art. 6 basis.' })
  @Length(1, 40, { message: 'Choose the lawful basis.' })
  article6: string;

  @Field(() => String, { nullable: true, description: 'Art. 9 condition; needed for special category sections.' })
  @IsOptional()
  @MaxLength(40)
  article9?: string | null;

  @Field(() => String, { nullable: true, description: 'Art. 10 condition; needed for the offending section.' })
  @IsOptional()
  @MaxLength(40)
  article10?: string | null;

  @Field(() => [String], { nullable: true, description: 'DPA 2018 Schedule 1 conditions, where the Art. 9 or 10 condition needs one.' })
  @IsOptional()
  @ArrayMaxSize(10)
  schedule1?: string[] | null;

  @Field(() => String, { description: 'The common-law confidentiality basis.' })
  @Length(1, 40, { message: 'Choose the common-law basis.' })
  commonLaw: string;

  @Field(() => ID, { nullable: true, description: 'The information sharing agreement the sharing falls under.' })
  isaId?: string | null;
}

@InputType({ description: 'Sharing for safeguarding or crime prevention without the person’s agreement, approved by a manager.' })
export class ShareWithoutAgreementInput {
  @Field(() => ID) personId: string;

  @Field(() => ID, { description: 'The organisation it is shared with.' })
  organisationId: string;

  @Field(() => SharingWithoutAgreementPurposeEnum) purpose: SharingWithoutAgreementPurpose;

  @Field(() => String, { description: 'The DPA 2018 Schedule 1 condition relied on (a code from `lawfulBases`).' })
  @Length(1, 40, { message: 'Choose the Schedule 1 condition.' })
  schedule1Condition: string;

  @Field(() => [SharingSectionEnum])
  @ArrayMinSize(1, { message: 'Choose at least one part of the record.' })
  sections: SharingSection[];

  @Field(() => String, { description: 'Why sharing cannot wait for, or go ahead with, the person’s agreement.' })
  @Length(1, LIMITS.notesMaxLength, { message: 'Give the reason.' })
  reason: string;

  @Field(() => GraphQLLocalDate, { description: 'The last day of the sharing.' })
  expiresOn: string;
}

import { LIMITS, type SharingSection } from '@casehuddle/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { LawfulBasisInput } from '../isa/dto/isa.inputs.js';
import { SharingSectionEnum } from '../person/person.enums.js';
import { OrganisationRef, Person } from '../person/person.types.js';

export const ACCESS_REQUEST_STATUSES = ['PENDING', 'GRANTED', 'DECLINED'] as const;
export type AccessRequestStatus = (typeof ACCESS_REQUEST_STATUSES)[number];
export const AccessRequestStatusEnum = asEnum(ACCESS_REQUEST_STATUSES);
registerEnumType(AccessRequestStatusEnum, { name: 'AccessRequestStatus' });

export const ACCESS_REQUEST_SOURCES = ['USER', 'REGISTRATION_CHECK'] as const;
export type AccessRequestSource = (typeof ACCESS_REQUEST_SOURCES)[number];
export const AccessRequestSourceEnum = asEnum(ACCESS_REQUEST_SOURCES);
registerEnumType(AccessRequestSourceEnum, {
  name: 'AccessRequestSource',
  description: 'USER: asked for by a user. REGISTRATION_CHECK: raised when another organisation registered someone who may be this person.',
});

export const ACCESS_REQUEST_DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;
export type AccessRequestDirection = (typeof ACCESS_REQUEST_DIRECTIONS)[number];
export const AccessRequestDirectionEnum = asEnum(ACCESS_REQUEST_DIRECTIONS);
registerEnumType(AccessRequestDirectionEnum, {
  name: 'AccessRequestDirection',
  description: 'INCOMING: to your organisation, which holds the record. OUTGOING: from your organisation.',
});

@ObjectType({ description: 'A request from one organisation to the holder of a record for sections that are not shared with it.' })
export class AccessRequest {
  @Field(() => ID) id: string;
  @Field(() => AccessRequestDirectionEnum) direction: AccessRequestDirection;
  @Field(() => AccessRequestSourceEnum) source: AccessRequestSource;
  @Field(() => AccessRequestStatusEnum) status: AccessRequestStatus;
  @Field(() => Person, { nullable: true, description: 'The record, as the viewer may see it (null when they may not know of it).' })
  person: Person | null;
  @Field(() => OrganisationRef, {
    nullable: true,
    description: 'The organisation holding the record (null when the viewer may not know of it).',
  })
  holdingOrganisation: OrganisationRef | null;
  @Field(() => OrganisationRef) requestingOrganisation: OrganisationRef;
  @Field(() => String) requestedBy: string;
  @Field(() => [SharingSectionEnum]) sections: SharingSection[];
  @Field(() => String) reason: string;
  @Field(() => String, { nullable: true, description: 'For a registration check: why the records were taken as a likely match.' })
  matchReason: string | null;
  @Field(() => ID, { nullable: true, description: 'For a registration check: the record the requesting organisation registered.' })
  newPersonId: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => String, { nullable: true }) answeredBy: string | null;
  @Field(() => [SharingSectionEnum], { nullable: true }) grantedSections: SharingSection[] | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) expiresOn: string | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field(() => Boolean, { description: 'Whether the viewer may answer it (the holder’s practitioners, coordinators and managers).' })
  canAnswer: boolean;
  @Field(() => Int) version: number;
}

@InputType({ description: 'Sections of a record to ask its holder for, and why.' })
export class RequestAccessInput {
  @Field(() => ID) personId: string;

  @Field(() => [SharingSectionEnum])
  @ArrayMinSize(1, { message: 'Choose at least one section.' })
  @ArrayMaxSize(10, { message: 'Choose fewer sections.' })
  sections: SharingSection[];

  @Field(() => String, { description: 'Why the requesting organisation needs these sections.' })
  @Length(1, LIMITS.notesMaxLength, { message: 'Say why you need these sections.' })
  reason: string;
}

@InputType({ description: 'The holder’s answer to an access request.' })
export class AnswerAccessRequestInput {
  @Field(() => ID) id: string;

  @Field(() => Int, { description: 'The version answered; a stale one gets VERSION_CONFLICT.' })
  version: number;

  @Field(() => Boolean) grant: boolean;

  @Field(() => [SharingSectionEnum], { nullable: true, description: 'The sections granted; by default those asked for.' })
  @IsOptional()
  @ArrayMaxSize(10, { message: 'Choose fewer sections.' })
  sections?: SharingSection[] | null;

  @Field(() => Boolean, { description: 'The person has agreed to the sharing (needed to grant).' })
  personAgreed: boolean;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the sharing ends (needed to grant).' })
  @IsOptional()
  expiresOn?: string | null;

  @Field(() => LawfulBasisInput, { nullable: true, description: 'The lawful basis for the sharing (needed to grant).' })
  @IsOptional()
  @ValidateNested()
  lawfulBasis?: LawfulBasisInput | null;

  @Field(() => String, { nullable: true, description: 'Why the request is declined (needed to decline).' })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: `Keep the reason to ${LIMITS.notesMaxLength} characters or fewer.` })
  reason?: string | null;
}

@InputType({ description: 'Which access requests to list.' })
export class AccessRequestFilter {
  @Field(() => AccessRequestDirectionEnum, { nullable: true, description: 'Both when omitted.' })
  @IsOptional()
  direction?: AccessRequestDirection | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those waiting for an answer.' })
  @IsOptional()
  pendingOnly?: boolean | null;
}

import {
  LAWFUL_BASIS_KINDS,
  SHARING_WITHOUT_AGREEMENT_PURPOSES,
  type LawfulBasisKind,
  type SharingSection,
  type SharingWithoutAgreementPurpose,
} from '@casehuddle/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { SharingSectionEnum } from '../person/person.enums.js';
import { OrganisationRef, Person, UserRef } from '../person/person.types.js';

export const LawfulBasisKindEnum = asEnum(LAWFUL_BASIS_KINDS);
registerEnumType(LawfulBasisKindEnum, {
  name: 'LawfulBasisKind',
  description: 'Which article, schedule or duty a lawful basis or condition comes from.',
});

export const SharingWithoutAgreementPurposeEnum = asEnum(SHARING_WITHOUT_AGREEMENT_PURPOSES);
registerEnumType(SharingWithoutAgreementPurposeEnum, {
  name: 'SharingWithoutAgreementPurpose',
  description: 'Why information is shared without the person’s agreement.',
});

@ObjectType({ description: 'A lawful basis or condition that sharing can rest on (kept as data, not code).' })
export class LawfulBasis {
  @Field(() => ID) code: string;
  @Field(() => LawfulBasisKindEnum) kind: LawfulBasisKind;
  @Field(() => String, { description: 'Where it comes from, such as "UK GDPR Art. 6(1)(e)".' }) reference: string;
  @Field(() => String) label: string;
  @Field(() => String) description: string;
  @Field(() => Boolean, { description: 'Relying on it also needs a DPA 2018 Schedule 1 condition.' }) needsSchedule1: boolean;
}

@ObjectType({ description: 'Who signed an information sharing agreement for an organisation, and which version.' })
export class IsaSignature {
  @Field(() => Int) version: number;
  @Field(() => String) signatoryName: string;
  @Field(() => String, { description: 'Their role, as they gave it when signing.' }) signatoryRole: string;
  @Field(() => Date) signedAt: Date;
}

@ObjectType({ description: 'An organisation that is party to an information sharing agreement.' })
export class IsaParty {
  @Field(() => OrganisationRef) organisation: OrganisationRef;
  @Field(() => IsaSignature, { nullable: true, description: 'Its signature of the current version, if it has signed it.' })
  currentSignature: IsaSignature | null;
  @Field(() => IsaSignature, { nullable: true, description: 'The latest version it signed.' })
  latestSignature: IsaSignature | null;
}

@ObjectType({ description: 'An information sharing agreement between organisations (ICO Data Sharing Code).' })
export class InformationSharingAgreement {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => Int, { description: 'Each revision is a new version that every party signs again.' }) version: number;
  @Field(() => String) purposes: string;
  @Field(() => [IsaParty]) parties: IsaParty[];
  @Field(() => [LawfulBasis], { description: 'Art. 6 bases, Art. 9 and 10 conditions, Schedule 1 conditions and common-law bases.' })
  lawfulBases: LawfulBasis[];
  @Field(() => [SharingSectionEnum], { description: 'The parts of the record the agreement covers.' }) sections: SharingSection[];
  @Field(() => String) retention: string;
  @Field(() => Boolean, { description: 'Whether an organisation that joins a huddle under it may read minutes agreed before it joined.' })
  pastMinutesVisibleToNewParties: boolean;
  @Field(() => GraphQLLocalDate) reviewOn: string;
  @Field(() => Boolean, { description: 'The review date is within 30 days or has passed.' }) reviewDue: boolean;
  @Field(() => String, { nullable: true }) revisionNote: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) revisedAt: Date | null;
  @Field(() => Boolean, { description: 'The viewer’s organisation is a party that has not signed the current version.' })
  awaitingMySignature: boolean;
  @Field(() => Boolean, { description: 'Every party has signed the current version.' }) signedByAll: boolean;
}

@ObjectType({ description: 'The lawful basis an agreement to share rests on.' })
export class SharingLawfulBasis {
  @Field(() => LawfulBasis) article6: LawfulBasis;
  @Field(() => LawfulBasis, { nullable: true }) article9: LawfulBasis | null;
  @Field(() => LawfulBasis, { nullable: true }) article10: LawfulBasis | null;
  @Field(() => [LawfulBasis]) schedule1: LawfulBasis[];
  @Field(() => LawfulBasis) commonLaw: LawfulBasis;
  @Field(() => ID, { nullable: true }) isaId: string | null;
  @Field(() => String, { nullable: true, description: 'The title of the information sharing agreement it falls under.' })
  isaTitle: string | null;
}

@ObjectType({ description: 'Information shared without the person’s agreement, for safeguarding or crime prevention.' })
export class SharingWithoutAgreement {
  @Field(() => ID) id: string;
  @Field(() => ID) personId: string;
  @Field(() => Person, { nullable: true }) person: Person | null;
  @Field(() => OrganisationRef, { description: 'The organisation it was shared with.' }) organisation: OrganisationRef;
  @Field(() => SharingWithoutAgreementPurposeEnum) purpose: SharingWithoutAgreementPurpose;
  @Field(() => LawfulBasis) schedule1Condition: LawfulBasis;
  @Field(() => [SharingSectionEnum]) sections: SharingSection[];
  @Field(() => String) reason: string;
  @Field(() => UserRef) approvedBy: UserRef;
  @Field(() => Date) approvedAt: Date;
  @Field(() => Date) expiresAt: Date;
  @Field(() => Boolean) active: boolean;
  @Field(() => UserRef, { nullable: true }) reviewedBy: UserRef | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) reviewNote: string | null;
}

import type {
  AccommodationStatus,
  AgreementState,
  NeedDomain,
  NeedStatus,
  SharingSection,
  SituationKind,
  TimeOfDay,
} from '@casehuddle/shared';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OrganisationKindEnum } from '../organisation/organisation.entity.js';
import {
  AccessBasisEnum,
  AccommodationStatusEnum,
  AgreementStateEnum,
  NeedDomainEnum,
  NeedStatusEnum,
  PersonPartEnum,
  SharingSectionEnum,
  SituationKindEnum,
  TimeOfDayEnum,
  type PersonPart,
} from './person.enums.js';
import type { AccessBasis } from './person.policy.js';

@ObjectType({ description: 'An organisation, as named on a record.' })
export class OrganisationRef {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => OrganisationKindEnum) kind: string;
}

@ObjectType({ description: 'A user, as named on a record.' })
export class UserRef {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => OrganisationRef) organisation: OrganisationRef;
}

@ObjectType({ description: 'What the viewer may see of this record, and why.' })
export class PersonAccessInfo {
  @Field(() => AccessBasisEnum) basis: AccessBasis;
  @Field(() => Boolean, { description: 'Sees every section.' }) full: boolean;
  @Field(() => [SharingSectionEnum], { description: 'The sections the viewer may see (and edit).' }) sections: SharingSection[];
  @Field(() => Date, { nullable: true, description: 'When the viewer’s break-glass access ends.' }) breakGlassUntil: Date | null;
  @Field(() => Boolean, { description: 'May see who has seen this record.' }) canSeeAccessLog: boolean;
  @Field(() => Boolean, { description: 'May record or withdraw agreements, lock down, and assign lead professionals.' })
  canManageSharing: boolean;
}

@ObjectType({ description: 'Date of birth, area and identifiers. Identifiers show only with the matching section.' })
export class PersonProfile {
  @Field(() => GraphQLLocalDate, { nullable: true }) dateOfBirth: string | null;
  @Field(() => String) councilArea: string;
  @Field(() => String, { nullable: true, description: 'Needs the HEALTH section.' }) nhsNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Needs the OFFENDING section.' }) prisonNumber: string | null;
  @Field(() => String, { nullable: true, description: 'Probation case reference number. Needs the OFFENDING section.' }) crn: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Where the person is now.' })
export class PersonSituation {
  @Field(() => SituationKindEnum) kind: SituationKind;
  @Field(() => String, { nullable: true, description: 'The prison or hospital.' }) establishment: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Release or discharge date.' }) releaseDate: string | null;
  @Field(() => AccommodationStatusEnum, { nullable: true }) accommodationStatus: AccommodationStatus | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: '"My story", in the person’s own words, recorded with their agreement.' })
export class PersonStory {
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => UserRef, { nullable: true }) recordedBy: UserRef | null;
  @Field(() => Date, { nullable: true }) recordedAt: Date | null;
  @Field(() => Boolean) personAgreed: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A need in one resettlement pathway.' })
export class PersonNeed {
  @Field(() => NeedDomainEnum) domain: NeedDomain;
  @Field(() => NeedStatusEnum) status: NeedStatus;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => SharingSectionEnum, { description: 'HEALTH for health and substance use, otherwise NEEDS.' }) section: SharingSection;
  @Field(() => Int) version: number;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType({ description: 'What helps, what to avoid, and how to get in touch.' })
export class PersonPreferences {
  @Field(() => String, { nullable: true }) whatHelps: string | null;
  @Field(() => String, { nullable: true }) whatToAvoid: string | null;
  @Field(() => String, { nullable: true }) contactHow: string | null;
  @Field(() => String, { nullable: true }) contactWhen: string | null;
  @Field(() => TimeOfDayEnum, { nullable: true }) timeOfDay: TimeOfDay | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Risks and safety: a restricted section.' })
export class PersonRisk {
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true }) safetyPlan: string | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'The lead professional for one organisation involved.' })
export class LeadProfessional {
  @Field(() => OrganisationRef) organisation: OrganisationRef;
  @Field(() => UserRef, { nullable: true, description: 'Hidden on a locked-down record.' }) user: UserRef | null;
}

@ObjectType({ description: 'An entry on the record’s timeline: a change the system wrote, or a note.' })
export class TimelineEntry {
  @Field(() => ID) id: string;
  @Field(() => Date) at: Date;
  @Field(() => String, { description: 'CHANGE or NOTE.' }) kind: string;
  @Field(() => SharingSectionEnum, { nullable: true }) section: SharingSection | null;
  @Field(() => String) summary: string;
  @Field(() => UserRef, { nullable: true }) author: UserRef | null;
}

@ObjectType({ description: 'An agreement-to-share: which organisations may see which sections, until when.' })
export class SharingAgreement {
  @Field(() => ID) id: string;
  @Field(() => [OrganisationRef]) organisations: OrganisationRef[];
  @Field(() => [SharingSectionEnum]) sections: SharingSection[];
  @Field(() => GraphQLLocalDate) agreedOn: string;
  @Field(() => GraphQLLocalDate) expiresOn: string;
  @Field(() => AgreementStateEnum) state: AgreementState;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => UserRef) recordedBy: UserRef;
  @Field(() => Date) recordedAt: Date;
  @Field(() => Date, { nullable: true }) withdrawnAt: Date | null;
  @Field(() => String, { nullable: true }) withdrawalReason: string | null;
}

@ObjectType({ description: 'A person on the caseload. Each section is null when the viewer may not see it.' })
export class Person {
  @Field(() => ID) id: string;
  @Field(() => String) legalName: string;
  @Field(() => String, { nullable: true }) preferredName: string | null;
  @Field(() => String, { description: 'The preferred name, or the legal name.' }) displayName: string;
  @Field(() => String, { nullable: true }) pronouns: string | null;
  @Field(() => Boolean) lockedDown: boolean;
  @Field(() => Boolean, { description: 'Restricted by an administrator: kept but not processed, and not editable.' })
  processingRestricted: boolean;
  @Field(() => PersonAccessInfo) access: PersonAccessInfo;
  @Field(() => OrganisationRef) owningOrganisation: OrganisationRef;
  @Field(() => [OrganisationRef], { description: 'Every organisation involved: the owner and each with a lead professional.' })
  agenciesInvolved: OrganisationRef[];
  @Field(() => PersonProfile, { nullable: true }) profile: PersonProfile | null;
  @Field(() => PersonSituation, { nullable: true }) situation: PersonSituation | null;
  @Field(() => PersonStory, { nullable: true }) story: PersonStory | null;
  @Field(() => [PersonNeed], { description: 'Only the needs the viewer may see.' }) needs: PersonNeed[];
  @Field(() => PersonPreferences, { nullable: true }) preferences: PersonPreferences | null;
  @Field(() => PersonRisk, { nullable: true }) risk: PersonRisk | null;
  @Field(() => [LeadProfessional]) leadProfessionals: LeadProfessional[];
  @Field(() => [TimelineEntry], { description: 'Newest first; only entries about sections the viewer may see.' }) timeline: TimelineEntry[];
  @Field(() => [SharingAgreement], { description: 'Agreements to share, newest first.' }) sharingAgreements: SharingAgreement[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Only on the answer to createPerson (null elsewhere): a record held by another organisation may be the same person, and its holder has been asked to get in touch. Nothing more is said about it.',
  })
  possibleExistingRecord?: boolean | null;
}

@ObjectType({ description: 'A change to a record, announced live. Re-read the record to see it.' })
export class PersonChange {
  @Field(() => ID) personId: string;
  @Field(() => PersonPartEnum) part: PersonPart;
  @Field(() => Int, { nullable: true, description: 'The new version of the part, where it has one.' }) version: number | null;
  @Field(() => NeedDomainEnum, { nullable: true }) domain: NeedDomain | null;
  @Field(() => UserRef, { nullable: true }) changedBy: UserRef | null;
}

@ObjectType({ description: 'One line of "who has seen this record".' })
export class AccessLogEntry {
  @Field(() => ID) id: string;
  @Field(() => Date) at: Date;
  @Field(() => String) action: string;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => String, { nullable: true }) actorRole: string | null;
  @Field(() => String, { nullable: true }) organisationName: string | null;
  @Field(() => [String]) sections: string[];
  @Field(() => String, { nullable: true }) purpose: string | null;
  @Field(() => Boolean) breakGlass: boolean;
}

@ObjectType({ description: 'Emergency access to one record, for a limited time.' })
export class BreakGlassGrant {
  @Field(() => ID) personId: string;
  @Field(() => Date) expiresAt: Date;
}

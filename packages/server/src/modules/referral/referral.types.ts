import {
  CONSENT_METHODS,
  LIMITS,
  REFERRAL_STATUSES,
  type AppointmentWindow,
  type ConsentMethod,
  type ReferralStatus,
  type SharingSection,
} from '@casehuddle/shared';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { asEnum } from '../../core/enums.js';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { LawfulBasisInput } from '../isa/dto/isa.inputs.js';
import { SharingSectionEnum } from '../person/person.enums.js';
import { OrganisationRef, Person, UserRef } from '../person/person.types.js';
import { AppointmentSlotInput } from '../release/dto/release.inputs.js';
import { AppointmentWindowEnum } from '../release/release.types.js';

export const ReferralStatusEnum = asEnum(REFERRAL_STATUSES);
registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description: 'SENT → ACKNOWLEDGED → ACCEPTED, DECLINED (with a reason) or WITHDRAWN (by the sender) → CLOSED (with an outcome).',
});

export const ConsentMethodEnum = asEnum(CONSENT_METHODS);
registerEnumType(ConsentMethodEnum, { name: 'ConsentMethod', description: 'How the person gave their consent: spoken or written.' });

export const REFERRAL_DIRECTIONS = ['INCOMING', 'OUTGOING'] as const;
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];
export const ReferralDirectionEnum = asEnum(REFERRAL_DIRECTIONS);
registerEnumType(ReferralDirectionEnum, {
  name: 'ReferralDirection',
  description: 'INCOMING: sent to your organisation. OUTGOING: sent by your organisation.',
});

export const REFERRAL_EVENT_KINDS = [
  'SENT',
  'ACKNOWLEDGED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
  'CLOSED',
  'OVERDUE',
  'APPOINTMENT_BOOKED',
] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];
export const ReferralEventKindEnum = asEnum(REFERRAL_EVENT_KINDS);
registerEnumType(ReferralEventKindEnum, { name: 'ReferralEventKind', description: 'What happened to a referral.' });

@ObjectType({ description: 'A kind of referral (data, not code), with its response target in working days.' })
export class ReferralKind {
  @Field(() => String, { description: 'A stable code, such as DUTY_TO_REFER.' }) code: string;
  @Field(() => String) label: string;
  @Field(() => Int, { description: 'Working days (weekends and bank holidays excluded) the receiver has to answer.' })
  responseWorkingDays: number;
  @Field(() => Boolean) active: boolean;
}

@ObjectType({ description: 'The person’s consent to the referral: who recorded it, when, how, and in their own words.' })
export class ReferralConsent {
  @Field(() => ConsentMethodEnum) method: ConsentMethod;
  @Field(() => GraphQLLocalDate, { description: 'When the person gave it.' }) givenOn: string;
  @Field(() => String, { description: 'Who recorded it.' }) recordedBy: string;
  @Field(() => Date) recordedAt: Date;
  @Field(() => String, { nullable: true, description: 'The person’s own words, if they wanted them recorded.' })
  personsWords: string | null;
}

@ObjectType({ description: 'A first joint appointment proposed by the sender (a warm handover); booked when the referral is accepted.' })
export class ProposedAppointment {
  @Field(() => GraphQLLocalDate) date: string;
  @Field(() => AppointmentWindowEnum) window: AppointmentWindow;
  @Field(() => String, { nullable: true }) startTime: string | null;
  @Field(() => String, { nullable: true }) endTime: string | null;
  @Field(() => String, { nullable: true }) location: string | null;
  @Field(() => String, { nullable: true }) town: string | null;
  @Field(() => ID, { nullable: true, description: 'The booked appointment, once the referral is accepted.' })
  appointmentId: string | null;
}

@ObjectType({ description: 'One change to a referral: who, when, what.' })
export class ReferralEvent {
  @Field(() => ID) id: string;
  @Field(() => ReferralEventKindEnum) kind: ReferralEventKind;
  @Field(() => Date) at: Date;
  @Field(() => String, { nullable: true, description: 'Who made the change (null for the system, e.g. overdue).' })
  by: string | null;
  @Field(() => OrganisationRef, { nullable: true }) organisation: OrganisationRef | null;
  @Field(() => String, { nullable: true, description: 'A reason, outcome or note given with the change.' })
  note: string | null;
}

@ObjectType({ description: 'A referral from one organisation to another about one person, with their consent.' })
export class Referral {
  @Field(() => ID) id: string;
  @Field(() => ReferralDirectionEnum) direction: ReferralDirection;
  @Field(() => ReferralKind) kind: ReferralKind;
  @Field(() => ReferralStatusEnum) status: ReferralStatus;
  @Field(() => ID) personId: string;
  @Field(() => Person, { nullable: true, description: 'The person, as the viewer may see them (the receiver sees the sections shared).' })
  person: Person | null;
  @Field(() => OrganisationRef) sendingOrganisation: OrganisationRef;
  @Field(() => OrganisationRef) receivingOrganisation: OrganisationRef;
  @Field(() => String) sentBy: string;
  @Field(() => Date) sentAt: Date;
  @Field(() => String, { description: 'The sender’s message to the receiver.' }) message: string;
  @Field(() => ReferralConsent) consent: ReferralConsent;
  @Field(() => [SharingSectionEnum], { description: 'The sections of the record shared with the receiver.' })
  sections: SharingSection[];
  @Field(() => GraphQLLocalDate, { description: 'When the sharing under this referral ends.' }) expiresOn: string;
  @Field(() => GraphQLLocalDate, { description: 'When the receiver should have answered (the response target in working days).' })
  respondBy: string;
  @Field(() => Boolean, { description: 'Not acknowledged or answered by the response target.' }) overdue: boolean;
  @Field(() => Date, { nullable: true }) acknowledgedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was accepted or declined.' }) answeredAt: Date | null;
  @Field(() => String, { nullable: true }) declineReason: string | null;
  @Field(() => String, { nullable: true }) withdrawReason: string | null;
  @Field(() => String, { nullable: true }) outcome: string | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => ProposedAppointment, { nullable: true }) proposedAppointment: ProposedAppointment | null;
  @Field(() => UserRef, {
    nullable: true,
    description: 'The peer mentor named when a peer mentoring referral was accepted (a user of the receiving organisation).',
  })
  mentor: UserRef | null;
  @Field(() => [ReferralEvent], { description: 'Every change, oldest first.' }) timeline: ReferralEvent[];
  @Field(() => Boolean) canAcknowledge: boolean;
  @Field(() => Boolean) canAccept: boolean;
  @Field(() => Boolean) canDecline: boolean;
  @Field(() => Boolean) canWithdraw: boolean;
  @Field(() => Boolean) canClose: boolean;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Counts for the viewer’s organisation’s referral inbox (for the navigation).' })
export class ReferralInboxSummary {
  @Field(() => Int, { description: 'Incoming, sent and not yet acknowledged.' }) new: number;
  @Field(() => Int, { description: 'Incoming, not answered by the response target.' }) overdue: number;
  @Field(() => Int, { description: 'Incoming, accepted and not yet closed.' }) accepted: number;
  @Field(() => Int, { description: 'Outgoing, still waiting for an answer.' }) awaitingAnswer: number;
}

@ObjectType({ description: 'A change to a referral, for live updates. Ids and version only: re-read the referral.' })
export class ReferralChange {
  @Field(() => ID) referralId: string;
  @Field(() => ReferralStatusEnum) status: ReferralStatus;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'Referral figures for one kind and receiving organisation.' })
export class ReferralFigureRow {
  @Field(() => String) kind: string;
  @Field(() => String) kindLabel: string;
  @Field(() => OrganisationRef) receivingOrganisation: OrganisationRef;
  @Field(() => Boolean, { description: 'Figures withheld: fewer than 5 people, some of whom you may not see.' }) suppressed: boolean;
  @Field(() => Int, { nullable: true }) sent: number | null;
  @Field(() => Int, { nullable: true }) accepted: number | null;
  @Field(() => Int, { nullable: true }) declined: number | null;
  @Field(() => Int, { nullable: true }) overdueNow: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from sending to acknowledging.' })
  medianDaysToAcknowledge: number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from sending to accepting.' }) medianDaysToAccept: number | null;
}

@ObjectType({ description: 'Referrals sent by the viewer’s organisation, for managers.' })
export class ReferralFigures {
  @Field(() => GraphQLLocalDate) from: string;
  @Field(() => GraphQLLocalDate) to: string;
  @Field(() => [ReferralFigureRow]) rows: ReferralFigureRow[];
}

@InputType({ description: 'The person’s consent to the referral. No consent, no referral.' })
export class ReferralConsentInput {
  @Field(() => ConsentMethodEnum) method: ConsentMethod;
  @Field(() => GraphQLLocalDate, { description: 'When the person gave it (today or earlier).' }) givenOn: string;
  @Field(() => String, { nullable: true, description: 'The person’s own words, if they want them recorded.' })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength, { message: `Keep the person’s words to ${LIMITS.notesMaxLength} characters or fewer.` })
  personsWords?: string | null;
}

@InputType({ description: 'A first joint appointment: morning, afternoon or an exact time.' })
export class ProposedAppointmentInput extends AppointmentSlotInput {}

@InputType({ description: 'A referral to another organisation about one person.' })
export class SendReferralInput {
  @Field(() => ID) personId: string;
  @Field(() => ID) receivingOrganisationId: string;
  @Field(() => String, { description: 'A referral kind’s code (see referralKinds).' })
  @Length(1, 40)
  kind: string;

  @Field(() => ReferralConsentInput, { nullable: true, description: 'Required: a referral is made only with the person’s consent.' })
  @IsOptional()
  @ValidateNested()
  consent?: ReferralConsentInput | null;

  @Field(() => String, { description: 'What the receiver needs to know, and what you are asking for.' })
  @Length(1, LIMITS.notesMaxLength, { message: 'Write a message to the receiving organisation.' })
  message: string;

  @Field(() => [SharingSectionEnum], { description: 'The sections shared with the receiver so the person need not tell it again.' })
  @ArrayMinSize(1, { message: 'Choose at least one section to share.' })
  @ArrayMaxSize(10)
  sections: SharingSection[];

  @Field(() => GraphQLLocalDate, { description: 'When the sharing under this referral ends.' }) expiresOn: string;

  @Field(() => LawfulBasisInput, { description: 'The lawful basis for sharing the sections.' })
  @ValidateNested()
  lawfulBasis: LawfulBasisInput;

  @Field(() => ProposedAppointmentInput, { nullable: true, description: 'A first joint appointment, booked when accepted.' })
  @IsOptional()
  @ValidateNested()
  proposedAppointment?: ProposedAppointmentInput | null;
}

@InputType({ description: 'A step on a referral, at the version the user saw.' })
export class ReferralStepInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version the user saw; a stale one gets VERSION_CONFLICT.' })
  @Min(1)
  version: number;
  @Field(() => String, { nullable: true, description: 'An optional note (for withdrawing: why).' })
  @IsOptional()
  @MaxLength(LIMITS.notesMaxLength)
  note?: string | null;
  @Field(() => ID, {
    nullable: true,
    description:
      'Accepting a peer mentoring referral (required for that kind, refused for others): the peer mentor (an active PEER_MENTOR of your organisation, see peerMentors) who will work with the person. They see the person, and only the sections the referral shares, while it stays accepted and unexpired.',
  })
  @IsOptional()
  mentorId?: string | null;
}

@InputType({ description: 'Declining a referral: the reason is required.' })
export class DeclineReferralInput {
  @Field(() => ID) id: string;
  @Field(() => Int) @Min(1) version: number;
  @Field(() => String)
  @Length(1, LIMITS.notesMaxLength, { message: 'Say why the referral is declined.' })
  reason: string;
}

@InputType({ description: 'Closing a referral: the outcome is required.' })
export class CloseReferralInput {
  @Field(() => ID) id: string;
  @Field(() => Int) @Min(1) version: number;
  @Field(() => String)
  @Length(1, LIMITS.notesMaxLength, { message: 'Record the outcome.' })
  outcome: string;
}

@InputType({ description: 'Which referrals to list.' })
export class ReferralFilter {
  @Field(() => ReferralDirectionEnum, { nullable: true, description: 'Both when omitted.' })
  @IsOptional()
  direction?: ReferralDirection | null;
  @Field(() => [ReferralStatusEnum], { nullable: true })
  @IsOptional()
  statuses?: ReferralStatus[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() overdueOnly?: boolean | null;
  @Field(() => ID, { nullable: true }) @IsOptional() personId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() kind?: string | null;
}

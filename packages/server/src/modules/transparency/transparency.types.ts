import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { OrganisationRef } from '../person/person.types.js';

@ObjectType({ description: 'An organisation the record is shared with, and the parts it may see, in plain words.' })
export class PrivacyNoticeRecipient {
  @Field(() => OrganisationRef) organisation: OrganisationRef;
  @Field(() => [String], { description: 'The parts of the record it may see, in plain words (empty: only who you are).' })
  sharedParts: string[];
}

@ObjectType({ description: 'A heading and plain sentences of a privacy notice.' })
export class PrivacyNoticeItem {
  @Field(() => String) heading: string;
  @Field(() => String) text: string;
}

@ObjectType({
  description:
    'A privacy notice for one person, in plain English, built from the information sharing agreements, the sharing agreements recorded with them, the data map and the retention schedules.',
})
export class PrivacyNotice {
  @Field(() => ID) personId: string;
  @Field(() => String, { description: 'The name the person is addressed by.' }) personName: string;
  @Field(() => GraphQLLocalDate, { description: 'The day the notice was made (Europe/London).' }) generatedOn: string;
  @Field(() => OrganisationRef, { description: 'The organisation that holds the record.' }) heldBy: OrganisationRef;
  @Field(() => [PrivacyNoticeRecipient], { description: 'Who the record is shared with (agencies involved and agreements in force).' })
  sharedWith: PrivacyNoticeRecipient[];
  @Field(() => [String], { description: 'Why the information is used, from the information sharing agreements.' }) purposes: string[];
  @Field(() => [String], { description: 'The lawful bases and conditions, by their labels.' }) lawfulBases: string[];
  @Field(() => [PrivacyNoticeItem], { description: 'The kinds of information held, in plain words.' })
  informationHeld: PrivacyNoticeItem[];
  @Field(() => [String], { description: 'How long information is kept, from the retention schedules.' }) keptFor: string[];
  @Field(() => [PrivacyNoticeItem], { description: 'The person’s rights, in plain words.' }) rights: PrivacyNoticeItem[];
  @Field(() => String, { description: 'How to ask to use a right.' }) howToAsk: string;
  @Field(() => String, { description: 'How to complain to the Information Commissioner’s Office.' }) complaint: string;
  @Field(() => String, { description: 'The essence of the joint controllers’ arrangement (UK GDPR Art. 26(2)).' })
  jointControllers: string;
}

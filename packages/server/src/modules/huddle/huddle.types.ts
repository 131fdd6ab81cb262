import { asEnum } from '../../core/enums.js';
import {
  AGENDA_FIELDS,
  AGENDA_ITEM_KINDS,
  ITEM_OUTCOMES,
  MEETING_EVENT_TYPES,
  MEETING_STATUSES,
  WEEKDAYS,
  type AgendaItemKind,
  type ItemOutcome,
  type MeetingEventType,
  type MeetingStatus,
  type Weekday,
} from '@casehuddle/shared';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Action } from '../action/action.types.js';
import { OrganisationRef, Person, UserRef } from '../person/person.types.js';

export const MeetingStatusEnum = asEnum(MEETING_STATUSES);
export const AgendaItemKindEnum = asEnum(AGENDA_ITEM_KINDS);
export const AgendaFieldEnum = asEnum(AGENDA_FIELDS);
export const WeekdayEnum = asEnum(WEEKDAYS);
export const MeetingEventTypeEnum = asEnum(MEETING_EVENT_TYPES);
export const ItemOutcomeEnum = asEnum(ITEM_OUTCOMES);
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });
registerEnumType(AgendaItemKindEnum, { name: 'AgendaItemKind', description: 'Why an item is on the agenda.' });
registerEnumType(AgendaFieldEnum, { name: 'AgendaField', description: 'A separately versioned field of an agenda item.' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });
registerEnumType(MeetingEventTypeEnum, { name: 'MeetingEventType' });
registerEnumType(ItemOutcomeEnum, {
  name: 'ItemOutcome',
  description: 'What happened to an item: discussed when anything was written, decided or agreed at it, whether or not it was marked.',
});

@ObjectType({ description: 'A person on a huddle’s caseload, with the referring organisation’s offer of help.' })
export class CaseloadEntry {
  @Field(() => ID) id: string;
  @Field(() => Person, { nullable: true, description: 'Null when the viewer may not know of the person.' }) person: Person | null;
  @Field(() => Boolean) personRestricted: boolean;
  @Field(() => OrganisationRef) referringOrganisation: OrganisationRef;
  @Field(() => String) offerOfHelp: string;
  @Field(() => UserRef) coordinator: UserRef;
  @Field(() => GraphQLLocalDate) addedOn: string;
}

@ObjectType({ description: 'How many people a coordinator holds across huddles (about 15 at most).' })
export class CoordinatorLoad {
  @Field(() => UserRef) coordinator: UserRef;
  @Field(() => Int) count: number;
  @Field(() => Boolean) overLimit: boolean;
}

@ObjectType()
export class MeetingSummary {
  @Field(() => ID) id: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => Int) itemCount: number;
}

@ObjectType({ description: 'A multi-agency huddle: a series of meetings about an agreed caseload.' })
export class Huddle {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) councilArea: string;
  @Field(() => WeekdayEnum, { nullable: true }) usualDay: Weekday | null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) usualTime: string | null;
  @Field(() => [OrganisationRef]) memberOrganisations: OrganisationRef[];
  @Field(() => [UserRef]) chairs: UserRef[];
  @Field(() => Boolean, { description: 'The viewer chairs this huddle.' }) isChair: boolean;
  @Field(() => [CaseloadEntry]) caseload: CaseloadEntry[];
  @Field(() => [CoordinatorLoad], { description: 'Coordinators of this caseload and how many people each holds.' })
  coordinatorLoads: CoordinatorLoad[];
  @Field(() => [MeetingSummary], { description: 'Newest first.' }) meetings: MeetingSummary[];
}

@ObjectType({ description: 'An item on a meeting’s agenda. Person details follow each viewer’s sharing rights.' })
export class AgendaItem {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => Int) position: number;
  @Field(() => AgendaItemKindEnum) kind: AgendaItemKind;
  @Field(() => String, { description: '"Person discussed (details restricted)" when the viewer may not see the person.' }) title: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Person, { nullable: true }) person: Person | null;
  @Field(() => Boolean) personRestricted: boolean;
  @Field(() => String, { nullable: true, description: 'Null when restricted.' }) notes: string | null;
  @Field(() => Int) notesVersion: number;
  @Field(() => String, { nullable: true }) decisions: string | null;
  @Field(() => Int) decisionsVersion: number;
  @Field(() => Boolean, { description: 'Escalate to the strategic board.' }) systemBarrier: boolean;
  @Field(() => Int) barrierVersion: number;
  @Field(() => Boolean) discussed: boolean;
  @Field(() => Boolean) carriedOver: boolean;
  @Field(() => ItemOutcomeEnum, { description: 'What happened to the item, as the minutes record it.' }) outcome: ItemOutcome;
  @Field(() => [Action]) actions: Action[];
}

@ObjectType()
export class Attendance {
  @Field(() => UserRef) user: UserRef;
  @Field(() => Boolean) present: boolean;
  @Field(() => Boolean, { description: 'They sent apologies (never true when present).' }) apologies: boolean;
}

@ObjectType({ description: 'The chair’s approval of a closed meeting’s minutes. Given once, never changed.' })
export class MinutesSignOff {
  @Field(() => UserRef) signedBy: UserRef;
  @Field(() => GraphQLLocalDate, { description: 'The day the chair signed the minutes off.' }) signedOn: string;
  @Field(() => Date) signedAt: Date;
}

@ObjectType({ description: 'One meeting of a huddle. Once closed, its minutes are frozen.' })
export class Meeting {
  @Field(() => ID) id: string;
  @Field(() => ID) huddleId: string;
  @Field(() => String) huddleName: string;
  @Field(() => Date) startsAt: Date;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => ID, { nullable: true, description: 'The chair’s "now discussing" item.' }) focusItemId: string | null;
  @Field(() => Int, { description: 'The last event sequence number: subscribe with afterSeq to resume from here.' }) seq: number;
  @Field(() => Boolean) isChair: boolean;
  @Field(() => [AgendaItem]) items: AgendaItem[];
  @Field(() => [Attendance]) attendance: Attendance[];
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => UserRef, {
    nullable: true,
    description: 'Who chairs (or chaired) the meeting: as named by the chair, or the chair who started it; frozen in the minutes.',
  })
  chair: UserRef | null;
  @Field(() => [UserRef], { description: 'The huddle’s chairs: any of them may run the meeting.' }) huddleChairs: UserRef[];
  @Field(() => String, { nullable: true, description: 'Where the meeting is held.' }) place: string | null;
  @Field(() => String, { description: 'The protective marking for the minutes and agenda pack, such as OFFICIAL-SENSITIVE.' })
  protectiveMarking: string;
  @Field(() => MinutesSignOff, { nullable: true, description: 'The chair’s sign-off of the closed minutes.' })
  signOff: MinutesSignOff | null;
}

@ObjectType({ description: 'A live change to a meeting. Re-read what changed (ids and versions; shared text carries its update).' })
export class MeetingEvent {
  @Field(() => ID) meetingId: string;
  @Field(() => Int, { nullable: true, description: 'Null for presence, which is not kept.' }) seq: number | null;
  @Field(() => MeetingEventTypeEnum) type: MeetingEventType;
  @Field(() => ID, { nullable: true }) itemId: string | null;
  @Field(() => String, { nullable: true }) field: string | null;
  @Field(() => Int, { nullable: true }) version: number | null;
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field(() => Date) at: Date;
  @Field(() => Boolean, { nullable: true, description: 'Presence: the actor is typing in the item’s field.' }) typing: boolean | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Shared notes or decisions: base64 of the Yjs update this change made, for viewers who may read the item’s notes. Null when replayed from the log, too large to carry, or not yours to read: then read agendaText.',
  })
  update: string | null;
}

@ObjectType()
export class CaseloadResult {
  @Field(() => Huddle) huddle: Huddle;
  @Field(() => String, { nullable: true, description: 'A warning to show, such as a coordinator holding more than 15 people.' }) warning:
    string | null;
}

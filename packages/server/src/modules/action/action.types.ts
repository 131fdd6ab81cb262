import { asEnum } from '../../core/enums.js';
import { ACTION_STATUSES, DUE_WINDOWS, type ActionStatus, type DueWindow } from '@casehuddle/shared';
import { GraphQLLocalDate } from '../../core/scalars.js';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganisationRef, Person, UserRef } from '../person/person.types.js';

export const ActionStatusEnum = asEnum(ACTION_STATUSES);
export const DueWindowEnum = asEnum(DUE_WINDOWS);
registerEnumType(ActionStatusEnum, {
  name: 'ActionStatus',
  description: 'NOT_POSSIBLE: a system barrier (needs a reason). NOT_UNDERTAKEN: the agency did not do it (needs a reason).',
});
registerEnumType(DueWindowEnum, { name: 'DueWindow', description: 'Morning or afternoon, instead of a fixed time.' });

@ObjectType({ description: 'Where an action came from: a huddle meeting and its agenda item.' })
export class ActionOrigin {
  @Field(() => ID, { nullable: true }) huddleId: string | null;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
}

@ObjectType({ description: 'One change to an action: who, when, from and to.' })
export class ActionHistoryEntry {
  @Field(() => ID) id: string;
  @Field(() => Date) at: Date;
  @Field(() => UserRef, { nullable: true }) actor: UserRef | null;
  @Field(() => String) field: string;
  @Field(() => String, { nullable: true }) from: string | null;
  @Field(() => String, { nullable: true }) to: string | null;
}

@ObjectType()
export class ActionComment {
  @Field(() => ID) id: string;
  @Field(() => UserRef) author: UserRef;
  @Field(() => String) body: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType({ description: 'An agreed step with one owner and a due date.' })
export class Action {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) detail: string | null;
  @Field(() => Person, {
    nullable: true,
    description: 'The person it is for, as a summary (names only), when the viewer may know of them.',
  })
  person: Person | null;
  @Field(() => Boolean, { description: 'The action is for a person whose details the viewer may not see.' }) personRestricted: boolean;
  @Field(() => UserRef) owner: UserRef;
  @Field(() => OrganisationRef) ownerOrganisation: OrganisationRef;
  @Field(() => GraphQLLocalDate) dueDate: string;
  @Field(() => DueWindowEnum, { nullable: true }) dueWindow: DueWindow | null;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => String, { nullable: true, description: 'Why it was not possible or not undertaken.' }) statusReason: string | null;
  @Field(() => Boolean, { description: 'Open or in progress, and due before today.' }) overdue: boolean;
  @Field(() => Boolean, { description: 'The viewer may change it.' }) canEdit: boolean;
  @Field(() => UserRef) createdBy: UserRef;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Int) version: number;
  @Field(() => ActionOrigin, { nullable: true }) origin: ActionOrigin | null;
  @Field(() => [ActionHistoryEntry], { description: 'Oldest first. Loaded for one action at a time.' }) history: ActionHistoryEntry[];
  @Field(() => [ActionComment], { description: 'Oldest first.' }) comments: ActionComment[];
}

@ObjectType()
export class OrganisationCount {
  @Field(() => OrganisationRef) organisation: OrganisationRef;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'A system barrier for the strategic board: an action that was not possible, and why.' })
export class Barrier {
  @Field(() => ID) actionId: string;
  @Field(() => String) title: string;
  @Field(() => String) reason: string;
  @Field(() => OrganisationRef) organisation: OrganisationRef;
  @Field(() => GraphQLLocalDate) dueDate: string;
  @Field(() => Date) recordedAt: Date;
}

@ObjectType({ description: 'Figures for manager review, computed in SQL over the filtered actions. No person details.' })
export class ActionSummary {
  @Field(() => Int) total: number;
  @Field(() => Int, { description: 'Open or in progress.' }) open: number;
  @Field(() => Int) overdue: number;
  @Field(() => Int) done: number;
  @Field(() => Int, { description: 'Not possible plus not undertaken.' }) blocked: number;
  @Field(() => Int) notPossible: number;
  @Field(() => Int) notUndertaken: number;
  @Field(() => Int) cancelled: number;
  @Field(() => Float, { nullable: true, description: 'Done ÷ all actions except cancelled; null when there are none.' }) completionRate:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Median days from creation to done.' }) medianDaysToComplete: number | null;
  @Field(() => [OrganisationCount]) overdueByOrganisation: OrganisationCount[];
  @Field(() => [Barrier]) barriers: Barrier[];
}

@ObjectType({ description: 'A signed-in user’s own work.' })
export class MyWork {
  @Field(() => [Action], { description: 'My open actions due before today, oldest first.' }) overdue: Action[];
  @Field(() => [Action], { description: 'My open actions due in the next 7 days.' }) dueThisWeek: Action[];
  @Field(() => [Action], { description: 'My open actions due later.' }) later: Action[];
  @Field(() => [Action], { description: 'My organisation’s other open actions.' }) organisation: Action[];
  @Field(() => [Person], { description: 'People I am lead professional for (summaries).' }) leadFor: Person[];
}

@ObjectType({ description: 'An action changed. Re-read it, or refresh figures.' })
export class ActionChange {
  @Field(() => ID) actionId: string;
  @Field(() => ActionStatusEnum) status: ActionStatus;
  @Field(() => Int) version: number;
}

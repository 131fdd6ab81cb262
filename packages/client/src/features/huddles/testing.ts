import type { MockLink } from '@apollo/client/testing';
import * as Y from 'yjs';
import type {
  AgendaItemFieldsFragment,
  HuddleDetailFieldsFragment,
  MeetingActionFieldsFragment,
  MeetingRoomQuery as MeetingRoomResult,
} from '../../generated/graphql';
import { HuddleColleaguesQuery } from './graphql/huddles';
import {
  AgendaItemWithActionsQuery,
  AgendaTextQuery,
  EditAgendaTextMutation,
  MeetingEventsSubscription,
  MeetingMembersQuery,
  MeetingRoomQuery,
  MinutesActionsQuery,
  ReportPresenceMutation,
} from './graphql/meetings';
import { fromBase64, TEXT_ROOT, toBase64, type TextField } from './hooks/sharedText';

// Synthetic huddle and meeting data, shaped as the API returns it (with __typename, so the cache normalises it).

export const MEETING_ID = '11111111-1111-4111-8111-111111111111';
export const HUDDLE_ID = '22222222-2222-4222-8222-222222222222';

export const PROBATION = {
  __typename: 'OrganisationRef',
  id: 'org-probation',
  name: 'Northvale Probation Delivery Unit',
  kind: 'PROBATION',
} as const;
export const CHARITY = { __typename: 'OrganisationRef', id: 'org-charity', name: 'Open Door Northvale', kind: 'CHARITY' } as const;
export const SAM = { __typename: 'UserRef', id: 'user-sam', name: 'Sam Okafor', organisation: CHARITY } as const;
export const JORDAN = { __typename: 'UserRef', id: 'user-jordan', name: 'Jordan Lee', organisation: PROBATION } as const;

type Item = AgendaItemFieldsFragment;
type Meeting = MeetingRoomResult['meeting'];
type Action = MeetingActionFieldsFragment;

/** The actions agreed at each item, by item id (the room reads them item by item; the minutes for the whole meeting). */
export type ActionsByItem = Record<string, Action[]>;

export function buildItem(overrides: Partial<Item> = {}): Item {
  return {
    __typename: 'AgendaItem',
    id: 'item-1',
    meetingId: MEETING_ID,
    position: 1,
    kind: 'NEW_REFERRAL',
    title: 'New referral',
    reason: 'Added to the caseload since the last meeting',
    personRestricted: false,
    person: { __typename: 'Person', id: 'person-1', displayName: 'Aar', pronouns: 'he/him' },
    notes: '',
    notesVersion: 1,
    decisions: '',
    decisionsVersion: 1,
    systemBarrier: false,
    barrierVersion: 1,
    flags: [],
    discussed: false,
    carriedOver: false,
    outcome: 'PENDING',
    ...overrides,
  };
}

/** An item about someone whose details are not shared with the viewer, as the server sends it. */
export function buildRestrictedItem(overrides: Partial<Item> = {}): Item {
  return buildItem({
    id: 'item-restricted',
    position: 2,
    kind: 'RELEASE_SOON',
    title: 'Person discussed (details restricted)',
    reason: null,
    personRestricted: true,
    person: null,
    notes: null,
    decisions: null,
    ...overrides,
  });
}

export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    __typename: 'Meeting',
    id: MEETING_ID,
    huddleId: HUDDLE_ID,
    huddleName: 'Northvale MEAM huddle',
    startsAt: '2026-11-24T10:00:00Z',
    status: 'LIVE',
    focusItemId: null,
    seq: 10,
    isChair: false,
    closedAt: null,
    place: null,
    protectiveMarking: 'OFFICIAL-SENSITIVE',
    chair: null,
    huddleChairs: [SAM],
    signOff: null,
    attendance: [{ __typename: 'Attendance', present: true, apologies: false, user: SAM }],
    items: [buildItem(), buildRestrictedItem()],
    ...overrides,
  };
}

export function meetingMock(meeting: Meeting, maxUsageCount = 5): MockLink.MockedResponse {
  return { request: { query: MeetingRoomQuery, variables: { id: meeting.id } }, result: { data: { meeting } }, maxUsageCount };
}

/** What the meeting room asks besides the meeting: the live feed (open and quiet), presence, names. */
/**
 * The server's side of shared notes and decisions, as the API does it: one Yjs document per item
 * field, seeded from the saved text by client 0, merging every change it is sent.
 */
export class TextServer {
  private readonly docs = new Map<string, Y.Doc>();
  /** Every update received, in order. */
  readonly received: Array<{ itemId: string; field: TextField; update: Uint8Array }> = [];
  constructor(private readonly items: readonly Item[] = []) {}

  doc(itemId: string, field: TextField): Y.Doc {
    const key = `${itemId}:${field}`;
    let doc = this.docs.get(key);
    if (!doc) {
      doc = new Y.Doc();
      doc.clientID = 0;
      const item = this.items.find((i) => i.id === itemId);
      const saved = (field === 'NOTES' ? item?.notes : item?.decisions) ?? '';
      if (saved) doc.getText(TEXT_ROOT).insert(0, saved);
      this.docs.set(key, doc);
    }
    return doc;
  }

  text(itemId: string, field: TextField): string {
    return this.doc(itemId, field).getText(TEXT_ROOT).toString();
  }

  /** Someone elsewhere types: `edit` changes the server's copy directly. */
  typeElsewhere(itemId: string, field: TextField, edit: (text: Y.Text) => void): void {
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(this.doc(itemId, field)));
    edit(source.getText(TEXT_ROOT));
    Y.applyUpdate(this.doc(itemId, field), Y.encodeStateAsUpdate(source));
  }

  private answer(itemId: string, field: TextField, stateVector: string | null | undefined) {
    const doc = this.doc(itemId, field);
    const update = stateVector ? Y.encodeStateAsUpdate(doc, fromBase64(stateVector)) : Y.encodeStateAsUpdate(doc);
    return { __typename: 'AgendaText' as const, itemId, field, version: 1 + this.received.length, update: toBase64(update) };
  }

  mocks(): MockLink.MockedResponse[] {
    return [
      {
        request: { query: AgendaTextQuery, variables: () => true },
        result: (v: { itemId: string; field: TextField; stateVector?: string | null }) => ({
          data: { agendaText: this.answer(v.itemId, v.field, v.stateVector) },
        }),
        maxUsageCount: Infinity,
      },
      {
        request: { query: EditAgendaTextMutation, variables: () => true },
        result: (v: { input: { itemId: string; field: TextField; update: string; stateVector?: string | null } }) => {
          const { itemId, field, update, stateVector } = v.input;
          this.received.push({ itemId, field, update: fromBase64(update) });
          Y.applyUpdate(this.doc(itemId, field), fromBase64(update));
          return { data: { editAgendaText: this.answer(itemId, field, stateVector) } };
        },
        maxUsageCount: Infinity,
      },
    ] as MockLink.MockedResponse[];
  }
}

export function meetingRoomMocks(meeting: Meeting, actions: ActionsByItem = {}): MockLink.MockedResponse[] {
  return [
    {
      request: { query: AgendaItemWithActionsQuery, variables: () => true },
      result: (v: { id: string }) => ({
        data: { agendaItem: { ...(meeting.items.find((i) => i.id === v.id) ?? buildItem({ id: v.id })), actions: actions[v.id] ?? [] } },
      }),
      maxUsageCount: Infinity,
    },
    ...new TextServer(meeting.items).mocks(),
    { request: { query: MeetingEventsSubscription, variables: () => true }, delay: Infinity, maxUsageCount: Infinity },
    {
      request: { query: ReportPresenceMutation, variables: () => true },
      result: { data: { reportPresence: true } },
      maxUsageCount: Infinity,
    },
    {
      request: { query: HuddleColleaguesQuery },
      result: { data: { colleagues: [SAM, JORDAN] } },
      maxUsageCount: Infinity,
    },
    {
      request: { query: MeetingMembersQuery, variables: { huddleId: meeting.huddleId } },
      result: {
        data: { huddle: { __typename: 'Huddle', id: meeting.huddleId, memberOrganisations: [PROBATION, CHARITY], chairs: [SAM] } },
      },
      maxUsageCount: Infinity,
    },
    {
      request: { query: MinutesActionsQuery, variables: { meetingId: meeting.id } },
      result: {
        data: {
          actions: Object.entries(actions).flatMap(([agendaItemId, list]) =>
            list.map((action) => ({ ...action, origin: { __typename: 'ActionOrigin' as const, agendaItemId } })),
          ),
        },
      },
      maxUsageCount: Infinity,
    },
  ];
}

export function buildHuddle(overrides: Partial<HuddleDetailFieldsFragment> = {}): HuddleDetailFieldsFragment {
  return {
    __typename: 'Huddle',
    id: HUDDLE_ID,
    name: 'Northvale MEAM huddle',
    councilArea: 'Northvale',
    usualDay: 'TUESDAY',
    usualTime: '10:00',
    isChair: false,
    memberOrganisations: [CHARITY, PROBATION],
    chairs: [SAM],
    caseload: [],
    coordinatorLoads: [],
    meetings: [
      { __typename: 'MeetingSummary', id: MEETING_ID, startsAt: '2026-11-24T10:00:00Z', status: 'PLANNED', itemCount: 6 },
      { __typename: 'MeetingSummary', id: 'meeting-past-2', startsAt: '2026-11-17T10:00:00Z', status: 'CLOSED', itemCount: 5 },
      { __typename: 'MeetingSummary', id: 'meeting-past-1', startsAt: '2026-11-10T10:00:00Z', status: 'CLOSED', itemCount: 4 },
    ],
    ...overrides,
  };
}

export function graphQLError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { data: null, errors: [{ message, extensions: { code, ...extensions } }] };
}

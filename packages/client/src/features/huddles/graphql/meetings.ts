import { graphql } from '../../../generated';

/** An action as the meeting room lists it at its item. */
export const MeetingActionFields = graphql(`
  fragment MeetingActionFields on Action {
    id
    title
    status
    dueDate
    dueWindow
    overdue
    personRestricted
    owner {
      id
      name
      organisation {
        id
        name
        kind
      }
    }
  }
`);

/**
 * One agenda item, as the viewer may see it, without its actions: the room reads those only for the
 * item in view (`AgendaItemWithActionsQuery`). Fields are written out rather than spread from other
 * fragments: the server's query cost limit charges extra for each level of fragment.
 */
export const AgendaItemFields = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    meetingId
    position
    kind
    title
    reason
    personRestricted
    person {
      id
      displayName
      pronouns
    }
    notes
    notesVersion
    decisions
    decisionsVersion
    systemBarrier
    barrierVersion
    discussed
    carriedOver
    outcome
    flags {
      kind
      text
    }
  }
`);

/** A meeting and its agenda. */
export const MeetingRoomQuery = graphql(`
  query MeetingRoom($id: ID!) {
    meeting(id: $id) {
      id
      huddleId
      huddleName
      startsAt
      status
      focusItemId
      seq
      isChair
      closedAt
      place
      protectiveMarking
      chair {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
      huddleChairs {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
      signOff {
        signedOn
        signedAt
        signedBy {
          id
          name
          organisation {
            id
            name
            kind
          }
        }
      }
      attendance {
        present
        apologies
        user {
          id
          name
          organisation {
            id
            name
            kind
          }
        }
      }
      items {
        ...AgendaItemFields
      }
    }
  }
`);

/** One item again, to merge a live change by someone else. */
export const MeetingAgendaItemQuery = graphql(`
  query MeetingAgendaItem($id: ID!) {
    agendaItem(id: $id) {
      ...AgendaItemFields
    }
  }
`);

/**
 * One item with the actions agreed at it: read for the item in view (not with the meeting, where
 * every item's actions with their owners were most of the answer), and again when an action at it
 * is added or changes.
 */
export const AgendaItemWithActionsQuery = graphql(`
  query AgendaItemWithActions($id: ID!) {
    agendaItem(id: $id) {
      ...AgendaItemFields
      actions {
        ...MeetingActionFields
      }
    }
  }
`);

/** Who may attend (for the chair marking attendance): the huddle's member organisations and chairs. */
export const MeetingMembersQuery = graphql(`
  query MeetingMembers($huddleId: ID!) {
    huddle(id: $huddleId) {
      id
      memberOrganisations {
        id
        name
        kind
      }
      chairs {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

/** Actions agreed at a closed meeting, for its minutes. */
export const MinutesActionsQuery = graphql(`
  query MinutesActions($meetingId: ID!) {
    actions(filter: { meetingId: $meetingId }, limit: 500) {
      ...MeetingActionFields
      origin {
        agendaItemId
      }
    }
  }
`);

/** "Tell it once": what helps the person and what to avoid, read only when asked for. */
export const MeetingPersonPreferencesQuery = graphql(`
  query MeetingPersonPreferences($id: ID!) {
    person(id: $id, purpose: "Discussed at a huddle meeting") {
      id
      preferences {
        whatHelps
        whatToAvoid
        contactHow
        contactWhen
        version
      }
    }
  }
`);

export const MeetingEventsSubscription = graphql(`
  subscription MeetingEvents($meetingId: ID!, $afterSeq: Int) {
    meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {
      meetingId
      seq
      type
      itemId
      field
      version
      actorId
      actorName
      at
      typing
      update
    }
  }
`);

/** Starting and closing answer with the status; the page then reads the meeting again. */
export const StartMeetingMutation = graphql(`
  mutation StartMeeting($meetingId: ID!) {
    startMeeting(meetingId: $meetingId) {
      id
      status
    }
  }
`);

export const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($meetingId: ID!) {
    closeMeeting(meetingId: $meetingId) {
      id
      status
      closedAt
      focusItemId
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      ...AgendaItemFields
    }
  }
`);

export const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($itemId: ID!, $toPosition: Int!) {
    moveAgendaItem(itemId: $itemId, toPosition: $toPosition) {
      id
      items {
        id
        position
      }
    }
  }
`);

export const SetMeetingFocusMutation = graphql(`
  mutation SetMeetingFocus($meetingId: ID!, $itemId: ID) {
    setMeetingFocus(meetingId: $meetingId, itemId: $itemId)
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordAttendance($meetingId: ID!, $present: Boolean!, $userId: ID, $apologies: Boolean) {
    recordAttendance(meetingId: $meetingId, present: $present, userId: $userId, apologies: $apologies)
  }
`);

/** The chair signs off a closed meeting's minutes; the page then reads the meeting again. */
export const SignOffMinutesMutation = graphql(`
  mutation SignOffMinutes($meetingId: ID!, $signedOn: LocalDate!) {
    signOffMinutes(meetingId: $meetingId, signedOn: $signedOn) {
      signedOn
      signedBy {
        id
        name
      }
    }
  }
`);

/** The chair sets where the meeting is held and who chairs it. */
export const UpdateMeetingDetailsMutation = graphql(`
  mutation UpdateMeetingDetails($input: MeetingDetailsInput!) {
    updateMeetingDetails(input: $input) {
      id
      place
      chair {
        id
        name
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export const ReportPresenceMutation = graphql(`
  mutation ReportPresence($meetingId: ID!, $itemId: ID, $field: String, $typing: Boolean!) {
    reportPresence(meetingId: $meetingId, itemId: $itemId, field: $field, typing: $typing)
  }
`);

export const CreateMeetingActionMutation = graphql(`
  mutation CreateMeetingAction($input: CreateActionInput!) {
    createAction(input: $input) {
      ...MeetingActionFields
    }
  }
`);

export const AgendaTextQuery = graphql(`
  query AgendaText($itemId: ID!, $field: AgendaTextField!, $stateVector: String) {
    agendaText(itemId: $itemId, field: $field, stateVector: $stateVector) {
      itemId
      field
      version
      update
    }
  }
`);

export const EditAgendaTextMutation = graphql(`
  mutation EditAgendaText($input: EditAgendaTextInput!) {
    editAgendaText(input: $input) {
      itemId
      field
      version
      update
    }
  }
`);

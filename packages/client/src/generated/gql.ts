/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccessRequestFields on AccessRequest {\n    id\n    direction\n    source\n    status\n    sections\n    reason\n    matchReason\n    newPersonId\n    requestedBy\n    createdAt\n    answeredAt\n    answeredBy\n    grantedSections\n    expiresOn\n    declineReason\n    canAnswer\n    version\n    person {\n      id\n      displayName\n    }\n    holdingOrganisation {\n      id\n      name\n    }\n    requestingOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.AccessRequestFieldsFragmentDoc,
    "\n  query AccessRequests($filter: AccessRequestFilter) {\n    accessRequests(filter: $filter) {\n      ...AccessRequestFields\n    }\n  }\n": typeof types.AccessRequestsDocument,
    "\n  query PendingAccessRequests {\n    accessRequests(filter: { direction: INCOMING, pendingOnly: true }) {\n      id\n    }\n  }\n": typeof types.PendingAccessRequestsDocument,
    "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n": typeof types.RequestAccessDocument,
    "\n  mutation AnswerAccessRequest($input: AnswerAccessRequestInput!) {\n    answerAccessRequest(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n": typeof types.AnswerAccessRequestDocument,
    "\n  fragment ActionListFields on Action {\n    id\n    title\n    detail\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    canEdit\n    version\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n    updatedAt\n  }\n": typeof types.ActionListFieldsFragmentDoc,
    "\n  fragment ActionDetailFields on Action {\n    ...ActionListFields\n    createdAt\n    completedAt\n    createdBy {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    origin {\n      huddleId\n      meetingId\n      agendaItemId\n    }\n    history {\n      id\n      at\n      field\n      from\n      to\n      actor {\n        id\n        name\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActionDetailFieldsFragmentDoc,
    "\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      ...ActionDetailFields\n    }\n  }\n": typeof types.ActionPageDocument,
    "\n  query ActionOwnerOptions {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActionOwnerOptionsDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionListFields\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionDetailFields\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  mutation AddActionComment($actionId: ID!, $body: String!) {\n    addActionComment(actionId: $actionId, body: $body) {\n      ...ActionDetailFields\n    }\n  }\n": typeof types.AddActionCommentDocument,
    "\n  subscription ActionChanged {\n    actionChanged {\n      actionId\n      status\n      version\n    }\n  }\n": typeof types.ActionChangedDocument,
    "\n  query ActionFilterOptions {\n    partnerOrganisations {\n      id\n      name\n    }\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ActionFilterOptionsDocument,
    "\n  fragment ActionRowFields on Action {\n    id\n    title\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n": typeof types.ActionRowFieldsFragmentDoc,
    "\n  query ActionList($filter: ActionFilter, $limit: Int!) {\n    actions(filter: $filter, limit: $limit) {\n      ...ActionRowFields\n    }\n  }\n": typeof types.ActionListDocument,
    "\n  query ActionSummary($filter: ActionFilter) {\n    actionSummary(filter: $filter) {\n      total\n      open\n      overdue\n      done\n      blocked\n      notPossible\n      notUndertaken\n      cancelled\n      completionRate\n      medianDaysToComplete\n      overdueByOrganisation {\n        count\n        organisation {\n          id\n          name\n        }\n      }\n      barriers {\n        actionId\n        title\n        reason\n        dueDate\n        recordedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ActionSummaryDocument,
    "\n  query ActionsCsv($filter: ActionFilter) {\n    actionsCsv(filter: $filter)\n  }\n": typeof types.ActionsCsvDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n    requireTwoFactor\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    twoFactorEnabled\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.AdminPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.DeactivateOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.ReactivateOrganisationDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.ReactivateUserDocument,
    "\n  mutation SetTwoFactorRequired($organisationId: ID!, $required: Boolean!) {\n    setTwoFactorRequired(organisationId: $organisationId, required: $required) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.SetTwoFactorRequiredDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n": typeof types.ResetTwoFactorDocument,
    "\n  fragment IsaFields on InformationSharingAgreement {\n    id\n    title\n    version\n    purposes\n    sections\n    retention\n    pastMinutesVisibleToNewParties\n    reviewOn\n    reviewDue\n    revisionNote\n    createdAt\n    revisedAt\n    awaitingMySignature\n    signedByAll\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n    }\n    parties {\n      organisation {\n        id\n        name\n        kind\n      }\n      currentSignature {\n        version\n        signatoryName\n        signatoryRole\n        signedAt\n      }\n      latestSignature {\n        version\n        signedAt\n      }\n    }\n  }\n": typeof types.IsaFieldsFragmentDoc,
    "\n  query LawfulBases {\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n": typeof types.LawfulBasesDocument,
    "\n  query InformationSharingAgreements {\n    informationSharingAgreements {\n      ...IsaFields\n    }\n  }\n": typeof types.InformationSharingAgreementsDocument,
    "\n  query InformationSharingAgreement($id: ID!) {\n    informationSharingAgreement(id: $id) {\n      ...IsaFields\n    }\n  }\n": typeof types.InformationSharingAgreementDocument,
    "\n  query IsasDueForReview {\n    isasDueForReview {\n      id\n      title\n      reviewOn\n    }\n  }\n": typeof types.IsasDueForReviewDocument,
    "\n  query IsaFormOptions {\n    organisations {\n      id\n      name\n      active\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n": typeof types.IsaFormOptionsDocument,
    "\n  mutation RecordInformationSharingAgreement($input: IsaTermsInput!) {\n    recordInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n": typeof types.RecordInformationSharingAgreementDocument,
    "\n  mutation ReviseInformationSharingAgreement($input: ReviseIsaInput!) {\n    reviseInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n": typeof types.ReviseInformationSharingAgreementDocument,
    "\n  mutation SignInformationSharingAgreement($input: SignIsaInput!) {\n    signInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n": typeof types.SignInformationSharingAgreementDocument,
    "\n  mutation SetHuddleIsa($huddleId: ID!, $isaId: ID!) {\n    setHuddleIsa(huddleId: $huddleId, isaId: $isaId) {\n      id\n      title\n      version\n    }\n  }\n": typeof types.SetHuddleIsaDocument,
    "\n  query HuddleIsa($id: ID!) {\n    huddle(id: $id) {\n      id\n      isChair\n      memberOrganisations {\n        id\n      }\n      informationSharingAgreement {\n        id\n        title\n        version\n        parties {\n          organisation {\n            id\n            name\n          }\n          currentSignature {\n            version\n          }\n        }\n      }\n    }\n    informationSharingAgreements {\n      id\n      title\n      version\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n  }\n": typeof types.HuddleIsaDocument,
    "\n  mutation AddHuddleMember($huddleId: ID!, $organisationId: ID!) {\n    addHuddleMember(huddleId: $huddleId, organisationId: $organisationId) {\n      id\n      memberOrganisations {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddHuddleMemberDocument,
    "\n  fragment SharingWithoutAgreementFields on SharingWithoutAgreement {\n    id\n    personId\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    purpose\n    schedule1Condition {\n      code\n      reference\n      label\n    }\n    sections\n    reason\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    expiresAt\n    active\n    reviewedBy {\n      id\n      name\n    }\n    reviewedAt\n    reviewNote\n  }\n": typeof types.SharingWithoutAgreementFieldsFragmentDoc,
    "\n  query SharingWithoutAgreementReviews($includeReviewed: Boolean) {\n    sharingWithoutAgreementReviews(includeReviewed: $includeReviewed) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n": typeof types.SharingWithoutAgreementReviewsDocument,
    "\n  mutation ShareWithoutAgreement($input: ShareWithoutAgreementInput!) {\n    shareWithoutAgreement(input: $input) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n": typeof types.ShareWithoutAgreementDocument,
    "\n  mutation MarkSharingWithoutAgreementReviewed($id: ID!, $note: String) {\n    markSharingWithoutAgreementReviewed(id: $id, note: $note) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n": typeof types.MarkSharingWithoutAgreementReviewedDocument,
    "\n  query ShareWithoutAgreementOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n      access {\n        canManageSharing\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n": typeof types.ShareWithoutAgreementOptionsDocument,
    "\n  fragment AppointmentFields on Appointment {\n    id\n    personId\n    organisation {\n      id\n      name\n    }\n    date\n    window\n    startTime\n    endTime\n    location\n    town\n    purpose\n    status\n    firstProbation\n    version\n    clashes {\n      rule\n      otherAppointmentId\n      message\n    }\n    warnings {\n      code\n      message\n    }\n  }\n": typeof types.AppointmentFieldsFragmentDoc,
    "\n  query PersonAppointments($personId: ID!) {\n    appointments(personId: $personId) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.PersonAppointmentsDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentFields\n      }\n      clashes {\n        rule\n        otherAppointmentId\n        message\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BookAppointmentDocument,
    "\n  mutation UpdateAppointment($input: UpdateAppointmentInput!) {\n    updateAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": typeof types.UpdateAppointmentDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.MeChangedDocument,
    "\n  query PossibleDuplicates {\n    possibleDuplicates {\n      id\n      score\n      reason\n      evidence\n      first {\n        ...DuplicateRecordFields\n      }\n      second {\n        ...DuplicateRecordFields\n      }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  fragment DuplicateRecordFields on DuplicateRecord {\n    version\n    person {\n      id\n      displayName\n      legalName\n      preferredName\n      pronouns\n      profile {\n        dateOfBirth\n        councilArea\n        nhsNumber\n        prisonNumber\n        crn\n      }\n      situation {\n        kind\n        establishment\n        releaseDate\n        accommodationStatus\n      }\n      story {\n        text\n      }\n      leadProfessionals {\n        organisation {\n          id\n          name\n        }\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DuplicateRecordFieldsFragmentDoc,
    "\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: String!, $mergeVersion: String!, $confirm: Boolean) {\n    mergePeople(\n      keepId: $keepId\n      mergeId: $mergeId\n      keepVersion: $keepVersion\n      mergeVersion: $mergeVersion\n      confirmDifferentIdentifiers: $confirm\n    ) {\n      id\n      keptPersonId\n      mergedPersonId\n      rowsMoved\n      filledFields\n      differingFields\n      undoneAt\n    }\n  }\n": typeof types.MergePeopleDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      id\n      undoneAt\n    }\n  }\n": typeof types.UndoMergeDocument,
    "\n  mutation DismissDuplicate($personId: ID!, $otherPersonId: ID!) {\n    dismissDuplicate(personId: $personId, otherPersonId: $otherPersonId)\n  }\n": typeof types.DismissDuplicateDocument,
    "\n  query RetentionPage {\n    retentionSchedules {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n    retentionReviews {\n      id\n      recordType\n      description\n      status\n      dueSince\n      eraseAfter\n      heldUntil\n      holdReason\n      canDecide\n      person {\n        id\n        displayName\n      }\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RetentionPageDocument,
    "\n  mutation ConfirmRetentionErasure($reviewId: ID!) {\n    confirmRetentionErasure(reviewId: $reviewId)\n  }\n": typeof types.ConfirmRetentionErasureDocument,
    "\n  mutation HoldRetentionReview($input: HoldRetentionReviewInput!) {\n    holdRetentionReview(input: $input) {\n      id\n      status\n      heldUntil\n      holdReason\n    }\n  }\n": typeof types.HoldRetentionReviewDocument,
    "\n  fragment RightsRequestFields on RightsRequest {\n    id\n    kind\n    status\n    receivedOn\n    details\n    originalDueOn\n    extendedDueOn\n    extensionReason\n    dueOn\n    deadlineState\n    identityCheckedOn\n    identityCheckMethod\n    identityCheckedBy\n    response\n    refusalReason\n    closedOn\n    loggedBy\n    canManage\n    version\n    person {\n      id\n      displayName\n    }\n  }\n": typeof types.RightsRequestFieldsFragmentDoc,
    "\n  query RightsRegister($openOnly: Boolean) {\n    rightsRequests(openOnly: $openOnly) {\n      ...RightsRequestFields\n    }\n  }\n": typeof types.RightsRegisterDocument,
    "\n  query RightsRequest($id: ID!) {\n    rightsRequest(id: $id) {\n      ...RightsRequestFields\n    }\n  }\n": typeof types.RightsRequestDocument,
    "\n  mutation LogRightsRequest($input: LogRightsRequestInput!) {\n    logRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n": typeof types.LogRightsRequestDocument,
    "\n  mutation ProgressRightsRequest($input: ProgressRightsRequestInput!) {\n    progressRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n": typeof types.ProgressRightsRequestDocument,
    "\n  query MinutesCorrections($id: ID!) {\n    meeting(id: $id) {\n      id\n      items {\n        id\n        corrections {\n          id\n          text\n          reason\n          addedBy\n          addedAt\n        }\n      }\n    }\n  }\n": typeof types.MinutesCorrectionsDocument,
    "\n  mutation AddMinutesCorrection($input: AddMinutesCorrectionInput!) {\n    addMinutesCorrection(input: $input)\n  }\n": typeof types.AddMinutesCorrectionDocument,
    "\n  query RightsPersonSearch($search: PeopleSearchInput!) {\n    people(search: $search, limit: 10) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RightsPersonSearchDocument,
    "\n  mutation UpdateRetentionSchedule($input: UpdateRetentionScheduleInput!) {\n    updateRetentionSchedule(input: $input) {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n  }\n": typeof types.UpdateRetentionScheduleDocument,
    "\n  fragment BreakGlassGrantFields on BreakGlassGrantReview {\n    id\n    grantedAt\n    expiresAt\n    userName\n    userOrganisationName\n    reason\n    person {\n      id\n      displayName\n    }\n    reads {\n      at\n      action\n      sections\n      context\n    }\n    outcome\n    reviewNote\n    reviewedAt\n    reviewedBy\n  }\n": typeof types.BreakGlassGrantFieldsFragmentDoc,
    "\n  query BreakGlassGrants($reviewed: Boolean) {\n    breakGlassGrants(reviewed: $reviewed) {\n      ...BreakGlassGrantFields\n    }\n  }\n": typeof types.BreakGlassGrantsDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      ...BreakGlassGrantFields\n    }\n  }\n": typeof types.ReviewBreakGlassDocument,
    "\n  query BulkReadAlerts {\n    bulkReadAlerts {\n      id\n      userName\n      organisationName\n      peopleCount\n      threshold\n      windowStart\n      windowEnd\n      raisedAt\n    }\n  }\n": typeof types.BulkReadAlertsDocument,
    "\n  fragment IncidentFields on Incident {\n    id\n    version\n    title\n    whatHappened\n    occurredAt\n    discoveredAt\n    icoDeadline\n    overdue\n    dataCategories\n    peopleAffected\n    recordsAffected\n    likelyConsequences\n    measuresTaken\n    measuresProposed\n    peopleTold\n    peopleToldDetail\n    icoDecision\n    icoReportedAt\n    icoReference\n    notReportableReason\n    recordedBy\n    recordedAt\n  }\n": typeof types.IncidentFieldsFragmentDoc,
    "\n  query Incidents {\n    incidents {\n      ...IncidentFields\n    }\n  }\n": typeof types.IncidentsDocument,
    "\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": typeof types.IncidentDocument,
    "\n  mutation RecordIncident($input: IncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": typeof types.RecordIncidentDocument,
    "\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": typeof types.UpdateIncidentDocument,
    "\n  fragment HuddleSummaryFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    caseload {\n      id\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n  }\n": typeof types.HuddleSummaryFieldsFragmentDoc,
    "\n  query HuddlesList {\n    huddles {\n      ...HuddleSummaryFields\n    }\n  }\n": typeof types.HuddlesListDocument,
    "\n  fragment HuddleDetailFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n    caseload {\n      id\n      person {\n        id\n        displayName\n      }\n      personRestricted\n      referringOrganisation {\n        id\n        name\n        kind\n      }\n      offerOfHelp\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      addedOn\n    }\n    coordinatorLoads {\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      count\n      overLimit\n    }\n  }\n": typeof types.HuddleDetailFieldsFragmentDoc,
    "\n  query HuddlePage($id: ID!) {\n    huddle(id: $id) {\n      ...HuddleDetailFields\n    }\n  }\n": typeof types.HuddlePageDocument,
    "\n  mutation AddToCaseload($input: AddToCaseloadInput!) {\n    addToCaseload(input: $input) {\n      warning\n      huddle {\n        ...HuddleDetailFields\n      }\n    }\n  }\n": typeof types.AddToCaseloadDocument,
    "\n  mutation RemoveFromCaseload($entryId: ID!) {\n    removeFromCaseload(entryId: $entryId) {\n      ...HuddleDetailFields\n    }\n  }\n": typeof types.RemoveFromCaseloadDocument,
    "\n  mutation ScheduleMeeting($huddleId: ID!, $startsAt: DateTimeISO!) {\n    scheduleMeeting(huddleId: $huddleId, startsAt: $startsAt) {\n      ...HuddleDetailFields\n    }\n  }\n": typeof types.ScheduleMeetingDocument,
    "\n  query CaseloadPersonSearch($name: String!) {\n    people(search: { name: $name }, limit: 10) {\n      id\n      displayName\n      lockedDown\n      owningOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.CaseloadPersonSearchDocument,
    "\n  query HuddleColleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.HuddleColleaguesDocument,
    "\n  fragment MeetingActionFields on Action {\n    id\n    title\n    status\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeetingActionFieldsFragmentDoc,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    position\n    kind\n    title\n    reason\n    personRestricted\n    person {\n      id\n      displayName\n      pronouns\n    }\n    notes\n    notesVersion\n    decisions\n    decisionsVersion\n    systemBarrier\n    barrierVersion\n    discussed\n    carriedOver\n    outcome\n    flags {\n      kind\n      text\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      id\n      huddleId\n      huddleName\n      startsAt\n      status\n      focusItemId\n      seq\n      isChair\n      closedAt\n      place\n      protectiveMarking\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      huddleChairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      signOff {\n        signedOn\n        signedAt\n        signedBy {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      attendance {\n        present\n        apologies\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      items {\n        ...AgendaItemFields\n      }\n    }\n  }\n": typeof types.MeetingRoomDocument,
    "\n  query MeetingAgendaItem($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.MeetingAgendaItemDocument,
    "\n  query AgendaItemWithActions($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n      actions {\n        ...MeetingActionFields\n      }\n    }\n  }\n": typeof types.AgendaItemWithActionsDocument,
    "\n  query MeetingMembers($huddleId: ID!) {\n    huddle(id: $huddleId) {\n      id\n      memberOrganisations {\n        id\n        name\n        kind\n      }\n      chairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MeetingMembersDocument,
    "\n  query MinutesActions($meetingId: ID!) {\n    actions(filter: { meetingId: $meetingId }, limit: 500) {\n      ...MeetingActionFields\n      origin {\n        agendaItemId\n      }\n    }\n  }\n": typeof types.MinutesActionsDocument,
    "\n  query MeetingPersonPreferences($id: ID!) {\n    person(id: $id, purpose: \"Discussed at a huddle meeting\") {\n      id\n      preferences {\n        whatHelps\n        whatToAvoid\n        contactHow\n        contactWhen\n        version\n      }\n    }\n  }\n": typeof types.MeetingPersonPreferencesDocument,
    "\n  subscription MeetingEvents($meetingId: ID!, $afterSeq: Int) {\n    meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {\n      meetingId\n      seq\n      type\n      itemId\n      field\n      version\n      actorId\n      actorName\n      at\n      typing\n      update\n    }\n  }\n": typeof types.MeetingEventsDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n": typeof types.StartMeetingDocument,
    "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n      focusItemId\n    }\n  }\n": typeof types.CloseMeetingDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.UpdateAgendaItemDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": typeof types.AddAgendaItemDocument,
    "\n  mutation MoveAgendaItem($itemId: ID!, $toPosition: Int!) {\n    moveAgendaItem(itemId: $itemId, toPosition: $toPosition) {\n      id\n      items {\n        id\n        position\n      }\n    }\n  }\n": typeof types.MoveAgendaItemDocument,
    "\n  mutation SetMeetingFocus($meetingId: ID!, $itemId: ID) {\n    setMeetingFocus(meetingId: $meetingId, itemId: $itemId)\n  }\n": typeof types.SetMeetingFocusDocument,
    "\n  mutation RecordAttendance($meetingId: ID!, $present: Boolean!, $userId: ID, $apologies: Boolean) {\n    recordAttendance(meetingId: $meetingId, present: $present, userId: $userId, apologies: $apologies)\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation SignOffMinutes($meetingId: ID!, $signedOn: LocalDate!) {\n    signOffMinutes(meetingId: $meetingId, signedOn: $signedOn) {\n      signedOn\n      signedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignOffMinutesDocument,
    "\n  mutation UpdateMeetingDetails($input: MeetingDetailsInput!) {\n    updateMeetingDetails(input: $input) {\n      id\n      place\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.UpdateMeetingDetailsDocument,
    "\n  mutation ReportPresence($meetingId: ID!, $itemId: ID, $field: String, $typing: Boolean!) {\n    reportPresence(meetingId: $meetingId, itemId: $itemId, field: $field, typing: $typing)\n  }\n": typeof types.ReportPresenceDocument,
    "\n  mutation CreateMeetingAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...MeetingActionFields\n    }\n  }\n": typeof types.CreateMeetingActionDocument,
    "\n  query AgendaText($itemId: ID!, $field: AgendaTextField!, $stateVector: String) {\n    agendaText(itemId: $itemId, field: $field, stateVector: $stateVector) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n": typeof types.AgendaTextDocument,
    "\n  mutation EditAgendaText($input: EditAgendaTextInput!) {\n    editAgendaText(input: $input) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n": typeof types.EditAgendaTextDocument,
    "\n  query MyWork {\n    myWork {\n      overdue {\n        ...ActionListFields\n      }\n      dueThisWeek {\n        ...ActionListFields\n      }\n      later {\n        ...ActionListFields\n      }\n      organisation {\n        ...ActionListFields\n      }\n      leadFor {\n        id\n        displayName\n        situation {\n          kind\n          releaseDate\n        }\n      }\n    }\n  }\n": typeof types.MyWorkDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    actionId\n    aboutPerson\n    person {\n      id\n      legalName\n    }\n    createdAt\n    readAt\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query NotificationList($limit: Int!) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationListDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  query ReportHuddles {\n    huddles {\n      id\n      name\n    }\n  }\n": typeof types.ReportHuddlesDocument,
    "\n  query CaseloadReport($huddleId: ID!) {\n    caseloadOutcomes(huddleId: $huddleId) {\n      huddleId\n      measureKey\n      peopleAssessed\n      peopleWithChange\n      averageAtEntry\n      averageLatest\n      averageChange\n      suppressed\n    }\n    caseloadReport(huddleId: $huddleId) {\n      huddleId\n      serviceUseBefore {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      serviceUseAfter {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      actionsByMonth {\n        month\n        completed\n        overdue\n      }\n      timelinessByOwner {\n        id\n        name\n        organisationName\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      timelinessByOrganisation {\n        id\n        name\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      barrierThemes {\n        theme\n        label\n        count\n        reasons\n      }\n    }\n  }\n": typeof types.CaseloadReportDocument,
    "\n  fragment OutcomeHistoryFields on OutcomeHistory {\n    measure {\n      id\n      key\n      name\n      acknowledgement\n      rescoreDays\n      maxTotal\n      domains {\n        key\n        label\n        min\n        max\n        weight\n      }\n    }\n    assessments {\n      id\n      assessedOn\n      total\n      notes\n      scores {\n        domain\n        score\n      }\n      assessedBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    rescoreDueOn\n    rescoreDue\n  }\n": typeof types.OutcomeHistoryFieldsFragmentDoc,
    "\n  fragment ServiceUseFields on ServiceUseQuarter {\n    quarterStart\n    evictions\n    arrests\n    nightsInPrison\n    aeAttendances\n    mentalHealthInpatientDays\n  }\n": typeof types.ServiceUseFieldsFragmentDoc,
    "\n  query PersonAssessments($personId: ID!) {\n    assessments(personId: $personId) {\n      ...OutcomeHistoryFields\n    }\n  }\n": typeof types.PersonAssessmentsDocument,
    "\n  query PersonServiceUse($personId: ID!) {\n    serviceUse(personId: $personId) {\n      ...ServiceUseFields\n    }\n  }\n": typeof types.PersonServiceUseDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...OutcomeHistoryFields\n    }\n  }\n": typeof types.RecordAssessmentDocument,
    "\n  mutation RecordServiceUse($input: RecordServiceUseInput!) {\n    recordServiceUse(input: $input) {\n      ...ServiceUseFields\n    }\n  }\n": typeof types.RecordServiceUseDocument,
    "\n  fragment PersonRecordFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    pronouns\n    lockedDown\n    processingRestricted\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    agenciesInvolved {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n      full\n      sections\n      breakGlassUntil\n      canSeeAccessLog\n      canManageSharing\n    }\n    profile {\n      dateOfBirth\n      under18\n      councilArea\n      nhsNumber\n      prisonNumber\n      crn\n      version\n    }\n    situation {\n      kind\n      establishment\n      releaseDate\n      accommodationStatus\n      notes\n      version\n      warnings {\n        code\n        message\n      }\n    }\n    flags {\n      kind\n      text\n    }\n    story {\n      text\n      recordedAt\n      personAgreed\n      version\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    needs {\n      domain\n      status\n      notes\n      section\n      updatedAt\n      version\n    }\n    preferences {\n      whatHelps\n      whatToAvoid\n      contactHow\n      contactWhen\n      timeOfDay\n      version\n    }\n    risk {\n      summary\n      safetyPlan\n      version\n    }\n    leadProfessionals {\n      organisation {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    timeline {\n      id\n      at\n      kind\n      section\n      summary\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    sharingAgreements {\n      id\n      lawfulBasis {\n        article6 {\n          code\n          label\n          reference\n        }\n        article9 {\n          code\n          reference\n        }\n        article10 {\n          code\n          reference\n        }\n        schedule1 {\n          code\n          reference\n        }\n        commonLaw {\n          code\n          label\n        }\n        isaTitle\n      }\n      agreedOn\n      expiresOn\n      notes\n      state\n      recordedAt\n      withdrawnAt\n      withdrawalReason\n      sections\n      organisations {\n        id\n        name\n        kind\n      }\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PersonRecordFieldsFragmentDoc,
    "\n  query PersonCoordination($id: ID!) {\n    person(id: $id) {\n      id\n      openActions {\n        id\n        title\n        status\n        dueDate\n        dueWindow\n        overdue\n        owner {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      huddles {\n        id\n        name\n        addedOn\n        nextMeetingAt\n      }\n    }\n  }\n": typeof types.PersonCoordinationDocument,
    "\n  query PersonRecord($id: ID!) {\n    person(id: $id) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.PersonRecordDocument,
    "\n  fragment PersonSearchResultFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    lockedDown\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n    }\n    profile {\n      dateOfBirth\n    }\n  }\n": typeof types.PersonSearchResultFieldsFragmentDoc,
    "\n  query PeopleSearch($search: PeopleSearchInput!, $limit: Int!) {\n    people(search: $search, limit: $limit) {\n      ...PersonSearchResultFields\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecordFields\n      possibleExistingRecord\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePersonProfile($input: UpdatePersonProfileInput!) {\n    updatePersonProfile(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.UpdatePersonProfileDocument,
    "\n  mutation UpdatePersonSituation($input: UpdatePersonSituationInput!) {\n    updatePersonSituation(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.UpdatePersonSituationDocument,
    "\n  mutation UpdatePersonStory($input: UpdatePersonStoryInput!) {\n    updatePersonStory(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.UpdatePersonStoryDocument,
    "\n  mutation UpdatePersonNeed($input: UpdatePersonNeedInput!) {\n    updatePersonNeed(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.UpdatePersonNeedDocument,
    "\n  mutation UpdatePersonPreferences($input: UpdatePersonPreferencesInput!) {\n    updatePersonPreferences(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.UpdatePersonPreferencesDocument,
    "\n  mutation UpdatePersonRisk($input: UpdatePersonRiskInput!) {\n    updatePersonRisk(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.UpdatePersonRiskDocument,
    "\n  mutation SetLeadProfessional($personId: ID!, $userId: ID!) {\n    setLeadProfessional(personId: $personId, userId: $userId) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.SetLeadProfessionalDocument,
    "\n  mutation RemoveLeadProfessional($personId: ID!, $organisationId: ID!) {\n    removeLeadProfessional(personId: $personId, organisationId: $organisationId) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.RemoveLeadProfessionalDocument,
    "\n  mutation AddTimelineNote($personId: ID!, $text: String!, $section: SharingSection) {\n    addTimelineNote(personId: $personId, text: $text, section: $section) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.AddTimelineNoteDocument,
    "\n  mutation SetPersonLockdown($personId: ID!, $lockedDown: Boolean!, $reason: String!) {\n    setPersonLockdown(personId: $personId, lockedDown: $lockedDown, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.SetPersonLockdownDocument,
    "\n  mutation BreakGlass($personId: ID!, $reason: String!) {\n    breakGlass(personId: $personId, reason: $reason) {\n      personId\n      expiresAt\n    }\n  }\n": typeof types.BreakGlassDocument,
    "\n  mutation RecordSharingAgreement($input: RecordSharingAgreementInput!) {\n    recordSharingAgreement(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.RecordSharingAgreementDocument,
    "\n  mutation WithdrawSharingAgreement($id: ID!, $reason: String) {\n    withdrawSharingAgreement(id: $id, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n": typeof types.WithdrawSharingAgreementDocument,
    "\n  query PersonAccessLog($personId: ID!) {\n    personAccessLog(personId: $personId) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      organisationName\n      sections\n      purpose\n      breakGlass\n    }\n  }\n": typeof types.PersonAccessLogDocument,
    "\n  query ExportPerson($personId: ID!) {\n    exportPerson(personId: $personId)\n  }\n": typeof types.ExportPersonDocument,
    "\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  query Colleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  subscription PersonChanged($personId: ID!) {\n    personChanged(personId: $personId) {\n      personId\n      part\n      version\n      domain\n      changedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PersonChangedDocument,
    "\n  query ReferralFigures($from: LocalDate, $to: LocalDate) {\n    referralFigures(from: $from, to: $to) {\n      from\n      to\n      rows {\n        kind\n        kindLabel\n        receivingOrganisation {\n          id\n          name\n        }\n        sent\n        accepted\n        declined\n        overdueNow\n        medianDaysToAcknowledge\n        medianDaysToAccept\n        suppressed\n      }\n    }\n  }\n": typeof types.ReferralFiguresDocument,
    "\n  query ReferralFiguresCsv($from: LocalDate, $to: LocalDate) {\n    referralFiguresCsv(from: $from, to: $to)\n  }\n": typeof types.ReferralFiguresCsvDocument,
    "\n  query ReferralInboxSummary {\n    referralInbox {\n      new\n      overdue\n      accepted\n      awaitingAnswer\n    }\n  }\n": typeof types.ReferralInboxSummaryDocument,
    "\n  subscription ReferralChanged {\n    referralChanged {\n      referralId\n      status\n      version\n    }\n  }\n": typeof types.ReferralChangedDocument,
    "\n  fragment ReferralSummaryFields on Referral {\n    id\n    direction\n    status\n    overdue\n    sentAt\n    respondBy\n    kind {\n      code\n      label\n    }\n    person {\n      id\n      displayName\n    }\n    personId\n    sendingOrganisation {\n      id\n      name\n    }\n    receivingOrganisation {\n      id\n      name\n    }\n    version\n  }\n": typeof types.ReferralSummaryFieldsFragmentDoc,
    "\n  fragment ReferralFields on Referral {\n    ...ReferralSummaryFields\n    sentBy\n    message\n    sections\n    expiresOn\n    acknowledgedAt\n    answeredAt\n    closedAt\n    declineReason\n    withdrawReason\n    outcome\n    canAcknowledge\n    canAccept\n    canDecline\n    canWithdraw\n    canClose\n    kind {\n      code\n      label\n      responseWorkingDays\n    }\n    consent {\n      givenOn\n      method\n      personsWords\n      recordedAt\n      recordedBy\n    }\n    proposedAppointment {\n      date\n      window\n      startTime\n      endTime\n      location\n      town\n      appointmentId\n    }\n    mentor {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      by\n      kind\n      note\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  query Referrals($filter: ReferralFilter) {\n    referrals(filter: $filter) {\n      ...ReferralSummaryFields\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  query PeerMentors {\n    peerMentors {\n      id\n      name\n    }\n  }\n": typeof types.PeerMentorsDocument,
    "\n  query ReferralKinds {\n    referralKinds {\n      code\n      label\n      active\n      responseWorkingDays\n    }\n  }\n": typeof types.ReferralKindsDocument,
    "\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.SendReferralDocument,
    "\n  mutation AcknowledgeReferral($input: ReferralStepInput!) {\n    acknowledgeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.AcknowledgeReferralDocument,
    "\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.DeclineReferralDocument,
    "\n  mutation WithdrawReferral($input: ReferralStepInput!) {\n    withdrawReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.WithdrawReferralDocument,
    "\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": typeof types.CloseReferralDocument,
    "\n  fragment UpcomingReleaseFields on UpcomingRelease {\n    person {\n      id\n      displayName\n    }\n    releaseDate\n    daysToRelease\n    establishment\n    destinationCouncilArea\n    redFlags\n    itemsDone\n    itemsTotal\n  }\n": typeof types.UpcomingReleaseFieldsFragmentDoc,
    "\n  query UpcomingReleases($withinDays: Int!) {\n    upcomingReleases(withinDays: $withinDays) {\n      ...UpcomingReleaseFields\n    }\n  }\n": typeof types.UpcomingReleasesDocument,
    "\n  query ReleaseForecast($months: Int!) {\n    releaseForecast(months: $months) {\n      months\n      councilAreas\n      cells {\n        councilArea\n        month\n        suppressed\n        due\n        accommodationSecured\n        dutyToReferMade\n      }\n    }\n  }\n": typeof types.ReleaseForecastDocument,
    "\n  query ReleaseForecastPeople($councilArea: String!, $month: String!) {\n    releaseForecastPeople(councilArea: $councilArea, month: $month) {\n      ...UpcomingReleaseFields\n    }\n  }\n": typeof types.ReleaseForecastPeopleDocument,
    "\n  fragment ReleasePlanFields on ReleasePlan {\n    personId\n    releaseDate\n    releaseTime\n    establishment\n    establishmentTown\n    destinationCouncilArea\n    daysToRelease\n    redFlags\n    version\n    items {\n      item\n      label\n      status\n      owningOrganisation {\n        id\n        name\n      }\n      onDate\n      detail\n      council\n      outcome\n      referralId\n      version\n    }\n  }\n": typeof types.ReleasePlanFieldsFragmentDoc,
    "\n  query ReleasePlan($personId: ID!) {\n    releasePlan(personId: $personId) {\n      ...ReleasePlanFields\n    }\n  }\n": typeof types.ReleasePlanDocument,
    "\n  query PlanPerson($id: ID!, $purpose: String) {\n    person(id: $id, purpose: $purpose) {\n      id\n      displayName\n      access {\n        sections\n        canSeeAccessLog\n      }\n      situation {\n        kind\n      }\n    }\n  }\n": typeof types.PlanPersonDocument,
    "\n  query PlanOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.PlanOrganisationsDocument,
    "\n  mutation UpdateReleasePlanItem($input: UpdateReleasePlanItemInput!) {\n    updateReleasePlanItem(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n": typeof types.UpdateReleasePlanItemDocument,
    "\n  mutation UpdateReleasePlan($input: UpdateReleasePlanInput!) {\n    updateReleasePlan(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n": typeof types.UpdateReleasePlanDocument,
    "\n  query PrivacyNotice($personId: ID!) {\n    privacyNotice(personId: $personId) {\n      personId\n      personName\n      generatedOn\n      heldBy {\n        id\n        name\n      }\n      sharedWith {\n        organisation {\n          id\n          name\n        }\n        sharedParts\n      }\n      purposes\n      lawfulBases\n      informationHeld {\n        heading\n        text\n      }\n      keptFor\n      rights {\n        heading\n        text\n      }\n      howToAsk\n      complaint\n      jointControllers\n    }\n  }\n": typeof types.PrivacyNoticeDocument,
    "\n  query RecordOfProcessingCsv {\n    recordOfProcessingCsv\n  }\n": typeof types.RecordOfProcessingCsvDocument,
    "\n  mutation CompleteSignIn($code: String!) {\n    completeSignIn(code: $code) {\n      ...CurrentUserFields\n    }\n  }\n": typeof types.CompleteSignInDocument,
    "\n  mutation StartSignInEnrolment {\n    startSignInEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartSignInEnrolmentDocument,
    "\n  mutation ConfirmSignInEnrolment($code: String!) {\n    confirmSignInEnrolment(code: $code) {\n      user {\n        ...CurrentUserFields\n      }\n      recoveryCodes\n    }\n  }\n": typeof types.ConfirmSignInEnrolmentDocument,
    "\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByOrganisation\n    }\n  }\n": typeof types.TwoFactorStatusDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n": typeof types.ConfirmTwoFactorEnrolmentDocument,
};
const documents: Documents = {
    "\n  fragment AccessRequestFields on AccessRequest {\n    id\n    direction\n    source\n    status\n    sections\n    reason\n    matchReason\n    newPersonId\n    requestedBy\n    createdAt\n    answeredAt\n    answeredBy\n    grantedSections\n    expiresOn\n    declineReason\n    canAnswer\n    version\n    person {\n      id\n      displayName\n    }\n    holdingOrganisation {\n      id\n      name\n    }\n    requestingOrganisation {\n      id\n      name\n    }\n  }\n": types.AccessRequestFieldsFragmentDoc,
    "\n  query AccessRequests($filter: AccessRequestFilter) {\n    accessRequests(filter: $filter) {\n      ...AccessRequestFields\n    }\n  }\n": types.AccessRequestsDocument,
    "\n  query PendingAccessRequests {\n    accessRequests(filter: { direction: INCOMING, pendingOnly: true }) {\n      id\n    }\n  }\n": types.PendingAccessRequestsDocument,
    "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n": types.RequestAccessDocument,
    "\n  mutation AnswerAccessRequest($input: AnswerAccessRequestInput!) {\n    answerAccessRequest(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n": types.AnswerAccessRequestDocument,
    "\n  fragment ActionListFields on Action {\n    id\n    title\n    detail\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    canEdit\n    version\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n    updatedAt\n  }\n": types.ActionListFieldsFragmentDoc,
    "\n  fragment ActionDetailFields on Action {\n    ...ActionListFields\n    createdAt\n    completedAt\n    createdBy {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    origin {\n      huddleId\n      meetingId\n      agendaItemId\n    }\n    history {\n      id\n      at\n      field\n      from\n      to\n      actor {\n        id\n        name\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActionDetailFieldsFragmentDoc,
    "\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      ...ActionDetailFields\n    }\n  }\n": types.ActionPageDocument,
    "\n  query ActionOwnerOptions {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ActionOwnerOptionsDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionListFields\n    }\n  }\n": types.CreateActionDocument,
    "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionDetailFields\n    }\n  }\n": types.UpdateActionDocument,
    "\n  mutation AddActionComment($actionId: ID!, $body: String!) {\n    addActionComment(actionId: $actionId, body: $body) {\n      ...ActionDetailFields\n    }\n  }\n": types.AddActionCommentDocument,
    "\n  subscription ActionChanged {\n    actionChanged {\n      actionId\n      status\n      version\n    }\n  }\n": types.ActionChangedDocument,
    "\n  query ActionFilterOptions {\n    partnerOrganisations {\n      id\n      name\n    }\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ActionFilterOptionsDocument,
    "\n  fragment ActionRowFields on Action {\n    id\n    title\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n": types.ActionRowFieldsFragmentDoc,
    "\n  query ActionList($filter: ActionFilter, $limit: Int!) {\n    actions(filter: $filter, limit: $limit) {\n      ...ActionRowFields\n    }\n  }\n": types.ActionListDocument,
    "\n  query ActionSummary($filter: ActionFilter) {\n    actionSummary(filter: $filter) {\n      total\n      open\n      overdue\n      done\n      blocked\n      notPossible\n      notUndertaken\n      cancelled\n      completionRate\n      medianDaysToComplete\n      overdueByOrganisation {\n        count\n        organisation {\n          id\n          name\n        }\n      }\n      barriers {\n        actionId\n        title\n        reason\n        dueDate\n        recordedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ActionSummaryDocument,
    "\n  query ActionsCsv($filter: ActionFilter) {\n    actionsCsv(filter: $filter)\n  }\n": types.ActionsCsvDocument,
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n    requireTwoFactor\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    twoFactorEnabled\n    organisation {\n      id\n      name\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n": types.AdminPageDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.DeactivateOrganisationDocument,
    "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n": types.ReactivateOrganisationDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.DeactivateUserDocument,
    "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.ReactivateUserDocument,
    "\n  mutation SetTwoFactorRequired($organisationId: ID!, $required: Boolean!) {\n    setTwoFactorRequired(organisationId: $organisationId, required: $required) {\n      ...OrganisationFields\n    }\n  }\n": types.SetTwoFactorRequiredDocument,
    "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n": types.ResetTwoFactorDocument,
    "\n  fragment IsaFields on InformationSharingAgreement {\n    id\n    title\n    version\n    purposes\n    sections\n    retention\n    pastMinutesVisibleToNewParties\n    reviewOn\n    reviewDue\n    revisionNote\n    createdAt\n    revisedAt\n    awaitingMySignature\n    signedByAll\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n    }\n    parties {\n      organisation {\n        id\n        name\n        kind\n      }\n      currentSignature {\n        version\n        signatoryName\n        signatoryRole\n        signedAt\n      }\n      latestSignature {\n        version\n        signedAt\n      }\n    }\n  }\n": types.IsaFieldsFragmentDoc,
    "\n  query LawfulBases {\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n": types.LawfulBasesDocument,
    "\n  query InformationSharingAgreements {\n    informationSharingAgreements {\n      ...IsaFields\n    }\n  }\n": types.InformationSharingAgreementsDocument,
    "\n  query InformationSharingAgreement($id: ID!) {\n    informationSharingAgreement(id: $id) {\n      ...IsaFields\n    }\n  }\n": types.InformationSharingAgreementDocument,
    "\n  query IsasDueForReview {\n    isasDueForReview {\n      id\n      title\n      reviewOn\n    }\n  }\n": types.IsasDueForReviewDocument,
    "\n  query IsaFormOptions {\n    organisations {\n      id\n      name\n      active\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n": types.IsaFormOptionsDocument,
    "\n  mutation RecordInformationSharingAgreement($input: IsaTermsInput!) {\n    recordInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n": types.RecordInformationSharingAgreementDocument,
    "\n  mutation ReviseInformationSharingAgreement($input: ReviseIsaInput!) {\n    reviseInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n": types.ReviseInformationSharingAgreementDocument,
    "\n  mutation SignInformationSharingAgreement($input: SignIsaInput!) {\n    signInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n": types.SignInformationSharingAgreementDocument,
    "\n  mutation SetHuddleIsa($huddleId: ID!, $isaId: ID!) {\n    setHuddleIsa(huddleId: $huddleId, isaId: $isaId) {\n      id\n      title\n      version\n    }\n  }\n": types.SetHuddleIsaDocument,
    "\n  query HuddleIsa($id: ID!) {\n    huddle(id: $id) {\n      id\n      isChair\n      memberOrganisations {\n        id\n      }\n      informationSharingAgreement {\n        id\n        title\n        version\n        parties {\n          organisation {\n            id\n            name\n          }\n          currentSignature {\n            version\n          }\n        }\n      }\n    }\n    informationSharingAgreements {\n      id\n      title\n      version\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n  }\n": types.HuddleIsaDocument,
    "\n  mutation AddHuddleMember($huddleId: ID!, $organisationId: ID!) {\n    addHuddleMember(huddleId: $huddleId, organisationId: $organisationId) {\n      id\n      memberOrganisations {\n        id\n        name\n      }\n    }\n  }\n": types.AddHuddleMemberDocument,
    "\n  fragment SharingWithoutAgreementFields on SharingWithoutAgreement {\n    id\n    personId\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    purpose\n    schedule1Condition {\n      code\n      reference\n      label\n    }\n    sections\n    reason\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    expiresAt\n    active\n    reviewedBy {\n      id\n      name\n    }\n    reviewedAt\n    reviewNote\n  }\n": types.SharingWithoutAgreementFieldsFragmentDoc,
    "\n  query SharingWithoutAgreementReviews($includeReviewed: Boolean) {\n    sharingWithoutAgreementReviews(includeReviewed: $includeReviewed) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n": types.SharingWithoutAgreementReviewsDocument,
    "\n  mutation ShareWithoutAgreement($input: ShareWithoutAgreementInput!) {\n    shareWithoutAgreement(input: $input) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n": types.ShareWithoutAgreementDocument,
    "\n  mutation MarkSharingWithoutAgreementReviewed($id: ID!, $note: String) {\n    markSharingWithoutAgreementReviewed(id: $id, note: $note) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n": types.MarkSharingWithoutAgreementReviewedDocument,
    "\n  query ShareWithoutAgreementOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n      access {\n        canManageSharing\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n": types.ShareWithoutAgreementOptionsDocument,
    "\n  fragment AppointmentFields on Appointment {\n    id\n    personId\n    organisation {\n      id\n      name\n    }\n    date\n    window\n    startTime\n    endTime\n    location\n    town\n    purpose\n    status\n    firstProbation\n    version\n    clashes {\n      rule\n      otherAppointmentId\n      message\n    }\n    warnings {\n      code\n      message\n    }\n  }\n": types.AppointmentFieldsFragmentDoc,
    "\n  query PersonAppointments($personId: ID!) {\n    appointments(personId: $personId) {\n      ...AppointmentFields\n    }\n  }\n": types.PersonAppointmentsDocument,
    "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentFields\n      }\n      clashes {\n        rule\n        otherAppointmentId\n        message\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n": types.BookAppointmentDocument,
    "\n  mutation UpdateAppointment($input: UpdateAppointmentInput!) {\n    updateAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n": types.UpdateAppointmentDocument,
    "\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": types.CurrentUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n": types.MeChangedDocument,
    "\n  query PossibleDuplicates {\n    possibleDuplicates {\n      id\n      score\n      reason\n      evidence\n      first {\n        ...DuplicateRecordFields\n      }\n      second {\n        ...DuplicateRecordFields\n      }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  fragment DuplicateRecordFields on DuplicateRecord {\n    version\n    person {\n      id\n      displayName\n      legalName\n      preferredName\n      pronouns\n      profile {\n        dateOfBirth\n        councilArea\n        nhsNumber\n        prisonNumber\n        crn\n      }\n      situation {\n        kind\n        establishment\n        releaseDate\n        accommodationStatus\n      }\n      story {\n        text\n      }\n      leadProfessionals {\n        organisation {\n          id\n          name\n        }\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DuplicateRecordFieldsFragmentDoc,
    "\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: String!, $mergeVersion: String!, $confirm: Boolean) {\n    mergePeople(\n      keepId: $keepId\n      mergeId: $mergeId\n      keepVersion: $keepVersion\n      mergeVersion: $mergeVersion\n      confirmDifferentIdentifiers: $confirm\n    ) {\n      id\n      keptPersonId\n      mergedPersonId\n      rowsMoved\n      filledFields\n      differingFields\n      undoneAt\n    }\n  }\n": types.MergePeopleDocument,
    "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      id\n      undoneAt\n    }\n  }\n": types.UndoMergeDocument,
    "\n  mutation DismissDuplicate($personId: ID!, $otherPersonId: ID!) {\n    dismissDuplicate(personId: $personId, otherPersonId: $otherPersonId)\n  }\n": types.DismissDuplicateDocument,
    "\n  query RetentionPage {\n    retentionSchedules {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n    retentionReviews {\n      id\n      recordType\n      description\n      status\n      dueSince\n      eraseAfter\n      heldUntil\n      holdReason\n      canDecide\n      person {\n        id\n        displayName\n      }\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.RetentionPageDocument,
    "\n  mutation ConfirmRetentionErasure($reviewId: ID!) {\n    confirmRetentionErasure(reviewId: $reviewId)\n  }\n": types.ConfirmRetentionErasureDocument,
    "\n  mutation HoldRetentionReview($input: HoldRetentionReviewInput!) {\n    holdRetentionReview(input: $input) {\n      id\n      status\n      heldUntil\n      holdReason\n    }\n  }\n": types.HoldRetentionReviewDocument,
    "\n  fragment RightsRequestFields on RightsRequest {\n    id\n    kind\n    status\n    receivedOn\n    details\n    originalDueOn\n    extendedDueOn\n    extensionReason\n    dueOn\n    deadlineState\n    identityCheckedOn\n    identityCheckMethod\n    identityCheckedBy\n    response\n    refusalReason\n    closedOn\n    loggedBy\n    canManage\n    version\n    person {\n      id\n      displayName\n    }\n  }\n": types.RightsRequestFieldsFragmentDoc,
    "\n  query RightsRegister($openOnly: Boolean) {\n    rightsRequests(openOnly: $openOnly) {\n      ...RightsRequestFields\n    }\n  }\n": types.RightsRegisterDocument,
    "\n  query RightsRequest($id: ID!) {\n    rightsRequest(id: $id) {\n      ...RightsRequestFields\n    }\n  }\n": types.RightsRequestDocument,
    "\n  mutation LogRightsRequest($input: LogRightsRequestInput!) {\n    logRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n": types.LogRightsRequestDocument,
    "\n  mutation ProgressRightsRequest($input: ProgressRightsRequestInput!) {\n    progressRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n": types.ProgressRightsRequestDocument,
    "\n  query MinutesCorrections($id: ID!) {\n    meeting(id: $id) {\n      id\n      items {\n        id\n        corrections {\n          id\n          text\n          reason\n          addedBy\n          addedAt\n        }\n      }\n    }\n  }\n": types.MinutesCorrectionsDocument,
    "\n  mutation AddMinutesCorrection($input: AddMinutesCorrectionInput!) {\n    addMinutesCorrection(input: $input)\n  }\n": types.AddMinutesCorrectionDocument,
    "\n  query RightsPersonSearch($search: PeopleSearchInput!) {\n    people(search: $search, limit: 10) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n": types.RightsPersonSearchDocument,
    "\n  mutation UpdateRetentionSchedule($input: UpdateRetentionScheduleInput!) {\n    updateRetentionSchedule(input: $input) {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n  }\n": types.UpdateRetentionScheduleDocument,
    "\n  fragment BreakGlassGrantFields on BreakGlassGrantReview {\n    id\n    grantedAt\n    expiresAt\n    userName\n    userOrganisationName\n    reason\n    person {\n      id\n      displayName\n    }\n    reads {\n      at\n      action\n      sections\n      context\n    }\n    outcome\n    reviewNote\n    reviewedAt\n    reviewedBy\n  }\n": types.BreakGlassGrantFieldsFragmentDoc,
    "\n  query BreakGlassGrants($reviewed: Boolean) {\n    breakGlassGrants(reviewed: $reviewed) {\n      ...BreakGlassGrantFields\n    }\n  }\n": types.BreakGlassGrantsDocument,
    "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      ...BreakGlassGrantFields\n    }\n  }\n": types.ReviewBreakGlassDocument,
    "\n  query BulkReadAlerts {\n    bulkReadAlerts {\n      id\n      userName\n      organisationName\n      peopleCount\n      threshold\n      windowStart\n      windowEnd\n      raisedAt\n    }\n  }\n": types.BulkReadAlertsDocument,
    "\n  fragment IncidentFields on Incident {\n    id\n    version\n    title\n    whatHappened\n    occurredAt\n    discoveredAt\n    icoDeadline\n    overdue\n    dataCategories\n    peopleAffected\n    recordsAffected\n    likelyConsequences\n    measuresTaken\n    measuresProposed\n    peopleTold\n    peopleToldDetail\n    icoDecision\n    icoReportedAt\n    icoReference\n    notReportableReason\n    recordedBy\n    recordedAt\n  }\n": types.IncidentFieldsFragmentDoc,
    "\n  query Incidents {\n    incidents {\n      ...IncidentFields\n    }\n  }\n": types.IncidentsDocument,
    "\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": types.IncidentDocument,
    "\n  mutation RecordIncident($input: IncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": types.RecordIncidentDocument,
    "\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n": types.UpdateIncidentDocument,
    "\n  fragment HuddleSummaryFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    caseload {\n      id\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n  }\n": types.HuddleSummaryFieldsFragmentDoc,
    "\n  query HuddlesList {\n    huddles {\n      ...HuddleSummaryFields\n    }\n  }\n": types.HuddlesListDocument,
    "\n  fragment HuddleDetailFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n    caseload {\n      id\n      person {\n        id\n        displayName\n      }\n      personRestricted\n      referringOrganisation {\n        id\n        name\n        kind\n      }\n      offerOfHelp\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      addedOn\n    }\n    coordinatorLoads {\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      count\n      overLimit\n    }\n  }\n": types.HuddleDetailFieldsFragmentDoc,
    "\n  query HuddlePage($id: ID!) {\n    huddle(id: $id) {\n      ...HuddleDetailFields\n    }\n  }\n": types.HuddlePageDocument,
    "\n  mutation AddToCaseload($input: AddToCaseloadInput!) {\n    addToCaseload(input: $input) {\n      warning\n      huddle {\n        ...HuddleDetailFields\n      }\n    }\n  }\n": types.AddToCaseloadDocument,
    "\n  mutation RemoveFromCaseload($entryId: ID!) {\n    removeFromCaseload(entryId: $entryId) {\n      ...HuddleDetailFields\n    }\n  }\n": types.RemoveFromCaseloadDocument,
    "\n  mutation ScheduleMeeting($huddleId: ID!, $startsAt: DateTimeISO!) {\n    scheduleMeeting(huddleId: $huddleId, startsAt: $startsAt) {\n      ...HuddleDetailFields\n    }\n  }\n": types.ScheduleMeetingDocument,
    "\n  query CaseloadPersonSearch($name: String!) {\n    people(search: { name: $name }, limit: 10) {\n      id\n      displayName\n      lockedDown\n      owningOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.CaseloadPersonSearchDocument,
    "\n  query HuddleColleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.HuddleColleaguesDocument,
    "\n  fragment MeetingActionFields on Action {\n    id\n    title\n    status\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeetingActionFieldsFragmentDoc,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    position\n    kind\n    title\n    reason\n    personRestricted\n    person {\n      id\n      displayName\n      pronouns\n    }\n    notes\n    notesVersion\n    decisions\n    decisionsVersion\n    systemBarrier\n    barrierVersion\n    discussed\n    carriedOver\n    outcome\n    flags {\n      kind\n      text\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      id\n      huddleId\n      huddleName\n      startsAt\n      status\n      focusItemId\n      seq\n      isChair\n      closedAt\n      place\n      protectiveMarking\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      huddleChairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      signOff {\n        signedOn\n        signedAt\n        signedBy {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      attendance {\n        present\n        apologies\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      items {\n        ...AgendaItemFields\n      }\n    }\n  }\n": types.MeetingRoomDocument,
    "\n  query MeetingAgendaItem($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n": types.MeetingAgendaItemDocument,
    "\n  query AgendaItemWithActions($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n      actions {\n        ...MeetingActionFields\n      }\n    }\n  }\n": types.AgendaItemWithActionsDocument,
    "\n  query MeetingMembers($huddleId: ID!) {\n    huddle(id: $huddleId) {\n      id\n      memberOrganisations {\n        id\n        name\n        kind\n      }\n      chairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.MeetingMembersDocument,
    "\n  query MinutesActions($meetingId: ID!) {\n    actions(filter: { meetingId: $meetingId }, limit: 500) {\n      ...MeetingActionFields\n      origin {\n        agendaItemId\n      }\n    }\n  }\n": types.MinutesActionsDocument,
    "\n  query MeetingPersonPreferences($id: ID!) {\n    person(id: $id, purpose: \"Discussed at a huddle meeting\") {\n      id\n      preferences {\n        whatHelps\n        whatToAvoid\n        contactHow\n        contactWhen\n        version\n      }\n    }\n  }\n": types.MeetingPersonPreferencesDocument,
    "\n  subscription MeetingEvents($meetingId: ID!, $afterSeq: Int) {\n    meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {\n      meetingId\n      seq\n      type\n      itemId\n      field\n      version\n      actorId\n      actorName\n      at\n      typing\n      update\n    }\n  }\n": types.MeetingEventsDocument,
    "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n": types.StartMeetingDocument,
    "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n      focusItemId\n    }\n  }\n": types.CloseMeetingDocument,
    "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.UpdateAgendaItemDocument,
    "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n": types.AddAgendaItemDocument,
    "\n  mutation MoveAgendaItem($itemId: ID!, $toPosition: Int!) {\n    moveAgendaItem(itemId: $itemId, toPosition: $toPosition) {\n      id\n      items {\n        id\n        position\n      }\n    }\n  }\n": types.MoveAgendaItemDocument,
    "\n  mutation SetMeetingFocus($meetingId: ID!, $itemId: ID) {\n    setMeetingFocus(meetingId: $meetingId, itemId: $itemId)\n  }\n": types.SetMeetingFocusDocument,
    "\n  mutation RecordAttendance($meetingId: ID!, $present: Boolean!, $userId: ID, $apologies: Boolean) {\n    recordAttendance(meetingId: $meetingId, present: $present, userId: $userId, apologies: $apologies)\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation SignOffMinutes($meetingId: ID!, $signedOn: LocalDate!) {\n    signOffMinutes(meetingId: $meetingId, signedOn: $signedOn) {\n      signedOn\n      signedBy {\n        id\n        name\n      }\n    }\n  }\n": types.SignOffMinutesDocument,
    "\n  mutation UpdateMeetingDetails($input: MeetingDetailsInput!) {\n    updateMeetingDetails(input: $input) {\n      id\n      place\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.UpdateMeetingDetailsDocument,
    "\n  mutation ReportPresence($meetingId: ID!, $itemId: ID, $field: String, $typing: Boolean!) {\n    reportPresence(meetingId: $meetingId, itemId: $itemId, field: $field, typing: $typing)\n  }\n": types.ReportPresenceDocument,
    "\n  mutation CreateMeetingAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...MeetingActionFields\n    }\n  }\n": types.CreateMeetingActionDocument,
    "\n  query AgendaText($itemId: ID!, $field: AgendaTextField!, $stateVector: String) {\n    agendaText(itemId: $itemId, field: $field, stateVector: $stateVector) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n": types.AgendaTextDocument,
    "\n  mutation EditAgendaText($input: EditAgendaTextInput!) {\n    editAgendaText(input: $input) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n": types.EditAgendaTextDocument,
    "\n  query MyWork {\n    myWork {\n      overdue {\n        ...ActionListFields\n      }\n      dueThisWeek {\n        ...ActionListFields\n      }\n      later {\n        ...ActionListFields\n      }\n      organisation {\n        ...ActionListFields\n      }\n      leadFor {\n        id\n        displayName\n        situation {\n          kind\n          releaseDate\n        }\n      }\n    }\n  }\n": types.MyWorkDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    actionId\n    aboutPerson\n    person {\n      id\n      legalName\n    }\n    createdAt\n    readAt\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query NotificationList($limit: Int!) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n  }\n": types.NotificationListDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  query ReportHuddles {\n    huddles {\n      id\n      name\n    }\n  }\n": types.ReportHuddlesDocument,
    "\n  query CaseloadReport($huddleId: ID!) {\n    caseloadOutcomes(huddleId: $huddleId) {\n      huddleId\n      measureKey\n      peopleAssessed\n      peopleWithChange\n      averageAtEntry\n      averageLatest\n      averageChange\n      suppressed\n    }\n    caseloadReport(huddleId: $huddleId) {\n      huddleId\n      serviceUseBefore {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      serviceUseAfter {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      actionsByMonth {\n        month\n        completed\n        overdue\n      }\n      timelinessByOwner {\n        id\n        name\n        organisationName\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      timelinessByOrganisation {\n        id\n        name\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      barrierThemes {\n        theme\n        label\n        count\n        reasons\n      }\n    }\n  }\n": types.CaseloadReportDocument,
    "\n  fragment OutcomeHistoryFields on OutcomeHistory {\n    measure {\n      id\n      key\n      name\n      acknowledgement\n      rescoreDays\n      maxTotal\n      domains {\n        key\n        label\n        min\n        max\n        weight\n      }\n    }\n    assessments {\n      id\n      assessedOn\n      total\n      notes\n      scores {\n        domain\n        score\n      }\n      assessedBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    rescoreDueOn\n    rescoreDue\n  }\n": types.OutcomeHistoryFieldsFragmentDoc,
    "\n  fragment ServiceUseFields on ServiceUseQuarter {\n    quarterStart\n    evictions\n    arrests\n    nightsInPrison\n    aeAttendances\n    mentalHealthInpatientDays\n  }\n": types.ServiceUseFieldsFragmentDoc,
    "\n  query PersonAssessments($personId: ID!) {\n    assessments(personId: $personId) {\n      ...OutcomeHistoryFields\n    }\n  }\n": types.PersonAssessmentsDocument,
    "\n  query PersonServiceUse($personId: ID!) {\n    serviceUse(personId: $personId) {\n      ...ServiceUseFields\n    }\n  }\n": types.PersonServiceUseDocument,
    "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...OutcomeHistoryFields\n    }\n  }\n": types.RecordAssessmentDocument,
    "\n  mutation RecordServiceUse($input: RecordServiceUseInput!) {\n    recordServiceUse(input: $input) {\n      ...ServiceUseFields\n    }\n  }\n": types.RecordServiceUseDocument,
    "\n  fragment PersonRecordFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    pronouns\n    lockedDown\n    processingRestricted\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    agenciesInvolved {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n      full\n      sections\n      breakGlassUntil\n      canSeeAccessLog\n      canManageSharing\n    }\n    profile {\n      dateOfBirth\n      under18\n      councilArea\n      nhsNumber\n      prisonNumber\n      crn\n      version\n    }\n    situation {\n      kind\n      establishment\n      releaseDate\n      accommodationStatus\n      notes\n      version\n      warnings {\n        code\n        message\n      }\n    }\n    flags {\n      kind\n      text\n    }\n    story {\n      text\n      recordedAt\n      personAgreed\n      version\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    needs {\n      domain\n      status\n      notes\n      section\n      updatedAt\n      version\n    }\n    preferences {\n      whatHelps\n      whatToAvoid\n      contactHow\n      contactWhen\n      timeOfDay\n      version\n    }\n    risk {\n      summary\n      safetyPlan\n      version\n    }\n    leadProfessionals {\n      organisation {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    timeline {\n      id\n      at\n      kind\n      section\n      summary\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    sharingAgreements {\n      id\n      lawfulBasis {\n        article6 {\n          code\n          label\n          reference\n        }\n        article9 {\n          code\n          reference\n        }\n        article10 {\n          code\n          reference\n        }\n        schedule1 {\n          code\n          reference\n        }\n        commonLaw {\n          code\n          label\n        }\n        isaTitle\n      }\n      agreedOn\n      expiresOn\n      notes\n      state\n      recordedAt\n      withdrawnAt\n      withdrawalReason\n      sections\n      organisations {\n        id\n        name\n        kind\n      }\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.PersonRecordFieldsFragmentDoc,
    "\n  query PersonCoordination($id: ID!) {\n    person(id: $id) {\n      id\n      openActions {\n        id\n        title\n        status\n        dueDate\n        dueWindow\n        overdue\n        owner {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      huddles {\n        id\n        name\n        addedOn\n        nextMeetingAt\n      }\n    }\n  }\n": types.PersonCoordinationDocument,
    "\n  query PersonRecord($id: ID!) {\n    person(id: $id) {\n      ...PersonRecordFields\n    }\n  }\n": types.PersonRecordDocument,
    "\n  fragment PersonSearchResultFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    lockedDown\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n    }\n    profile {\n      dateOfBirth\n    }\n  }\n": types.PersonSearchResultFieldsFragmentDoc,
    "\n  query PeopleSearch($search: PeopleSearchInput!, $limit: Int!) {\n    people(search: $search, limit: $limit) {\n      ...PersonSearchResultFields\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecordFields\n      possibleExistingRecord\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePersonProfile($input: UpdatePersonProfileInput!) {\n    updatePersonProfile(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.UpdatePersonProfileDocument,
    "\n  mutation UpdatePersonSituation($input: UpdatePersonSituationInput!) {\n    updatePersonSituation(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.UpdatePersonSituationDocument,
    "\n  mutation UpdatePersonStory($input: UpdatePersonStoryInput!) {\n    updatePersonStory(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.UpdatePersonStoryDocument,
    "\n  mutation UpdatePersonNeed($input: UpdatePersonNeedInput!) {\n    updatePersonNeed(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.UpdatePersonNeedDocument,
    "\n  mutation UpdatePersonPreferences($input: UpdatePersonPreferencesInput!) {\n    updatePersonPreferences(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.UpdatePersonPreferencesDocument,
    "\n  mutation UpdatePersonRisk($input: UpdatePersonRiskInput!) {\n    updatePersonRisk(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.UpdatePersonRiskDocument,
    "\n  mutation SetLeadProfessional($personId: ID!, $userId: ID!) {\n    setLeadProfessional(personId: $personId, userId: $userId) {\n      ...PersonRecordFields\n    }\n  }\n": types.SetLeadProfessionalDocument,
    "\n  mutation RemoveLeadProfessional($personId: ID!, $organisationId: ID!) {\n    removeLeadProfessional(personId: $personId, organisationId: $organisationId) {\n      ...PersonRecordFields\n    }\n  }\n": types.RemoveLeadProfessionalDocument,
    "\n  mutation AddTimelineNote($personId: ID!, $text: String!, $section: SharingSection) {\n    addTimelineNote(personId: $personId, text: $text, section: $section) {\n      ...PersonRecordFields\n    }\n  }\n": types.AddTimelineNoteDocument,
    "\n  mutation SetPersonLockdown($personId: ID!, $lockedDown: Boolean!, $reason: String!) {\n    setPersonLockdown(personId: $personId, lockedDown: $lockedDown, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n": types.SetPersonLockdownDocument,
    "\n  mutation BreakGlass($personId: ID!, $reason: String!) {\n    breakGlass(personId: $personId, reason: $reason) {\n      personId\n      expiresAt\n    }\n  }\n": types.BreakGlassDocument,
    "\n  mutation RecordSharingAgreement($input: RecordSharingAgreementInput!) {\n    recordSharingAgreement(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n": types.RecordSharingAgreementDocument,
    "\n  mutation WithdrawSharingAgreement($id: ID!, $reason: String) {\n    withdrawSharingAgreement(id: $id, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n": types.WithdrawSharingAgreementDocument,
    "\n  query PersonAccessLog($personId: ID!) {\n    personAccessLog(personId: $personId) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      organisationName\n      sections\n      purpose\n      breakGlass\n    }\n  }\n": types.PersonAccessLogDocument,
    "\n  query ExportPerson($personId: ID!) {\n    exportPerson(personId: $personId)\n  }\n": types.ExportPersonDocument,
    "\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  query Colleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.ColleaguesDocument,
    "\n  subscription PersonChanged($personId: ID!) {\n    personChanged(personId: $personId) {\n      personId\n      part\n      version\n      domain\n      changedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.PersonChangedDocument,
    "\n  query ReferralFigures($from: LocalDate, $to: LocalDate) {\n    referralFigures(from: $from, to: $to) {\n      from\n      to\n      rows {\n        kind\n        kindLabel\n        receivingOrganisation {\n          id\n          name\n        }\n        sent\n        accepted\n        declined\n        overdueNow\n        medianDaysToAcknowledge\n        medianDaysToAccept\n        suppressed\n      }\n    }\n  }\n": types.ReferralFiguresDocument,
    "\n  query ReferralFiguresCsv($from: LocalDate, $to: LocalDate) {\n    referralFiguresCsv(from: $from, to: $to)\n  }\n": types.ReferralFiguresCsvDocument,
    "\n  query ReferralInboxSummary {\n    referralInbox {\n      new\n      overdue\n      accepted\n      awaitingAnswer\n    }\n  }\n": types.ReferralInboxSummaryDocument,
    "\n  subscription ReferralChanged {\n    referralChanged {\n      referralId\n      status\n      version\n    }\n  }\n": types.ReferralChangedDocument,
    "\n  fragment ReferralSummaryFields on Referral {\n    id\n    direction\n    status\n    overdue\n    sentAt\n    respondBy\n    kind {\n      code\n      label\n    }\n    person {\n      id\n      displayName\n    }\n    personId\n    sendingOrganisation {\n      id\n      name\n    }\n    receivingOrganisation {\n      id\n      name\n    }\n    version\n  }\n": types.ReferralSummaryFieldsFragmentDoc,
    "\n  fragment ReferralFields on Referral {\n    ...ReferralSummaryFields\n    sentBy\n    message\n    sections\n    expiresOn\n    acknowledgedAt\n    answeredAt\n    closedAt\n    declineReason\n    withdrawReason\n    outcome\n    canAcknowledge\n    canAccept\n    canDecline\n    canWithdraw\n    canClose\n    kind {\n      code\n      label\n      responseWorkingDays\n    }\n    consent {\n      givenOn\n      method\n      personsWords\n      recordedAt\n      recordedBy\n    }\n    proposedAppointment {\n      date\n      window\n      startTime\n      endTime\n      location\n      town\n      appointmentId\n    }\n    mentor {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      by\n      kind\n      note\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  query Referrals($filter: ReferralFilter) {\n    referrals(filter: $filter) {\n      ...ReferralSummaryFields\n    }\n  }\n": types.ReferralsDocument,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ReferralDocument,
    "\n  query PeerMentors {\n    peerMentors {\n      id\n      name\n    }\n  }\n": types.PeerMentorsDocument,
    "\n  query ReferralKinds {\n    referralKinds {\n      code\n      label\n      active\n      responseWorkingDays\n    }\n  }\n": types.ReferralKindsDocument,
    "\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.SendReferralDocument,
    "\n  mutation AcknowledgeReferral($input: ReferralStepInput!) {\n    acknowledgeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.AcknowledgeReferralDocument,
    "\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.DeclineReferralDocument,
    "\n  mutation WithdrawReferral($input: ReferralStepInput!) {\n    withdrawReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.WithdrawReferralDocument,
    "\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n": types.CloseReferralDocument,
    "\n  fragment UpcomingReleaseFields on UpcomingRelease {\n    person {\n      id\n      displayName\n    }\n    releaseDate\n    daysToRelease\n    establishment\n    destinationCouncilArea\n    redFlags\n    itemsDone\n    itemsTotal\n  }\n": types.UpcomingReleaseFieldsFragmentDoc,
    "\n  query UpcomingReleases($withinDays: Int!) {\n    upcomingReleases(withinDays: $withinDays) {\n      ...UpcomingReleaseFields\n    }\n  }\n": types.UpcomingReleasesDocument,
    "\n  query ReleaseForecast($months: Int!) {\n    releaseForecast(months: $months) {\n      months\n      councilAreas\n      cells {\n        councilArea\n        month\n        suppressed\n        due\n        accommodationSecured\n        dutyToReferMade\n      }\n    }\n  }\n": types.ReleaseForecastDocument,
    "\n  query ReleaseForecastPeople($councilArea: String!, $month: String!) {\n    releaseForecastPeople(councilArea: $councilArea, month: $month) {\n      ...UpcomingReleaseFields\n    }\n  }\n": types.ReleaseForecastPeopleDocument,
    "\n  fragment ReleasePlanFields on ReleasePlan {\n    personId\n    releaseDate\n    releaseTime\n    establishment\n    establishmentTown\n    destinationCouncilArea\n    daysToRelease\n    redFlags\n    version\n    items {\n      item\n      label\n      status\n      owningOrganisation {\n        id\n        name\n      }\n      onDate\n      detail\n      council\n      outcome\n      referralId\n      version\n    }\n  }\n": types.ReleasePlanFieldsFragmentDoc,
    "\n  query ReleasePlan($personId: ID!) {\n    releasePlan(personId: $personId) {\n      ...ReleasePlanFields\n    }\n  }\n": types.ReleasePlanDocument,
    "\n  query PlanPerson($id: ID!, $purpose: String) {\n    person(id: $id, purpose: $purpose) {\n      id\n      displayName\n      access {\n        sections\n        canSeeAccessLog\n      }\n      situation {\n        kind\n      }\n    }\n  }\n": types.PlanPersonDocument,
    "\n  query PlanOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n": types.PlanOrganisationsDocument,
    "\n  mutation UpdateReleasePlanItem($input: UpdateReleasePlanItemInput!) {\n    updateReleasePlanItem(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n": types.UpdateReleasePlanItemDocument,
    "\n  mutation UpdateReleasePlan($input: UpdateReleasePlanInput!) {\n    updateReleasePlan(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n": types.UpdateReleasePlanDocument,
    "\n  query PrivacyNotice($personId: ID!) {\n    privacyNotice(personId: $personId) {\n      personId\n      personName\n      generatedOn\n      heldBy {\n        id\n        name\n      }\n      sharedWith {\n        organisation {\n          id\n          name\n        }\n        sharedParts\n      }\n      purposes\n      lawfulBases\n      informationHeld {\n        heading\n        text\n      }\n      keptFor\n      rights {\n        heading\n        text\n      }\n      howToAsk\n      complaint\n      jointControllers\n    }\n  }\n": types.PrivacyNoticeDocument,
    "\n  query RecordOfProcessingCsv {\n    recordOfProcessingCsv\n  }\n": types.RecordOfProcessingCsvDocument,
    "\n  mutation CompleteSignIn($code: String!) {\n    completeSignIn(code: $code) {\n      ...CurrentUserFields\n    }\n  }\n": types.CompleteSignInDocument,
    "\n  mutation StartSignInEnrolment {\n    startSignInEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": types.StartSignInEnrolmentDocument,
    "\n  mutation ConfirmSignInEnrolment($code: String!) {\n    confirmSignInEnrolment(code: $code) {\n      user {\n        ...CurrentUserFields\n      }\n      recoveryCodes\n    }\n  }\n": types.ConfirmSignInEnrolmentDocument,
    "\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByOrganisation\n    }\n  }\n": types.TwoFactorStatusDocument,
    "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n": types.StartTwoFactorEnrolmentDocument,
    "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n": types.ConfirmTwoFactorEnrolmentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessRequestFields on AccessRequest {\n    id\n    direction\n    source\n    status\n    sections\n    reason\n    matchReason\n    newPersonId\n    requestedBy\n    createdAt\n    answeredAt\n    answeredBy\n    grantedSections\n    expiresOn\n    declineReason\n    canAnswer\n    version\n    person {\n      id\n      displayName\n    }\n    holdingOrganisation {\n      id\n      name\n    }\n    requestingOrganisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccessRequestFields on AccessRequest {\n    id\n    direction\n    source\n    status\n    sections\n    reason\n    matchReason\n    newPersonId\n    requestedBy\n    createdAt\n    answeredAt\n    answeredBy\n    grantedSections\n    expiresOn\n    declineReason\n    canAnswer\n    version\n    person {\n      id\n      displayName\n    }\n    holdingOrganisation {\n      id\n      name\n    }\n    requestingOrganisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessRequests($filter: AccessRequestFilter) {\n    accessRequests(filter: $filter) {\n      ...AccessRequestFields\n    }\n  }\n"): (typeof documents)["\n  query AccessRequests($filter: AccessRequestFilter) {\n    accessRequests(filter: $filter) {\n      ...AccessRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingAccessRequests {\n    accessRequests(filter: { direction: INCOMING, pendingOnly: true }) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PendingAccessRequests {\n    accessRequests(filter: { direction: INCOMING, pendingOnly: true }) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccess($input: RequestAccessInput!) {\n    requestAccess(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerAccessRequest($input: AnswerAccessRequestInput!) {\n    answerAccessRequest(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerAccessRequest($input: AnswerAccessRequestInput!) {\n    answerAccessRequest(input: $input) {\n      ...AccessRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionListFields on Action {\n    id\n    title\n    detail\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    canEdit\n    version\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ActionListFields on Action {\n    id\n    title\n    detail\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    canEdit\n    version\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionDetailFields on Action {\n    ...ActionListFields\n    createdAt\n    completedAt\n    createdBy {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    origin {\n      huddleId\n      meetingId\n      agendaItemId\n    }\n    history {\n      id\n      at\n      field\n      from\n      to\n      actor {\n        id\n        name\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActionDetailFields on Action {\n    ...ActionListFields\n    createdAt\n    completedAt\n    createdBy {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n    origin {\n      huddleId\n      meetingId\n      agendaItemId\n    }\n    history {\n      id\n      at\n      field\n      from\n      to\n      actor {\n        id\n        name\n      }\n    }\n    comments {\n      id\n      body\n      createdAt\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      ...ActionDetailFields\n    }\n  }\n"): (typeof documents)["\n  query ActionPage($id: ID!) {\n    action(id: $id) {\n      ...ActionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionOwnerOptions {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionOwnerOptions {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionListFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionListFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($input: UpdateActionInput!) {\n    updateAction(input: $input) {\n      ...ActionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionComment($actionId: ID!, $body: String!) {\n    addActionComment(actionId: $actionId, body: $body) {\n      ...ActionDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionComment($actionId: ID!, $body: String!) {\n    addActionComment(actionId: $actionId, body: $body) {\n      ...ActionDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ActionChanged {\n    actionChanged {\n      actionId\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription ActionChanged {\n    actionChanged {\n      actionId\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionFilterOptions {\n    partnerOrganisations {\n      id\n      name\n    }\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionFilterOptions {\n    partnerOrganisations {\n      id\n      name\n    }\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionRowFields on Action {\n    id\n    title\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ActionRowFields on Action {\n    id\n    title\n    status\n    statusReason\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    person {\n      id\n      displayName\n    }\n    owner {\n      id\n      name\n    }\n    ownerOrganisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionList($filter: ActionFilter, $limit: Int!) {\n    actions(filter: $filter, limit: $limit) {\n      ...ActionRowFields\n    }\n  }\n"): (typeof documents)["\n  query ActionList($filter: ActionFilter, $limit: Int!) {\n    actions(filter: $filter, limit: $limit) {\n      ...ActionRowFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionSummary($filter: ActionFilter) {\n    actionSummary(filter: $filter) {\n      total\n      open\n      overdue\n      done\n      blocked\n      notPossible\n      notUndertaken\n      cancelled\n      completionRate\n      medianDaysToComplete\n      overdueByOrganisation {\n        count\n        organisation {\n          id\n          name\n        }\n      }\n      barriers {\n        actionId\n        title\n        reason\n        dueDate\n        recordedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionSummary($filter: ActionFilter) {\n    actionSummary(filter: $filter) {\n      total\n      open\n      overdue\n      done\n      blocked\n      notPossible\n      notUndertaken\n      cancelled\n      completionRate\n      medianDaysToComplete\n      overdueByOrganisation {\n        count\n        organisation {\n          id\n          name\n        }\n      }\n      barriers {\n        actionId\n        title\n        reason\n        dueDate\n        recordedAt\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsCsv($filter: ActionFilter) {\n    actionsCsv(filter: $filter)\n  }\n"): (typeof documents)["\n  query ActionsCsv($filter: ActionFilter) {\n    actionsCsv(filter: $filter)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n    requireTwoFactor\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    kind\n    councilArea\n    active\n    createdAt\n    requireTwoFactor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    twoFactorEnabled\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    name\n    email\n    role\n    active\n    createdAt\n    twoFactorEnabled\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query AdminPage {\n    organisations {\n      ...OrganisationFields\n    }\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateOrganisation($id: ID!) {\n    deactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateOrganisation($id: ID!) {\n    reactivateOrganisation(id: $id) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateUser($id: ID!) {\n    deactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivateUser($id: ID!) {\n    reactivateUser(id: $id) {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTwoFactorRequired($organisationId: ID!, $required: Boolean!) {\n    setTwoFactorRequired(organisationId: $organisationId, required: $required) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetTwoFactorRequired($organisationId: ID!, $required: Boolean!) {\n    setTwoFactorRequired(organisationId: $organisationId, required: $required) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation ResetTwoFactor($userId: ID!) {\n    resetTwoFactor(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsaFields on InformationSharingAgreement {\n    id\n    title\n    version\n    purposes\n    sections\n    retention\n    pastMinutesVisibleToNewParties\n    reviewOn\n    reviewDue\n    revisionNote\n    createdAt\n    revisedAt\n    awaitingMySignature\n    signedByAll\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n    }\n    parties {\n      organisation {\n        id\n        name\n        kind\n      }\n      currentSignature {\n        version\n        signatoryName\n        signatoryRole\n        signedAt\n      }\n      latestSignature {\n        version\n        signedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment IsaFields on InformationSharingAgreement {\n    id\n    title\n    version\n    purposes\n    sections\n    retention\n    pastMinutesVisibleToNewParties\n    reviewOn\n    reviewDue\n    revisionNote\n    createdAt\n    revisedAt\n    awaitingMySignature\n    signedByAll\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n    }\n    parties {\n      organisation {\n        id\n        name\n        kind\n      }\n      currentSignature {\n        version\n        signatoryName\n        signatoryRole\n        signedAt\n      }\n      latestSignature {\n        version\n        signedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LawfulBases {\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n"): (typeof documents)["\n  query LawfulBases {\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationSharingAgreements {\n    informationSharingAgreements {\n      ...IsaFields\n    }\n  }\n"): (typeof documents)["\n  query InformationSharingAgreements {\n    informationSharingAgreements {\n      ...IsaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InformationSharingAgreement($id: ID!) {\n    informationSharingAgreement(id: $id) {\n      ...IsaFields\n    }\n  }\n"): (typeof documents)["\n  query InformationSharingAgreement($id: ID!) {\n    informationSharingAgreement(id: $id) {\n      ...IsaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsasDueForReview {\n    isasDueForReview {\n      id\n      title\n      reviewOn\n    }\n  }\n"): (typeof documents)["\n  query IsasDueForReview {\n    isasDueForReview {\n      id\n      title\n      reviewOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsaFormOptions {\n    organisations {\n      id\n      name\n      active\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n"): (typeof documents)["\n  query IsaFormOptions {\n    organisations {\n      id\n      name\n      active\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInformationSharingAgreement($input: IsaTermsInput!) {\n    recordInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInformationSharingAgreement($input: IsaTermsInput!) {\n    recordInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviseInformationSharingAgreement($input: ReviseIsaInput!) {\n    reviseInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviseInformationSharingAgreement($input: ReviseIsaInput!) {\n    reviseInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInformationSharingAgreement($input: SignIsaInput!) {\n    signInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignInformationSharingAgreement($input: SignIsaInput!) {\n    signInformationSharingAgreement(input: $input) {\n      ...IsaFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHuddleIsa($huddleId: ID!, $isaId: ID!) {\n    setHuddleIsa(huddleId: $huddleId, isaId: $isaId) {\n      id\n      title\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetHuddleIsa($huddleId: ID!, $isaId: ID!) {\n    setHuddleIsa(huddleId: $huddleId, isaId: $isaId) {\n      id\n      title\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuddleIsa($id: ID!) {\n    huddle(id: $id) {\n      id\n      isChair\n      memberOrganisations {\n        id\n      }\n      informationSharingAgreement {\n        id\n        title\n        version\n        parties {\n          organisation {\n            id\n            name\n          }\n          currentSignature {\n            version\n          }\n        }\n      }\n    }\n    informationSharingAgreements {\n      id\n      title\n      version\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query HuddleIsa($id: ID!) {\n    huddle(id: $id) {\n      id\n      isChair\n      memberOrganisations {\n        id\n      }\n      informationSharingAgreement {\n        id\n        title\n        version\n        parties {\n          organisation {\n            id\n            name\n          }\n          currentSignature {\n            version\n          }\n        }\n      }\n    }\n    informationSharingAgreements {\n      id\n      title\n      version\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHuddleMember($huddleId: ID!, $organisationId: ID!) {\n    addHuddleMember(huddleId: $huddleId, organisationId: $organisationId) {\n      id\n      memberOrganisations {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddHuddleMember($huddleId: ID!, $organisationId: ID!) {\n    addHuddleMember(huddleId: $huddleId, organisationId: $organisationId) {\n      id\n      memberOrganisations {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharingWithoutAgreementFields on SharingWithoutAgreement {\n    id\n    personId\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    purpose\n    schedule1Condition {\n      code\n      reference\n      label\n    }\n    sections\n    reason\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    expiresAt\n    active\n    reviewedBy {\n      id\n      name\n    }\n    reviewedAt\n    reviewNote\n  }\n"): (typeof documents)["\n  fragment SharingWithoutAgreementFields on SharingWithoutAgreement {\n    id\n    personId\n    person {\n      id\n      displayName\n    }\n    organisation {\n      id\n      name\n    }\n    purpose\n    schedule1Condition {\n      code\n      reference\n      label\n    }\n    sections\n    reason\n    approvedBy {\n      id\n      name\n    }\n    approvedAt\n    expiresAt\n    active\n    reviewedBy {\n      id\n      name\n    }\n    reviewedAt\n    reviewNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingWithoutAgreementReviews($includeReviewed: Boolean) {\n    sharingWithoutAgreementReviews(includeReviewed: $includeReviewed) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n"): (typeof documents)["\n  query SharingWithoutAgreementReviews($includeReviewed: Boolean) {\n    sharingWithoutAgreementReviews(includeReviewed: $includeReviewed) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareWithoutAgreement($input: ShareWithoutAgreementInput!) {\n    shareWithoutAgreement(input: $input) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation ShareWithoutAgreement($input: ShareWithoutAgreementInput!) {\n    shareWithoutAgreement(input: $input) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSharingWithoutAgreementReviewed($id: ID!, $note: String) {\n    markSharingWithoutAgreementReviewed(id: $id, note: $note) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkSharingWithoutAgreementReviewed($id: ID!, $note: String) {\n    markSharingWithoutAgreementReviewed(id: $id, note: $note) {\n      ...SharingWithoutAgreementFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareWithoutAgreementOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n      access {\n        canManageSharing\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n"): (typeof documents)["\n  query ShareWithoutAgreementOptions($personId: ID!) {\n    person(id: $personId) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n      access {\n        canManageSharing\n      }\n    }\n    partnerOrganisations {\n      id\n      name\n    }\n    lawfulBases {\n      code\n      kind\n      reference\n      label\n      description\n      needsSchedule1\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AppointmentFields on Appointment {\n    id\n    personId\n    organisation {\n      id\n      name\n    }\n    date\n    window\n    startTime\n    endTime\n    location\n    town\n    purpose\n    status\n    firstProbation\n    version\n    clashes {\n      rule\n      otherAppointmentId\n      message\n    }\n    warnings {\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment AppointmentFields on Appointment {\n    id\n    personId\n    organisation {\n      id\n      name\n    }\n    date\n    window\n    startTime\n    endTime\n    location\n    town\n    purpose\n    status\n    firstProbation\n    version\n    clashes {\n      rule\n      otherAppointmentId\n      message\n    }\n    warnings {\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAppointments($personId: ID!) {\n    appointments(personId: $personId) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  query PersonAppointments($personId: ID!) {\n    appointments(personId: $personId) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentFields\n      }\n      clashes {\n        rule\n        otherAppointmentId\n        message\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookAppointment($input: BookAppointmentInput!) {\n    bookAppointment(input: $input) {\n      appointment {\n        ...AppointmentFields\n      }\n      clashes {\n        rule\n        otherAppointmentId\n        message\n      }\n      warnings {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAppointment($input: UpdateAppointmentInput!) {\n    updateAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAppointment($input: UpdateAppointmentInput!) {\n    updateAppointment(input: $input) {\n      ...AppointmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUserFields on User {\n    id\n    name\n    email\n    role\n    active\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  subscription MeChanged {\n    meChanged {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates {\n    possibleDuplicates {\n      id\n      score\n      reason\n      evidence\n      first {\n        ...DuplicateRecordFields\n      }\n      second {\n        ...DuplicateRecordFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PossibleDuplicates {\n    possibleDuplicates {\n      id\n      score\n      reason\n      evidence\n      first {\n        ...DuplicateRecordFields\n      }\n      second {\n        ...DuplicateRecordFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DuplicateRecordFields on DuplicateRecord {\n    version\n    person {\n      id\n      displayName\n      legalName\n      preferredName\n      pronouns\n      profile {\n        dateOfBirth\n        councilArea\n        nhsNumber\n        prisonNumber\n        crn\n      }\n      situation {\n        kind\n        establishment\n        releaseDate\n        accommodationStatus\n      }\n      story {\n        text\n      }\n      leadProfessionals {\n        organisation {\n          id\n          name\n        }\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DuplicateRecordFields on DuplicateRecord {\n    version\n    person {\n      id\n      displayName\n      legalName\n      preferredName\n      pronouns\n      profile {\n        dateOfBirth\n        councilArea\n        nhsNumber\n        prisonNumber\n        crn\n      }\n      situation {\n        kind\n        establishment\n        releaseDate\n        accommodationStatus\n      }\n      story {\n        text\n      }\n      leadProfessionals {\n        organisation {\n          id\n          name\n        }\n        user {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: String!, $mergeVersion: String!, $confirm: Boolean) {\n    mergePeople(\n      keepId: $keepId\n      mergeId: $mergeId\n      keepVersion: $keepVersion\n      mergeVersion: $mergeVersion\n      confirmDifferentIdentifiers: $confirm\n    ) {\n      id\n      keptPersonId\n      mergedPersonId\n      rowsMoved\n      filledFields\n      differingFields\n      undoneAt\n    }\n  }\n"): (typeof documents)["\n  mutation MergePeople($keepId: ID!, $mergeId: ID!, $keepVersion: String!, $mergeVersion: String!, $confirm: Boolean) {\n    mergePeople(\n      keepId: $keepId\n      mergeId: $mergeId\n      keepVersion: $keepVersion\n      mergeVersion: $mergeVersion\n      confirmDifferentIdentifiers: $confirm\n    ) {\n      id\n      keptPersonId\n      mergedPersonId\n      rowsMoved\n      filledFields\n      differingFields\n      undoneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      id\n      undoneAt\n    }\n  }\n"): (typeof documents)["\n  mutation UndoMerge($mergeId: ID!) {\n    undoMerge(mergeId: $mergeId) {\n      id\n      undoneAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissDuplicate($personId: ID!, $otherPersonId: ID!) {\n    dismissDuplicate(personId: $personId, otherPersonId: $otherPersonId)\n  }\n"): (typeof documents)["\n  mutation DismissDuplicate($personId: ID!, $otherPersonId: ID!) {\n    dismissDuplicate(personId: $personId, otherPersonId: $otherPersonId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionPage {\n    retentionSchedules {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n    retentionReviews {\n      id\n      recordType\n      description\n      status\n      dueSince\n      eraseAfter\n      heldUntil\n      holdReason\n      canDecide\n      person {\n        id\n        displayName\n      }\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RetentionPage {\n    retentionSchedules {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n    retentionReviews {\n      id\n      recordType\n      description\n      status\n      dueSince\n      eraseAfter\n      heldUntil\n      holdReason\n      canDecide\n      person {\n        id\n        displayName\n      }\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRetentionErasure($reviewId: ID!) {\n    confirmRetentionErasure(reviewId: $reviewId)\n  }\n"): (typeof documents)["\n  mutation ConfirmRetentionErasure($reviewId: ID!) {\n    confirmRetentionErasure(reviewId: $reviewId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HoldRetentionReview($input: HoldRetentionReviewInput!) {\n    holdRetentionReview(input: $input) {\n      id\n      status\n      heldUntil\n      holdReason\n    }\n  }\n"): (typeof documents)["\n  mutation HoldRetentionReview($input: HoldRetentionReviewInput!) {\n    holdRetentionReview(input: $input) {\n      id\n      status\n      heldUntil\n      holdReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RightsRequestFields on RightsRequest {\n    id\n    kind\n    status\n    receivedOn\n    details\n    originalDueOn\n    extendedDueOn\n    extensionReason\n    dueOn\n    deadlineState\n    identityCheckedOn\n    identityCheckMethod\n    identityCheckedBy\n    response\n    refusalReason\n    closedOn\n    loggedBy\n    canManage\n    version\n    person {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment RightsRequestFields on RightsRequest {\n    id\n    kind\n    status\n    receivedOn\n    details\n    originalDueOn\n    extendedDueOn\n    extensionReason\n    dueOn\n    deadlineState\n    identityCheckedOn\n    identityCheckMethod\n    identityCheckedBy\n    response\n    refusalReason\n    closedOn\n    loggedBy\n    canManage\n    version\n    person {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsRegister($openOnly: Boolean) {\n    rightsRequests(openOnly: $openOnly) {\n      ...RightsRequestFields\n    }\n  }\n"): (typeof documents)["\n  query RightsRegister($openOnly: Boolean) {\n    rightsRequests(openOnly: $openOnly) {\n      ...RightsRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsRequest($id: ID!) {\n    rightsRequest(id: $id) {\n      ...RightsRequestFields\n    }\n  }\n"): (typeof documents)["\n  query RightsRequest($id: ID!) {\n    rightsRequest(id: $id) {\n      ...RightsRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogRightsRequest($input: LogRightsRequestInput!) {\n    logRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation LogRightsRequest($input: LogRightsRequestInput!) {\n    logRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProgressRightsRequest($input: ProgressRightsRequestInput!) {\n    progressRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProgressRightsRequest($input: ProgressRightsRequestInput!) {\n    progressRightsRequest(input: $input) {\n      ...RightsRequestFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinutesCorrections($id: ID!) {\n    meeting(id: $id) {\n      id\n      items {\n        id\n        corrections {\n          id\n          text\n          reason\n          addedBy\n          addedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MinutesCorrections($id: ID!) {\n    meeting(id: $id) {\n      id\n      items {\n        id\n        corrections {\n          id\n          text\n          reason\n          addedBy\n          addedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMinutesCorrection($input: AddMinutesCorrectionInput!) {\n    addMinutesCorrection(input: $input)\n  }\n"): (typeof documents)["\n  mutation AddMinutesCorrection($input: AddMinutesCorrectionInput!) {\n    addMinutesCorrection(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RightsPersonSearch($search: PeopleSearchInput!) {\n    people(search: $search, limit: 10) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query RightsPersonSearch($search: PeopleSearchInput!) {\n    people(search: $search, limit: 10) {\n      id\n      displayName\n      owningOrganisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRetentionSchedule($input: UpdateRetentionScheduleInput!) {\n    updateRetentionSchedule(input: $input) {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRetentionSchedule($input: UpdateRetentionScheduleInput!) {\n    updateRetentionSchedule(input: $input) {\n      recordType\n      periodCount\n      periodUnit\n      reviewRequired\n      graceDays\n      triggerEvent\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BreakGlassGrantFields on BreakGlassGrantReview {\n    id\n    grantedAt\n    expiresAt\n    userName\n    userOrganisationName\n    reason\n    person {\n      id\n      displayName\n    }\n    reads {\n      at\n      action\n      sections\n      context\n    }\n    outcome\n    reviewNote\n    reviewedAt\n    reviewedBy\n  }\n"): (typeof documents)["\n  fragment BreakGlassGrantFields on BreakGlassGrantReview {\n    id\n    grantedAt\n    expiresAt\n    userName\n    userOrganisationName\n    reason\n    person {\n      id\n      displayName\n    }\n    reads {\n      at\n      action\n      sections\n      context\n    }\n    outcome\n    reviewNote\n    reviewedAt\n    reviewedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreakGlassGrants($reviewed: Boolean) {\n    breakGlassGrants(reviewed: $reviewed) {\n      ...BreakGlassGrantFields\n    }\n  }\n"): (typeof documents)["\n  query BreakGlassGrants($reviewed: Boolean) {\n    breakGlassGrants(reviewed: $reviewed) {\n      ...BreakGlassGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      ...BreakGlassGrantFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {\n    reviewBreakGlass(input: $input) {\n      ...BreakGlassGrantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkReadAlerts {\n    bulkReadAlerts {\n      id\n      userName\n      organisationName\n      peopleCount\n      threshold\n      windowStart\n      windowEnd\n      raisedAt\n    }\n  }\n"): (typeof documents)["\n  query BulkReadAlerts {\n    bulkReadAlerts {\n      id\n      userName\n      organisationName\n      peopleCount\n      threshold\n      windowStart\n      windowEnd\n      raisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentFields on Incident {\n    id\n    version\n    title\n    whatHappened\n    occurredAt\n    discoveredAt\n    icoDeadline\n    overdue\n    dataCategories\n    peopleAffected\n    recordsAffected\n    likelyConsequences\n    measuresTaken\n    measuresProposed\n    peopleTold\n    peopleToldDetail\n    icoDecision\n    icoReportedAt\n    icoReference\n    notReportableReason\n    recordedBy\n    recordedAt\n  }\n"): (typeof documents)["\n  fragment IncidentFields on Incident {\n    id\n    version\n    title\n    whatHappened\n    occurredAt\n    discoveredAt\n    icoDeadline\n    overdue\n    dataCategories\n    peopleAffected\n    recordsAffected\n    likelyConsequences\n    measuresTaken\n    measuresProposed\n    peopleTold\n    peopleToldDetail\n    icoDecision\n    icoReportedAt\n    icoReference\n    notReportableReason\n    recordedBy\n    recordedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incidents {\n    incidents {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  query Incidents {\n    incidents {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIncident($input: IncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIncident($input: IncidentInput!) {\n    recordIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIncident($input: UpdateIncidentInput!) {\n    updateIncident(input: $input) {\n      ...IncidentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HuddleSummaryFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    caseload {\n      id\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n  }\n"): (typeof documents)["\n  fragment HuddleSummaryFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    caseload {\n      id\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuddlesList {\n    huddles {\n      ...HuddleSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query HuddlesList {\n    huddles {\n      ...HuddleSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HuddleDetailFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n    caseload {\n      id\n      person {\n        id\n        displayName\n      }\n      personRestricted\n      referringOrganisation {\n        id\n        name\n        kind\n      }\n      offerOfHelp\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      addedOn\n    }\n    coordinatorLoads {\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      count\n      overLimit\n    }\n  }\n"): (typeof documents)["\n  fragment HuddleDetailFields on Huddle {\n    id\n    name\n    councilArea\n    usualDay\n    usualTime\n    isChair\n    memberOrganisations {\n      id\n      name\n      kind\n    }\n    chairs {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n    meetings {\n      id\n      startsAt\n      status\n      itemCount\n    }\n    caseload {\n      id\n      person {\n        id\n        displayName\n      }\n      personRestricted\n      referringOrganisation {\n        id\n        name\n        kind\n      }\n      offerOfHelp\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      addedOn\n    }\n    coordinatorLoads {\n      coordinator {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      count\n      overLimit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuddlePage($id: ID!) {\n    huddle(id: $id) {\n      ...HuddleDetailFields\n    }\n  }\n"): (typeof documents)["\n  query HuddlePage($id: ID!) {\n    huddle(id: $id) {\n      ...HuddleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCaseload($input: AddToCaseloadInput!) {\n    addToCaseload(input: $input) {\n      warning\n      huddle {\n        ...HuddleDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddToCaseload($input: AddToCaseloadInput!) {\n    addToCaseload(input: $input) {\n      warning\n      huddle {\n        ...HuddleDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveFromCaseload($entryId: ID!) {\n    removeFromCaseload(entryId: $entryId) {\n      ...HuddleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveFromCaseload($entryId: ID!) {\n    removeFromCaseload(entryId: $entryId) {\n      ...HuddleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleMeeting($huddleId: ID!, $startsAt: DateTimeISO!) {\n    scheduleMeeting(huddleId: $huddleId, startsAt: $startsAt) {\n      ...HuddleDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleMeeting($huddleId: ID!, $startsAt: DateTimeISO!) {\n    scheduleMeeting(huddleId: $huddleId, startsAt: $startsAt) {\n      ...HuddleDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadPersonSearch($name: String!) {\n    people(search: { name: $name }, limit: 10) {\n      id\n      displayName\n      lockedDown\n      owningOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadPersonSearch($name: String!) {\n    people(search: { name: $name }, limit: 10) {\n      id\n      displayName\n      lockedDown\n      owningOrganisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HuddleColleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query HuddleColleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeetingActionFields on Action {\n    id\n    title\n    status\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeetingActionFields on Action {\n    id\n    title\n    status\n    dueDate\n    dueWindow\n    overdue\n    personRestricted\n    owner {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    position\n    kind\n    title\n    reason\n    personRestricted\n    person {\n      id\n      displayName\n      pronouns\n    }\n    notes\n    notesVersion\n    decisions\n    decisionsVersion\n    systemBarrier\n    barrierVersion\n    discussed\n    carriedOver\n    outcome\n    flags {\n      kind\n      text\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    meetingId\n    position\n    kind\n    title\n    reason\n    personRestricted\n    person {\n      id\n      displayName\n      pronouns\n    }\n    notes\n    notesVersion\n    decisions\n    decisionsVersion\n    systemBarrier\n    barrierVersion\n    discussed\n    carriedOver\n    outcome\n    flags {\n      kind\n      text\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      id\n      huddleId\n      huddleName\n      startsAt\n      status\n      focusItemId\n      seq\n      isChair\n      closedAt\n      place\n      protectiveMarking\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      huddleChairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      signOff {\n        signedOn\n        signedAt\n        signedBy {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      attendance {\n        present\n        apologies\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      items {\n        ...AgendaItemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingRoom($id: ID!) {\n    meeting(id: $id) {\n      id\n      huddleId\n      huddleName\n      startsAt\n      status\n      focusItemId\n      seq\n      isChair\n      closedAt\n      place\n      protectiveMarking\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      huddleChairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n      signOff {\n        signedOn\n        signedAt\n        signedBy {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      attendance {\n        present\n        apologies\n        user {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      items {\n        ...AgendaItemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingAgendaItem($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  query MeetingAgendaItem($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaItemWithActions($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n      actions {\n        ...MeetingActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AgendaItemWithActions($id: ID!) {\n    agendaItem(id: $id) {\n      ...AgendaItemFields\n      actions {\n        ...MeetingActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingMembers($huddleId: ID!) {\n    huddle(id: $huddleId) {\n      id\n      memberOrganisations {\n        id\n        name\n        kind\n      }\n      chairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingMembers($huddleId: ID!) {\n    huddle(id: $huddleId) {\n      id\n      memberOrganisations {\n        id\n        name\n        kind\n      }\n      chairs {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MinutesActions($meetingId: ID!) {\n    actions(filter: { meetingId: $meetingId }, limit: 500) {\n      ...MeetingActionFields\n      origin {\n        agendaItemId\n      }\n    }\n  }\n"): (typeof documents)["\n  query MinutesActions($meetingId: ID!) {\n    actions(filter: { meetingId: $meetingId }, limit: 500) {\n      ...MeetingActionFields\n      origin {\n        agendaItemId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPersonPreferences($id: ID!) {\n    person(id: $id, purpose: \"Discussed at a huddle meeting\") {\n      id\n      preferences {\n        whatHelps\n        whatToAvoid\n        contactHow\n        contactWhen\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPersonPreferences($id: ID!) {\n    person(id: $id, purpose: \"Discussed at a huddle meeting\") {\n      id\n      preferences {\n        whatHelps\n        whatToAvoid\n        contactHow\n        contactWhen\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MeetingEvents($meetingId: ID!, $afterSeq: Int) {\n    meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {\n      meetingId\n      seq\n      type\n      itemId\n      field\n      version\n      actorId\n      actorName\n      at\n      typing\n      update\n    }\n  }\n"): (typeof documents)["\n  subscription MeetingEvents($meetingId: ID!, $afterSeq: Int) {\n    meetingEvents(meetingId: $meetingId, afterSeq: $afterSeq) {\n      meetingId\n      seq\n      type\n      itemId\n      field\n      version\n      actorId\n      actorName\n      at\n      typing\n      update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation StartMeeting($meetingId: ID!) {\n    startMeeting(meetingId: $meetingId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n      focusItemId\n    }\n  }\n"): (typeof documents)["\n  mutation CloseMeeting($meetingId: ID!) {\n    closeMeeting(meetingId: $meetingId) {\n      id\n      status\n      closedAt\n      focusItemId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {\n    updateAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddAgendaItem($input: AddAgendaItemInput!) {\n    addAgendaItem(input: $input) {\n      ...AgendaItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveAgendaItem($itemId: ID!, $toPosition: Int!) {\n    moveAgendaItem(itemId: $itemId, toPosition: $toPosition) {\n      id\n      items {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveAgendaItem($itemId: ID!, $toPosition: Int!) {\n    moveAgendaItem(itemId: $itemId, toPosition: $toPosition) {\n      id\n      items {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingFocus($meetingId: ID!, $itemId: ID) {\n    setMeetingFocus(meetingId: $meetingId, itemId: $itemId)\n  }\n"): (typeof documents)["\n  mutation SetMeetingFocus($meetingId: ID!, $itemId: ID) {\n    setMeetingFocus(meetingId: $meetingId, itemId: $itemId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($meetingId: ID!, $present: Boolean!, $userId: ID, $apologies: Boolean) {\n    recordAttendance(meetingId: $meetingId, present: $present, userId: $userId, apologies: $apologies)\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($meetingId: ID!, $present: Boolean!, $userId: ID, $apologies: Boolean) {\n    recordAttendance(meetingId: $meetingId, present: $present, userId: $userId, apologies: $apologies)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffMinutes($meetingId: ID!, $signedOn: LocalDate!) {\n    signOffMinutes(meetingId: $meetingId, signedOn: $signedOn) {\n      signedOn\n      signedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignOffMinutes($meetingId: ID!, $signedOn: LocalDate!) {\n    signOffMinutes(meetingId: $meetingId, signedOn: $signedOn) {\n      signedOn\n      signedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeetingDetails($input: MeetingDetailsInput!) {\n    updateMeetingDetails(input: $input) {\n      id\n      place\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeetingDetails($input: MeetingDetailsInput!) {\n    updateMeetingDetails(input: $input) {\n      id\n      place\n      chair {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportPresence($meetingId: ID!, $itemId: ID, $field: String, $typing: Boolean!) {\n    reportPresence(meetingId: $meetingId, itemId: $itemId, field: $field, typing: $typing)\n  }\n"): (typeof documents)["\n  mutation ReportPresence($meetingId: ID!, $itemId: ID, $field: String, $typing: Boolean!) {\n    reportPresence(meetingId: $meetingId, itemId: $itemId, field: $field, typing: $typing)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeetingAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...MeetingActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeetingAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...MeetingActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AgendaText($itemId: ID!, $field: AgendaTextField!, $stateVector: String) {\n    agendaText(itemId: $itemId, field: $field, stateVector: $stateVector) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n"): (typeof documents)["\n  query AgendaText($itemId: ID!, $field: AgendaTextField!, $stateVector: String) {\n    agendaText(itemId: $itemId, field: $field, stateVector: $stateVector) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditAgendaText($input: EditAgendaTextInput!) {\n    editAgendaText(input: $input) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n"): (typeof documents)["\n  mutation EditAgendaText($input: EditAgendaTextInput!) {\n    editAgendaText(input: $input) {\n      itemId\n      field\n      version\n      update\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyWork {\n    myWork {\n      overdue {\n        ...ActionListFields\n      }\n      dueThisWeek {\n        ...ActionListFields\n      }\n      later {\n        ...ActionListFields\n      }\n      organisation {\n        ...ActionListFields\n      }\n      leadFor {\n        id\n        displayName\n        situation {\n          kind\n          releaseDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyWork {\n    myWork {\n      overdue {\n        ...ActionListFields\n      }\n      dueThisWeek {\n        ...ActionListFields\n      }\n      later {\n        ...ActionListFields\n      }\n      organisation {\n        ...ActionListFields\n      }\n      leadFor {\n        id\n        displayName\n        situation {\n          kind\n          releaseDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    actionId\n    aboutPerson\n    person {\n      id\n      legalName\n    }\n    createdAt\n    readAt\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    message\n    actionId\n    aboutPerson\n    person {\n      id\n      legalName\n    }\n    createdAt\n    readAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationList($limit: Int!) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  query NotificationList($limit: Int!) {\n    notifications(limit: $limit) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportHuddles {\n    huddles {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReportHuddles {\n    huddles {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseloadReport($huddleId: ID!) {\n    caseloadOutcomes(huddleId: $huddleId) {\n      huddleId\n      measureKey\n      peopleAssessed\n      peopleWithChange\n      averageAtEntry\n      averageLatest\n      averageChange\n      suppressed\n    }\n    caseloadReport(huddleId: $huddleId) {\n      huddleId\n      serviceUseBefore {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      serviceUseAfter {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      actionsByMonth {\n        month\n        completed\n        overdue\n      }\n      timelinessByOwner {\n        id\n        name\n        organisationName\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      timelinessByOrganisation {\n        id\n        name\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      barrierThemes {\n        theme\n        label\n        count\n        reasons\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseloadReport($huddleId: ID!) {\n    caseloadOutcomes(huddleId: $huddleId) {\n      huddleId\n      measureKey\n      peopleAssessed\n      peopleWithChange\n      averageAtEntry\n      averageLatest\n      averageChange\n      suppressed\n    }\n    caseloadReport(huddleId: $huddleId) {\n      huddleId\n      serviceUseBefore {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      serviceUseAfter {\n        people\n        personQuarters\n        evictions\n        arrests\n        nightsInPrison\n        aeAttendances\n        mentalHealthInpatientDays\n        suppressed\n      }\n      actionsByMonth {\n        month\n        completed\n        overdue\n      }\n      timelinessByOwner {\n        id\n        name\n        organisationName\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      timelinessByOrganisation {\n        id\n        name\n        due\n        onTime\n        late\n        overdue\n        blocked\n        onTimeRate\n      }\n      barrierThemes {\n        theme\n        label\n        count\n        reasons\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OutcomeHistoryFields on OutcomeHistory {\n    measure {\n      id\n      key\n      name\n      acknowledgement\n      rescoreDays\n      maxTotal\n      domains {\n        key\n        label\n        min\n        max\n        weight\n      }\n    }\n    assessments {\n      id\n      assessedOn\n      total\n      notes\n      scores {\n        domain\n        score\n      }\n      assessedBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    rescoreDueOn\n    rescoreDue\n  }\n"): (typeof documents)["\n  fragment OutcomeHistoryFields on OutcomeHistory {\n    measure {\n      id\n      key\n      name\n      acknowledgement\n      rescoreDays\n      maxTotal\n      domains {\n        key\n        label\n        min\n        max\n        weight\n      }\n    }\n    assessments {\n      id\n      assessedOn\n      total\n      notes\n      scores {\n        domain\n        score\n      }\n      assessedBy {\n        id\n        name\n        organisation {\n          id\n          name\n        }\n      }\n    }\n    rescoreDueOn\n    rescoreDue\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceUseFields on ServiceUseQuarter {\n    quarterStart\n    evictions\n    arrests\n    nightsInPrison\n    aeAttendances\n    mentalHealthInpatientDays\n  }\n"): (typeof documents)["\n  fragment ServiceUseFields on ServiceUseQuarter {\n    quarterStart\n    evictions\n    arrests\n    nightsInPrison\n    aeAttendances\n    mentalHealthInpatientDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAssessments($personId: ID!) {\n    assessments(personId: $personId) {\n      ...OutcomeHistoryFields\n    }\n  }\n"): (typeof documents)["\n  query PersonAssessments($personId: ID!) {\n    assessments(personId: $personId) {\n      ...OutcomeHistoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonServiceUse($personId: ID!) {\n    serviceUse(personId: $personId) {\n      ...ServiceUseFields\n    }\n  }\n"): (typeof documents)["\n  query PersonServiceUse($personId: ID!) {\n    serviceUse(personId: $personId) {\n      ...ServiceUseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...OutcomeHistoryFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAssessment($input: RecordAssessmentInput!) {\n    recordAssessment(input: $input) {\n      ...OutcomeHistoryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceUse($input: RecordServiceUseInput!) {\n    recordServiceUse(input: $input) {\n      ...ServiceUseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordServiceUse($input: RecordServiceUseInput!) {\n    recordServiceUse(input: $input) {\n      ...ServiceUseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonRecordFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    pronouns\n    lockedDown\n    processingRestricted\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    agenciesInvolved {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n      full\n      sections\n      breakGlassUntil\n      canSeeAccessLog\n      canManageSharing\n    }\n    profile {\n      dateOfBirth\n      under18\n      councilArea\n      nhsNumber\n      prisonNumber\n      crn\n      version\n    }\n    situation {\n      kind\n      establishment\n      releaseDate\n      accommodationStatus\n      notes\n      version\n      warnings {\n        code\n        message\n      }\n    }\n    flags {\n      kind\n      text\n    }\n    story {\n      text\n      recordedAt\n      personAgreed\n      version\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    needs {\n      domain\n      status\n      notes\n      section\n      updatedAt\n      version\n    }\n    preferences {\n      whatHelps\n      whatToAvoid\n      contactHow\n      contactWhen\n      timeOfDay\n      version\n    }\n    risk {\n      summary\n      safetyPlan\n      version\n    }\n    leadProfessionals {\n      organisation {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    timeline {\n      id\n      at\n      kind\n      section\n      summary\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    sharingAgreements {\n      id\n      lawfulBasis {\n        article6 {\n          code\n          label\n          reference\n        }\n        article9 {\n          code\n          reference\n        }\n        article10 {\n          code\n          reference\n        }\n        schedule1 {\n          code\n          reference\n        }\n        commonLaw {\n          code\n          label\n        }\n        isaTitle\n      }\n      agreedOn\n      expiresOn\n      notes\n      state\n      recordedAt\n      withdrawnAt\n      withdrawalReason\n      sections\n      organisations {\n        id\n        name\n        kind\n      }\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PersonRecordFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    pronouns\n    lockedDown\n    processingRestricted\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    agenciesInvolved {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n      full\n      sections\n      breakGlassUntil\n      canSeeAccessLog\n      canManageSharing\n    }\n    profile {\n      dateOfBirth\n      under18\n      councilArea\n      nhsNumber\n      prisonNumber\n      crn\n      version\n    }\n    situation {\n      kind\n      establishment\n      releaseDate\n      accommodationStatus\n      notes\n      version\n      warnings {\n        code\n        message\n      }\n    }\n    flags {\n      kind\n      text\n    }\n    story {\n      text\n      recordedAt\n      personAgreed\n      version\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    needs {\n      domain\n      status\n      notes\n      section\n      updatedAt\n      version\n    }\n    preferences {\n      whatHelps\n      whatToAvoid\n      contactHow\n      contactWhen\n      timeOfDay\n      version\n    }\n    risk {\n      summary\n      safetyPlan\n      version\n    }\n    leadProfessionals {\n      organisation {\n        id\n        name\n        kind\n      }\n      user {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    timeline {\n      id\n      at\n      kind\n      section\n      summary\n      author {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n    sharingAgreements {\n      id\n      lawfulBasis {\n        article6 {\n          code\n          label\n          reference\n        }\n        article9 {\n          code\n          reference\n        }\n        article10 {\n          code\n          reference\n        }\n        schedule1 {\n          code\n          reference\n        }\n        commonLaw {\n          code\n          label\n        }\n        isaTitle\n      }\n      agreedOn\n      expiresOn\n      notes\n      state\n      recordedAt\n      withdrawnAt\n      withdrawalReason\n      sections\n      organisations {\n        id\n        name\n        kind\n      }\n      recordedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCoordination($id: ID!) {\n    person(id: $id) {\n      id\n      openActions {\n        id\n        title\n        status\n        dueDate\n        dueWindow\n        overdue\n        owner {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      huddles {\n        id\n        name\n        addedOn\n        nextMeetingAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonCoordination($id: ID!) {\n    person(id: $id) {\n      id\n      openActions {\n        id\n        title\n        status\n        dueDate\n        dueWindow\n        overdue\n        owner {\n          id\n          name\n          organisation {\n            id\n            name\n            kind\n          }\n        }\n      }\n      huddles {\n        id\n        name\n        addedOn\n        nextMeetingAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonRecord($id: ID!) {\n    person(id: $id) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  query PersonRecord($id: ID!) {\n    person(id: $id) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSearchResultFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    lockedDown\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n    }\n    profile {\n      dateOfBirth\n    }\n  }\n"): (typeof documents)["\n  fragment PersonSearchResultFields on Person {\n    id\n    displayName\n    legalName\n    preferredName\n    lockedDown\n    owningOrganisation {\n      id\n      name\n      kind\n    }\n    access {\n      basis\n    }\n    profile {\n      dateOfBirth\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: PeopleSearchInput!, $limit: Int!) {\n    people(search: $search, limit: $limit) {\n      ...PersonSearchResultFields\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($search: PeopleSearchInput!, $limit: Int!) {\n    people(search: $search, limit: $limit) {\n      ...PersonSearchResultFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecordFields\n      possibleExistingRecord\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      ...PersonRecordFields\n      possibleExistingRecord\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonProfile($input: UpdatePersonProfileInput!) {\n    updatePersonProfile(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonProfile($input: UpdatePersonProfileInput!) {\n    updatePersonProfile(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonSituation($input: UpdatePersonSituationInput!) {\n    updatePersonSituation(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonSituation($input: UpdatePersonSituationInput!) {\n    updatePersonSituation(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonStory($input: UpdatePersonStoryInput!) {\n    updatePersonStory(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonStory($input: UpdatePersonStoryInput!) {\n    updatePersonStory(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonNeed($input: UpdatePersonNeedInput!) {\n    updatePersonNeed(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonNeed($input: UpdatePersonNeedInput!) {\n    updatePersonNeed(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonPreferences($input: UpdatePersonPreferencesInput!) {\n    updatePersonPreferences(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonPreferences($input: UpdatePersonPreferencesInput!) {\n    updatePersonPreferences(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonRisk($input: UpdatePersonRiskInput!) {\n    updatePersonRisk(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePersonRisk($input: UpdatePersonRiskInput!) {\n    updatePersonRisk(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLeadProfessional($personId: ID!, $userId: ID!) {\n    setLeadProfessional(personId: $personId, userId: $userId) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetLeadProfessional($personId: ID!, $userId: ID!) {\n    setLeadProfessional(personId: $personId, userId: $userId) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLeadProfessional($personId: ID!, $organisationId: ID!) {\n    removeLeadProfessional(personId: $personId, organisationId: $organisationId) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLeadProfessional($personId: ID!, $organisationId: ID!) {\n    removeLeadProfessional(personId: $personId, organisationId: $organisationId) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTimelineNote($personId: ID!, $text: String!, $section: SharingSection) {\n    addTimelineNote(personId: $personId, text: $text, section: $section) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddTimelineNote($personId: ID!, $text: String!, $section: SharingSection) {\n    addTimelineNote(personId: $personId, text: $text, section: $section) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonLockdown($personId: ID!, $lockedDown: Boolean!, $reason: String!) {\n    setPersonLockdown(personId: $personId, lockedDown: $lockedDown, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonLockdown($personId: ID!, $lockedDown: Boolean!, $reason: String!) {\n    setPersonLockdown(personId: $personId, lockedDown: $lockedDown, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BreakGlass($personId: ID!, $reason: String!) {\n    breakGlass(personId: $personId, reason: $reason) {\n      personId\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation BreakGlass($personId: ID!, $reason: String!) {\n    breakGlass(personId: $personId, reason: $reason) {\n      personId\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSharingAgreement($input: RecordSharingAgreementInput!) {\n    recordSharingAgreement(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSharingAgreement($input: RecordSharingAgreementInput!) {\n    recordSharingAgreement(input: $input) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawSharingAgreement($id: ID!, $reason: String) {\n    withdrawSharingAgreement(id: $id, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawSharingAgreement($id: ID!, $reason: String) {\n    withdrawSharingAgreement(id: $id, reason: $reason) {\n      ...PersonRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAccessLog($personId: ID!) {\n    personAccessLog(personId: $personId) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      organisationName\n      sections\n      purpose\n      breakGlass\n    }\n  }\n"): (typeof documents)["\n  query PersonAccessLog($personId: ID!) {\n    personAccessLog(personId: $personId) {\n      id\n      at\n      action\n      actorName\n      actorRole\n      organisationName\n      sections\n      purpose\n      breakGlass\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPerson($personId: ID!) {\n    exportPerson(personId: $personId)\n  }\n"): (typeof documents)["\n  query ExportPerson($personId: ID!) {\n    exportPerson(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PartnerOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Colleagues {\n    colleagues {\n      id\n      name\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PersonChanged($personId: ID!) {\n    personChanged(personId: $personId) {\n      personId\n      part\n      version\n      domain\n      changedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription PersonChanged($personId: ID!) {\n    personChanged(personId: $personId) {\n      personId\n      part\n      version\n      domain\n      changedBy {\n        id\n        name\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralFigures($from: LocalDate, $to: LocalDate) {\n    referralFigures(from: $from, to: $to) {\n      from\n      to\n      rows {\n        kind\n        kindLabel\n        receivingOrganisation {\n          id\n          name\n        }\n        sent\n        accepted\n        declined\n        overdueNow\n        medianDaysToAcknowledge\n        medianDaysToAccept\n        suppressed\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralFigures($from: LocalDate, $to: LocalDate) {\n    referralFigures(from: $from, to: $to) {\n      from\n      to\n      rows {\n        kind\n        kindLabel\n        receivingOrganisation {\n          id\n          name\n        }\n        sent\n        accepted\n        declined\n        overdueNow\n        medianDaysToAcknowledge\n        medianDaysToAccept\n        suppressed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralFiguresCsv($from: LocalDate, $to: LocalDate) {\n    referralFiguresCsv(from: $from, to: $to)\n  }\n"): (typeof documents)["\n  query ReferralFiguresCsv($from: LocalDate, $to: LocalDate) {\n    referralFiguresCsv(from: $from, to: $to)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralInboxSummary {\n    referralInbox {\n      new\n      overdue\n      accepted\n      awaitingAnswer\n    }\n  }\n"): (typeof documents)["\n  query ReferralInboxSummary {\n    referralInbox {\n      new\n      overdue\n      accepted\n      awaitingAnswer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReferralChanged {\n    referralChanged {\n      referralId\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  subscription ReferralChanged {\n    referralChanged {\n      referralId\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralSummaryFields on Referral {\n    id\n    direction\n    status\n    overdue\n    sentAt\n    respondBy\n    kind {\n      code\n      label\n    }\n    person {\n      id\n      displayName\n    }\n    personId\n    sendingOrganisation {\n      id\n      name\n    }\n    receivingOrganisation {\n      id\n      name\n    }\n    version\n  }\n"): (typeof documents)["\n  fragment ReferralSummaryFields on Referral {\n    id\n    direction\n    status\n    overdue\n    sentAt\n    respondBy\n    kind {\n      code\n      label\n    }\n    person {\n      id\n      displayName\n    }\n    personId\n    sendingOrganisation {\n      id\n      name\n    }\n    receivingOrganisation {\n      id\n      name\n    }\n    version\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    ...ReferralSummaryFields\n    sentBy\n    message\n    sections\n    expiresOn\n    acknowledgedAt\n    answeredAt\n    closedAt\n    declineReason\n    withdrawReason\n    outcome\n    canAcknowledge\n    canAccept\n    canDecline\n    canWithdraw\n    canClose\n    kind {\n      code\n      label\n      responseWorkingDays\n    }\n    consent {\n      givenOn\n      method\n      personsWords\n      recordedAt\n      recordedBy\n    }\n    proposedAppointment {\n      date\n      window\n      startTime\n      endTime\n      location\n      town\n      appointmentId\n    }\n    mentor {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      by\n      kind\n      note\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReferralFields on Referral {\n    ...ReferralSummaryFields\n    sentBy\n    message\n    sections\n    expiresOn\n    acknowledgedAt\n    answeredAt\n    closedAt\n    declineReason\n    withdrawReason\n    outcome\n    canAcknowledge\n    canAccept\n    canDecline\n    canWithdraw\n    canClose\n    kind {\n      code\n      label\n      responseWorkingDays\n    }\n    consent {\n      givenOn\n      method\n      personsWords\n      recordedAt\n      recordedBy\n    }\n    proposedAppointment {\n      date\n      window\n      startTime\n      endTime\n      location\n      town\n      appointmentId\n    }\n    mentor {\n      id\n      name\n    }\n    timeline {\n      id\n      at\n      by\n      kind\n      note\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralFilter) {\n    referrals(filter: $filter) {\n      ...ReferralSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query Referrals($filter: ReferralFilter) {\n    referrals(filter: $filter) {\n      ...ReferralSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeerMentors {\n    peerMentors {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query PeerMentors {\n    peerMentors {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralKinds {\n    referralKinds {\n      code\n      label\n      active\n      responseWorkingDays\n    }\n  }\n"): (typeof documents)["\n  query ReferralKinds {\n    referralKinds {\n      code\n      label\n      active\n      responseWorkingDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendReferral($input: SendReferralInput!) {\n    sendReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReferral($input: ReferralStepInput!) {\n    acknowledgeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeReferral($input: ReferralStepInput!) {\n    acknowledgeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptReferral($input: ReferralStepInput!) {\n    acceptReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineReferral($input: DeclineReferralInput!) {\n    declineReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReferral($input: ReferralStepInput!) {\n    withdrawReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawReferral($input: ReferralStepInput!) {\n    withdrawReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseReferral($input: CloseReferralInput!) {\n    closeReferral(input: $input) {\n      ...ReferralFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UpcomingReleaseFields on UpcomingRelease {\n    person {\n      id\n      displayName\n    }\n    releaseDate\n    daysToRelease\n    establishment\n    destinationCouncilArea\n    redFlags\n    itemsDone\n    itemsTotal\n  }\n"): (typeof documents)["\n  fragment UpcomingReleaseFields on UpcomingRelease {\n    person {\n      id\n      displayName\n    }\n    releaseDate\n    daysToRelease\n    establishment\n    destinationCouncilArea\n    redFlags\n    itemsDone\n    itemsTotal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingReleases($withinDays: Int!) {\n    upcomingReleases(withinDays: $withinDays) {\n      ...UpcomingReleaseFields\n    }\n  }\n"): (typeof documents)["\n  query UpcomingReleases($withinDays: Int!) {\n    upcomingReleases(withinDays: $withinDays) {\n      ...UpcomingReleaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseForecast($months: Int!) {\n    releaseForecast(months: $months) {\n      months\n      councilAreas\n      cells {\n        councilArea\n        month\n        suppressed\n        due\n        accommodationSecured\n        dutyToReferMade\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReleaseForecast($months: Int!) {\n    releaseForecast(months: $months) {\n      months\n      councilAreas\n      cells {\n        councilArea\n        month\n        suppressed\n        due\n        accommodationSecured\n        dutyToReferMade\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseForecastPeople($councilArea: String!, $month: String!) {\n    releaseForecastPeople(councilArea: $councilArea, month: $month) {\n      ...UpcomingReleaseFields\n    }\n  }\n"): (typeof documents)["\n  query ReleaseForecastPeople($councilArea: String!, $month: String!) {\n    releaseForecastPeople(councilArea: $councilArea, month: $month) {\n      ...UpcomingReleaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleasePlanFields on ReleasePlan {\n    personId\n    releaseDate\n    releaseTime\n    establishment\n    establishmentTown\n    destinationCouncilArea\n    daysToRelease\n    redFlags\n    version\n    items {\n      item\n      label\n      status\n      owningOrganisation {\n        id\n        name\n      }\n      onDate\n      detail\n      council\n      outcome\n      referralId\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ReleasePlanFields on ReleasePlan {\n    personId\n    releaseDate\n    releaseTime\n    establishment\n    establishmentTown\n    destinationCouncilArea\n    daysToRelease\n    redFlags\n    version\n    items {\n      item\n      label\n      status\n      owningOrganisation {\n        id\n        name\n      }\n      onDate\n      detail\n      council\n      outcome\n      referralId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleasePlan($personId: ID!) {\n    releasePlan(personId: $personId) {\n      ...ReleasePlanFields\n    }\n  }\n"): (typeof documents)["\n  query ReleasePlan($personId: ID!) {\n    releasePlan(personId: $personId) {\n      ...ReleasePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanPerson($id: ID!, $purpose: String) {\n    person(id: $id, purpose: $purpose) {\n      id\n      displayName\n      access {\n        sections\n        canSeeAccessLog\n      }\n      situation {\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanPerson($id: ID!, $purpose: String) {\n    person(id: $id, purpose: $purpose) {\n      id\n      displayName\n      access {\n        sections\n        canSeeAccessLog\n      }\n      situation {\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query PlanOrganisations {\n    partnerOrganisations {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReleasePlanItem($input: UpdateReleasePlanItemInput!) {\n    updateReleasePlanItem(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReleasePlanItem($input: UpdateReleasePlanItemInput!) {\n    updateReleasePlanItem(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateReleasePlan($input: UpdateReleasePlanInput!) {\n    updateReleasePlan(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateReleasePlan($input: UpdateReleasePlanInput!) {\n    updateReleasePlan(input: $input) {\n      ...ReleasePlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyNotice($personId: ID!) {\n    privacyNotice(personId: $personId) {\n      personId\n      personName\n      generatedOn\n      heldBy {\n        id\n        name\n      }\n      sharedWith {\n        organisation {\n          id\n          name\n        }\n        sharedParts\n      }\n      purposes\n      lawfulBases\n      informationHeld {\n        heading\n        text\n      }\n      keptFor\n      rights {\n        heading\n        text\n      }\n      howToAsk\n      complaint\n      jointControllers\n    }\n  }\n"): (typeof documents)["\n  query PrivacyNotice($personId: ID!) {\n    privacyNotice(personId: $personId) {\n      personId\n      personName\n      generatedOn\n      heldBy {\n        id\n        name\n      }\n      sharedWith {\n        organisation {\n          id\n          name\n        }\n        sharedParts\n      }\n      purposes\n      lawfulBases\n      informationHeld {\n        heading\n        text\n      }\n      keptFor\n      rights {\n        heading\n        text\n      }\n      howToAsk\n      complaint\n      jointControllers\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordOfProcessingCsv {\n    recordOfProcessingCsv\n  }\n"): (typeof documents)["\n  query RecordOfProcessingCsv {\n    recordOfProcessingCsv\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($code: String!) {\n    completeSignIn(code: $code) {\n      ...CurrentUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSignIn($code: String!) {\n    completeSignIn(code: $code) {\n      ...CurrentUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartSignInEnrolment {\n    startSignInEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartSignInEnrolment {\n    startSignInEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmSignInEnrolment($code: String!) {\n    confirmSignInEnrolment(code: $code) {\n      user {\n        ...CurrentUserFields\n      }\n      recoveryCodes\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmSignInEnrolment($code: String!) {\n    confirmSignInEnrolment(code: $code) {\n      user {\n        ...CurrentUserFields\n      }\n      recoveryCodes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByOrganisation\n    }\n  }\n"): (typeof documents)["\n  query TwoFactorStatus {\n    twoFactorStatus {\n      enabled\n      enabledAt\n      recoveryCodesLeft\n      requiredByOrganisation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"): (typeof documents)["\n  mutation StartTwoFactorEnrolment {\n    startTwoFactorEnrolment {\n      secret\n      qrCodeDataUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n"): (typeof documents)["\n  mutation ConfirmTwoFactorEnrolment($code: String!) {\n    confirmTwoFactorEnrolment(code: $code)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
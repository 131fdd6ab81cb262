import { createContext, useContext, type ReactNode } from 'react';
import { NDTA, type SarAction, type SarAssessment, type SubjectAccessExport, type SubjectAccessRecord } from '@casehuddle/shared';
import {
  actionHistoryLine,
  changeFieldName,
  changePart,
  changeValue,
  day,
  formatNhsNumber,
  label,
  moment,
  quarter,
  yesNo,
} from './exportText';

const NOT_RECORDED = 'Not recorded';

/** The sections of the document, in order, for the contents list and the headings. */
export const DOCUMENT_SECTIONS = [
  ['about', 'About you'],
  ['story', 'Your story'],
  ['needs', 'Your needs'],
  ['preferences', 'What helps you and how to contact you'],
  ['situation', 'Your situation'],
  ['risks', 'Risks and safety'],
  ['leads', 'Your lead professionals'],
  ['sharing', 'Your agreements to share information'],
  ['referrals', 'Referrals to other services'],
  ['timeline', 'Timeline'],
  ['changes', 'Changes made to your record'],
  ['appointments', 'Appointments'],
  ['release', 'Release plan'],
  ['outcomes', 'Outcome assessments'],
  ['service-use', 'Use of services'],
  ['actions', 'Actions agreed for you'],
  ['huddles', 'Huddles and caseloads'],
  ['meetings', 'Meeting notes and minutes'],
  ['alerts', 'Alerts sent to staff'],
  ['break-glass', 'Emergency (break-glass) access'],
  ['rights', 'Your requests about your record'],
  ['audit', 'Who has seen or changed your record'],
  ['merged', 'Other records of you merged into this one'],
] as const;
type SectionKey = (typeof DOCUMENT_SECTIONS)[number][0];
const TITLES = Object.fromEntries(DOCUMENT_SECTIONS) as Record<SectionKey, string>;

/**
 * Where a part of the document sits: the exported record itself, or a duplicate record merged into
 * it (shown in full inside the "merged" section, its headings a level down and its ids prefixed).
 */
const Nesting = createContext<{ prefix: string; depth: number }>({ prefix: 'sar-', depth: 0 });

function Section({ id, children }: { id: SectionKey; children: ReactNode }) {
  const { prefix, depth } = useContext(Nesting);
  const Heading = (['h2', 'h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth * 2, 4)]!;
  return (
    <section className="app-export__section" aria-labelledby={`${prefix}${id}`}>
      <Heading className={depth === 0 ? 'govuk-heading-m' : 'govuk-heading-s'} id={`${prefix}${id}`}>
        {TITLES[id]}
      </Heading>
      {children}
    </section>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="govuk-body app-export__empty">{children}</p>;
}

function Text({ value }: { value: string | null | undefined }) {
  return value ? <span className="app-preserve-lines">{value}</span> : <span className="app-export__none">{NOT_RECORDED}</span>;
}

/** A GOV.UK summary list of facts; an empty value reads "Not recorded". */
function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="govuk-summary-list app-export__list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">
            {value === '' || value === null || value === undefined ? <Text value={null} /> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="govuk-table app-export__table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {head.map((h) => (
            <th scope="col" className="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row, r) => (
          <tr className="govuk-table__row" key={r}>
            {row.map((cell, c) => (
              <td className="govuk-table__cell" key={c}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A section that is a table of the given items, or says there are none. */
function TableSection<T>({
  id,
  items,
  empty,
  caption,
  head,
  row,
}: {
  id: SectionKey;
  items: readonly T[];
  empty: string;
  caption: string;
  head: string[];
  row: (item: T) => ReactNode[];
}) {
  return (
    <Section id={id}>{items.length === 0 ? <Empty>{empty}</Empty> : <Table caption={caption} head={head} rows={items.map(row)} />}</Section>
  );
}

const by = (when: string, who: string | null | undefined) => (who ? `${when} by ${who}` : when);

function Assessment({ a }: { a: SarAssessment }) {
  return (
    <div className="app-export__block">
      <h3 className="govuk-heading-s">
        {a.measure}, {day(a.assessedOn)}
      </h3>
      <Facts
        rows={[
          ['Scored by', a.assessedBy],
          ['Total', `${a.total} out of ${a.maxTotal} (higher means more need)`],
          ['Notes', <Text value={a.notes} key="notes" />],
        ]}
      />
      <Table
        caption={`Scores, ${day(a.assessedOn)}`}
        head={['Area', 'Score']}
        rows={a.scores.map((s) => [s.label, `${s.score} out of ${s.max}${s.weight > 1 ? ` (counts ${s.weight} times)` : ''}`])}
      />
    </div>
  );
}

function Action({ a }: { a: SarAction }) {
  return (
    <div className="app-export__block">
      <h3 className="govuk-heading-s">{a.title}</h3>
      <Facts
        rows={[
          ['Status', label.actionStatus(a.status)],
          ...(a.statusReason ? ([['Reason', <Text value={a.statusReason} key="reason" />]] as Array<[string, ReactNode]>) : []),
          ['Detail', <Text value={a.detail} key="detail" />],
          ['Due', a.dueWindow ? `${day(a.dueDate)} (${label.dueWindow(a.dueWindow).toLowerCase()})` : day(a.dueDate)],
          ['Given to', `${a.owner}, ${a.organisation}`],
          ['Agreed', a.huddle ? `At ${a.huddle}${a.meetingStartsAt ? `, ${day(a.meetingStartsAt)}` : ''}` : 'Outside a huddle meeting'],
          ['Created', by(moment(a.createdAt), a.createdBy)],
          ...(a.completedAt ? ([['Completed', moment(a.completedAt)]] as Array<[string, ReactNode]>) : []),
        ]}
      />
      <h4 className="govuk-heading-s app-export__minor">Comments</h4>
      {a.comments.length === 0 ? (
        <Empty>No comments.</Empty>
      ) : (
        <ul className="govuk-list app-export__entries">
          {a.comments.map((c, i) => (
            <li key={i}>
              <span className="app-export__meta">{by(moment(c.at), c.author)}:</span> <Text value={c.body} />
            </li>
          ))}
        </ul>
      )}
      <h4 className="govuk-heading-s app-export__minor">History</h4>
      <ul className="govuk-list app-export__entries">
        {a.history.map((h, i) => (
          <li key={i}>
            <span className="app-export__meta">{by(moment(h.at), h.actor)}:</span> {actionHistoryLine(h)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A subject access export as a document the person can be given: plain English, labels in place
 * of codes, dates as "2 Dec 2026", no internal ids, and every section present (saying so when
 * nothing is held). It addresses the person, since it is written for them.
 */
export function SubjectAccessDocument({ data }: { data: SubjectAccessExport }) {
  const p = data.person;
  return (
    <article className="app-export__document" aria-labelledby="sar-title">
      <span className="govuk-caption-m">Subject access request</span>
      <h1 className="govuk-heading-l" id="sar-title">
        Information held about {p.legalName}
      </h1>
      <p className="govuk-body">
        This is everything CaseHuddle holds about you, prepared on {moment(data.generatedAt)} by {data.generatedBy} for{' '}
        {p.owningOrganisation}. It includes who has looked at your record.
      </p>
      <nav className="app-export__contents" aria-label="Contents">
        <h2 className="govuk-heading-s">Contents</h2>
        <ol className="govuk-list govuk-list--number">
          {DOCUMENT_SECTIONS.map(([key, title]) => (
            <li key={key}>
              <a className="govuk-link" href={`#sar-${key}`}>
                {title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <RecordSections data={data} />
    </article>
  );
}

/**
 * Records of the person merged into this one as duplicates: a merge moves most of what they held
 * to this record (it is in the sections above); what stayed under each is shown here in full.
 */
function MergedRecords({ data }: { data: SubjectAccessRecord }) {
  const { prefix, depth } = useContext(Nesting);
  const Heading = (['h3', 'h4', 'h5', 'h6'] as const)[Math.min(depth * 2, 3)]!;
  return (
    <Section id="merged">
      {data.mergedRecords.length === 0 ? (
        <Empty>No other records of you have been merged into this one.</Empty>
      ) : (
        <>
          <p className="govuk-body">
            These were duplicate records of you. When they were merged into this one, most of what they held moved to this record and is
            shown above. What stayed with each is shown here.
          </p>
          {data.mergedRecords.map((m, index) => {
            const inner = `${prefix}merged-${index + 1}-`;
            return (
              <section className="app-export__merged" aria-labelledby={`${inner}title`} key={inner}>
                <Heading className="govuk-heading-s" id={`${inner}title`}>
                  Record merged on {moment(m.mergedAt)}
                </Heading>
                <p className="govuk-body-s">
                  Merged {by(moment(m.mergedAt), m.mergedBy)} at {m.organisation}.
                </p>
                <Nesting.Provider value={{ prefix: inner, depth: depth + 1 }}>
                  <RecordSections data={m.record} />
                </Nesting.Provider>
              </section>
            );
          })}
        </>
      )}
    </Section>
  );
}

/** Every section of one record, in the order of the contents. */
function RecordSections({ data }: { data: SubjectAccessRecord }) {
  const p = data.person;
  const name = p.preferredName ? `${p.legalName} (known as ${p.preferredName})` : p.legalName;
  const plan = data.releasePlan;
  const ndta = data.outcomes.some((a) => a.measure === NDTA.name);
  const acknowledgements = [
    ...new Set(data.outcomes.map((a) => a.acknowledgement ?? (a.measure === NDTA.name ? NDTA.acknowledgement : null))),
  ];

  return (
    <>
      <Section id="about">
        <Facts
          rows={[
            ['Name', name],
            ['Pronouns', p.pronouns ?? ''],
            ['Date of birth', day(p.dateOfBirth)],
            ['Council area', p.councilArea],
            ['NHS number', p.nhsNumber ? formatNhsNumber(p.nhsNumber) : ''],
            ['Prison number', p.prisonNumber ?? ''],
            ['Case reference number (CRN)', p.crn ?? ''],
            ['Record held by', p.owningOrganisation],
            ['Record created', by(moment(p.createdAt), p.createdBy)],
            ['Record locked down (only named workers see the details)', yesNo(p.lockedDown)],
            ['Processing restricted', yesNo(p.processingRestricted)],
          ]}
        />
      </Section>

      <Section id="story">
        {data.story.text ? (
          <>
            <p className="govuk-body app-preserve-lines">{data.story.text}</p>
            <p className="govuk-body-s">
              Recorded {by(moment(data.story.recordedAt), data.story.recordedBy)}
              {data.story.personAgreed ? ', with your agreement.' : '.'}
            </p>
          </>
        ) : (
          <Empty>No story has been recorded.</Empty>
        )}
      </Section>

      <TableSection
        id="needs"
        items={data.needs}
        empty="No needs are recorded."
        caption="Needs by resettlement pathway"
        head={['Area', 'Status', 'Notes', 'Last updated']}
        row={(n) => [
          label.needDomain(n.domain),
          label.needStatus(n.status),
          <Text value={n.notes} key="notes" />,
          by(day(n.updatedAt), n.updatedBy),
        ]}
      />

      <Section id="preferences">
        <Facts
          rows={[
            ['What helps', <Text value={data.preferences.whatHelps} key="helps" />],
            ['What to avoid', <Text value={data.preferences.whatToAvoid} key="avoid" />],
            ['How to get in touch', <Text value={data.preferences.contactHow} key="how" />],
            ['When to get in touch', <Text value={data.preferences.contactWhen} key="when" />],
            ['Best time of day', label.timeOfDay(data.preferences.timeOfDay)],
          ]}
        />
      </Section>

      <Section id="situation">
        <Facts
          rows={[
            ['Where you are', label.situation(data.situation.kind)],
            ['Prison or hospital', data.situation.establishment ?? ''],
            ['Release or discharge date', day(data.situation.releaseDate)],
            ['Accommodation', label.accommodation(data.situation.accommodationStatus)],
            ['Notes', <Text value={data.situation.notes} key="notes" />],
          ]}
        />
      </Section>

      <Section id="risks">
        <Facts
          rows={[
            ['Risks', <Text value={data.risk.summary} key="risks" />],
            ['Safety plan', <Text value={data.risk.safetyPlan} key="plan" />],
          ]}
        />
      </Section>

      <TableSection
        id="leads"
        items={data.leadProfessionals}
        empty="No lead professionals are recorded."
        caption="Lead professionals"
        head={['Organisation', 'Lead professional', 'Since']}
        row={(l) => [l.organisation, l.name, day(l.assignedAt)]}
      />

      <TableSection
        id="sharing"
        items={data.sharingAgreements}
        empty="No agreements to share are recorded."
        caption="Agreements to share"
        head={['Shared with', 'What may be shared', 'Agreed', 'Until', 'Notes', 'Withdrawn']}
        row={(a) => [
          a.organisations.join(', '),
          a.sections.map(label.section).join(', '),
          by(day(a.agreedOn), a.recordedBy),
          day(a.expiresOn),
          <Text value={a.notes} key="notes" />,
          a.withdrawnAt ? (
            <span key="withdrawn" className="app-preserve-lines">
              {by(day(a.withdrawnAt), a.withdrawnBy)}
              {a.withdrawalReason ? `: ${a.withdrawalReason}` : ''}
            </span>
          ) : (
            'No'
          ),
        ]}
      />

      <TableSection
        id="timeline"
        items={data.timeline}
        empty="The timeline is empty."
        caption="Timeline"
        head={['When', 'Entry', 'Part of the record', 'By']}
        row={(t) => [
          moment(t.at),
          <span key="summary" className="app-preserve-lines">
            {label.timelineKind(t.kind)}: {t.summary}
          </span>,
          t.section ? label.section(t.section) : 'Personal details',
          [t.author, t.authorOrganisation].filter(Boolean).join(', '),
        ]}
      />

      <TableSection
        id="changes"
        items={data.changes}
        empty="No changes have been made to your record."
        caption="Changes made to the record"
        head={['When', 'Part', 'What changed', 'By']}
        row={(c) => [
          moment(c.at),
          changePart(c.part),
          <ul className="govuk-list app-export__entries" key="fields">
            {c.fields
              .filter((f) => JSON.stringify(f.before) !== JSON.stringify(f.after))
              .map((f) => (
                <li key={f.field} className="app-preserve-lines">
                  {changeFieldName(f.field)}: {changeValue(f.field, f.before)} → {changeValue(f.field, f.after)}
                </li>
              ))}
          </ul>,
          c.changedBy ?? '',
        ]}
      />

      <TableSection
        id="appointments"
        items={data.appointments}
        empty="No appointments are recorded."
        caption="Appointments"
        head={['Date', 'Time', 'With', 'What for', 'Where', 'Status']}
        row={(a) => [
          day(a.date),
          a.window === 'EXACT' && a.startTime
            ? a.endTime
              ? `${a.startTime} to ${a.endTime}`
              : a.startTime
            : label.appointmentWindow(a.window),
          a.organisation,
          <span key="purpose" className="app-preserve-lines">
            {a.purpose}
            {a.firstProbation ? ' (first probation appointment)' : ''}
          </span>,
          [a.location, a.town].filter(Boolean).join(', '),
          label.appointmentStatus(a.status),
        ]}
      />

      <Section id="release">
        {!plan ? (
          <Empty>No release plan is recorded.</Empty>
        ) : (
          <>
            <Facts
              rows={[
                ['Release date', day(data.situation.releaseDate)],
                ['Release time', plan.releaseTime ?? ''],
                ['Prison town', plan.establishmentTown ?? ''],
                ['Council area after release', plan.destinationCouncilArea],
                ['Plan started', by(day(plan.createdAt), plan.createdBy)],
              ]}
            />
            {plan.items.length === 0 ? (
              <Empty>Nothing on the checklist has been started.</Empty>
            ) : (
              <Table
                caption="Release checklist"
                head={['Item', 'Status', 'Date', 'Details', 'Updated']}
                rows={plan.items.map((i) => [
                  label.releaseItem(i.item),
                  label.releaseItemStatus(i.status),
                  day(i.onDate),
                  <span key="detail" className="app-preserve-lines">
                    {[
                      i.detail,
                      i.council && `Council: ${i.council}`,
                      i.outcome && `Outcome: ${i.outcome}`,
                      i.organisation && `By ${i.organisation}`,
                    ]
                      .filter(Boolean)
                      .join('\n')}
                  </span>,
                  by(day(i.updatedAt), i.updatedBy),
                ])}
              />
            )}
          </>
        )}
      </Section>

      <Section id="outcomes">
        {data.outcomes.length === 0 ? (
          <Empty>No outcome assessments are recorded.</Empty>
        ) : (
          <>
            {data.outcomes.map((a, i) => (
              <Assessment a={a} key={i} />
            ))}
            {acknowledgements.filter(Boolean).map((text) => (
              <p className="govuk-body-s" key={text}>
                {text}
              </p>
            ))}
            {ndta && !acknowledgements.some((t) => t?.includes('South West London')) && (
              <p className="govuk-body-s">{NDTA.acknowledgement}</p>
            )}
          </>
        )}
      </Section>

      <TableSection
        id="service-use"
        items={data.serviceUse}
        empty="No use of services is recorded."
        caption="Use of services each quarter"
        head={['Quarter', 'Evictions', 'Arrests', 'Nights in prison', 'A&E visits', 'Days in a mental health hospital', 'Recorded']}
        row={(s) => [
          quarter(s.quarterStart),
          s.evictions,
          s.arrests,
          s.nightsInPrison,
          s.aeAttendances,
          s.mhInpatientDays,
          by(day(s.recordedAt), s.recordedBy),
        ]}
      />

      <Section id="actions">
        {data.actions.length === 0 ? <Empty>No actions are recorded.</Empty> : data.actions.map((a, i) => <Action a={a} key={i} />)}
      </Section>

      <TableSection
        id="huddles"
        items={data.caseloads}
        empty="You have not been on a huddle’s caseload."
        caption="Huddles and caseloads"
        head={['Huddle', 'Referred by', 'Offer of help', 'Coordinator', 'On the caseload']}
        row={(c) => [
          `${c.huddle} (${c.councilArea})`,
          c.referringOrganisation,
          <Text value={c.offerOfHelp} key="offer" />,
          c.coordinator,
          c.removedOn ? `${day(c.addedOn)} to ${day(c.removedOn)}` : `Since ${day(c.addedOn)}`,
        ]}
      />

      <Section id="meetings">
        {data.meetingNotes.length === 0 && data.minutes.length === 0 ? (
          <Empty>You have not been discussed at a huddle meeting.</Empty>
        ) : (
          <>
            {data.meetingNotes.map((i, n) => (
              <div className="app-export__block" key={`live-${n}`}>
                <h3 className="govuk-heading-s">
                  {i.huddle}, {moment(i.meetingStartsAt)} ({label.meetingStatus(i.meetingStatus).toLowerCase()})
                </h3>
                <Facts
                  rows={[
                    ['Agenda item', i.title],
                    ['Why it was on the agenda', i.reason ? i.reason : label.agendaKind(i.kind)],
                    ['Notes', <Text value={i.notes} key="notes" />],
                    ['Decisions', <Text value={i.decisions} key="decisions" />],
                    ['A barrier in the system', yesNo(i.systemBarrier)],
                    ['Discussed', yesNo(i.discussed)],
                  ]}
                />
              </div>
            ))}
            {data.minutes.map((i, n) => (
              <div className="app-export__block" key={`minutes-${n}`}>
                <h3 className="govuk-heading-s">
                  Minutes of {i.huddle}, {day(i.meetingStartsAt)}
                </h3>
                <Facts
                  rows={
                    i.aboutPerson
                      ? [
                          ['Agenda item', i.title],
                          ['Why it was on the agenda', i.reason ? i.reason : label.agendaKind(i.kind)],
                          ['Notes', <Text value={i.notes} key="notes" />],
                          ['Decisions', <Text value={i.decisions} key="decisions" />],
                          ['A barrier in the system', yesNo(i.systemBarrier)],
                          ['Discussed', yesNo(i.discussed)],
                        ]
                      : [['Agenda item', `${i.title} (the minutes of this item record an action for you)`]]
                  }
                />
                {(i.corrections ?? []).length > 0 && (
                  <Table
                    caption={`Corrections added to the minutes of ${day(i.meetingStartsAt)}`}
                    head={['Added', 'Correction', 'Why']}
                    rows={(i.corrections ?? []).map((c) => [
                      by(day(c.addedAt), c.addedBy),
                      <Text value={c.text} key="text" />,
                      <Text value={c.reason} key="reason" />,
                    ])}
                  />
                )}
                {i.actions.length > 0 && (
                  <Table
                    caption={`Actions in the minutes of ${day(i.meetingStartsAt)}`}
                    head={['Action', 'Given to', 'Due', 'Status when the minutes were agreed']}
                    rows={i.actions.map((a) => [a.title, `${a.owner}, ${a.organisation}`, day(a.dueDate), label.actionStatus(a.status)])}
                  />
                )}
              </div>
            ))}
          </>
        )}
      </Section>

      <TableSection
        id="alerts"
        items={data.notifications}
        empty="No alerts about you have been sent to staff."
        caption="Alerts sent to staff"
        head={['When', 'Kind', 'Sent to', 'Message']}
        row={(n) => [moment(n.at), label.notification(n.kind), n.recipient, <Text value={n.message} key="message" />]}
      />

      <TableSection
        id="break-glass"
        items={data.breakGlassGrants}
        empty="Nobody has used emergency access to your record."
        caption="Emergency access"
        head={['When', 'Who', 'Until', 'Reason given']}
        row={(b) => [moment(b.grantedAt), b.user, moment(b.expiresAt), <Text value={b.reason} key="reason" />]}
      />

      <TableSection
        id="referrals"
        items={data.referrals}
        empty="No referrals about you have been sent through CaseHuddle."
        caption="Referrals"
        head={['Sent', 'From', 'To', 'What for', 'Your consent', 'What was shared', 'Where it stands']}
        row={(r) => [
          by(moment(r.sentAt), r.sentBy),
          r.from,
          r.to,
          <Text value={`${r.kind}: ${r.message}`} key="message" />,
          <Text
            value={`${label.consentMethod(r.consent.method)}, ${day(r.consent.givenOn)} (recorded by ${r.consent.recordedBy})${
              r.consent.personsWords ? `: “${r.consent.personsWords}”` : ''
            }`}
            key="consent"
          />,
          `${r.sections.map(label.section).join(', ')} until ${day(r.expiresOn)}`,
          <Text
            value={[label.referralStatus(r.status), r.declineReason, r.withdrawReason, r.outcome].filter(Boolean).join(': ')}
            key="status"
          />,
        ]}
      />

      <Section id="rights">
        {data.rightsRequests.length === 0 ? (
          <Empty>There is no record of a request from you to see, correct, restrict, object to or erase your record.</Empty>
        ) : (
          <Table
            caption="Requests about your record"
            head={['Received', 'Request', 'Status', 'Due by', 'Response']}
            rows={data.rightsRequests.map((r) => [
              day(r.receivedOn),
              label.rightsKind(r.kind),
              label.rightsStatus(r.status),
              day(r.extendedDueOn ?? r.dueOn),
              <Text value={r.response ?? r.refusalReason} key="response" />,
            ])}
          />
        )}
        {data.retention.length > 0 ? (
          <p className="govuk-body">
            Your record is past the time it is kept for, and is being reviewed before it is erased (from{' '}
            {day(data.retention[0]!.eraseAfter)} unless there is a reason to keep it).
          </p>
        ) : null}
      </Section>

      <TableSection
        id="audit"
        items={data.auditTrail}
        empty="Nobody has looked at your record."
        caption="Who has seen or changed the record"
        head={['When', 'Who', 'What they did', 'Parts of the record', 'Reason or place']}
        row={(a) => [
          moment(a.at),
          [a.actorName, a.actorRole && label.role(a.actorRole), a.organisation].filter(Boolean).join(', ') || 'The system',
          `${label.auditAction(a.action)}${a.breakGlass ? ' (emergency access)' : ''}`,
          a.sections.map(label.auditSection).join(', '),
          a.purpose ?? '',
        ]}
      />

      <MergedRecords data={data} />
    </>
  );
}

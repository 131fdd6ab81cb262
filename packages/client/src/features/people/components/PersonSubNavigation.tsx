import { NavLink, useLocation } from 'react-router';

/** What decides which pages about a person the viewer is offered. */
export interface PersonNavigationFacts {
  id: string;
  access: { sections: readonly string[]; canSeeAccessLog: boolean; basis?: string };
  /** Null when the person's situation is not shared with the viewer. */
  situation: { kind: string } | null;
}

/**
 * The sub-navigation on every page about one person (the record, sharing, who has seen it, the
 * release plan or appointments, outcomes, a referral), with the same names everywhere. A page the viewer could only open to
 * read "not shared" is not offered: the access log only to those who may see it, outcomes only
 * with RISK shared, the release plan only for someone in custody (or when it is the page open).
 */
export function PersonSubNavigation({ person }: { person: PersonNavigationFacts }) {
  const base = `/people/${person.id}`;
  const inCustody = person.situation !== null && person.situation.kind !== 'COMMUNITY';
  const onReleasePlan = useLocation().pathname === `${base}/release`;
  // A peer mentor has the record (what the referral shares) and, with CONTACT shared, appointments.
  const mentoring = person.access.basis === 'PEER_MENTOR';
  const items = mentoring
    ? [
        { to: base, label: 'Record', end: true },
        ...(person.access.sections.includes('CONTACT') ? [{ to: `${base}/appointments`, label: 'Appointments' }] : []),
      ]
    : [
        { to: base, label: 'Record', end: true },
        { to: `${base}/sharing`, label: 'Sharing' },
        ...(person.access.canSeeAccessLog ? [{ to: `${base}/seen`, label: 'Who has seen this record' }] : []),
        // Someone in custody or hospital has a release plan, which holds their appointments; anyone
        // else has an appointments page of their own (with CONTACT shared).
        ...(inCustody || onReleasePlan
          ? [{ to: `${base}/release`, label: 'Release plan' }]
          : person.access.sections.includes('CONTACT')
            ? [{ to: `${base}/appointments`, label: 'Appointments' }]
            : []),
        ...(person.access.sections.includes('RISK') ? [{ to: `${base}/outcomes`, label: 'Outcomes' }] : []),
        // A referral to another organisation about this person (the server decides what may be shared).
        { to: `${base}/refer`, label: 'Refer' },
      ];
  return (
    <nav className="moj-sub-navigation app-sub-navigation" aria-label="Pages about this person">
      <ul className="moj-sub-navigation__list">
        {items.map((item) => (
          <li className="moj-sub-navigation__item" key={item.to}>
            {/* NavLink marks the page open with aria-current="page". */}
            <NavLink className="moj-sub-navigation__link" to={item.to} end={item.end ?? false}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@casehuddle/shared';
import { NotificationBanner } from '../../../ui/NotificationBanner';
import { RedFlagList } from '../../../ui/RedFlagList';
import { useCurrentUser } from '../../auth/session';
import type { PersonRecord } from '../access';
import { AccessBasisTag, ChildTag, LockedDownTag, RestrictedTag } from './tags';

/** Managers in the owning organisation and administrators can export a record (the server decides). */
export function mayOfferExport(role: string): boolean {
  return role === 'MANAGER' || role === 'ADMIN';
}

/** The top of a record: who the person is, which agencies are involved, and why the user can see it. */
export function PersonHeader({ person }: { person: PersonRecord }) {
  const user = useCurrentUser();
  const legalNameDiffers = person.legalName !== person.displayName;
  return (
    <div className="app-person-header">
      <div className="app-person-header__main">
        <span className="govuk-caption-m">Person record</span>
        <h1 className="govuk-heading-l app-person-header__name">{person.displayName}</h1>
        <p className="app-person-header__tags">
          <span className="govuk-visually-hidden">Your access: </span>
          <AccessBasisTag basis={person.access.basis} />
          {person.lockedDown ? (
            <>
              {' '}
              <LockedDownTag />
            </>
          ) : null}
          {person.processingRestricted ? (
            <>
              {' '}
              <RestrictedTag>Processing restricted</RestrictedTag>
            </>
          ) : null}
          {person.profile?.under18 ? (
            <>
              {' '}
              <ChildTag />
            </>
          ) : null}
        </p>
        {person.profile?.under18 ? (
          <p className="govuk-body-s app-person-header__child-note">
            This is a child’s record. Children’s information needs extra care, and your area’s safeguarding children procedures apply.
          </p>
        ) : null}
      </div>
      <dl className="app-facts">
        {legalNameDiffers ? (
          <div className="app-facts__item">
            <dt>Legal name</dt>
            <dd>{person.legalName}</dd>
          </div>
        ) : null}
        {person.pronouns ? (
          <div className="app-facts__item">
            <dt>Pronouns</dt>
            <dd>{person.pronouns}</dd>
          </div>
        ) : null}
        {person.profile?.dateOfBirth ? (
          <div className="app-facts__item">
            <dt>Date of birth</dt>
            <dd>{formatDate(person.profile.dateOfBirth)}</dd>
          </div>
        ) : null}
        {person.profile ? (
          <div className="app-facts__item">
            <dt>Council area</dt>
            <dd>{person.profile.councilArea}</dd>
          </div>
        ) : null}
        <div className="app-facts__item">
          <dt>Held by</dt>
          <dd>{person.owningOrganisation.name}</dd>
        </div>
        <div className="app-facts__item app-facts__item--wide">
          <dt>Agencies involved</dt>
          <dd>
            <ul className="app-inline-list">
              {person.agenciesInvolved.map((agency) => (
                <li key={agency.id}>{agency.name}</li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <RedFlagList flags={person.flags} label={`Red flags for ${person.displayName}`} className="app-person-header__flags" />
      {mayOfferExport(user.role) || person.access.full ? (
        <p className="govuk-body-s app-person-header__actions">
          {person.access.full && user.role !== 'ADMIN' ? (
            <Link className="govuk-link" to={`/people/${person.id}/privacy-notice`}>
              Privacy notice <span className="govuk-visually-hidden">for {person.displayName}</span>
            </Link>
          ) : null}
          {person.access.full && user.role !== 'ADMIN' && mayOfferExport(user.role) ? ' · ' : null}
          {mayOfferExport(user.role) ? (
            <Link className="govuk-link" to={`/people/${person.id}/export`}>
              Export (subject access) <span className="govuk-visually-hidden">for {person.displayName}</span>
            </Link>
          ) : null}
        </p>
      ) : null}
      {person.access.basis === 'BREAK_GLASS' && person.access.breakGlassUntil ? (
        <NotificationBanner
          type="important"
          text={`You are using break-glass access until ${formatDateTime(person.access.breakGlassUntil)}. Everything you open is recorded and will be reviewed.`}
        />
      ) : null}
      {person.processingRestricted ? (
        <NotificationBanner
          type="important"
          text="An administrator has restricted this record: it is kept, but it cannot be changed or shared while the restriction lasts."
        />
      ) : null}
    </div>
  );
}

/** A locked-down record seen from outside the organisations that hold it: only names and agencies. */
export function LockedDownView({ person }: { person: PersonRecord }) {
  return (
    <section aria-labelledby="locked-down-heading" className="app-locked-down">
      <h2 className="govuk-heading-m" id="locked-down-heading">
        This record is locked down
      </h2>
      <div className="govuk-inset-text">
        The organisations that hold this record have locked it down, so you can see only the person’s name and which agencies are involved.
        This protects people at particular risk. If you need to know more, contact one of the agencies involved.
      </div>
      <h3 className="govuk-heading-s">Agencies with a lead professional</h3>
      {person.leadProfessionals.length === 0 ? (
        <p className="govuk-body">None.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {person.leadProfessionals.map((lead) => (
            <li key={lead.organisation.id}>{lead.organisation.name}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

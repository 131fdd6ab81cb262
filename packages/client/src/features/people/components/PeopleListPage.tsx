import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { z } from 'zod';
import { formatDate, LIMITS } from '@casehuddle/shared';
import { readApiError } from '../../../ui/apiErrors';
import { checkDate, datePartsFromIso, type DateParts } from '../../../ui/dates';
import { DateField, FormSummary, GovukForm, TextField, useGovukForm } from '../../../ui/form';
import { Loading } from '../../../ui/Loading';
import { usePageTitle } from '../../../ui/usePageTitle';
import { useCurrentUser } from '../../auth/session';
import { PeopleSearchQuery } from '../graphql/people';
import { AccessBasisTag, LockedDownTag } from './tags';
import { TableHead } from '../../../ui/TableHead';

const FIELD_IDS = {
  name: 'search-name',
  dateOfBirth: 'search-date-of-birth-day',
  identifier: 'search-identifier',
};

const searchSchema = z
  .object({ name: z.string().trim(), dateOfBirth: z.custom<DateParts>(), identifier: z.string().trim() })
  .transform((values, ctx) => {
    const dateOfBirth = checkDate(values.dateOfBirth, 'Date of birth');
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!dateOfBirth.ok) problem('dateOfBirth', dateOfBirth.message);
    if (values.name && values.name.replace(/[^\p{L}]/gu, '').length < 2) problem('name', 'Enter at least 2 letters of the name');
    if (!values.name && !values.identifier && dateOfBirth.ok && !dateOfBirth.value) {
      problem('name', 'Enter a name, date of birth, NHS number, prison number or CRN');
    }
    return { ...values, dateOfBirth: dateOfBirth.ok ? dateOfBirth.value : null };
  });

function SearchResults({ name, dateOfBirth, identifier }: { name: string; dateOfBirth: string; identifier: string }) {
  const { data, loading, error } = useQuery(PeopleSearchQuery, {
    variables: {
      search: { name: name || null, dateOfBirth: dateOfBirth || null, identifier: identifier || null },
      limit: LIMITS.searchMaxResults,
    },
    fetchPolicy: 'cache-and-network',
  });

  if (!data && loading) return <Loading text="Searching…" />;
  if (error && !data) {
    return (
      <p className="govuk-body" role="alert">
        {readApiError(error).message}
      </p>
    );
  }
  const people = data?.people ?? [];
  if (people.length === 0) {
    return (
      <div className="app-empty-state" role="status">
        <p className="govuk-body govuk-!-font-weight-bold">No people match.</p>
        <p className="govuk-body">Check the spelling, or search by date of birth or identifier.</p>
      </div>
    );
  }
  return (
    <>
      <p className="govuk-body" role="status">
        {people.length === 1 ? '1 person found' : `${people.length} people found`}
        {people.length === LIMITS.searchMaxResults ? '. Only the closest matches are shown: add a date of birth to narrow the search.' : ''}
      </p>
      <table className="govuk-table app-table">
        <caption className="govuk-table__caption govuk-visually-hidden">People found</caption>
        <TableHead columns={['Name', 'Date of birth', 'Held by', 'Your access']} />
        <tbody className="govuk-table__body">
          {people.map((person) => (
            <tr className="govuk-table__row" key={person.id}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={`/people/${person.id}`}>
                  {person.legalName}
                </Link>
                {person.preferredName && person.preferredName !== person.legalName ? (
                  <span className="app-table__meta">Known as {person.preferredName}</span>
                ) : null}
              </th>
              <td className="govuk-table__cell app-table__date">
                {person.profile ? (
                  person.profile.dateOfBirth ? (
                    formatDate(person.profile.dateOfBirth)
                  ) : (
                    <span className="app-secondary-text">Not recorded</span>
                  )
                ) : (
                  <span className="app-secondary-text">Not shared</span>
                )}
              </td>
              <td className="govuk-table__cell">{person.owningOrganisation.name}</td>
              <td className="govuk-table__cell">
                <span className="app-tag-list">
                  <AccessBasisTag basis={person.access.basis} />
                  {person.lockedDown ? <LockedDownTag /> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A peer mentor's People page: the people referred to them, and nobody else. */
function MentorPeoplePage() {
  usePageTitle('Your people');
  const { data, loading, error } = useQuery(PeopleSearchQuery, {
    variables: { search: { name: null, dateOfBirth: null, identifier: null }, limit: LIMITS.searchMaxResults },
    fetchPolicy: 'cache-and-network',
  });
  const people = data?.people ?? [];
  return (
    <>
      <h1 className="govuk-heading-l">Your people</h1>
      <p className="govuk-body">
        The people referred to you for peer mentoring. You see what each referral shares, for as long as it lasts, and you can add notes and
        appointments.
      </p>
      {!data && loading ? (
        <Loading text="Loading…" />
      ) : error && !data ? (
        <p className="govuk-body" role="alert">
          {readApiError(error).message}
        </p>
      ) : people.length === 0 ? (
        <div className="app-empty-state" role="status">
          <p className="govuk-body govuk-!-font-weight-bold">Nobody has been referred to you yet.</p>
          <p className="govuk-body">When a peer mentoring referral names you, the person appears here.</p>
        </div>
      ) : (
        <ul className="govuk-list app-mentor-people">
          {people.map((person) => (
            <li key={person.id}>
              <Link className="govuk-link" to={`/people/${person.id}`}>
                {person.preferredName && person.preferredName !== person.legalName
                  ? `${person.legalName} (known as ${person.preferredName})`
                  : person.legalName}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** People at /people: search by name, date of birth or identifier, and a way to add someone new. */
export function PeopleListPage() {
  const user = useCurrentUser();
  return user.role === 'PEER_MENTOR' ? <MentorPeoplePage /> : <SearchPeoplePage />;
}

function SearchPeoplePage() {
  const [params, setParams] = useSearchParams();
  const current = { name: params.get('name') ?? '', dateOfBirth: params.get('dob') ?? '', identifier: params.get('identifier') ?? '' };
  const searched = Boolean(current.name || current.dateOfBirth || current.identifier);
  const form = useGovukForm({
    schema: searchSchema,
    defaultValues: { name: current.name, dateOfBirth: datePartsFromIso(current.dateOfBirth), identifier: current.identifier },
    ids: FIELD_IDS,
  });
  usePageTitle('People', form.summary.length > 0);

  function search(values: z.output<typeof searchSchema>) {
    const next = new URLSearchParams();
    if (values.name) next.set('name', values.name);
    if (values.dateOfBirth) next.set('dob', values.dateOfBirth);
    if (values.identifier) next.set('identifier', values.identifier);
    setParams(next);
  }

  return (
    <>
      <FormSummary form={form} />
      <div className="app-page-heading">
        <h1 className="govuk-heading-l">People</h1>
        <Link className="govuk-button govuk-button--secondary app-page-heading__action" to="/people/new">
          Add a person
        </Link>
      </div>
      <GovukForm form={form} onSubmit={search} summaryElsewhere role="search" aria-label="Search for a person" className="app-search-form">
        <p className="govuk-body-s app-secondary-text">
          Search before adding someone, so they do not have to tell their story twice. You will find only people whose records are shared
          with your organisation.
        </p>
        <div className="app-search-form__fields">
          <TextField
            name="name"
            label="Name"
            labelClass="govuk-label--s"
            hint="Legal or preferred name"
            autoComplete="off"
            spellCheck={false}
            maxLength={LIMITS.nameMaxLength}
            widthClass="govuk-input--width-20"
          />
          <DateField name="dateOfBirth" legend="Date of birth" hint="For example, 27 3 1985" />
          <TextField
            name="identifier"
            label="NHS number, prison number or CRN"
            labelClass="govuk-label--s"
            hint="For example, X123456"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            widthClass="govuk-input--width-10"
          />
          <div className="app-search-form__submit">
            <button type="submit" className="govuk-button">
              Search
            </button>
          </div>
        </div>
      </GovukForm>
      {searched ? (
        <section aria-labelledby="results-heading">
          <h2 className="govuk-heading-m" id="results-heading">
            Results
          </h2>
          <SearchResults key={`${current.name}|${current.dateOfBirth}|${current.identifier}`} {...current} />
        </section>
      ) : null}
    </>
  );
}

import { Link } from 'react-router';
import type { UpcomingReleaseFieldsFragment } from '../../../generated/graphql';
import { daysToGoText, formatLocalDate } from '../labels';
import { RedFlagTags } from './RedFlagTags';
import { TableHead } from '../../../ui/TableHead';

interface ReleasesTableProps {
  releases: ReadonlyArray<UpcomingReleaseFieldsFragment>;
  caption: string;
  /** Hide the caption visually when a heading above already says it. */
  captionHidden?: boolean;
}

/** People due out, soonest first: each links to their release plan. */
export function ReleasesTable({ releases, caption, captionHidden }: ReleasesTableProps) {
  return (
    <table className="govuk-table app-table app-releases-table">
      <caption className={captionHidden ? 'govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--s'}>{caption}</caption>
      <TableHead
        columns={['Person', 'Release date', { label: 'Days to go', numeric: true }, 'Establishment', 'Going to', 'Checklist', 'Red flags']}
      />
      <tbody className="govuk-table__body">
        {releases.map((release) => (
          <tr className="govuk-table__row" key={release.person.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" to={`/people/${release.person.id}/release`}>
                {release.person.displayName}
                <span className="govuk-visually-hidden">: release plan</span>
              </Link>
            </th>
            <td className="govuk-table__cell app-table__date">{formatLocalDate(release.releaseDate)}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric app-table__date">{daysToGoText(release.daysToRelease)}</td>
            <td className="govuk-table__cell">{release.establishment ?? <span className="app-secondary-text">Not recorded</span>}</td>
            <td className="govuk-table__cell">{release.destinationCouncilArea}</td>
            <td className="govuk-table__cell app-table__date">
              {release.itemsDone} of {release.itemsTotal} <span className="govuk-visually-hidden">done</span>
            </td>
            <td className="govuk-table__cell">
              <RedFlagTags flags={release.redFlags} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

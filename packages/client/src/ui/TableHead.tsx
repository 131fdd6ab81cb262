import type { ReactNode } from 'react';

/** A column of a GOV.UK table: its heading, or the heading with how it is shown. */
export type TableColumn =
  | string
  | {
      label: ReactNode;
      /** Right-aligned, for numbers. */
      numeric?: boolean;
      /** Read by screen readers only, such as "Action" over a column of buttons. */
      hidden?: boolean;
      className?: string;
    };

/** The head of a GOV.UK table: one row of column headings. */
export function TableHead({ columns }: { columns: TableColumn[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) => {
          const { label, numeric, hidden, className } = typeof column === 'string' ? { label: column } : column;
          const classes = ['govuk-table__header', numeric ? 'govuk-table__header--numeric' : null, className].filter(Boolean).join(' ');
          return (
            <th scope="col" className={classes} key={index}>
              {hidden ? <span className="govuk-visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

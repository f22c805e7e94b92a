import type { ReactNode } from 'react';

/** A column heading: its label, or a label whose column holds figures and so aligns right. */
export type ReportColumn = string | { readonly figure: string };

export const figure = (label: string): ReportColumn => ({ figure: label });

/** A report table: column headings when it has any, and its rows. */
export function ReportTable({
  className,
  testId,
  columns,
  children,
}: {
  /** Classes besides `report-table`, such as `report-small`. */
  className?: string;
  testId?: string;
  columns?: readonly ReportColumn[];
  children: ReactNode;
}) {
  return (
    <table
      className={className ? `report-table ${className}` : 'report-table'}
      data-testid={testId}
    >
      {columns && (
        <thead>
          <tr>
            {columns.map((column, index) =>
              typeof column === 'string' ? (
                <th key={index} scope="col">
                  {column}
                </th>
              ) : (
                <th key={index} scope="col" className="number">
                  {column.figure}
                </th>
              ),
            )}
          </tr>
        </thead>
      )}
      <tbody>{children}</tbody>
    </table>
  );
}

/** Rows of a label and the figure it names. */
export function FigureRows({ rows }: { rows: readonly (readonly [string, string])[] }) {
  return rows.map(([label, value]) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="number">{value}</td>
    </tr>
  ));
}

import type { ReactNode } from 'react';

export interface CoverFact {
  readonly label: string;
  readonly value: string;
}

/** The first page of a report: what it is about, the facts that identify it, and its summary. */
export function ReportCover({
  kicker,
  title,
  facts,
  children,
}: {
  kicker: string;
  title: string;
  facts: readonly CoverFact[];
  children?: ReactNode;
}) {
  return (
    <header className="report-cover" data-testid="report-cover">
      <div className="report-cover-kicker">{kicker}</div>
      <h1>{title}</h1>
      <dl className="report-facts">
        {facts.map((fact) => (
          <div key={fact.label} style={{ display: 'contents' }}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </header>
  );
}

import type { ReactNode } from 'react';

/** A numbered part of a report, starting on a new page, its heading kept with what follows. */
export function ReportSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section
      className="report-section"
      aria-labelledby={`${id}-title`}
      data-testid={`report-${id}`}
    >
      <div className="report-block">
        <h2 id={`${id}-title`}>{title}</h2>
        {intro && <p className="report-intro">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

/** A sub-heading with the block under it, on one page. */
export function ReportBlock({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="report-block">
      {title && <h3>{title}</h3>}
      {children}
    </div>
  );
}

import { AnnualFlowsChart } from '../charts/AnnualFlowsChart';
import { CumulativeChart } from '../charts/CumulativeChart';
import { WaterfallChart } from '../charts/WaterfallChart';
import { KpiCards } from './KpiCards';
import type { Results } from '../evaluation/live-results';
import { ProjectionTableView } from './ProjectionTableView';

/** The key figures, the three charts and the yearly table of one scenario's results. */
export function ResultsView({ results, currency }: { results: Results; currency: string }) {
  return (
    <>
      <KpiCards
        evaluation={results}
        explanations={results.explanations}
        warnings={results.warnings}
        currency={currency}
      />
      <CumulativeChart evaluation={results} currency={currency} />
      <AnnualFlowsChart evaluation={results} currency={currency} />
      <WaterfallChart evaluation={results} currency={currency} />
      <ProjectionTableView
        table={results.table}
        currency={currency}
        standardRate={results.inputs.tax.rate}
      />
    </>
  );
}

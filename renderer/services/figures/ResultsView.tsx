import { memo } from 'react';
import { AnnualFlowsChart } from '../charts/AnnualFlowsChart';
import { CumulativeChart } from '../charts/CumulativeChart';
import { WaterfallChart } from '../charts/WaterfallChart';
import { KpiCards } from './KpiCards';
import type { Results } from '../evaluation/live-results';
import { ProjectionTableView } from './ProjectionTableView';
import classes from './ResultsView.module.css';

/**
 * The key figures, the three charts and the yearly table of one scenario's results. While a
 * person types, the charts and the table may show `later`: the results as drawn once the key
 * figures of the newest ones are on screen.
 */
export function ResultsView({
  results,
  later = results,
  currency,
}: {
  results: Results;
  later?: Results;
  currency: string;
}) {
  return (
    <>
      <KpiCards
        evaluation={results}
        explanations={results.explanations}
        warnings={results.warnings}
        currency={currency}
      />
      <ResultsDetails results={later} currency={currency} />
    </>
  );
}

/** The charts and the table: memoised, so that new key figures alone do not draw them again. */
const ResultsDetails = memo(function ResultsDetails({
  results,
  currency,
}: {
  results: Results;
  currency: string;
}) {
  return (
    <>
      <CumulativeChart evaluation={results} currency={currency} />
      <AnnualFlowsChart evaluation={results} currency={currency} />
      <WaterfallChart evaluation={results} currency={currency} />
      {results.table !== null && (
        // Marked here, outside the memoised table, so a new mark does not draw the table again.
        <div aria-busy={results.tableBehind === true} className={classes.table}>
          <ProjectionTableView
            table={results.table}
            currency={currency}
            standardRate={results.inputs.tax.rate}
          />
        </div>
      )}
    </>
  );
});

import { AnnualFlowsChart } from '../../../services/charts/AnnualFlowsChart';
import { CumulativeChart } from '../../../services/charts/CumulativeChart';
import { WaterfallChart } from '../../../services/charts/WaterfallChart';
import { ReportSection } from '../frame/ReportSection';
import type { InvestmentContext } from './investment-context';

/** The results screen's three charts, each kept whole on its page. */
export function Charts({ context }: { context: InvestmentContext }) {
  const { evaluation, scenario, report } = context;
  const currency = scenario.project.currency;
  return (
    <ReportSection
      id="charts"
      title={report.texts.sections.charts}
      intro={report.texts.charts.intro}
    >
      <div className="report-chart">
        <CumulativeChart evaluation={evaluation} currency={currency} />
      </div>
      <div className="report-chart">
        <AnnualFlowsChart evaluation={evaluation} currency={currency} />
      </div>
      <div className="report-chart">
        <WaterfallChart evaluation={evaluation} currency={currency} />
      </div>
    </ReportSection>
  );
}

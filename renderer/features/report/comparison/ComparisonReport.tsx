import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../../shared/finance/decimal';
import type { ComparisonReportRequest } from '../../../../shared/report/request';
import { ReportFailed } from '../frame/outcome';
import { ReportCover } from '../frame/ReportCover';
import { fill } from '../texts';
import { AllocationSection } from './AllocationSection';
import { ChartsSection, MethodologySection } from './closing-sections';
import './comparison.css';
import { FiguresSection } from './FiguresSection';
import { FlagsSection } from './FlagsSection';
import { useComparisonReportFormat } from './format';
import { refusalMessages } from './outcome';
import { prepareComparison } from './prepare';
import { RankingSection } from './RankingSection';
import { comparisonTexts } from './texts';
import { useCoverSummary } from './summary';

/*
 * The bureau's file on a call for applications: cover and summary, the ranking with each score's
 * breakdown, the applicants' figures, the flags and the files left out, the allocation, the charts
 * and the method. Every figure is recomputed from the request's files (prepare.ts), so the paper says
 * what the screen and the command line say.
 */

export function ComparisonReport({ request }: { request: ComparisonReportRequest }) {
  const prepared = useMemo(() => prepareComparison(request), [request]);
  const texts = comparisonTexts[request.language];
  const { i18n } = useTranslation();
  if (!prepared.ok) {
    // Signalled before the page's ReportReady: a refused request is never printed blank.
    return <ReportFailed messages={refusalMessages(prepared.refusals, texts, i18n)} />;
  }
  return <PreparedReport request={request} prepared={prepared.prepared} texts={texts} />;
}

function PreparedReport({
  request,
  prepared,
  texts,
}: {
  request: ComparisonReportRequest;
  prepared: Extract<ReturnType<typeof prepareComparison>, { ok: true }>['prepared'];
  texts: (typeof comparisonTexts)['en'];
}) {
  const currency = prepared.collected.currency;
  const f = useComparisonReportFormat(currency);
  const summary = useCoverSummary(prepared, texts, f);
  const { comparison, allocation } = prepared;
  const budget = comparison.budget;
  const outcome = comparison.outcome;
  return (
    <div className="comparison-report">
      <ReportCover
        kicker={texts.kicker}
        title={request.title ?? texts.untitled}
        facts={[
          { label: texts.cover.date, value: f.date(request.date) },
          { label: texts.cover.preparer, value: request.preparer ?? texts.cover.notStated },
          {
            label: texts.cover.budget,
            value: budget === null ? texts.cover.noBudget : f.format.amount(budget.budget),
          },
          ...(budget === null || outcome === null
            ? []
            : [
                {
                  label: texts.cover.objective,
                  value: texts.allocation.objectives[allocation.objective],
                },
                { label: texts.cover.cap, value: texts.cover.caps[allocation.cap] },
                {
                  label: texts.cover.deadweight,
                  value: fill(texts.cover.deadweightValue, {
                    amount: f.format.amount(outcome.deadweightSubsidy),
                    share: f.format.percent(outcome.deadweightShare ?? new Dec(0)),
                  }),
                },
              ]),
          { label: texts.cover.currency, value: currency },
        ]}
      >
        <section className="report-verdict" data-testid="comparison-summary">
          <h2>{texts.cover.summary}</h2>
          {summary.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </section>
      </ReportCover>
      <RankingSection prepared={prepared} texts={texts} f={f} />
      <FiguresSection prepared={prepared} texts={texts} f={f} />
      <FlagsSection prepared={prepared} texts={texts} f={f} />
      <AllocationSection prepared={prepared} texts={texts} f={f} />
      <ChartsSection prepared={prepared} texts={texts} />
      <MethodologySection texts={texts} />
    </div>
  );
}

export { comparisonRunningHeader } from './outcome';

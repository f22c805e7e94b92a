import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AnalysisError,
  compareScenarios,
  monteCarlo,
  REPORTED_OUTSIDE_DOMAIN,
  runSteps,
  switchingSteps,
  tornadoSteps,
  type AnalysisSteps,
  type Clipped,
  type MonteCarloResult,
  type TornadoResult,
} from '../../../../shared/analysis';
import { ANALYSIS_BUDGET_MS, SWITCHING_DRIVERS } from '../../../../shared/report/budget';
import { Dec } from '../../../../shared/finance/decimal';
import { useDriverText } from '../../../services/texts/driver-text';
import { scenarioLabel } from '../../../services/session/scenario-label';
import { ReportBlock, ReportSection } from '../frame/ReportSection';
import { FigureRows, figure, ReportTable } from '../frame/ReportTable';
import { fill } from '../texts';
import type { InvestmentContext } from './investment-context';

const hasDistributions = (context: InvestmentContext) =>
  (context.scenario.risk?.distributions.length ?? 0) > 0;

/** The drivers a board member can weigh on one page: the rest move the NPV less. */
const MOST_SENSITIVE = 10;

/**
 * An analysis run at once within the report's time for it; null when it did not finish in time
 * (the section then says so: the Risk screen computes it with its progress shown).
 */
function withinBudget<R>(steps: AnalysisSteps<R>): R | null {
  const now = () => performance.now();
  try {
    return runSteps(steps, { deadline: now() + ANALYSIS_BUDGET_MS, now });
  } catch (error) {
    if (error instanceof AnalysisError && error.code === 'over_budget') return null;
    throw error;
  }
}

function OverBudget({
  title,
  texts,
}: {
  title: string;
  texts: InvestmentContext['report']['texts'];
}) {
  return (
    <ReportBlock title={title}>
      <p data-testid="report-over-budget">
        {fill(texts.scenarios.overBudget, { seconds: ANALYSIS_BUDGET_MS / 1000 })}
      </p>
    </ReportBlock>
  );
}

const decimal = (text: string | boolean | null) =>
  typeof text === 'string' ? new Dec(text) : null;

const clippedAt = (clipped: Clipped, end: 'low' | 'high') => clipped === 'both' || clipped === end;

function ScenarioComparison({ context }: { context: InvestmentContext }) {
  const { t } = useTranslation();
  const { file, report } = context;
  const { texts, format } = report;
  const comparison = useMemo(() => compareScenarios(file), [file]);
  if (comparison.scenarios.length < 2) {
    return (
      <ReportBlock title={texts.scenarios.comparison}>
        <p>{texts.scenarios.onlyBase}</p>
      </ReportBlock>
    );
  }
  return (
    <ReportBlock title={texts.scenarios.comparison}>
      <p className="report-intro">{texts.scenarios.comparisonIntro}</p>
      <ReportTable
        testId="report-scenario-comparison"
        columns={[
          texts.scenarios.scenario,
          figure(texts.keyFigures.labels.npv),
          figure(texts.keyFigures.labels.irr),
          figure(texts.keyFigures.labels.paybackYears),
          figure(texts.subsidies.npvWithoutAll),
        ]}
      >
        {comparison.scenarios.map((compared) => {
          const npv = decimal(compared.metrics.npv);
          const without = decimal(compared.metrics.npvWithoutSubsidies);
          return (
            <tr key={compared.name}>
              <th scope="row">{scenarioLabel(file, compared.name, t)}</th>
              <td className="number">{npv ? format.amount(npv) : ''}</td>
              <td className="number">{format.rate(decimal(compared.metrics.irr))}</td>
              <td className="number">{format.years(decimal(compared.metrics.paybackYears))}</td>
              <td className="number">{without ? format.amount(without) : ''}</td>
            </tr>
          );
        })}
      </ReportTable>
    </ReportBlock>
  );
}

function Tornado({
  context,
  result,
}: {
  context: InvestmentContext;
  result: TornadoResult | null;
}) {
  const { scenario, report } = context;
  const { texts } = report;
  const text = useDriverText(scenario);
  if (result === null) return <OverBudget title={texts.scenarios.tornado} texts={texts} />;
  const bars = result.bars.filter((bar) => bar.swing !== null).slice(0, MOST_SENSITIVE);
  if (bars.length === 0 || result.base === null) {
    return (
      <ReportBlock title={texts.scenarios.tornado}>
        <p>{texts.scenarios.noDrivers}</p>
      </ReportBlock>
    );
  }
  const base = result.base;
  const ends = bars.flatMap((bar) => [bar.atLow ?? base, bar.atHigh ?? base, base]);
  const from = Math.min(...ends);
  const to = Math.max(...ends);
  const width = to - from || 1;
  const position = (value: number) => ((value - from) / width) * 100;
  const segment = (end: number | null, kind: 'low' | 'high') => {
    if (end === null) return null;
    const left = position(Math.min(end, base));
    const right = position(Math.max(end, base));
    return (
      <span
        className={kind}
        style={{ left: `${left}%`, width: `${Math.max(right - left, 0.3)}%` }}
      />
    );
  };
  return (
    <ReportBlock title={texts.scenarios.tornado}>
      <p className="report-intro">
        {fill(texts.scenarios.tornadoIntro, {
          percent: report.format.percentShort(new Dec(result.percent).div(100)),
          count: bars.length,
        })}
      </p>
      <ReportTable
        className="report-small"
        testId="report-tornado"
        columns={[
          texts.scenarios.driver,
          figure(texts.scenarios.range),
          figure(texts.scenarios.atLow),
          figure(texts.scenarios.atHigh),
          texts.scenarios.swing,
        ]}
      >
        {bars.map((bar) => (
          <tr key={bar.path}>
            <th scope="row">{text.label(bar.path)}</th>
            <td className="number wrap" data-clipped={bar.clipped ?? undefined}>
              {text.value(bar.path, bar.low)}
              {clippedAt(bar.clipped, 'low') && texts.scenarios.clippedMark} –{' '}
              {text.value(bar.path, bar.high)}
              {clippedAt(bar.clipped, 'high') && texts.scenarios.clippedMark}
            </td>
            <td className="number">{text.metricValue('npv', bar.atLow)}</td>
            <td className="number">{text.metricValue('npv', bar.atHigh)}</td>
            <td>
              <div className="report-bar" aria-hidden="true">
                {segment(bar.atLow, 'low')}
                {segment(bar.atHigh, 'high')}
                <span className="axis" style={{ left: `${position(base)}%` }} />
              </div>
            </td>
          </tr>
        ))}
      </ReportTable>
      <p className="report-intro report-small">{texts.scenarios.tornadoLegend}</p>
      {bars.some((bar) => bar.clipped !== null) && (
        <p className="report-intro report-small">{texts.scenarios.clippedLegend}</p>
      )}
    </ReportBlock>
  );
}

/**
 * The inputs whose switching values the report searches: the SWITCHING_DRIVERS that move the NPV
 * most in the tornado. An input that moves it less needs a larger change to turn it to zero, so
 * the smallest margins of safety are among these; the search costs each input some twenty
 * evaluations of the model, too many for a thousand inputs in a report.
 */
function switchingDrivers(tornado: TornadoResult): { paths: string[]; others: number } {
  const ranked = tornado.bars.filter((bar) => bar.swing !== null);
  return {
    paths: ranked.slice(0, SWITCHING_DRIVERS).map((bar) => bar.path),
    others: Math.max(0, ranked.length - SWITCHING_DRIVERS),
  };
}

function Switching({
  context,
  tornado,
}: {
  context: InvestmentContext;
  tornado: TornadoResult | null;
}) {
  const { scenario, report } = context;
  const { texts, format } = report;
  const text = useDriverText(scenario);
  const searched = useMemo(() => (tornado === null ? null : switchingDrivers(tornado)), [tornado]);
  const result = useMemo(
    () =>
      searched === null || searched.others === 0
        ? searched === null
          ? null
          : withinBudget(switchingSteps(scenario))
        : withinBudget(switchingSteps(scenario, { drivers: searched.paths })),
    [scenario, searched],
  );
  if (result === null) return <OverBudget title={texts.scenarios.switching} texts={texts} />;
  const subset = searched !== null && searched.others > 0;
  // Every input that can turn the NPV to zero, smallest margin of safety first: those are the
  // assumptions to check. The others are summed up in one sentence, which is true only when
  // none of them is left out of the table.
  const rows = result.values
    .filter((value) => value.status === 'found' && value.change !== null)
    .sort((a, b) => Math.abs(a.change ?? 0) - Math.abs(b.change ?? 0));
  const percent = format.percentShort(new Dec(result.percent).div(100));
  const clipped = result.values.filter((value) => value.clipped !== null);
  return (
    <ReportBlock title={texts.scenarios.switching}>
      <p className="report-intro">{texts.scenarios.switchingIntro}</p>
      {searched !== null && searched.others > 0 && (
        <p className="report-intro" data-testid="report-switching-searched">
          {fill(texts.scenarios.switchingSearched, {
            count: searched.paths.length,
            others: searched.others,
          })}
        </p>
      )}
      {rows.length > 0 && (
        <ReportTable
          className="report-small"
          testId="report-switching"
          columns={[
            texts.scenarios.driver,
            figure(texts.scenarios.baseValue),
            figure(texts.scenarios.switchingValue),
            figure(texts.scenarios.change),
          ]}
        >
          {rows.map((row) => (
            <tr key={row.path}>
              <th scope="row">{text.label(row.path)}</th>
              <td className="number">{text.value(row.path, row.base)}</td>
              <td className="number">{text.value(row.path, row.value)}</td>
              <td className="number">{format.percent(new Dec(row.change ?? 0), 0)}</td>
            </tr>
          ))}
        </ReportTable>
      )}
      <p>
        {fill(
          subset
            ? rows.length > 0
              ? texts.scenarios.safeOthersSearched
              : texts.scenarios.safeAllSearched
            : rows.length > 0
              ? texts.scenarios.safeOthers
              : texts.scenarios.safeAll,
          { percent },
        )}
      </p>
      {clipped.length > 0 && (
        <p className="report-small" data-testid="report-switching-clipped">
          {fill(texts.scenarios.clippedInputs, {
            percent,
            inputs: clipped
              .map(
                (value) =>
                  `${text.label(value.path)} ${text.value(value.path, value.low)} – ${text.value(value.path, value.high)}`,
              )
              .join(report.language === 'zh-CN' ? '；' : '; '),
          })}
        </p>
      )}
    </ReportBlock>
  );
}

function runMonteCarlo(context: InvestmentContext): MonteCarloResult | null {
  const settings = context.request.monteCarlo;
  if (!settings || !hasDistributions(context)) return null;
  try {
    return monteCarlo(context.scenario, {
      draws: settings.draws,
      seed: settings.seed,
      latinHypercube: settings.latinHypercube ?? false,
    });
  } catch {
    return null;
  }
}

function MonteCarloSummary({ context }: { context: InvestmentContext }) {
  const { report, request, scenario } = context;
  const text = useDriverText(scenario);
  const { texts, format } = report;
  const result = useMemo(() => runMonteCarlo(context), [context]);
  const amount = (value: number | null) =>
    value === null || !Number.isFinite(value)
      ? texts.keyFigures.none
      : format.amount(new Dec(value));
  if (!request.monteCarlo) {
    return (
      <ReportBlock title={texts.scenarios.monteCarlo}>
        <p>{texts.scenarios.notRun}</p>
      </ReportBlock>
    );
  }
  if (!result) {
    return (
      <ReportBlock title={texts.scenarios.monteCarlo}>
        <p>
          {hasDistributions(context)
            ? texts.scenarios.monteCarloFailed
            : texts.scenarios.monteCarloNoInputs}
        </p>
      </ReportBlock>
    );
  }
  const rows: [string, string][] = [
    [texts.scenarios.mean, amount(result.mean)],
    [texts.scenarios.p5, amount(result.percentiles.p5)],
    [texts.scenarios.p50, amount(result.percentiles.p50)],
    [texts.scenarios.p95, amount(result.percentiles.p95)],
    [
      texts.scenarios.probabilityPositive,
      format.percent(new Dec(result.probabilityNpvPositive), 1),
    ],
  ];
  return (
    <ReportBlock title={texts.scenarios.monteCarlo}>
      <p className="report-intro">
        {fill(texts.scenarios.monteCarloIntro, {
          draws: format.number(new Dec(result.draws), 0),
          seed: result.seed,
        })}
      </p>
      <ReportTable
        testId="report-monte-carlo"
        columns={[texts.scenarios.statistic, figure(texts.scenarios.value)]}
      >
        <FigureRows rows={rows} />
      </ReportTable>
      {result.drivers
        .filter((driver) => driver.outsideDomain >= REPORTED_OUTSIDE_DOMAIN)
        .map((driver) => (
          <p className="report-small" key={driver.path}>
            {fill(texts.scenarios.outsideDomain, {
              input: text.label(driver.path),
              share: format.percent(new Dec(driver.outsideDomain), 2),
            })}
          </p>
        ))}
    </ReportBlock>
  );
}

/** Scenario comparison, tornado, switching values and, when one was run, the Monte Carlo summary. */
export function Sensitivity({ context }: { context: InvestmentContext }) {
  const { scenario } = context;
  const tornado = useMemo(() => withinBudget(tornadoSteps(scenario)), [scenario]);
  return (
    <ReportSection id="scenarios" title={context.report.texts.sections.scenarios}>
      <ScenarioComparison context={context} />
      <Tornado context={context} result={tornado} />
      <Switching context={context} tornado={tornado} />
      <MonteCarloSummary context={context} />
    </ReportSection>
  );
}

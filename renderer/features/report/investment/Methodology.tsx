import { EU_REFERENCE_DISCOUNT_RATE } from '../../../../shared/model';
import { Dec } from '../../../../shared/finance/decimal';
import { ReportBlock, ReportSection } from '../frame/ReportSection';
import { fill } from '../texts';
import type { InvestmentContext } from './investment-context';

/** The rules of THIS scenario's tax, one sentence each (shared/model/README.md, "Tax"). */
function taxRules(context: InvestmentContext): string[] {
  const { scenario, report } = context;
  const { texts, format } = report;
  const words = texts.methodology;
  const { tax } = scenario;
  const percent = (text: string) => format.percentShort(new Dec(text));
  const rules = [fill(words.taxStandard, { rate: percent(tax.rate) })];
  const regime = tax.preferential;
  if (regime?.type === 'reduced-rate') {
    rules.push(fill(words.taxReduced, { label: regime.label, rate: percent(regime.rate) }));
  } else if (regime?.type === 'small-low-profit') {
    const bands = regime.bands
      .map((band) => `≤ ${format.amount(new Dec(band.upTo))}: ${percent(band.rate)}`)
      .join('; ');
    rules.push(fill(words.taxSmall, { label: regime.label, bands }));
  }
  rules.push(fill(words.taxLosses, { years: tax.lossCarryForwardYears }));
  const qualifies = (flag: 'oneTimeDeduction' | 'superDeduction' | 'investmentTaxCredit') =>
    scenario.capex.some((item) => item.eligibility[flag]);
  if (tax.oneTimeDeduction && qualifies('oneTimeDeduction')) {
    rules.push(
      fill(words.taxOneTime, {
        threshold: format.amount(new Dec(tax.oneTimeDeduction.unitThreshold)),
      }),
    );
  }
  const research =
    qualifies('superDeduction') ||
    scenario.runningCosts.some((cost) => cost.eligibility.superDeduction);
  if (tax.superDeduction && research) {
    rules.push(fill(words.taxSuper, { rate: percent(tax.superDeduction.rate) }));
  }
  if (tax.investmentTaxCredit && qualifies('investmentTaxCredit')) {
    rules.push(fill(words.taxCredit, { rate: percent(tax.investmentTaxCredit.rate) }));
  }
  rules.push(
    tax.companyTaxableIncome === undefined
      ? words.taxAlone
      : fill(words.taxCompany, { income: format.amount(new Dec(tax.companyTaxableIncome)) }),
  );
  if (tax.payment === 'following-year') rules.push(words.taxFollowingYear);
  if (tax.disposalAtHorizon === true) rules.push(words.disposal);
  return rules;
}

/** The conventions of the real-case inputs this scenario uses, one paragraph each. */
function caseConventions(context: InvestmentContext) {
  const { scenario, evaluation, report } = context;
  const { texts, format } = report;
  const words = texts.methodology;
  const { metrics, projection } = evaluation;
  const paragraphs: string[] = [];
  if (projection.conventions.paybackFromConstructionStart)
    paragraphs.push(words.paybackConstruction);
  if (scenario.parameters.mirr !== undefined)
    paragraphs.push(
      fill(words.mirrRates, {
        finance: format.percentShort(projection.conventions.financeRate),
        reinvestment: format.percentShort(projection.conventions.reinvestmentRate),
      }),
    );
  if (scenario.subsidies.length > 0) paragraphs.push(words.subsidyNpvs, words.grantTreatment);
  if ((scenario.workingCapital ?? []).length > 0) paragraphs.push(words.workingCapital);
  if (scenario.capex.some((item) => item.inputVat !== undefined))
    paragraphs.push(fill(words.inputVat, { years: scenario.tax.inputVatRecoveryYears ?? 1 }));
  const terminal = scenario.parameters.terminalValue;
  if (terminal !== undefined)
    paragraphs.push(
      fill(words.terminalValue, {
        growth: format.percentShort(new Dec(terminal.growth)),
        amount: format.amount(projection.terminalValue.at(-1) ?? new Dec(0)),
      }),
    );
  paragraphs.push(words.beforeTax);
  const gapRate = scenario.parameters.fundingGapDiscountRate;
  const real =
    (gapRate?.basis ?? 'real') === 'real'
      ? fill(words.fundingGapReal, {
          rate: format.percentShort(new Dec(gapRate?.rate ?? EU_REFERENCE_DISCOUNT_RATE)),
        })
      : '';
  paragraphs.push(
    fill(words.fundingGap, { rate: format.percent(metrics.fundingGapDiscountRate), real }),
  );
  return paragraphs;
}

/** The conventions in plain words, with the discount rate and tax rules this scenario uses. */
export function Methodology({ context }: { context: InvestmentContext }) {
  const { scenario, evaluation, report } = context;
  const { texts, format } = report;
  const words = texts.methodology;
  const { project, parameters } = scenario;
  const inflation = format.percentShort(new Dec(parameters.inflation));
  const rate = format.percentShort(evaluation.metrics.discountRateNominal);
  return (
    <ReportSection id="methodology" title={texts.sections.methodology}>
      <div className="report-methodology">
        <p>
          {fill(words.years, {
            start: project.startYear,
            horizon: project.horizonYears,
            end: project.startYear + project.horizonYears,
          })}
        </p>
        <p>{words.discounting}</p>
        <p>
          {parameters.discountRate.basis === 'real'
            ? fill(words.realRate, {
                real: format.percentShort(new Dec(parameters.discountRate.rate)),
                inflation,
                rate: format.percent(evaluation.metrics.discountRateNominal),
              })
            : fill(words.nominalRate, { rate })}
        </p>
        <p>{fill(words.inflation, { inflation })}</p>
        <p>{words.payback}</p>
        <p>{words.ratios}</p>
        <p>{words.subsidies}</p>
        {scenario.financing.loans.length > 0 && <p>{words.projectApart}</p>}
        {caseConventions(context).map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <ReportBlock title={words.taxTitle}>
          <ul data-testid="report-tax-rules">
            {taxRules(context).map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </ReportBlock>
        <p>
          {fill(words.rounding, {
            precision:
              format.scale === 'unit'
                ? texts.projection.precisionCent
                : texts.projection.precisionShown,
          })}
        </p>
      </div>
    </ReportSection>
  );
}

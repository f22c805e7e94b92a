import type Decimal from 'decimal.js';
import type { Evaluation } from '../../../../shared/model';
import { formatDecimal } from '../../../services/format/format-number';
import { fill } from '../texts';
import type { ReportFormat } from './report-format';

/**
 * The cover's one paragraph, written from the metrics: when the money comes back, what the
 * project is worth at the discount rate, and whether it needs its subsidies. Honest either way:
 * a negative NPV or a payback beyond the horizon is said as plainly as a good result.
 */
export function verdictText(
  evaluation: Evaluation<Decimal>,
  report: ReportFormat,
  /** How many plausibility checks the scenario fails: said last, so it is not missed. */
  warnings = 0,
): string {
  const { texts, format, language } = report;
  const { metrics, projection } = evaluation;
  const words = texts.verdict;
  const years = (value: Decimal) => formatDecimal(value, language, 1);
  const sentences: string[] = [];

  if (metrics.paybackYears === null) {
    sentences.push(fill(words.noPayback, { horizon: projection.horizonYears }));
  } else {
    const discounted = metrics.discountedPaybackYears;
    sentences.push(
      discounted === null
        ? fill(words.paysBackUndiscountedOnly, { years: years(metrics.paybackYears) })
        : fill(words.paysBack, {
            years: years(metrics.paybackYears),
            discounted: years(discounted),
          }),
    );
  }
  const rate = format.percentShort(metrics.discountRateNominal);
  const npv = report.spokenAmount(metrics.npv);
  sentences.push(
    fill(metrics.npv.isNegative() ? words.npvNegative : words.npvPositive, { rate, npv }),
  );
  if (metrics.irr !== null) sentences.push(fill(words.irr, { irr: format.rate(metrics.irr) }));

  if (metrics.subsidyTotal.isZero()) {
    sentences.push(words.noSubsidy);
  } else {
    const without = { npv: report.spokenAmount(metrics.npvWithoutSubsidies) };
    if (metrics.additionality) sentences.push(fill(words.subsidyNeeded, without));
    else if (!metrics.npvWithoutSubsidies.isNegative())
      sentences.push(fill(words.subsidyNotNeeded, without));
    else sentences.push(fill(words.subsidyNotEnough, without));
  }
  if (warnings > 0) sentences.push(fill(words.warnings, { count: warnings }));
  return sentences.join(language === 'zh-CN' ? '' : ' ');
}

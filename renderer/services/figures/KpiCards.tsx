import { Paper, SimpleGrid, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isNoFundingGap, type Explanations, type ScenarioWarning } from '../../../shared/model';
import type { ResultsFigures } from '../evaluation/live-results';
import { metricText } from '../format/metric-text';
import { useFormat, type Formatters } from '../format/use-format';
import { useWarningText } from '../texts/warning-text';
import classes from './KpiCards.module.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

type KpiKey =
  | 'npv'
  | 'irr'
  | 'paybackYears'
  | 'discountedPaybackYears'
  | 'npvWithoutSubsidies'
  | 'additionality'
  | 'npvWithoutTerminalValue'
  | 'npvBeforeTax'
  | 'irrBeforeTax'
  | 'equityNpv'
  | 'equityIrr'
  | 'minDscr'
  | 'fundingGapRate'
  | 'maxGrant';

/** The translated one-line explanation of a metric, chosen by the model's explanation code. */
function explanationKey(
  key: KpiKey,
  evaluation: ResultsFigures,
  explanations: Explanations,
): string {
  const { code } = explanations[key];
  const { metrics } = evaluation;
  const irrKey = (irrCode: string) =>
    irrCode.endsWith('.unique')
      ? 'irr_unique'
      : irrCode.endsWith('.multiple')
        ? 'irr_multiple'
        : 'irr_none';
  switch (key) {
    case 'irr':
      return irrKey(code);
    case 'paybackYears':
      return code.endsWith('.none') ? 'payback_none' : 'payback';
    case 'discountedPaybackYears':
      return code.endsWith('.none') ? 'discountedPayback_none' : 'discountedPayback';
    case 'additionality':
      if (metrics.additionality) return 'additionality_yes';
      if (metrics.subsidyTotal.isZero()) return 'additionality_none';
      return metrics.npvWithoutSubsidies.isNegative()
        ? 'additionality_never'
        : 'additionality_anyway';
    case 'irrBeforeTax':
    case 'equityIrr':
      return `${key}_${irrKey(code).slice(4)}`;
    case 'minDscr':
      return code.endsWith('.none') ? 'minDscr_none' : 'minDscr';
    default:
      return key;
  }
}

/** A figure as its kind says (shared/model/metric-catalogue.ts); "none" where there is none. */
function valueOf(key: KpiKey, evaluation: ResultsFigures, format: Formatters, t: LooseT): string {
  const { metrics } = evaluation;
  if (key === 'additionality')
    return metrics.additionality
      ? t('results.kpi.additionalYes')
      : metrics.subsidyTotal.isZero()
        ? t('results.kpi.noSubsidy')
        : t('results.kpi.additionalNo');
  // R ≤ 0 is no gap at all, whatever its size: the card says so and keeps R in its note.
  if (key === 'fundingGapRate' && isNoFundingGap(metrics.fundingGapRate))
    return t('results.kpi.noFundingGap');
  return metricText(key, metrics[key], format, { none: t('results.kpi.none'), shareDigits: 1 });
}

/**
 * A note under the value: a caution when a payback is followed by the cumulative flow turning
 * negative again; plain information for the rate behind "no funding gap".
 */
function noteOf(
  key: KpiKey,
  evaluation: ResultsFigures,
  format: Formatters,
  t: LooseT,
): { readonly text: string; readonly caution: boolean } | null {
  const { metrics } = evaluation;
  if (key === 'fundingGapRate' && isNoFundingGap(metrics.fundingGapRate))
    return {
      text: t('results.kpi.fundingGapCovered', {
        rate: format.percent(metrics.fundingGapRate, 1),
      }),
      caution: false,
    };
  const relapses =
    (key === 'paybackYears' && metrics.paybackRelapses) ||
    (key === 'discountedPaybackYears' && metrics.discountedPaybackRelapses);
  return relapses ? { text: t('results.kpi.relapses'), caution: true } : null;
}

const AMOUNT_TONE: ReadonlySet<KpiKey> = new Set([
  'npv',
  'npvWithoutSubsidies',
  'npvWithoutTerminalValue',
  'npvBeforeTax',
  'equityNpv',
]);

function tone(key: KpiKey, evaluation: ResultsFigures): 'positive' | 'negative' | undefined {
  if (!AMOUNT_TONE.has(key)) return undefined;
  const amount = evaluation.metrics[key as 'npv'];
  if (amount.isZero()) return undefined;
  return amount.isNegative() ? 'negative' : 'positive';
}

/**
 * The six figures a decision rests on, then those of what the scenario holds: before income tax
 * always, the equity view when there is debt, NPV without the terminal value when there is one,
 * the EU funding gap when there are subsidies.
 */
function kpisOf(evaluation: ResultsFigures): KpiKey[] {
  const { metrics, inputs } = evaluation;
  return [
    'npv',
    ...(metrics.terminalValuePresentValue.isZero() ? [] : (['npvWithoutTerminalValue'] as const)),
    'irr',
    'paybackYears',
    'discountedPaybackYears',
    'npvWithoutSubsidies',
    'additionality',
    'npvBeforeTax',
    'irrBeforeTax',
    ...(inputs.financing.loans.length === 0
      ? []
      : (['equityNpv', 'equityIrr', 'minDscr'] as const)),
    ...(metrics.subsidyTotal.isZero() ? [] : (['fundingGapRate', 'maxGrant'] as const)),
  ];
}

/** The figures a decision rests on, each with how it is computed on hover or focus. */
export const KpiCards = memo(function KpiCards({
  evaluation,
  explanations,
  warnings,
  currency,
}: {
  evaluation: ResultsFigures;
  explanations: Explanations;
  /** Plausibility warnings: those about a key figure are shown on its card. */
  warnings: readonly ScenarioWarning[];
  currency: string;
}) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const format = useFormat(currency);
  const warningText = useWarningText(currency);
  const base = useId();
  const params = {
    r: format.percentShort(evaluation.metrics.discountRateNominal),
    H: evaluation.projection.horizonYears,
    fdr: format.percentShort(evaluation.metrics.fundingGapDiscountRate),
  };
  const construction = evaluation.projection.conventions.paybackFromConstructionStart;
  return (
    // As many columns as the results column holds with room for an amount to the cent.
    <SimpleGrid minColWidth="15rem" spacing="xs" data-testid="results-kpis">
      {kpisOf(evaluation).map((key) => {
        const payback = key === 'paybackYears' || key === 'discountedPaybackYears';
        const explanation = [
          loose(`results.explain.${explanationKey(key, evaluation, explanations)}`, params),
          ...(payback && construction ? [loose('results.explain.fromConstructionStart')] : []),
        ].join(' ');
        const note = noteOf(key, evaluation, format, loose);
        const labelId = `${base}-${key}-label`;
        const descriptionId = `${base}-${key}-description`;
        const warningId = `${base}-${key}-warning`;
        const shade = tone(key, evaluation);
        const concerns = warnings.filter((warning) => warning.metric === key);
        return (
          <div key={key}>
            <Tooltip
              label={explanation}
              multiline
              w={320}
              withArrow
              events={{ hover: true, focus: true, touch: true }}
            >
              <Paper
                withBorder
                p="sm"
                className={classes.card}
                tabIndex={0}
                role="group"
                aria-labelledby={labelId}
                aria-describedby={
                  concerns.length > 0 ? `${warningId} ${descriptionId}` : descriptionId
                }
                data-testid={`kpi-${key}`}
                data-warning={concerns.length > 0 ? 'true' : undefined}
              >
                <Text size="xs" fw={600} c="dimmed" id={labelId} className={classes.label}>
                  {loose(`results.kpi.${key}`)}
                </Text>
                <Text
                  fw={700}
                  className={classes.value}
                  data-tone={shade}
                  data-testid={`kpi-${key}-value`}
                >
                  {valueOf(key, evaluation, format, loose)}
                </Text>
                {concerns.length > 0 && (
                  <div
                    id={warningId}
                    className={classes.warning}
                    data-testid={`kpi-${key}-warning`}
                  >
                    {concerns.map((warning) => {
                      const { reason, advice } = warningText(warning);
                      return (
                        <Text size="xs" key={warning.code}>
                          <span aria-hidden>⚠ </span>
                          {reason}{' '}
                          <Text span size="xs" fw={600}>
                            {t('warnings.plausible')}
                          </Text>{' '}
                          {advice}
                        </Text>
                      );
                    })}
                  </div>
                )}
                {note && (
                  <Text
                    size="xs"
                    c={note.caution ? 'orange.8' : 'dimmed'}
                    data-testid={`kpi-${key}-note`}
                  >
                    {note.text}
                  </Text>
                )}
              </Paper>
            </Tooltip>
            <VisuallyHidden id={descriptionId}>{explanation}</VisuallyHidden>
          </div>
        );
      })}
    </SimpleGrid>
  );
});

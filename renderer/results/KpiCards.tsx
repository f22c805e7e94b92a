import { Paper, SimpleGrid, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type Decimal from 'decimal.js';
import { useId, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evaluation, Explanations, ScenarioWarning } from '../../shared/model';
import { useFormat, type Formatters } from '../format/use-format';
import { useWarningText } from './warning-text';
import classes from './KpiCards.module.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

type KpiKey =
  | 'npv'
  | 'irr'
  | 'paybackYears'
  | 'discountedPaybackYears'
  | 'npvWithoutSubsidies'
  | 'additionality';

/** The translated one-line explanation of a metric, chosen by the model's explanation code. */
function explanationKey(
  key: KpiKey,
  evaluation: Evaluation<Decimal>,
  explanations: Explanations,
): string {
  const { code } = explanations[key];
  const { metrics } = evaluation;
  switch (key) {
    case 'irr':
      return code.endsWith('.unique')
        ? 'irr_unique'
        : code.endsWith('.multiple')
          ? 'irr_multiple'
          : 'irr_none';
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
    default:
      return key;
  }
}

function valueOf(
  key: KpiKey,
  evaluation: Evaluation<Decimal>,
  format: Formatters,
  t: LooseT,
): string {
  const { metrics } = evaluation;
  switch (key) {
    case 'npv':
      return format.amount(metrics.npv);
    case 'npvWithoutSubsidies':
      return format.amount(metrics.npvWithoutSubsidies);
    case 'irr':
      return format.rate(metrics.irr);
    case 'paybackYears':
      return format.years(metrics.paybackYears);
    case 'discountedPaybackYears':
      return format.years(metrics.discountedPaybackYears);
    case 'additionality':
      return metrics.additionality
        ? t('results.kpi.additionalYes')
        : metrics.subsidyTotal.isZero()
          ? t('results.kpi.noSubsidy')
          : t('results.kpi.additionalNo');
  }
}

function tone(key: KpiKey, evaluation: Evaluation<Decimal>): 'positive' | 'negative' | undefined {
  const { metrics } = evaluation;
  const amount =
    key === 'npv'
      ? metrics.npv
      : key === 'npvWithoutSubsidies'
        ? metrics.npvWithoutSubsidies
        : null;
  if (!amount || amount.isZero()) return undefined;
  return amount.isNegative() ? 'negative' : 'positive';
}

const KPIS: readonly KpiKey[] = [
  'npv',
  'irr',
  'paybackYears',
  'discountedPaybackYears',
  'npvWithoutSubsidies',
  'additionality',
];

/** The six figures a decision rests on, each with how it is computed on hover or focus. */
export const KpiCards = memo(function KpiCards({
  evaluation,
  explanations,
  warnings,
  currency,
}: {
  evaluation: Evaluation<Decimal>;
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
  };
  return (
    // As many columns as the results column holds with room for an amount to the cent.
    <SimpleGrid minColWidth="15rem" spacing="xs" data-testid="results-kpis">
      {KPIS.map((key) => {
        const explanation = loose(
          `results.explain.${explanationKey(key, evaluation, explanations)}`,
          params,
        );
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
              </Paper>
            </Tooltip>
            <VisuallyHidden id={descriptionId}>{explanation}</VisuallyHidden>
          </div>
        );
      })}
    </SimpleGrid>
  );
});

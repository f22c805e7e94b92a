import { Paper, SimpleGrid, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Explanations } from '../../shared/model';
import type { ResultsFigures } from './live-results';
import { useFormat, type Formatters } from '../format/use-format';
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
  evaluation: ResultsFigures,
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

function valueOf(key: KpiKey, evaluation: ResultsFigures, format: Formatters, t: LooseT): string {
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

function tone(key: KpiKey, evaluation: ResultsFigures): 'positive' | 'negative' | undefined {
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
  currency,
}: {
  evaluation: ResultsFigures;
  explanations: Explanations;
  currency: string;
}) {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const format = useFormat(currency);
  const base = useId();
  const params = {
    r: format.percentShort(evaluation.metrics.discountRateNominal),
    H: evaluation.projection.horizonYears,
  };
  return (
    <SimpleGrid cols={{ base: 2, xl: 3 }} spacing="xs" data-testid="results-kpis">
      {KPIS.map((key) => {
        const explanation = loose(
          `results.explain.${explanationKey(key, evaluation, explanations)}`,
          params,
        );
        const labelId = `${base}-${key}-label`;
        const descriptionId = `${base}-${key}-description`;
        const shade = tone(key, evaluation);
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
                aria-describedby={descriptionId}
                data-testid={`kpi-${key}`}
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
              </Paper>
            </Tooltip>
            <VisuallyHidden id={descriptionId}>{explanation}</VisuallyHidden>
          </div>
        );
      })}
    </SimpleGrid>
  );
});

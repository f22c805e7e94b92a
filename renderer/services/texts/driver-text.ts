import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnalysisMetric } from '../../../shared/analysis';
import { Dec } from '../../../shared/finance/decimal';
import { metricKind } from '../../../shared/model';
import { locate, parsePath, type Scenario } from '../../../shared/scenario';
import { metricText } from '../format/metric-text';
import { useFormat } from '../format/use-format';
import { valueKind, type ValueKind } from '../../../shared/scenario/value-kind';
import { fieldLabel } from './issue-text';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

export interface DriverText {
  /** `Lower production cost › Full effect` for `effects[id=prod-cost].fullEffect`. */
  label(path: string): string;
  kind(path: string): ValueKind;
  /** A driver's value (a float of the analyses) as the editor shows that field. */
  value(path: string, value: number | null): string;
  metric(metric: AnalysisMetric): string;
  /** A figure of the analyses (a float) formatted for its metric: amount, rate or years. */
  metricValue(metric: AnalysisMetric, value: number | null): string;
  /** A position on a chart's axis of the metric: amounts compact (`6.5M`, `650万`). */
  metricTick(metric: AnalysisMetric, value: number): string;
}

/** Floats of the analyses are shown, not computed with: Decimal only formats them. */
function decimalOf(value: number): Dec | null {
  return Number.isFinite(value) ? new Dec(value) : null;
}

export function useDriverText(scenario: Scenario): DriverText {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as LooseT;
  const format = useFormat(scenario.project.currency);
  const exists = useCallback((key: string) => i18n.exists(key), [i18n]);
  return useMemo(() => {
    const located = (path: string) => {
      const steps = parsePath(path);
      const found = steps ? locate(scenario, steps) : null;
      return found?.ok ? found.location : null;
    };
    const kind = (path: string): ValueKind => {
      const location = located(path);
      return location ? valueKind(scenario, location) : 'other';
    };
    return {
      label: (path) => {
        const location = located(path);
        return location ? fieldLabel(location, t, exists, scenario) : path;
      },
      kind,
      value: (path, value) => {
        const number = value === null ? null : decimalOf(value);
        if (!number) return '—';
        switch (kind(path)) {
          case 'amount':
            return format.amount(number);
          case 'percent':
            return format.percentShort(number);
          case 'whole':
            return format.number(number, 0);
          default:
            return format.number(number, 4);
        }
      },
      metric: (metric) => loose(`risk.metrics.${metric}`),
      metricValue: (metric, value) =>
        metricText(metric, value === null ? null : decimalOf(value), format, { none: '—' }),
      metricTick: (metric, value) => {
        const of = metricKind(metric);
        if (of === 'rate') return format.rate(decimalOf(value));
        if (of === 'years') return format.years(decimalOf(value));
        return format.compact(value);
      },
    };
  }, [scenario, t, loose, exists, format]);
}

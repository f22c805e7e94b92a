import type Decimal from 'decimal.js';
import type { Objective } from '../../../../shared/compare';
import type { Formatters } from '../../../services/format/use-format';
import { useReportFormat } from '../investment/report-format';

/** How the comparison report writes figures: the app's formatters, and the report's dates. */
export interface ComparisonFormat {
  readonly format: Formatters;
  date(iso: string): string;
  /** A value of the allocation's objective: an amount for an NPV, points for a score. */
  objective(value: Decimal, objective: Objective): string;
}

export function useComparisonReportFormat(currency: string): ComparisonFormat {
  const report = useReportFormat(currency);
  const format = report.format;
  return {
    format,
    date: report.date,
    objective: (value, objective) =>
      objective === 'score' ? format.number(value, 1) : format.amount(value),
  };
}

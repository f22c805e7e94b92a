import type Decimal from 'decimal.js';
import { metricKind, type CatalogueKey } from '../../../shared/model';
import type { Formatters } from './use-format';

/**
 * A metric written as its kind says (shared/model/metric-catalogue.ts), the same on the results'
 * cards and in the report: `none` where the model has none (no IRR has its own words). A yes-or-no
 * metric is worded by whoever shows it.
 */
export function metricText(
  key: CatalogueKey,
  value: Decimal | null,
  format: Formatters,
  options: { readonly none: string; readonly shareDigits?: number },
): string {
  switch (metricKind(key)) {
    case 'rate':
      return format.rate(value);
    case 'years':
      return format.years(value);
    case 'ratio':
      return value === null ? options.none : format.number(value, 2);
    case 'share':
      return value === null ? options.none : format.percent(value, options.shareDigits);
    default:
      return value === null ? options.none : format.amount(value);
  }
}

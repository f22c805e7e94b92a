import type { ComparisonFormat } from './format';
import type { PreparedComparison } from './prepare';
import type { ComparisonTexts } from './texts';

/** What each numbered section of the comparison report is drawn from. */
export interface ComparisonSectionProps {
  readonly prepared: PreparedComparison;
  readonly texts: ComparisonTexts;
  readonly f: ComparisonFormat;
}

import { comparisonTexts } from '../../../../shared/i18n/catalogue/comparison-report';
import type { Texts } from '../../../../shared/i18n/texts';

/*
 * The comparison report's namespace of the shared catalogue
 * (shared/i18n/catalogue/comparison-report.ts).
 */

export { comparisonTexts };

export type ComparisonTexts = Texts<(typeof comparisonTexts)['en']>;

import { reportTexts } from '../../../../shared/i18n/catalogue/report';
import type { Texts } from '../../../../shared/i18n/texts';

/* The report's namespace of the shared catalogue (shared/i18n/catalogue/report.ts). */

export { fill } from '../../../../shared/i18n/texts';
export type { KeyMetric } from '../investment/key-metrics';
export { reportTexts };

export type ReportTexts = Texts<(typeof reportTexts)['en']>;

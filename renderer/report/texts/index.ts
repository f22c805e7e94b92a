import type { Locale } from '../../../shared/host/schemas';
import { en } from './en';
import type { ReportTexts } from './report-texts';
import { zhCN } from './zh-CN';

export { fill, type KeyMetric, type ReportTexts } from './report-texts';

export const reportTexts: Readonly<Record<Locale, ReportTexts>> = { en, 'zh-CN': zhCN };

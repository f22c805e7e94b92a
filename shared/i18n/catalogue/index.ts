import { appTexts } from './app';
import { applicantsTexts } from './applicants';
import { cliTableTexts } from './cli-table';
import { comparisonTexts } from './comparison-report';
import { menuTexts } from './menus';
import { reportTexts } from './report';
import { workbookTexts } from './workbook';

/*
 * Every text of Yardstick, one namespace per feature, each in English and Simplified Chinese.
 * test/shared/i18n/catalogue.test.ts holds the whole catalogue to its rules (same keys in both
 * languages, no empty text, the same placeholders), and the glossary test scans it.
 */
export const catalogue = {
  app: appTexts,
  applicants: applicantsTexts,
  report: reportTexts,
  comparisonReport: comparisonTexts,
  menus: menuTexts,
  cliTable: cliTableTexts,
  workbook: workbookTexts,
} as const;

export type NamespaceName = keyof typeof catalogue;

export {
  appTexts,
  applicantsTexts,
  cliTableTexts,
  comparisonTexts,
  menuTexts,
  reportTexts,
  workbookTexts,
};

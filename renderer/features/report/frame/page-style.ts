import type { Locale } from '../../../../shared/host/schemas';
import { PAGE_MARGINS_MM } from '../../../../shared/report/print-layout';

/**
 * The printed page: A4 portrait with the margins the printers' header and footer templates are
 * drawn in (one definition, shared/report/print-layout.ts). The printers pass
 * `preferCSSPageSize`, so this rule is what sets the paper.
 */
export const PRINTABLE_WIDTH_MM = 210 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;
/** The printable width of the A4 landscape pages of wide tables (the appendix of statements). */
export const LANDSCAPE_WIDTH_MM = 297 - PAGE_MARGINS_MM.left - PAGE_MARGINS_MM.right;

/**
 * One typeface for text, headings and chart labels. Chinese reports put the CJK face first so that
 * digits and Latin letters match the Chinese around them; Chromium embeds the faces it uses.
 */
export const REPORT_FONTS: Readonly<Record<Locale, string>> = {
  en: '"Noto Sans", "Liberation Sans", Arial, "Helvetica Neue", "Noto Sans CJK SC", sans-serif',
  'zh-CN':
    '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "Noto Sans", sans-serif',
};

export function pageStyle(language: Locale): string {
  const { top, right, bottom, left } = PAGE_MARGINS_MM;
  // The named page after the general rule: Chromium takes the size of the last rule that sets it.
  return `@page { size: A4 portrait; margin: ${top}mm ${right}mm ${bottom}mm ${left}mm; }
@page landscape { size: A4 landscape; }
.report-landscape { page: landscape; width: ${LANDSCAPE_WIDTH_MM}mm; }
.report {
  --report-width: ${PRINTABLE_WIDTH_MM}mm;
  --mantine-font-family: ${REPORT_FONTS[language]};
  --mantine-font-family-headings: ${REPORT_FONTS[language]};
  font-family: ${REPORT_FONTS[language]};
}`;
}

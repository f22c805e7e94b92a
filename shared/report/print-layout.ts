import type { Locale } from '../i18n/locale';

/*
 * The printed page around the report: A4, margins, and the running header and page numbers that
 * Chromium draws in the margins. Both printers (Electron's printToPDF and Chromium's Page.printToPDF
 * over the DevTools pipe) take these same templates.
 */

export const PAGE_MARGINS_MM = { top: 18, bottom: 16, left: 14, right: 14 } as const;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );

// The margins are their own tiny documents: no page styles reach them, so they carry their own.
const marginStyle =
  'font-family: "Noto Sans", "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif;' +
  ' font-size: 8px; color: #555; width: 100%; padding: 0 14mm; display: flex;' +
  ' justify-content: space-between; -webkit-print-color-adjust: exact;';

export function headerTemplate(runningHeader: string, appName = 'Yardstick'): string {
  return (
    `<div style='${marginStyle}'><span>${escapeHtml(runningHeader)}</span>` +
    `<span>${escapeHtml(appName)}</span></div>`
  );
}

export function footerTemplate(language: Locale): string {
  const pageOf =
    language === 'zh-CN'
      ? "第 <span class='pageNumber'></span> 页，共 <span class='totalPages'></span> 页"
      : "Page <span class='pageNumber'></span> of <span class='totalPages'></span>";
  return `<div style='${marginStyle} justify-content: center;'><span>${pageOf}</span></div>`;
}

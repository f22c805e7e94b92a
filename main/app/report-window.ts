import { renderCall } from '../report/report-page-run';
import { WarmReportPage, type OpenReportPage } from '../report/warm-page';
import { newSecureWindow } from './window';

const MM_PER_INCH = 25.4;

/**
 * The report page in a hidden window of its own, so the person's window keeps what it shows,
 * printed by Electron's printToPDF with the same layout as the command line's.
 */
export async function openReportWindow(options: {
  /** The report page of the checked renderer entry (same origin as the app's page). */
  url: string;
}): Promise<OpenReportPage> {
  // A4 at 96 dpi, so the layout the page measures is the printed one; no preload: the page
  // needs nothing of the host.
  const window = newSecureWindow(
    { show: false, width: 794, height: 1123 },
    { preload: null, devTools: false },
  );
  try {
    await window.loadURL(options.url);
  } catch (error) {
    window.destroy();
    throw error;
  }
  const contents = window.webContents;
  return {
    driver: {
      // The request is schema-checked data encoded as JSON (renderCall), never code.
      render: (step) => contents.executeJavaScript(renderCall(step), true),
      pdf: async (layout) =>
        new Uint8Array(
          await contents.printToPDF({
            pageSize: 'A4',
            preferCSSPageSize: true,
            printBackground: true,
            displayHeaderFooter: true,
            headerTemplate: layout.headerTemplate,
            footerTemplate: layout.footerTemplate,
            margins: {
              top: layout.marginsMm.top / MM_PER_INCH,
              bottom: layout.marginsMm.bottom / MM_PER_INCH,
              left: layout.marginsMm.left / MM_PER_INCH,
              right: layout.marginsMm.right / MM_PER_INCH,
            },
            generateTaggedPDF: true,
            generateDocumentOutline: true,
          }),
        ),
    },
    close: () => {
      if (!window.isDestroyed()) window.destroy();
    },
  };
}

/** The app's printer: a report window kept loaded between prints (main/report/warm-page.ts). */
export function reportPrinter(url: string): WarmReportPage {
  return new WarmReportPage(() => openReportWindow({ url }));
}

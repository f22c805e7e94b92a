import { Chart } from 'chart.js';
import type { Locale } from '../../../../shared/host/schemas';
import { REPORT_FONTS } from './page-style';

/*
 * When a report page is ready to print: React has committed, the fonts the page uses have loaded
 * and every chart has been drawn with them. Printers wait for this before printing.
 */

/** Sharp charts on paper: a canvas pixel per third of a CSS pixel, whatever the screen. */
export const PRINT_PIXEL_RATIO = 3;

/** Chart.js draws on canvases, outside the page's styles: it is told the pixel ratio and font. */
export function configurePrintCharts(language: Locale): void {
  Chart.defaults.devicePixelRatio = PRINT_PIXEL_RATIO;
  Chart.defaults.animation = false;
  Chart.defaults.font.family = REPORT_FONTS[language];
}

const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 0);
  });

export async function whenDrawn(): Promise<void> {
  if (typeof document !== 'undefined' && 'fonts' in document) await document.fonts.ready;
  // Charts drawn before a font arrived measured their labels with another one: draw them again.
  for (const chart of Object.values(Chart.instances as Record<string, Chart>)) {
    chart.resize();
    chart.update('none');
  }
  await nextFrame();
  await nextFrame();
}

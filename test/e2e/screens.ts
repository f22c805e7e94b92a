import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { appTexts } from '../../shared/i18n/catalogue';

const { en, 'zh-CN': zhCN } = appTexts;

/** Where every screen is photographed in both languages (git-ignored; looked at by a person). */
export const SCREENSHOTS = 'test/e2e/screenshots';

export type Language = 'en' | 'zh-CN';

/** Opens the app with the browser's language, which the app follows until told otherwise. */
export async function openApp(page: Page, language: Language): Promise<void> {
  await page.addInitScript((lang) => {
    Object.defineProperty(navigator, 'languages', { get: () => [lang] });
    Object.defineProperty(navigator, 'language', { get: () => lang });
  }, language);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Yardstick' })).toBeVisible();
}

/** axe on the page as it is: no serious or critical violation. In Chinese, nothing left in English. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  if ((await page.evaluate(() => document.documentElement.lang)) === 'zh-CN') {
    await expectTranslated(page, screen);
  }
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      screen,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
  expect(bad, JSON.stringify(bad, null, 2)).toEqual([]);
}

export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // A tooltip left open by where the pointer last clicked would cover what is photographed.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: false });
}

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : leaves(value, `${prefix}${key}.`),
  );
}

/**
 * The page shows no English interface text and no raw translation key while it is in Chinese: every
 * visible text node, label and aria-label is compared with the English texts the Chinese file
 * translates differently. (Names the user typed or the examples carry are data, not interface.)
 */
export async function expectTranslated(page: Page, screen: string): Promise<void> {
  const chinese = new Map(leaves(zhCN as Tree));
  const english = new Set(
    leaves(en as Tree)
      // Example titles and preset line names are also the English data of the example files.
      .filter(([key]) => !key.startsWith('examples.') && !key.startsWith('presets.'))
      .filter(([key, text]) => chinese.get(key) !== text && !text.includes('{{') && text.length > 1)
      .map(([, text]) => text),
  );
  const shown = await page.evaluate(() => {
    const found = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden]')) continue;
      const text = node.textContent?.trim();
      if (text) found.add(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [placeholder], [title]')) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const text = element.getAttribute(name)?.trim();
        if (text) found.add(text);
      }
    }
    return [...found];
  });
  const untranslated = shown.filter(
    (text) => english.has(text) || /^[a-z][a-zA-Z]*(\.[a-zA-Z0-9_-]+)+$/.test(text),
  );
  expect(untranslated, `${screen}: English or raw keys on a Chinese screen`).toEqual([]);
}

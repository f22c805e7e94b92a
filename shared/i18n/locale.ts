import { z } from 'zod';

/** The languages Yardstick is written in. */
export const LocaleSchema = z.enum(['en', 'zh-CN']);
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * The language the app shows: the person's choice, or else the first system language Yardstick
 * has. Every Chinese variant gets Simplified Chinese, the only Chinese the app ships.
 */
export function resolveLocale(
  setting: 'system' | Locale,
  systemLanguages: readonly string[],
): Locale {
  if (setting !== 'system') return setting;
  for (const language of systemLanguages) {
    const lower = language.toLowerCase();
    if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  }
  return 'en';
}

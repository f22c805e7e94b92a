import type { Locale } from '../../shared/host/schemas';
import { menuTexts } from '../../shared/i18n/catalogue/menus';
import { translator as translatorOf, type TextKey } from '../../shared/i18n/texts';

/*
 * Main's binding to its namespace of the shared catalogue (shared/i18n/catalogue/menus.ts): the
 * menus, native dialogs and file-type filters no page can reach.
 */

export type StringKey = TextKey<(typeof menuTexts)['en']>;

export type Translate = (key: StringKey, params?: Readonly<Record<string, string>>) => string;

export function translator(locale: Locale): Translate {
  return translatorOf(menuTexts[locale]);
}

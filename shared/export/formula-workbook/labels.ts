import { workbookTexts } from '../../i18n/catalogue/workbook';
import { fill, textAt, type Params, type TextKey } from '../../i18n/texts';

/*
 * The sheets' binding to the workbook's namespace of the shared catalogue
 * (shared/i18n/catalogue/workbook.ts): `label(lang, key)` is the text the sheet writes.
 */

export type WorkbookLanguage = keyof typeof workbookTexts;

export type LabelKey = TextKey<(typeof workbookTexts)['en']>;

/** The text of `key` in `lang`, with `{{param}}` filled in. */
export function label(lang: WorkbookLanguage, key: LabelKey, params: Params = {}): string {
  return fill(textAt(workbookTexts[lang], key), params);
}

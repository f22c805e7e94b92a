import { resolveLocale } from '../../../shared/i18n/locale';
import { LocaleSchema, type Locale } from '../../../shared/host/schemas';

/** The interface languages: the host's `Locale`s. */
export const languages = LocaleSchema.options;
export type Language = Locale;

export function isLanguage(value: unknown): value is Language {
  return LocaleSchema.safeParse(value).success;
}

/** The language for the system's preferred locales (`navigator.languages`). */
export function languageFromLocales(locales: readonly string[]): Language {
  return resolveLocale('system', locales);
}

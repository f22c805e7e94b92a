import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { appTexts } from '../../../shared/i18n/catalogue/app';
import type { Language } from './languages';

export { languageFromLocales, languages, isLanguage, type Language } from './languages';

/** The interface's namespace of the shared catalogue, as i18next's resources. */
export const resources = {
  en: { translation: appTexts.en },
  'zh-CN': { translation: appTexts['zh-CN'] },
} as const;

export interface I18nOptions {
  /**
   * Called for a key the language lacks. Tests pass a function that records or throws, and turn
   * the English fallback off, so an untranslated key fails a test instead of showing English.
   */
  readonly onMissingKey?: (language: string, key: string) => void;
}

/** A separate i18next instance per app (and per test), initialised synchronously. */
export function createI18n(language: Language, options: I18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  const { onMissingKey } = options;
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: onMissingKey ? false : 'en',
    supportedLngs: ['en', 'zh-CN'],
    load: 'currentOnly',
    initAsync: false,
    // React escapes what it renders; escaping again would show &amp; to the user.
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    saveMissing: onMissingKey !== undefined,
    ...(onMissingKey
      ? {
          missingKeyHandler: (languages: readonly string[], _ns: string, key: string) => {
            for (const missingIn of languages) onMissingKey(missingIn, key);
          },
        }
      : {}),
  });
  return instance;
}

import 'i18next';
import type { appTexts } from '../../../shared/i18n/catalogue/app';

/** Typed keys: `t('menu.sav')` is a compile error, not a string shown to the user. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: (typeof appTexts)['en'] };
  }
}

import 'i18next';
import type { en } from './en';

/** Typed keys: `t('menu.sav')` is a compile error, not a string shown to the user. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

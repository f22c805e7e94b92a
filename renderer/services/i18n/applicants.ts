import type { i18n } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { applicantsTexts } from '../../../shared/i18n/catalogue/applicants';
import type { TextKey } from '../../../shared/i18n/texts';

/*
 * The applicant workspace's texts (shared/i18n/catalogue/applicants.ts), in their own i18next
 * namespace so the screen can be mounted without touching the app's: `useApplicantsT` registers
 * them on first use. The app may also register them at start-up (`registerApplicantsTranslations`).
 */

export const APPLICANTS_NS = 'applicants';

/** Every text of the workspace by its key: `t('budget.funded')`. */
export type ApplicantsKey = TextKey<(typeof applicantsTexts)['en']>;
export type ApplicantsT = (key: ApplicantsKey, options?: Record<string, unknown>) => string;

/** Adds the workspace's texts to an i18next instance (once; later calls do nothing). */
export function registerApplicantsTranslations(instance: i18n): void {
  for (const [language, texts] of Object.entries(applicantsTexts)) {
    if (!instance.hasResourceBundle(language, APPLICANTS_NS)) {
      instance.addResourceBundle(language, APPLICANTS_NS, texts, true, false);
    }
  }
}

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** The workspace's `t`, in the language shown, re-rendering when it changes. */
export function useApplicantsT(): ApplicantsT {
  const { i18n: instance } = useTranslation();
  registerApplicantsTranslations(instance);
  const language = instance.language;
  return useCallback(
    (key: ApplicantsKey, options?: Record<string, unknown>) =>
      (instance.t as unknown as LooseT)(key, { lng: language, ns: APPLICANTS_NS, ...options }),
    [instance, language],
  );
}

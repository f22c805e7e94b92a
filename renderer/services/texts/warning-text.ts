import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n';
import type { ScenarioWarning } from '../../../shared/model';
import { warningText, type WarningText } from '../../../shared/model/warning-text';
import { useFormat } from '../format/use-format';

export type { WarningText };

/**
 * A plausibility warning of the model as a sentence in the language shown (shared/i18n/
 * warning-text.ts), its figures written as everywhere else on the screen. The interface and the
 * printed report both say it this way; so does the command line's table.
 */
export function useWarningText(currency: string): (warning: ScenarioWarning) => WarningText {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'en';
  const format = useFormat(currency);
  return useCallback(
    (warning: ScenarioWarning) =>
      warningText(warning, language, {
        percent: (value) => format.percentShort(value),
        amount: (value) => format.amount(value),
        years: (value) => format.years(value),
      }),
    [language, format],
  );
}

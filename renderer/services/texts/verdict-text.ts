import type Decimal from 'decimal.js';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/model';
import type { Formatters } from '../format/use-format';

/** The verdict of a plan vs actual in the language shown ("payback slips from 2.4 to 3.6 years"). */
export function useVerdictText(format: Formatters): (verdict: Verdict<Decimal>) => string {
  const { t } = useTranslation();
  return useCallback(
    (verdict) => {
      // Payback as the verdict judged it: to a tenth of a year.
      const tenths = (value: Decimal | null) => (value === null ? '' : format.number(value, 1));
      return t(`actuals.verdict.${verdict.code}`, {
        plannedNpv: format.amount(verdict.plannedNpv),
        reforecastNpv: format.amount(verdict.reforecastNpv),
        plannedPayback: tenths(verdict.plannedPayback),
        reforecastPayback: tenths(verdict.reforecastPayback),
      });
    },
    [t, format],
  );
}

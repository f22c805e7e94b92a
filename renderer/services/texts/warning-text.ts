import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../shared/finance/decimal';
import type { ScenarioWarning } from '../../../shared/model';
import { useFormat } from '../format/use-format';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

export interface WarningText {
  /** Why the figure looks implausible. */
  readonly reason: string;
  /** What would make it plausible. */
  readonly advice: string;
}

/** How each parameter of a warning reads: fractions as percentages, amounts, years. */
const PERCENT = new Set(['claimed', 'threshold']);
const AMOUNT = new Set(['baseline', 'limit', 'savings', 'subsidies', 'investment']);
const YEARS = new Set(['payback', 'rampUp']);

/**
 * A plausibility warning of the model (shared/model/warnings.ts) as a sentence in the language
 * shown: why, and what would make it plausible. The interface and the printed report both say it
 * this way.
 */
export function useWarningText(currency: string): (warning: ScenarioWarning) => WarningText {
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  const format = useFormat(currency);
  return useCallback(
    (warning: ScenarioWarning) => {
      const params: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(warning.params)) {
        const text = String(value);
        if (PERCENT.has(name)) params[name] = format.percentShort(new Dec(text));
        else if (AMOUNT.has(name)) params[name] = format.amount(new Dec(text));
        else if (YEARS.has(name))
          // A whole number of years (the ramp-up) reads without decimals.
          params[name] =
            typeof value === 'number'
              ? loose('format.years', { value: String(value) })
              : format.years(new Dec(text));
        else params[name] = text;
      }
      if (warning.code === 'savings-above-baseline') {
        const line = String(warning.params.line);
        params.line =
          line === 'productionCost' || line === 'inspectionLabourCost'
            ? loose(`warnings.lines.${line}`)
            : String(warning.params.lineName) || line;
      }
      return {
        reason: loose(`warnings.codes.${warning.code}.reason`, params),
        advice: loose(`warnings.codes.${warning.code}.advice`, params),
      };
    },
    [loose, format],
  );
}

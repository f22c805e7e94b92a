import { Dec } from '../finance/decimal';
import type { Locale } from '../i18n/locale';
import type { ScenarioWarning } from './warnings';
import { appTexts } from '../i18n/catalogue/app';
import { fill } from '../i18n/texts';

/*
 * A plausibility warning of the model (shared/model/warnings.ts carries a code and parameters) as
 * its two sentences in a language: why the figure looks implausible, and what would make it
 * plausible. One text per warning, in the catalogue (`warnings.codes.<code>` of the interface's
 * namespace): the results screen, the printed report and the command line's table all say it so.
 */

export interface WarningText {
  /** Why the figure looks implausible. */
  readonly reason: string;
  /** What would make it plausible. */
  readonly advice: string;
}

/** How the place showing the warning writes its figures. */
export interface WarningFormat {
  /** A fraction as a percentage (`claimed`, `threshold`). */
  percent(value: Dec): string;
  /** An amount of money, with its unit (`baseline`, `limit`, `savings` …). */
  amount(value: Dec): string;
  /** A number of years with decimals (`payback`, and a ramp-up given as a decimal). */
  years(value: Dec): string;
}

const PERCENT = new Set(['claimed', 'threshold']);
const AMOUNT = new Set(['baseline', 'limit', 'savings', 'subsidies', 'investment']);
const YEARS = new Set(['payback', 'rampUp']);

export function warningText(
  warning: ScenarioWarning,
  language: Locale,
  format: WarningFormat,
): WarningText {
  const texts = appTexts[language];
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(warning.params)) {
    const text = String(value);
    if (PERCENT.has(name)) params[name] = format.percent(new Dec(text));
    else if (AMOUNT.has(name)) params[name] = format.amount(new Dec(text));
    else if (YEARS.has(name))
      // A whole number of years (the ramp-up) reads without decimals.
      params[name] =
        typeof value === 'number'
          ? fill(texts.format.years, { value: text })
          : format.years(new Dec(text));
    else params[name] = text;
  }
  if (warning.code === 'savings-above-baseline') {
    const line = String(warning.params.line);
    params.line =
      line === 'productionCost' || line === 'inspectionLabourCost'
        ? texts.warnings.lines[line]
        : String(warning.params.lineName) || line;
  }
  const sentences = texts.warnings.codes[warning.code];
  return { reason: fill(sentences.reason, params), advice: fill(sentences.advice, params) };
}

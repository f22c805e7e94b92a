import type { TFunction } from 'i18next';
import { Dec } from '../../../shared/finance/decimal';
import { baseOf, locate, parsePath, type ScenarioFile } from '../../../shared/scenario';
import type { Formatters } from '../../services/format/use-format';
import { fieldLabel } from '../../services/texts/issue-text';
import { valueAt } from '../../services/document/scenario-edits';
import { valueKind, type ValueKind } from '../../../shared/scenario/value-kind';

/*
 * A named scenario's overrides as a person reads them: which field, its value in the base and in
 * the scenario, formatted as the editor shows that field.
 */

const decimalText = /^-?\d{1,40}(\.\d{1,40})?$/;

export interface OverrideText {
  readonly field: string;
  readonly base: string;
  readonly value: string;
}

function show(value: unknown, kind: ValueKind, format: Formatters, t: TFunction): string {
  if (value === undefined || value === null) return t('scenarios.notSet');
  if (Array.isArray(value)) return value.map((item) => show(item, kind, format, t)).join(' / ');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  const text = String(value);
  if ((kind === 'percent' || kind === 'amount') && decimalText.test(text)) {
    return kind === 'percent' ? format.percentShort(new Dec(text)) : format.amount(new Dec(text));
  }
  return text;
}

export function overrideTexts(
  file: ScenarioFile,
  scenario: string,
  format: Formatters,
  t: TFunction,
  exists: (key: string) => boolean,
): OverrideText[] {
  const named = file.scenarios.find((candidate) => candidate.name === scenario);
  if (!named) return [];
  const base = baseOf(file);
  return named.overrides.map((override) => {
    const steps = parsePath(override.path);
    const found = steps ? locate(base, steps) : null;
    if (!found || !found.ok)
      return { field: override.path, base: '', value: String(override.value) };
    const kind = valueKind(file, found.location);
    return {
      field: fieldLabel(found.location, t, exists, base),
      base: show(valueAt(base, found.location), kind, format, t),
      value: show(override.value, kind, format, t),
    };
  });
}

import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../../shared/finance/decimal';
import type { ChangedInput } from '../../../../shared/report/assumptions';
import type { Scenario } from '../../../../shared/scenario';
import { valueKind } from '../../../../shared/scenario/value-kind';
import { fieldLabel } from '../../../services/texts/issue-text';
import type { ReportFormat } from './report-format';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/** Where the translated names of a field's options are, by section and field. */
function optionGroup(input: ChangedInput): string | null {
  const key = input.location.at(-1);
  switch (key) {
    case 'category':
      return 'category';
    case 'method':
      return 'depreciation';
    case 'repayment':
      return 'repayment';
    case 'kind':
      return input.section === 'effects'
        ? 'effectKind'
        : input.section === 'runningCosts'
          ? 'runningCostKind'
          : null;
    case 'basis':
      return input.section === 'parameters'
        ? 'discountBasis'
        : input.section === 'workingCapital'
          ? 'workingCapitalBasis'
          : input.section === 'tax'
            ? 'surchargeBasis'
            : 'basis';
    case 'treatment':
      return 'maintenance';
    case 'from':
      return 'holidayFrom';
    case 'drawTiming':
      return 'drawTiming';
    case 'constructionInterest':
      return 'constructionInterest';
    case 'change':
      return 'workingCapitalChange';
    case 'payment':
      return 'taxPayment';
    case 'payback':
      return 'payback';
    case 'type':
      return input.section === 'subsidies' ? 'subsidyType' : 'regime';
    case 'baselineLine':
      return 'baselineLine';
    default:
      return null;
  }
}

/** A reference to another item (a loan, a cost line of the baseline) shown by that item's name. */
function namedReference(scenario: Scenario, input: ChangedInput, id: string): string | null {
  const key = input.location.at(-1);
  if (key === 'loanId') {
    return scenario.financing.loans.find((loan) => loan.id === id)?.name ?? null;
  }
  if (key === 'baselineLine') {
    return scenario.baseline.otherCosts.find((line) => line.id === id)?.name ?? null;
  }
  return null;
}

/** An input's name and value as the editor shows them, in the report's language. */
export function useAssumptionText(
  scenario: Scenario,
  report: ReportFormat,
): (input: ChangedInput) => { label: string; value: string } {
  const { t, i18n } = useTranslation();
  const loose = t as unknown as LooseT;
  const { format, texts } = report;
  return useCallback(
    (input: ChangedInput) => {
      const exists = (key: string) => i18n.exists(key);
      const label = fieldLabel(input.location, t, exists, scenario);
      const kind = valueKind(scenario, input.location);
      const number = (text: string) =>
        kind === 'amount' ? format.amount(new Dec(text)) : format.percentShort(new Dec(text));
      const { value } = input;
      if (typeof value === 'boolean') {
        return { label, value: value ? texts.assumptions.yes : texts.assumptions.no };
      }
      if (typeof value === 'number') return { label, value: String(value) };
      if (Array.isArray(value) && input.location.at(-1) === 'finances') {
        // The investment items a loan pays for, by their names.
        const names = value.map(
          (id) => scenario.capex.find((item) => item.id === id)?.name ?? String(id),
        );
        return { label, value: names.join(' / ') };
      }
      if (Array.isArray(value)) {
        // A ramp is shares of the full effect; a series is amounts.
        const show =
          input.location.at(-1) === 'series'
            ? (entry: string) => format.amount(new Dec(entry))
            : (entry: string) => format.percentShort(new Dec(entry));
        return { label, value: value.map(show).join(' / ') };
      }
      const text = value as string;
      if (kind === 'amount' || kind === 'percent') return { label, value: number(text) };
      const named = namedReference(scenario, input, text);
      if (named !== null) return { label, value: named };
      const group = optionGroup(input);
      const option = group ? `options.${group}.${text}` : null;
      return { label, value: option && exists(option) ? loose(option) : text };
    },
    [t, i18n, loose, scenario, format, texts],
  );
}

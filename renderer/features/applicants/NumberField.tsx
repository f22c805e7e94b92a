import { TextInput } from '@mantine/core';
import type Decimal from 'decimal.js';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../../shared/finance/decimal';
import {
  amountInputText,
  decimalInputText,
  percentInputText,
} from '../../services/format/format-number';
import { numberSymbols } from '../../services/format/number-symbols';
import {
  parseAmount,
  parseDecimal,
  parsePercent,
  parseWholeNumber,
  type ParseResult,
} from '../../services/format/parse-number';
import type { AmountScale } from '../../../shared/i18n/amount-scale';
import { useSettings } from '../../services/settings/settings-context';

/*
 * A number the officer types — the budget, a weight, a threshold — read the way the editor reads
 * numbers (the locale's separators, full-width digits, 万元 when amounts are shown in it). It takes
 * effect as soon as it parses; an empty optional field means "none".
 */

export type NumberKind = 'amount' | 'percent' | 'decimal' | 'whole';

function parse(kind: NumberKind, text: string, locale: string, scale: AmountScale): ParseResult {
  switch (kind) {
    case 'amount':
      return parseAmount(text, locale, scale);
    case 'percent':
      return parsePercent(text, locale);
    case 'decimal':
      return parseDecimal(text, locale);
    case 'whole':
      return parseWholeNumber(text, locale);
  }
}

function shown(
  kind: NumberKind,
  value: Decimal | null,
  locale: string,
  scale: AmountScale,
): string {
  if (value === null) return '';
  switch (kind) {
    case 'amount':
      return amountInputText(value.toString(), locale, scale);
    case 'percent':
      return percentInputText(value.toString(), locale);
    default:
      return decimalInputText(value.toString(), locale);
  }
}

export function NumberField({
  label,
  value,
  onChange,
  kind,
  scale = 'unit',
  optional = false,
  min,
  max,
  description,
  width,
}: {
  readonly label: string;
  readonly value: Decimal | null;
  readonly onChange: (value: Decimal | null) => void;
  readonly kind: NumberKind;
  readonly scale?: AmountScale;
  readonly optional?: boolean;
  /** Values below `min` are refused with its message. */
  readonly min?: { readonly value: Decimal; readonly message: string };
  /** Values above `max` are refused with its message. */
  readonly max?: { readonly value: Decimal; readonly message: string };
  readonly description?: string;
  readonly width?: number | string;
}) {
  const { t } = useTranslation();
  const { language } = useSettings();
  const [typed, setTyped] = useState<{ text: string; error: string | null } | null>(null);
  const text = typed?.text ?? shown(kind, value, language, scale);

  const change = (next: string) => {
    if (optional && next.trim() === '') {
      setTyped({ text: next, error: null });
      onChange(null);
      return;
    }
    const parsed = parse(kind, next, language, scale);
    if (!parsed.ok) {
      const { decimal, group } = numberSymbols(language);
      setTyped({ text: next, error: t(`parse.${parsed.error}`, { decimal, group }) });
      return;
    }
    const number = new Dec(parsed.value);
    const refused =
      min !== undefined && number.lt(min.value)
        ? min
        : max !== undefined && number.gt(max.value)
          ? max
          : null;
    if (refused) {
      setTyped({ text: next, error: refused.message });
      return;
    }
    setTyped({ text: next, error: null });
    onChange(number);
  };

  return (
    <TextInput
      label={label}
      description={description}
      value={text}
      error={typed?.error ?? undefined}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={() => {
        if (typed?.error === null) setTyped(null);
      }}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      w={width}
      styles={{ input: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } }}
    />
  );
}

import { describe, expect, it } from 'vitest';
import { Dec } from '../../../shared/finance/decimal';
import {
  amountInputText,
  formatAmount,
  formatAmountPlain,
  formatDecimal,
  formatPercent,
  percentInputText,
} from '../../../renderer/services/format/format-number';
import { parseAmount } from '../../../renderer/services/format/parse-number';

const d = (value: string) => new Dec(value);

describe('formatAmount', () => {
  it('writes CNY with the locale symbol and two decimals', () => {
    expect(
      formatAmount(d('1234567.891'), { locale: 'zh-CN', currency: 'CNY', scale: 'unit' }),
    ).toBe('¥1,234,567.89');
    expect(formatAmount(d('1234567.891'), { locale: 'en', currency: 'CNY', scale: 'unit' })).toBe(
      'CN¥1,234,567.89',
    );
  });

  it('rounds half away from zero, exactly, beyond float precision', () => {
    const format = { locale: 'en', currency: 'CNY', scale: 'unit' } as const;
    expect(formatAmount(d('0.005'), format)).toBe('CN¥0.01');
    expect(formatAmount(d('-0.005'), format)).toBe('-CN¥0.01');
    expect(formatAmount(d('2.675'), format)).toBe('CN¥2.68');
    expect(formatAmount(d('12345678901234567.125'), format)).toBe('CN¥12,345,678,901,234,567.13');
  });

  it('never shows a negative zero', () => {
    expect(formatAmount(d('-0.001'), { locale: 'en', currency: 'CNY', scale: 'unit' })).toBe(
      'CN¥0.00',
    );
  });

  it("uses the scenario's currency and its decimals", () => {
    expect(formatAmount(d('1234.5'), { locale: 'en', currency: 'USD', scale: 'unit' })).toBe(
      '$1,234.50',
    );
    expect(formatAmount(d('1234.5'), { locale: 'en', currency: 'JPY', scale: 'unit' })).toBe(
      '¥1,235',
    );
  });

  it('shows ten thousands with two decimals for 万元', () => {
    const format = { locale: 'zh-CN', currency: 'CNY', scale: 'ten-thousand' } as const;
    expect(formatAmount(d('6000000'), format)).toBe('600.00');
    expect(formatAmount(d('12345678'), format)).toBe('1,234.57');
    expect(formatAmountPlain(d('-50'), format)).toBe('-0.01');
  });

  it('shows hundred millions with four decimals for 亿元, to the 万元', () => {
    const format = { locale: 'zh-CN', currency: 'CNY', scale: 'hundred-million' } as const;
    // 6,000,000 / 10^8 = 0.06 → 0.0600; 123,456,789 / 10^8 = 1.23456789 → 1.2346 (half up).
    expect(formatAmount(d('6000000'), format)).toBe('0.0600');
    expect(formatAmount(d('123456789'), format)).toBe('1.2346');
    expect(formatAmountPlain(d('-4999'), format)).toBe('0.0000');
    expect(formatAmountPlain(d('-5000'), format)).toBe('-0.0001');
  });

  it('leaves the sign off plain table amounts', () => {
    expect(formatAmountPlain(d('-1234.5'), { locale: 'en', currency: 'CNY', scale: 'unit' })).toBe(
      '-1,234.50',
    );
  });
});

describe('formatPercent and formatDecimal', () => {
  it('writes fractions as percentages', () => {
    expect(formatPercent(d('0.0825'), 'en')).toBe('8.25%');
    expect(formatPercent(d('0.123456'), 'zh-CN')).toBe('12.35%');
    expect(formatPercent(d('-0.00001'), 'en')).toBe('0.00%');
    expect(formatPercent(d('0.5'), 'en', 0)).toBe('50%');
  });

  it('writes years with decimals', () => {
    expect(formatDecimal(d('3.456'), 'en', 2)).toBe('3.46');
    expect(formatDecimal(d('12'), 'zh-CN', 1)).toBe('12.0');
  });
});

describe('input texts', () => {
  it('show every stored decimal so reading them back changes nothing', () => {
    expect(amountInputText('1234567.123456', 'en', 'unit')).toBe('1,234,567.123456');
    expect(amountInputText('6000000', 'zh-CN', 'ten-thousand')).toBe('600');
    expect(amountInputText('1', 'zh-CN', 'ten-thousand')).toBe('0.0001');
    expect(amountInputText('150000000', 'zh-CN', 'hundred-million')).toBe('1.5');
    expect(amountInputText('0.000001', 'zh-CN', 'hundred-million')).toBe('0.00000000000001');
    expect(percentInputText('0.25', 'en')).toBe('25');
    expect(percentInputText('0.0825', 'en')).toBe('8.25');
    expect(percentInputText('1.5', 'en')).toBe('150');
  });
});

describe('percentages in sentences', () => {
  it('drop trailing zeros', () => {
    expect(formatPercent(d('0.25'), 'en', 2, 0)).toBe('25%');
    expect(formatPercent(d('0.995'), 'zh-CN', 2, 0)).toBe('99.5%');
    expect(formatPercent(d('0.12345'), 'en', 2, 0)).toBe('12.35%');
  });
});

describe('an amount shown in an input and typed back', () => {
  // Every unit, both languages, amounts from the smallest the file keeps (six decimals) to the
  // largest it accepts: the text an input shows parses back to the very same yuan.
  const amounts = ['0', '1', '0.000001', '-1234.56', '6000000', '150000000', '123456789012.345678'];
  for (const locale of ['en', 'zh-CN']) {
    for (const scale of ['unit', 'ten-thousand', 'hundred-million'] as const) {
      it(`round-trips in ${scale} (${locale})`, () => {
        for (const amount of amounts) {
          const shown = amountInputText(amount, locale, scale);
          const read = parseAmount(shown, locale, scale);
          expect(read.ok && new Dec(read.value).eq(amount), `${amount} → ${shown}`).toBe(true);
        }
      });
    }
  }

  it('a displayed figure with its unit typed back is the figure rounded to that unit', () => {
    const format = { locale: 'zh-CN', currency: 'CNY', scale: 'ten-thousand' } as const;
    // 12,345,678 yuan shows as 1,234.57 万元; typed back with its unit: 12,345,700 yuan.
    expect(parseAmount(`${formatAmount(d('12345678'), format)}万元`, 'zh-CN')).toEqual({
      ok: true,
      value: '12345700',
    });
  });
});

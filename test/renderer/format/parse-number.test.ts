import { describe, expect, it } from 'vitest';
import {
  parseAmount,
  parseDecimal,
  parsePercent,
} from '../../../renderer/services/format/parse-number';

const ok = (value: string) => ({ ok: true, value });
const error = (code: string) => ({ ok: false, error: code });

describe('parseDecimal in English and Chinese', () => {
  for (const locale of ['en', 'zh-CN']) {
    describe(locale, () => {
      it.each([
        ['0', '0'],
        ['1234', '1234'],
        ['1,234', '1234'],
        ['1,234,567.89', '1234567.89'],
        ['1234567.89', '1234567.89'],
        ['  42  ', '42'],
        ['-1,234.5', '-1234.5'],
        ['+7', '7'],
        ['.5', '0.5'],
        ['5.', '5'],
        ['007.50', '7.5'],
        ['-0', '0'],
        ['-0.000', '0'],
        ['0.000001', '0.000001'],
        ['123,456,789,012,345.123456', '123456789012345.123456'],
      ])('accepts %j as %s', (text, value) => {
        expect(parseDecimal(text, locale)).toEqual(ok(value));
      });

      it.each([
        ['', 'empty'],
        ['   ', 'empty'],
        ['-', 'noDigits'],
        ['.', 'noDigits'],
        ['1e3', 'exponent'],
        ['1E-3', 'exponent'],
        ['12abc', 'invalidCharacter'],
        ['¥100', 'invalidCharacter'],
        ['100%', 'invalidCharacter'],
        ['1 000', 'invalidCharacter'],
        ['1_000', 'invalidCharacter'],
        ['0x10', 'invalidCharacter'],
        ['Infinity', 'invalidCharacter'],
        ['NaN', 'invalidCharacter'],
        ['1-2', 'misplacedSign'],
        ['--1', 'misplacedSign'],
        ['1.2.3', 'multipleDecimalSeparators'],
        ['1,23', 'misplacedGroupSeparator'],
        ['12,3456', 'misplacedGroupSeparator'],
        ['1234,567', 'misplacedGroupSeparator'],
        [',123', 'misplacedGroupSeparator'],
        ['1,,234', 'misplacedGroupSeparator'],
        ['1,234,', 'misplacedGroupSeparator'],
        ['1.234,5', 'misplacedGroupSeparator'],
        ['1,234.5,6', 'misplacedGroupSeparator'],
        ['1'.repeat(31), 'tooManyDigits'],
      ])('refuses %j (%s)', (text, code) => {
        expect(parseDecimal(text, locale)).toEqual(error(code));
      });
    });
  }

  it('takes the full-width digits and punctuation a Chinese input method types', () => {
    expect(parseDecimal('１２，３４５．６', 'zh-CN')).toEqual(ok('12345.6'));
    expect(parseDecimal('３。５', 'zh-CN')).toEqual(ok('3.5'));
    expect(parseDecimal('－８', 'zh-CN')).toEqual(ok('-8'));
    expect(parseDecimal('\u22128', 'en')).toEqual(ok('-8'));
  });

  it('does not normalise look-alike digits into digits', () => {
    expect(parseDecimal('1²', 'en')).toEqual(error('invalidCharacter'));
    expect(parseDecimal('①', 'zh-CN')).toEqual(error('invalidCharacter'));
    expect(parseDecimal('٣', 'en')).toEqual(error('invalidCharacter'));
  });

  it("follows the locale's own separators", () => {
    expect(parseDecimal('1.234,5', 'de')).toEqual(ok('1234.5'));
    expect(parseDecimal('1,5', 'de')).toEqual(ok('1.5'));
    expect(parseDecimal('1.5', 'de')).toEqual(error('misplacedGroupSeparator'));
    expect(parseDecimal('1 234,5', 'fr')).toEqual(ok('1234.5'));
    expect(parseDecimal('12,34,567', 'en-IN')).toEqual(ok('1234567'));
    expect(parseDecimal('1,234,567', 'en-IN')).toEqual(error('misplacedGroupSeparator'));
  });
});

describe('parseAmount', () => {
  it('keeps yuan as typed', () => {
    expect(parseAmount('6,000,000', 'zh-CN')).toEqual(ok('6000000'));
  });

  it('reads 万元 exactly when amounts are shown in ten thousands', () => {
    expect(parseAmount('600', 'zh-CN', 'ten-thousand')).toEqual(ok('6000000'));
    expect(parseAmount('1,234.5678', 'zh-CN', 'ten-thousand')).toEqual(ok('12345678'));
    expect(parseAmount('0.00001', 'zh-CN', 'ten-thousand')).toEqual(ok('0.1'));
    expect(parseAmount('x', 'zh-CN', 'ten-thousand')).toEqual(error('invalidCharacter'));
  });

  it('reads 亿元 exactly when amounts are shown in hundred millions', () => {
    // 0.06 亿元 = 0.06 × 100,000,000 = 6,000,000 yuan.
    expect(parseAmount('0.06', 'zh-CN', 'hundred-million')).toEqual(ok('6000000'));
    // The smallest amount the file keeps, 0.000001 yuan, is 0.00000000000001 亿元.
    expect(parseAmount('0.00000000000001', 'zh-CN', 'hundred-million')).toEqual(ok('0.000001'));
  });

  // A unit typed after the number states the amount, whatever unit amounts are shown in; each
  // expected value is the typed decimal times the unit (万 = 10^4, 亿 = 10^8), worked by hand.
  it.each([
    ['150万', '1500000'],
    ['1.5亿', '150000000'],
    ['3,000万元', '30000000'],
    ['2.35亿元', '235000000'],
    ['800元', '800'],
    ['150 万', '1500000'],
    ['-12.5万', '-125000'],
    // Full-width digits and punctuation, as a Chinese input method types them.
    ['１５０万', '1500000'],
    ['３，０００万元', '30000000'],
    ['１．５亿', '150000000'],
    ['１２３４。５６元', '1234.56'],
    // Beyond a float's 15–17 significant digits: 1,234,567,890,123.456789 × 10^8, exactly.
    ['1234567890123.456789亿', '123456789012345678900'],
    ['0.0001万', '1'],
    ['0万', '0'],
  ])('reads %s as %s yuan in every unit shown', (typed, yuan) => {
    for (const scale of ['unit', 'ten-thousand', 'hundred-million'] as const) {
      expect(parseAmount(typed, 'zh-CN', scale)).toEqual(ok(yuan));
    }
    expect(parseAmount(typed, 'en')).toEqual(ok(yuan));
  });

  it('refuses a unit without a number, a unit in the middle and units it does not know', () => {
    expect(parseAmount('万', 'zh-CN')).toEqual(error('noDigits'));
    expect(parseAmount('万元', 'zh-CN')).toEqual(error('noDigits'));
    expect(parseAmount('1万5', 'zh-CN')).toEqual(error('invalidCharacter'));
    expect(parseAmount('150万万', 'zh-CN')).toEqual(error('invalidCharacter'));
    expect(parseAmount('150千', 'zh-CN')).toEqual(error('invalidCharacter'));
    expect(parseAmount('1,50万', 'zh-CN')).toEqual(error('misplacedGroupSeparator'));
  });
});

describe('parsePercent', () => {
  it.each([
    ['25', '0.25'],
    ['25 %', '0.25'],
    ['25%', '0.25'],
    ['２５％', '0.25'],
    ['8.25', '0.0825'],
    ['-3', '-0.03'],
    ['0', '0'],
    ['0.000000001', '0.00000000001'],
  ])('reads %j as the fraction %s', (text, value) => {
    expect(parsePercent(text, 'en')).toEqual(ok(value));
  });

  it('refuses what is not a percentage', () => {
    expect(parsePercent('%', 'en')).toEqual(error('empty'));
    expect(parsePercent('25%%', 'en')).toEqual(error('invalidCharacter'));
    expect(parsePercent('% 25', 'en')).toEqual(error('invalidCharacter'));
    expect(parsePercent('2.5e1', 'en')).toEqual(error('exponent'));
  });
});

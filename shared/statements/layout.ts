import type Decimal from 'decimal.js';
import { Dec } from '../finance';
import { SCALE_DIGITS, SCALE_FACTOR, type AmountScale } from '../i18n/amount-scale';
import type { Locale } from '../i18n/locale';
import { STATEMENT_TEXTS, type StatementTexts } from '../i18n/catalogue/statements';
import { fill, type Texts } from '../i18n/texts';
import type { Statements } from './index';
import type { Indicator, Statement, StatementRow } from './statement';

/*
 * A statement as people read it, in one language and one unit: title, header (序号, 项目, 合计,
 * the years), rows of rounded figures, indicators and notes. The command line's table and CSV
 * and the report's appendix all lay a statement out through this, so they say the same thing.
 * Amounts are rounded half up to the unit's digits (the cent in 元 and 万元), discount factors
 * to four places, ratios to two, rates as percentages to two.
 */

export interface LaidOutRow {
  readonly key: string;
  readonly number: string;
  readonly name: string;
  readonly memo: boolean;
  readonly kind: StatementRow<Decimal>['kind'];
  readonly total: string;
  readonly cells: readonly string[];
}

export interface LaidOutStatement {
  readonly key: Statement<Decimal>['key'];
  readonly title: string;
  readonly unit: string;
  readonly header: readonly string[];
  readonly rows: readonly LaidOutRow[];
  readonly indicators: readonly {
    readonly key: string;
    readonly name: string;
    readonly value: string;
  }[];
  readonly notes: readonly string[];
}

export interface LayoutOptions {
  readonly language: Locale;
  readonly scale: AmountScale;
  /** The unit's name as the outputs write it: 元, 万元, 亿元, or the currency. */
  readonly unitName: string;
}

function rounded(value: Decimal, places: number): string {
  const text = new Dec(value).toFixed(places, Dec.ROUND_HALF_UP);
  const plain = /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
  const [whole = '', fraction] = plain.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function formatAmount(value: Decimal, scale: AmountScale): string {
  return rounded(new Dec(value).div(SCALE_FACTOR[scale]), SCALE_DIGITS[scale]);
}

function cell(
  value: Decimal | null,
  kind: StatementRow<Decimal>['kind'],
  scale: AmountScale,
  texts: Texts<StatementTexts>,
): string {
  if (value === null) return texts.none;
  if (kind === 'factor') return rounded(value, 4);
  if (kind === 'ratio') return rounded(value, 2);
  return formatAmount(value, scale);
}

export function formatIndicator(indicator: Indicator<Decimal>, options: LayoutOptions): string {
  const texts = STATEMENT_TEXTS[options.language];
  const { value } = indicator;
  switch (indicator.kind) {
    case 'rate':
      return value === null
        ? texts.noIrr
        : `${rounded(value.times(100), 2)}${options.language === 'zh-CN' ? '' : ' '}%`;
    case 'years':
      return value === null ? texts.notWithin : fill(texts.years, { value: rounded(value, 2) });
    case 'ratio':
      return value === null ? texts.none : rounded(value, 2);
    case 'amount':
      return value === null
        ? texts.none
        : `${formatAmount(value, options.scale)} ${options.unitName}`;
  }
}

const percent = (value: Decimal, language: Locale) =>
  `${rounded(value.times(100), 2)}${language === 'zh-CN' ? '' : ' '}%`;

export function layOut(
  all: Statements<Decimal>,
  statement: Statement<Decimal>,
  options: LayoutOptions,
): LaidOutStatement {
  const texts = STATEMENT_TEXTS[options.language];
  const names = texts.rows[statement.key] as Record<string, string>;
  const indicatorNames = texts.indicators as Record<string, string>;
  const rate = percent(all.discountRate, options.language);
  const yearNames = all.calendarYears.map((year) => String(year));
  const notes: string[] = [];
  if (statement.key === 'financialPlan')
    notes.push(
      statement.shortfallYears.length === 0
        ? texts.sustainable
        : fill(texts.shortfall, {
            years: statement.shortfallYears
              .map((year) => String(all.calendarYears[year]))
              .join(options.language === 'zh-CN' ? '、' : ', ')
              .concat(options.language === 'zh-CN' ? ' 年' : ''),
          }),
    );
  if (statement.key === 'profitAndDistribution') {
    const reserveRate = percent(all.options.legalReserveRate, options.language);
    notes.push(
      all.options.registeredCapital === null
        ? fill(texts.noRegisteredCapital, { rate: reserveRate })
        : fill(texts.registeredCapital, {
            rate: reserveRate,
            capital: `${formatAmount(all.options.registeredCapital, options.scale)} ${options.unitName}`,
          }),
    );
  }
  return {
    key: statement.key,
    title: texts.titles[statement.key],
    unit: fill(texts.unit, { unit: options.unitName }),
    header: [texts.number, texts.item, texts.total, ...yearNames],
    rows: statement.rows.map((entry) => ({
      key: entry.key,
      number: entry.number,
      name: names[entry.key] ?? entry.key,
      memo: entry.memo,
      kind: entry.kind,
      total: entry.total === null ? '' : formatAmount(entry.total, options.scale),
      cells: entry.values.map((value) => cell(value, entry.kind, options.scale, texts)),
    })),
    indicators: statement.indicators.map((indicator) => ({
      key: indicator.key,
      name: fill(indicatorNames[indicator.key] ?? indicator.key, { rate }),
      value: formatIndicator(indicator, options),
    })),
    notes,
  };
}

import type Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/host/schemas';
import { formatDecimal } from '../../../services/format/format-number';
import { useFormat, type Formatters } from '../../../services/format/use-format';
import { fill, reportTexts, type ReportTexts } from '../texts';

/** What every part of the investment report formats with: the app's formatters and its texts. */
export interface ReportFormat {
  readonly language: Locale;
  readonly texts: ReportTexts;
  readonly format: Formatters;
  /** The currency as a sentence names it: `yuan`, `元`, or its code. */
  readonly currencyWord: string;
  /** A ratio such as PI or BCR, two decimals, or "—" when there is none. */
  ratio(value: Decimal | null): string;
  /** An amount in a sentence, as a reader says it: `22.3 million yuan`, `2,233.5 万元`. */
  spokenAmount(value: Decimal): string;
  /** A date given as `2026-11-25`, written as the language writes dates. */
  date(iso: string): string;
}

/** Millions for English readers, 万 (ten thousands) for Chinese ones. */
const SPOKEN_UNIT: Readonly<Record<Locale, number>> = { en: 1_000_000, 'zh-CN': 10_000 };

export function useReportFormat(currency: string): ReportFormat {
  const { i18n } = useTranslation();
  const language: Locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const texts = reportTexts[language];
  const format = useFormat(currency);
  const currencyWord = currency === 'CNY' ? texts.verdict.yuan : currency;
  return {
    language,
    texts,
    format,
    currencyWord,
    ratio: (value) => (value === null ? texts.keyFigures.none : format.number(value, 2)),
    spokenAmount: (value) => {
      const unit = SPOKEN_UNIT[language];
      return value.abs().gte(unit)
        ? fill(texts.verdict.amountLarge, {
            value: formatDecimal(value.div(unit), language, 1),
            currency: currencyWord,
          })
        : fill(texts.verdict.amountSmall, {
            value: formatDecimal(value, language, 0),
            currency: currencyWord,
          });
    },
    date: (iso) =>
      new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${iso}T00:00:00Z`),
      ),
  };
}

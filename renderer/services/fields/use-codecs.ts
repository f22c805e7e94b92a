import { useMemo } from 'react';
import { useFormat } from '../format/use-format';
import {
  amountCodec,
  decimalCodec,
  percentCodec,
  rampCodec,
  seriesCodec,
  textCodec,
  wholeNumberCodec,
  type Codec,
} from './codecs';

export interface Codecs {
  readonly amount: Codec;
  readonly optionalAmount: Codec;
  readonly percent: Codec;
  readonly optionalPercent: Codec;
  readonly decimal: Codec;
  readonly whole: Codec;
  readonly optionalWhole: Codec;
  readonly text: Codec;
  readonly optionalText: Codec;
  readonly ramp: Codec;
  readonly series: Codec;
  /** What amount fields are typed in: the currency code, or 万元. */
  readonly amountUnit: string;
}

/** The codecs of the language shown and of the scenario's currency and amount scale. */
export function useCodecs(currency: string): Codecs {
  const format = useFormat(currency);
  const { locale, scale, amountUnit } = format;
  return useMemo(
    () => ({
      amount: amountCodec(locale, scale),
      optionalAmount: amountCodec(locale, scale, true),
      percent: percentCodec(locale),
      optionalPercent: percentCodec(locale, true),
      decimal: decimalCodec(locale),
      whole: wholeNumberCodec(locale),
      optionalWhole: wholeNumberCodec(locale, true),
      text: textCodec(),
      optionalText: textCodec(true),
      ramp: rampCodec(locale),
      series: seriesCodec(locale, scale),
      amountUnit,
    }),
    [locale, scale, amountUnit],
  );
}

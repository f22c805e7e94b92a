/** How a locale writes numbers: what the strict parser accepts and the formatter produces. */
export interface NumberSymbols {
  readonly decimal: string;
  readonly group: string;
  /** Digits in the group next to the decimal separator (3 nearly everywhere). */
  readonly primaryGroup: number;
  /** Digits in each group further left (2 in India's 12,34,567, otherwise 3). */
  readonly secondaryGroup: number;
}

const cache = new Map<string, NumberSymbols>();

/** Read from Intl rather than hard-wired, so a locale's real conventions are what is accepted. */
export function numberSymbols(locale: string): NumberSymbols {
  const known = cache.get(locale);
  if (known) return known;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(123456789.5);
  const integers = parts.filter((part) => part.type === 'integer').map((part) => part.value);
  const primaryGroup = integers.at(-1)?.length ?? 3;
  const secondaryGroup = integers.length > 2 ? (integers.at(-2)?.length ?? 3) : primaryGroup;
  const symbols: NumberSymbols = {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
    primaryGroup,
    secondaryGroup,
  };
  cache.set(locale, symbols);
  return symbols;
}

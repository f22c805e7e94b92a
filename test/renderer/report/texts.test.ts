import { describe, expect, it } from 'vitest';
import { reportTexts } from '../../../renderer/report/texts';

/** Every string of a texts object with its key path, in the same order for both languages. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    leaves(child, path === '' ? key : `${path}.${key}`),
  );
}

const han = /\p{Script=Han}/u;
const withoutPlaceholders = (text: string) => text.replace(/\{\w+\}/g, '');

describe('report texts', () => {
  const english = new Map(leaves(reportTexts.en));
  const chinese = leaves(reportTexts['zh-CN']);

  it('have the same keys in both languages', () => {
    expect(chinese.map(([key]) => key).sort()).toEqual([...english.keys()].sort());
  });

  it.each(chinese)('zh-CN %s is Chinese, not the English text', (key, text) => {
    const words = withoutPlaceholders(text);
    // A template of placeholders and punctuation only (`{value}{currency}`) has nothing to translate.
    if (!/\p{L}/u.test(words)) return;
    expect(text).not.toBe(english.get(key));
    expect(words).toMatch(han);
    // No English word left in the Chinese report (units such as "r" in formulas are single letters).
    expect(words).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('use in each language the same placeholders', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, text] of chinese) {
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });
});
